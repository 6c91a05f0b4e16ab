#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch::rules {

// The rules of an RCS sender's create request (TEMPLATE-RULES.md, "RCS sender and launch
// questionnaire") as the wizard's user types: the three top-level choices, the brand
// (name, description, colour, contacts, URLs, logo and banner types), the countries and
// the test numbers. One finding per broken rule, on the JSON path the server would name
// ("details.brand.phones.1.number"), with a sentence that says how to fix it. Every limit
// and enum is read from the contract (RcsSenderInputDto and its parts), so a longer name
// or a new country in the next contract needs no code change.
class RcsSenderRules
{
    Q_DECLARE_TR_FUNCTIONS(sinch::rules::RcsSenderRules)

public:
    // Create checks the whole request; Update only what an update carries (`details`).
    enum class Request { Create, Update };

    struct Limits {
        QStringList regions, billingCategories, useCases, countries;
        int nameMax = 40;
        int descriptionMax = 100;
        int labelMax = 25;
        int contactsMin = 1;
        int contactsMax = 3;
        int phoneMin = 6;
        int phoneMax = 15;
        int websiteMax = 255;
        int testNumbersMax = 20;
    };
    static const Limits &limits();

    static QList<Finding> check(const QJsonObject &request, Request kind = Request::Create);

    // What an update may still change once the sender is launching or launched, read from
    // the contract's fields_not_updatable resolution of the update ("Only `details.countries`
    // and `details.launch` can be updated when in state: LAUNCHING, LAUNCHED.").
    struct UpdateLock {
        QStringList states;    // LAUNCHING, LAUNCHED
        QStringList updatable; // details.countries, details.launch
        QString sentence;      // the contract's own words, for the reason shown
    };
    static const UpdateLock &updateLock();
    // Whether `path` ("details.brand.name") is read-only for a sender in `state`.
    static bool isLocked(const QString &path, const QString &state);

    // The contrast of white text (the chips' labels) on a hex colour, 1 to 21 (WCAG 2);
    // 0 for a value that is not a colour. Below kMinContrast the colour draws a warning.
    static double contrastWithWhite(const QString &hex);
    static constexpr double kMinContrast = 4.5;
    // Empty strings and empty objects left out (a field the wizard shows but the user left
    // blank is not sent: the contract's formats refuse ""), at any depth.
    static QJsonObject withoutEmptyFields(const QJsonObject &object);

    // The brand's contact lists and the field that must be unique within each.
    static const QStringList &contactLists(); // emails, phones, websites
    static QString contactKey(const QString &list); // address, number, url
};

} // namespace sinch::rules
