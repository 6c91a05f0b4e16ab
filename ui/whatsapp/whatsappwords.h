#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinch::ui {

// The contract's WhatsApp enum values as a person reads them ("Waiting for Meta's
// verification" for PENDING_FACEBOOK_VERIFICATION). A value the console does not know
// yet is shown as words made of its own name, never hidden.
class WhatsappWords
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappWords)

public:
    static QString accountState(const QString &state);
    static QString changeStatus(const QString &status);
    static QString businessManager(const QString &manager);
    static QString banState(const QString &state);
    static QString flowStatus(const QString &status);
    // "PENDING_FACEBOOK_VERIFICATION" -> "Pending facebook verification".
    static QString fromEnum(const QString &value);
};

} // namespace sinch::ui
