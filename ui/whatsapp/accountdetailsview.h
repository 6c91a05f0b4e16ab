#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace sinch::ui {

// The WhatsApp account as a person reads it: its state in a sentence, the business
// manager, the WABA, template analytics and the company's details, and the pending
// changes under review when there are some. Read-only, selectable, named for screen
// readers (each value's accessible name is its label).
class AccountDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountDetailsView(QWidget *parent = nullptr);
    void setAccount(const QJsonObject &account);
    // The value shown for a label ("State", "Company legal name" ...); empty when hidden.
    QString valueOf(const QString &label) const;

private:
    QLabel *addValue(QFormLayout *form, const QString &label);
    void setValue(QLabel *value, const QString &text);

    QLabel *m_state;
    QLabel *m_manager;
    QLabel *m_waba;
    QLabel *m_embedded;
    QLabel *m_analytics;
    QLabel *m_regions;
    QLabel *m_location;
    QLabel *m_ban;
    QWidget *m_companyBox;
    QLabel *m_name;
    QLabel *m_bmId;
    QWidget *m_changesBox;
    QLabel *m_changeStatus;
    QLabel *m_changeName;
    QLabel *m_changeBmId;
};

} // namespace sinch::ui
