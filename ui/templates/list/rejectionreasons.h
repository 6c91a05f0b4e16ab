#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sinch::ui {

// What each WhatsappTemplateRejectionCode of the contract means, in plain language, and
// what to change before submitting again.
class RejectionReasons
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::RejectionReasons)
public:
    struct Reason {
        QString code;
        QString title;       // a few words
        QString explanation; // what the reviewer found
        QString fix;         // what to change
    };
    // The codes of the contract's enum, in its order.
    static QStringList codes();
    // An unknown code gets a generic explanation that names it.
    static Reason reason(const QString &code);
};

} // namespace sinch::ui
