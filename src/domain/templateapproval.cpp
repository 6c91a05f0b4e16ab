#include "templateapproval.h"

#include "templatedocument.h"

#include <QJsonArray>

namespace sinch {

QJsonObject TemplateApproval::comparable(const QJsonObject &document)
{
    QJsonObject details = document.value(QLatin1String("details")).toObject();
    if (!details.contains(QLatin1String("components")))
        details.insert(QStringLiteral("components"), QJsonArray());
    return QJsonObject{{QStringLiteral("category"), document.value(QLatin1String("category"))}, {QStringLiteral("details"), details}};
}

QList<JsonChange> TemplateApproval::changes(const QJsonObject &serverTemplate, const QJsonObject &document)
{
    return JsonDiff::changes(comparable(TemplateDocument::fromServerTemplate(serverTemplate, true)), comparable(document));
}

bool TemplateApproval::canCompare(const QJsonObject &serverTemplate, const QJsonObject &document)
{
    if (serverTemplate.isEmpty() || !TemplateDocument::hasApprovedVersion(serverTemplate))
        return false;
    const bool pending = !serverTemplate.value(QLatin1String("changes")).toObject().isEmpty();
    return pending || !changes(serverTemplate, document).isEmpty();
}

} // namespace sinch
