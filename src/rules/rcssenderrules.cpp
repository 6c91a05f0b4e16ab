#include "rcssenderrules.h"

#include "contractlimits.h"
#include "findingcollector.h"
#include "mediatype.h"
#include "schemavalidator.h"
#include "api/contract.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sinch::rules {

namespace {

const QString kDetails = QStringLiteral("details");
const QString kBrand = QStringLiteral("brand");

int maxLengthOf(const QJsonObject &props, const char *field, const char *key, int fallback)
{
    return ContractLimits::intOf(ContractLimits::property(props, QLatin1String(field)), key, fallback);
}

RcsSenderRules::Limits readLimits()
{
    RcsSenderRules::Limits l;
    const QJsonObject top = ContractLimits::properties(QStringLiteral("RcsSenderInputDto"));
    l.regions = ContractLimits::enumOf(ContractLimits::property(top, QStringLiteral("region")));
    l.billingCategories = ContractLimits::enumOf(ContractLimits::property(top, QStringLiteral("billingCategory")));
    l.useCases = ContractLimits::enumOf(ContractLimits::property(top, QStringLiteral("useCase")));
    const QJsonObject details = ContractLimits::properties(QStringLiteral("RcsSenderDetailsInputDto"));
    const QJsonObject countries = ContractLimits::property(details, QStringLiteral("countries"));
    l.countries = ContractLimits::enumOf(ContractLimits::property(countries, QStringLiteral("items")));
    l.testNumbersMax = maxLengthOf(details, "testNumbers", "maxItems", l.testNumbersMax);
    const QJsonObject brand = ContractLimits::properties(QStringLiteral("RcsSenderDetailsBrandInputDto"));
    l.nameMax = maxLengthOf(brand, "name", "maxLength", l.nameMax);
    l.descriptionMax = maxLengthOf(brand, "description", "maxLength", l.descriptionMax);
    l.contactsMin = maxLengthOf(brand, "phones", "minItems", l.contactsMin);
    l.contactsMax = maxLengthOf(brand, "phones", "maxItems", l.contactsMax);
    const QJsonObject phone = ContractLimits::properties(QStringLiteral("RcsPhoneInputDto"));
    l.labelMax = maxLengthOf(phone, "label", "maxLength", l.labelMax);
    l.phoneMin = maxLengthOf(phone, "number", "minLength", l.phoneMin);
    l.phoneMax = maxLengthOf(phone, "number", "maxLength", l.phoneMax);
    l.websiteMax = maxLengthOf(ContractLimits::properties(QStringLiteral("RcsWebsiteInputDto")), "url", "maxLength", l.websiteMax);
    return l;
}

// The resolution of an error code among the responses of an operation (the contract lists
// each error as {errorCode: {example}, resolution: {example}} under oneOf).
QString resolutionOf(const QJsonValue &node, const QString &code)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            if (const QString r = resolutionOf(v, code); !r.isEmpty())
                return r;
    } else if (node.isObject()) {
        const QJsonObject o = node.toObject();
        const QJsonObject props = o.value(QLatin1String("properties")).toObject();
        if (props.value(QLatin1String("errorCode")).toObject().value(QLatin1String("example")).toString() == code)
            return props.value(QLatin1String("resolution")).toObject().value(QLatin1String("example")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (const QString r = resolutionOf(it.value(), code); !r.isEmpty())
                return r;
    }
    return {};
}

