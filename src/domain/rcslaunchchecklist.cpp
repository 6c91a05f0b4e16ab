#include "rcslaunchchecklist.h"

#include "jsonpath.h"

#include <QJsonArray>

#include <algorithm>

namespace sinch {

namespace {

const QString kQuestionnaire = QStringLiteral("details.questionnaire.");

bool answered(const QJsonObject &sender, const QString &section)
{
    return !JsonPath::value(sender, kQuestionnaire + section + QStringLiteral(".answers")).toObject().isEmpty();
}

bool isEmpty(const QJsonObject &sender, const QString &path)
{
    const QJsonValue v = JsonPath::value(sender, path);
    return v.isArray() ? v.toArray().isEmpty() : v.toString().trimmed().isEmpty();
}

} // namespace

QList<RcsLaunchChecklist::Item> RcsLaunchChecklist::check(const QJsonObject &sender)
{
    QList<Item> out;
    for (const char *field : {"name", "logoUrl", "bannerUrl", "privacyPolicyUrl", "termsOfServiceUrl"}) {
        const QString path = QStringLiteral("details.brand.") + QLatin1String(field);
        if (isEmpty(sender, path))
            out << Item{Problem::Empty, path, true};
    }
    if (isEmpty(sender, QStringLiteral("details.brand.phones")) && isEmpty(sender, QStringLiteral("details.brand.emails")))
        out << Item{Problem::NoContact, QStringLiteral("details.brand.phones"), true};
    const QJsonArray countries = JsonPath::value(sender, QStringLiteral("details.countries")).toArray();
    if (countries.isEmpty())
        out << Item{Problem::NoCountry, QStringLiteral("details.countries"), true};
    for (const char *section : {"general", "verification"})
        if (!answered(sender, QLatin1String(section)))
            out << Item{Problem::Unanswered, kQuestionnaire + QLatin1String(section) + QStringLiteral(".answers"), true};
    // The sections that must be answered for a chosen country; ES has one too, but an
    // unanswered ES section only warns.
    for (const char *country : {"GB", "US", "FR", "ES"}) {
        const QString section = QString::fromLatin1(country).toLower();
        if (countries.contains(QJsonValue(QLatin1String(country))) && !answered(sender, section))
            out << Item{Problem::Unanswered, kQuestionnaire + section + QStringLiteral(".answers"), section != QLatin1String("es")};
    }
    if (isEmpty(sender, QStringLiteral("details.brand.description")))
        out << Item{Problem::NoDescription, QStringLiteral("details.brand.description"), false};
    // The contract's default colour is #000000 (an empty one reads as that too).
    const QString colour = JsonPath::value(sender, QStringLiteral("details.brand.color")).toString().remove(QLatin1Char('#'));
    if (colour.isEmpty() || colour == QLatin1String("000000") || colour == QLatin1String("000"))
        out << Item{Problem::DefaultColour, QStringLiteral("details.brand.color"), false};
    if (isEmpty(sender, QStringLiteral("details.testNumbers")))
        out << Item{Problem::NoTestNumber, QStringLiteral("details.testNumbers"), false};
    if (isEmpty(sender, kQuestionnaire + QStringLiteral("general.answers.videoUris")))
        out << Item{Problem::NoVideo, kQuestionnaire + QStringLiteral("general.answers.videoUris"), false};
    std::stable_sort(out.begin(), out.end(), [](const Item &a, const Item &b) { return a.blocking && !b.blocking; });
    return out;
}

QList<RcsLaunchChecklist::Item> RcsLaunchChecklist::blocking(const QJsonObject &sender)
{
    QList<Item> out = check(sender);
    out.erase(std::remove_if(out.begin(), out.end(), [](const Item &i) { return !i.blocking; }), out.end());
    return out;
}

QString RcsLaunchChecklist::apiMessage(const Item &item)
{
    switch (item.problem) {
    case Problem::NoContact:
        return QStringLiteral("details.brand.phones or details.brand.emails must contain at least 1 elements");
    case Problem::NoCountry:
        return QStringLiteral("details.countries must contain at least 1 elements");
    default:
        return item.field + QStringLiteral(" should not be empty");
    }
}

} // namespace sinch
