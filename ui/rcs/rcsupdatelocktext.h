#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinch::ui {

// What a launching or launched RCS sender still lets one change, in the UI's language. The
// contract says it in one English sentence ("Only `details.countries` and `details.launch`
// can be updated when in state: LAUNCHING, LAUNCHED."), read into
// RcsSenderRules::updateLock(); its states and paths are said here through EnumText and the
// fields' names, so a German banner reads German from start to end.
class RcsUpdateLockText
{
    Q_DECLARE_TR_FUNCTIONS(RcsUpdateLockText)

public:
    // The fields the lock leaves open, as a list in words ("its countries and its launch").
    static QString updatable();
    // "While the sender is “Launched”, only its countries and its launch can change."
    static QString reason(const QString &state);
};

} // namespace sinch::ui
