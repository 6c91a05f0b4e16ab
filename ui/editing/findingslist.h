#pragma once

#include "rules/finding.h"

#include <QListWidget>

namespace sinch::ui {

// The findings of an editor's document, errors and warnings with their messages (and
// paths as tooltips); a click or Enter on one asks to go to its field.
class FindingsList : public QListWidget
{
    Q_OBJECT
public:
    explicit FindingsList(QWidget *parent = nullptr);
    void setFindings(const QList<rules::Finding> &findings);

signals:
    void pathActivated(const QString &path);
};

} // namespace sinch::ui
