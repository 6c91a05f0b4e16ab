#include "whatsappaccountrules.h"

#include "contractlimits.h"

namespace sinch::rules {

namespace {

const QString kName = QStringLiteral("companyLegalName");
const QString kId = QStringLiteral("clientBusinessManagerId");
const QString kManager = QStringLiteral("businessManager");

WhatsappAccountRules::Limits readLimits()
{
    WhatsappAccountRules::Limits l;
    const QJsonObject props = ContractLimits::properties(QStringLiteral("WhatsappAccountInputDto"));
    const QJsonObject name = props.value(kName).toObject();
    const QJsonObject id = props.value(kId).toObject();
    l.nameMin = ContractLimits::intOf(name, "minLength", l.nameMin);
    l.nameMax = ContractLimits::intOf(name, "maxLength", l.nameMax);
    l.idMin = ContractLimits::intOf(id, "minLength", l.idMin);
    l.idMax = ContractLimits::intOf(id, "maxLength", l.idMax);
    l.businessManagers = ContractLimits::enumOf(ContractLimits::property(props, kManager));
    return l;
}

} // namespace

const WhatsappAccountRules::Limits &WhatsappAccountRules::limits()
{
    static const Limits l = readLimits();
    return l;
}

QList<Finding> WhatsappAccountRules::check(const QJsonObject &account, Mode mode)
{
    const Limits &l = limits();
    QList<Finding> out;
    auto error = [&out](const QString &path, const QString &message, const char *rule) {
        out << Finding{path, Severity::Error, message, QLatin1String(rule), QString()};
    };

    // Both are required on create; an update sends what it has, never an empty value.
    const QString name = account.value(kName).toString();
    if (name.trimmed().isEmpty()) {
        if (mode == Mode::Create || account.contains(kName))
            error(kName, tr("Enter the company's legal name, exactly as Meta's Business Manager shows it."),
                  "wa.account.name.required");
    } else if (name.size() > l.nameMax) {
        error(kName, tr("The legal name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(l.nameMax),
              "wa.account.name.length");
    } else if (name != name.trimmed()) {
        out << Finding{kName, Severity::Warning, tr("The name starts or ends with a space; Meta compares it exactly."),
                       QStringLiteral("wa.account.name.spaces"), QString()};
    }

    const QString id = account.value(kId).toString();
    if (id.trimmed().isEmpty()) {
        if (mode == Mode::Create || account.contains(kId))
            error(kId, tr("Enter the Business Manager ID (Business Settings > Business Info in Meta Business Manager)."),
                  "wa.account.bmid.required");
    } else if (id.size() > l.idMax) {
        error(kId, tr("The ID is %1 characters long; at most %2 are allowed.").arg(id.size()).arg(l.idMax),
              "wa.account.bmid.length");
    } else if (!std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); })) {
        // The contract takes any string, but Meta's Business Manager IDs are numbers.
        out << Finding{kId, Severity::Warning, tr("Meta's Business Manager IDs are digits only; check for a typing mistake."),
                       QStringLiteral("wa.account.bmid.digits"), QString()};
    }

    const QString manager = account.value(kManager).toString();
    if (mode == Mode::Create && !manager.isEmpty() && !l.businessManagers.contains(manager))
        error(kManager, tr("“%1” is not a business manager the server knows.").arg(manager), "wa.account.manager.unknown");
    return out;
}

} // namespace sinch::rules