RcsSenderRules::UpdateLock readLock()
{
    RcsSenderRules::UpdateLock lock;
    const QJsonObject paths = Contract::document().value(QLatin1String("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end() && lock.sentence.isEmpty(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto o = ops.begin(); o != ops.end(); ++o)
            if (o.value().toObject().value(QLatin1String("operationId")).toString() == QLatin1String("RcsSendersController_updateSender_v1"))
                lock.sentence = resolutionOf(o.value().toObject().value(QLatin1String("responses")), QStringLiteral("fields_not_updatable"));
    }
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    for (auto it = quoted.globalMatch(lock.sentence); it.hasNext();)
        lock.updatable << it.next().captured(1);
    for (const QString &state : lock.sentence.section(QLatin1String("state:"), 1).remove(QLatin1Char('.')).split(QLatin1Char(','), Qt::SkipEmptyParts))
        lock.states << state.trimmed();
    return lock;
}

using C = FindingCollector;

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(sinch::rules::RcsSenderRules)

public:
    explicit Checker(const RcsSenderRules::Limits &limits) : l(limits) {}

    void choice(const QJsonObject &request, const QString &field, const QStringList &values, const QString &what,
                const char *rule)
    {
        const QString value = request.value(field).toString();
        if (value.isEmpty())
            c.error(field, rule, tr("Choose the %1: it cannot be changed once the sender exists.").arg(what));
        else if (!values.isEmpty() && !values.contains(value))
            c.error(field, rule, tr("“%1” is not a %2 the API knows; choose one of %3.").arg(value, what, values.join(QLatin1String(", "))));
    }

    void length(const QString &path, const QString &value, int max, const QString &what, const char *rule)
    {
        if (value.size() > max)
            c.error(path, rule, tr("The %1 is %2 characters long; shorten it to at most %3.").arg(what).arg(value.size()).arg(max));
    }

    void url(const QString &path, const QString &value, const QString &what, const char *rule)
    {
        if (value.isEmpty())
            return;
        if (!SchemaValidator::formatProblem(value, QStringLiteral("url")).isEmpty())
            c.error(path, rule, tr("The %1 is not a web address; write it in full, e.g. https://example.com/page.").arg(what));
    }

    void image(const QString &path, const QString &value, const QString &what, const char *rule)
    {
        if (value.isEmpty())
            return;
        url(path, value, what, "rcs.brand.url");
        const QString type = MediaType::typeOf(value);
        if (!type.isEmpty() && type != QLatin1String("image/jpeg") && type != QLatin1String("image/png"))
            c.error(path, rule, tr("The %1 is %2; use a JPEG or PNG image.").arg(what, type));
    }

    // E.164 as the contract's own examples write it ("+48 777-777-777": single spaces,
    // dots, dashes or brackets between the digits are allowed, SchemaValidator's format).
    static bool isE164(const QString &number)
    {
        return number.startsWith(QLatin1Char('+')) && SchemaValidator::formatProblem(number, QStringLiteral("e.164 phone number")).isEmpty();
    }

    void phone(const QString &path, const QString &number)
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        const bool local = digits.match(number).hasMatch() && number.size() >= l.phoneMin && number.size() <= l.phoneMax;
        if (number.isEmpty())
            c.error(path, "rcs.brand.phone.required", tr("Enter the phone number, or remove this row."));
        else if (!isE164(number) && !local)
            c.error(path, "rcs.brand.phone.format",
                    tr("Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), "
                       "or in E.164 with the country code (e.g. +442071234567).").arg(l.phoneMin).arg(l.phoneMax));
        else if (number.size() > l.phoneMax) // the field's own limit counts the separators too
            c.error(path, "rcs.brand.phone.length",
                    tr("At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).")
                        .arg(l.phoneMax).arg(number.size()));
    }

    void contacts(const QJsonObject &brand, const QString &base)
    {
        const QString emails = QStringLiteral("emails"), phones = QStringLiteral("phones"), websites = QStringLiteral("websites");
        for (const QString &list : RcsSenderRules::contactLists()) {
            if (!brand.contains(list) || brand.value(list).isNull())
                continue;
            const QString path = C::at(base, list);
            const QJsonArray rows = brand.value(list).toArray();
            const QString key = RcsSenderRules::contactKey(list);
            if (rows.size() < l.contactsMin)
                c.error(path, "rcs.brand.contacts.count", tr("Add at least %1 entry here, or leave the list out.").arg(l.contactsMin));
            if (rows.size() > l.contactsMax)
                c.error(path, "rcs.brand.contacts.count", tr("At most %1 entries are allowed here; remove %2.").arg(l.contactsMax).arg(rows.size() - l.contactsMax));
            QSet<QString> seen;
            for (int i = 0; i < rows.size(); ++i) {
                const QJsonObject row = rows.at(i).toObject();
                const QString rowPath = C::at(path, i);
                const QString label = row.value(QLatin1String("label")).toString();
                const QString value = row.value(key).toString().trimmed();
                if (label.trimmed().isEmpty())
                    c.error(C::at(rowPath, QStringLiteral("label")), "rcs.brand.label.required",
                            tr("Give this contact a label people see, e.g. “Customer service”."));
                else
                    length(C::at(rowPath, QStringLiteral("label")), label, l.labelMax, tr("label"), "rcs.brand.label.length");
                const QString valuePath = C::at(rowPath, key);
                if (list == phones) {
                    phone(valuePath, value);
                } else if (value.isEmpty()) {
                    c.error(valuePath, "rcs.brand.contact.required", tr("Enter the %1, or remove this row.").arg(list == emails ? tr("email address") : tr("web address")));
                } else if (list == emails) {
                    if (!SchemaValidator::formatProblem(value, QStringLiteral("email")).isEmpty())
                        c.error(valuePath, "rcs.brand.email.format", tr("This is not an email address; write it as name@example.com."));
                } else if (list == websites) {
                    url(valuePath, value, tr("website"), "rcs.brand.website.format");
                    length(valuePath, value, l.websiteMax, tr("web address"), "rcs.brand.website.length");
                }
                if (!value.isEmpty() && seen.contains(value.toLower()))
                    c.error(valuePath, "rcs.brand.contacts.unique", tr("This entry is already in the list above; each must be different."));
                seen.insert(value.toLower());
            }
        }
    }

    void brand(const QJsonObject &brand, const QString &base)
    {
        length(C::at(base, QStringLiteral("name")), brand.value(QLatin1String("name")).toString(), l.nameMax, tr("brand name"),
               "rcs.brand.name.length");
        length(C::at(base, QStringLiteral("description")), brand.value(QLatin1String("description")).toString(), l.descriptionMax,
               tr("description"), "rcs.brand.description.length");
        const QString color = brand.value(QLatin1String("color")).toString();
        if (!color.isEmpty() && !SchemaValidator::formatProblem(color, QStringLiteral("hex")).isEmpty())
            c.error(C::at(base, QStringLiteral("color")), "rcs.brand.color.hex",
                    tr("Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button."));
        else if (!color.isEmpty() && RcsSenderRules::contrastWithWhite(color) < RcsSenderRules::kMinContrast)
            c.warning(C::at(base, QStringLiteral("color")), "rcs.brand.color.contrast",
                      tr("White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.")
                          .arg(RcsSenderRules::contrastWithWhite(color), 0, 'f', 1).arg(RcsSenderRules::kMinContrast, 0, 'f', 1));
        image(C::at(base, QStringLiteral("logoUrl")), brand.value(QLatin1String("logoUrl")).toString(), tr("logo"), "rcs.brand.logo.type");
        image(C::at(base, QStringLiteral("bannerUrl")), brand.value(QLatin1String("bannerUrl")).toString(), tr("banner"), "rcs.brand.banner.type");
        url(C::at(base, QStringLiteral("privacyPolicyUrl")), brand.value(QLatin1String("privacyPolicyUrl")).toString(),
            tr("privacy policy URL"), "rcs.brand.url");
        url(C::at(base, QStringLiteral("termsOfServiceUrl")), brand.value(QLatin1String("termsOfServiceUrl")).toString(),
            tr("terms of service URL"), "rcs.brand.url");
        contacts(brand, base);
    }

    void countries(const QJsonObject &details)
    {
        const QString path = C::at(kDetails, QStringLiteral("countries"));
        if (!details.contains(QLatin1String("countries")) || details.value(QLatin1String("countries")).isNull())
            return;
        const QJsonArray list = details.value(QLatin1String("countries")).toArray();
        if (list.isEmpty())
            c.error(path, "rcs.countries.required", tr("Choose at least one country the sender will launch in."));
        QSet<QString> seen;
        for (int i = 0; i < list.size(); ++i) {
            const QString code = list.at(i).toString();
            if (!l.countries.isEmpty() && !l.countries.contains(code))
                c.error(C::at(path, i), "rcs.countries.known", tr("RCS senders cannot launch in “%1”; choose one of %2.").arg(code, l.countries.join(QLatin1String(", "))));
            else if (seen.contains(code))
                c.error(C::at(path, i), "rcs.countries.unique", tr("%1 is chosen twice; remove one.").arg(code));
            seen.insert(code);
        }
    }

    void testNumbers(const QJsonObject &details)
    {
        const QString path = C::at(kDetails, QStringLiteral("testNumbers"));
        const QJsonArray list = details.value(QLatin1String("testNumbers")).toArray();
        if (list.size() > l.testNumbersMax)
            c.error(path, "rcs.testNumbers.count", tr("At most %1 test numbers are allowed; remove %2.").arg(l.testNumbersMax).arg(list.size() - l.testNumbersMax));
        // A number is its digits: "+33 6 12 34 56 78" and "+33612345678" are one phone.
        static const QRegularExpression separators(QStringLiteral("[^0-9]"));
        QSet<QString> seen;
        for (int i = 0; i < list.size(); ++i) {
            const QString number = list.at(i).toString().trimmed();
            const QString digits = QString(number).remove(separators);
            if (!isE164(number))
                c.error(C::at(path, i), "rcs.testNumbers.e164", tr("Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67)."));
            else if (seen.contains(digits))
                c.error(C::at(path, i), "rcs.testNumbers.unique", tr("%1 is listed twice; remove one.").arg(number));
            seen.insert(digits);
        }
    }

    const RcsSenderRules::Limits &l;
    FindingCollector c{Mode::Submit};
};

} // namespace

