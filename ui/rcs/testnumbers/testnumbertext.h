#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinch::ui {

// A test number's state (RcsTestNumberStates) and a device's features
// (RcsTestNumberFeatures) as a person reads them. A value the contract adds later reads
// as its enum words.
class TestNumberText
{
    Q_DECLARE_TR_FUNCTIONS(TestNumberText)
public:
    static QString state(const QString &state);
    static QString feature(const QString &feature);
};

} // namespace sinch::ui
