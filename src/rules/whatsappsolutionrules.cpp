#include "whatsappsolutionrules.h"

#include "contractlimits.h"

namespace sinch::rules {

const QStringList &WhatsappSolutionRules::businessManagers()
{
    static const QStringList managers = ContractLimits::enumOf(ContractLimits::property(
        ContractLimits::properties(QStringLiteral("WhatsappSolutionInputDto")), QStringLiteral("businessManager")));
    return managers;
}

QList<Finding> WhatsappSolutionRules::check(const QJsonObject &solution)
{
    QList<Finding> out;
    auto error = [&out](const char *path, const QString &message, const char *rule) {
        out << Finding{QLatin1String(path), Severity::Error, message, QLatin1String(rule), QString()};
    };
    if (solution.value(QLatin1String("name")).toString().trimmed().isEmpty())
        error("name", tr("Enter the solution's name, as the partner calls it."), "wa.solution.name.required");
    if (solution.value(QLatin1String("accessToken")).toString().trimmed().isEmpty())
        error("accessToken", tr("Paste the access token returned when the partner's Embedded Signup completed."),
              "wa.solution.token.required");
    const QString manager = solution.value(QLatin1String("businessManager")).toString();
    if (manager.isEmpty())
        error("businessManager", tr("Choose the Sinch business manager of the solution."), "wa.solution.manager.required");
    else if (!businessManagers().contains(manager))
        error("businessManager", tr("“%1” is not a business manager the server accepts for solutions.").arg(manager),
              "wa.solution.manager.unknown");
    return out;
}

} // namespace sinch::rules