const RcsSenderRules::Limits &RcsSenderRules::limits()
{
    static const Limits l = readLimits();
    return l;
}

const RcsSenderRules::UpdateLock &RcsSenderRules::updateLock()
{
    static const UpdateLock lock = readLock();
    return lock;
}

bool RcsSenderRules::isLocked(const QString &path, const QString &state)
{
    const UpdateLock &lock = updateLock();
    if (!lock.states.contains(state))
        return false;
    for (const QString &open : lock.updatable)
        if (path == open || path.startsWith(open + QLatin1Char('.')))
            return false;
    return true;
}

double RcsSenderRules::contrastWithWhite(const QString &hex)
{
    QString h = hex.startsWith(QLatin1Char('#')) ? hex.mid(1) : hex;
    if (h.size() == 3)
        h = QString(h[0]) + h[0] + h[1] + h[1] + h[2] + h[2];
    bool ok = false;
    const uint rgb = h.toUInt(&ok, 16);
    if (!ok || h.size() != 6)
        return 0;
    const auto channel = [](uint v) {
        const double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    return 1.05 / (l + 0.05);
}

QJsonObject RcsSenderRules::withoutEmptyFields(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue v = it.value();
        if (v.isString() && v.toString().trimmed().isEmpty())
            continue;
        if (v.isObject()) {
            v = withoutEmptyFields(v.toObject());
            if (v.toObject().isEmpty())
                continue;
        }
        out.insert(it.key(), v);
    }
    return out;
}

const QStringList &RcsSenderRules::contactLists()
{
    static const QStringList lists{QStringLiteral("phones"), QStringLiteral("emails"), QStringLiteral("websites")};
    return lists;
}

QString RcsSenderRules::contactKey(const QString &list)
{
    if (list == QLatin1String("phones"))
        return QStringLiteral("number");
    if (list == QLatin1String("emails"))
        return QStringLiteral("address");
    return QStringLiteral("url");
}

QList<Finding> RcsSenderRules::check(const QJsonObject &request, Request kind)
{
    const Limits &l = limits();
    Checker checker(l);
    if (kind == Request::Create) {
        checker.choice(request, QStringLiteral("region"), l.regions, tr("region"), "rcs.region.required");
        checker.choice(request, QStringLiteral("billingCategory"), l.billingCategories, tr("billing category"), "rcs.billingCategory.required");
        checker.choice(request, QStringLiteral("useCase"), l.useCases, tr("use case"), "rcs.useCase.required");
    }
    const QJsonObject details = request.value(kDetails).toObject();
    checker.brand(details.value(kBrand).toObject(), C::at(kDetails, kBrand));
    checker.countries(details);
    checker.testNumbers(details);
    return checker.c.out;
}

} // namespace sinch::rules
