#pragma once

#include "rules/finding.h"

#include <QListWidget>

#include <functional>

namespace sinch::ui {

// The findings of an editor's document, errors and warnings with their messages, wrapped
// to the list's width (and paths as tooltips), each after the place it is in when the
// editor names places (setPlaceNames: "Card 2"); a click or Enter on one asks to go to
// its field.
class FindingsList : public QListWidget
{
    Q_OBJECT
public:
    explicit FindingsList(QWidget *parent = nullptr);
    void setFindings(const QList<rules::Finding> &findings);
    // Names the place of a finding's path where the message alone does not tell it (one of
    // several alike parts); empty: the message says enough.
    void setPlaceNames(std::function<QString(const QString &path)> placeOf) { m_placeOf = std::move(placeOf); }

signals:
    void pathActivated(const QString &path);

private:
    std::function<QString(const QString &)> m_placeOf;
};

} // namespace sinch::ui
