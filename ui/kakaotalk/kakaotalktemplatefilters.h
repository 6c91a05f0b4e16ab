#pragma once

#include "services/kakaotalktemplateservice.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace sinch::ui {

// The filters of a sender's template list, all asked of the server: the state and the status
// of the pending changes (the contract's enums, in words) and the start of the name (once
// typing rests, or on Enter).
class KakaotalkTemplateFilters : public QWidget
{
    Q_OBJECT
public:
    explicit KakaotalkTemplateFilters(QWidget *parent = nullptr);

    KakaotalkTemplateService::Filter filter() const;
    bool isFiltering() const;
    void focusName();

signals:
    void changed();

private:
    QComboBox *m_state;
    QComboBox *m_status;
    QLineEdit *m_name;
    QTimer *m_nameTimer;
};

} // namespace sinch::ui
