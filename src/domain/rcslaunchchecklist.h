#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinch {

// What an RCS sender still lacks before it can launch (TEMPLATE-RULES.md, "Launch ... is
// refused until ..."), computed from the sender as the API returns it. The console's
// checklist and the sandbox's 412 both read it, so they refuse the same launches.
class RcsLaunchChecklist
{
public:
    enum class Problem {
        Empty,           // a required text is empty (`field` names it)
        NoContact,       // neither a phone nor an email (a website does not count)
        NoCountry,       // no country chosen
        Unanswered,      // a questionnaire section without answers
        // Warnings: the launch is allowed, the result may disappoint.
        NoDescription,
        DefaultColour,
        NoTestNumber,
        NoVideo,         // the sender waits in LAUNCHING until one is given
    };

    struct Item
    {
        Problem problem = Problem::Empty;
        // The sender field to fix, as a JsonPath ("details.brand.logoUrl"; for NoContact
        // "details.brand.phones", the first of the two that would do).
        QString field;
        bool blocking = true;
    };

    // Every missing item and every warning, the blocking ones first, in the order the
    // sender's form shows its fields.
    static QList<Item> check(const QJsonObject &sender);
    static QList<Item> blocking(const QJsonObject &sender);
    static bool canLaunch(const QJsonObject &sender) { return blocking(sender).isEmpty(); }

    // The sentence the API writes for a blocking item in validationErrors
    // ("details.brand.logoUrl should not be empty").
    static QString apiMessage(const Item &item);
};

} // namespace sinch
