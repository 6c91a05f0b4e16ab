#include "rcssenderrequest.h"

#include "domain/rcsquestionnaire.h"
#include "rules/rcssenderrules.h"
#include "services/rcssenderservice.h"
#include "services/updatepatch.h"

#include <QJsonArray>
#include <QStringList>

namespace sinch {

using rules::RcsSenderRules;

QJsonObject RcsSenderRequest::sentDetails(const QJsonObject &details)
{
    QJsonObject out = details;
    QStringList countries;
    for (const QJsonValue &country : details.value(QLatin1String("countries")).toArray())
        countries << country.toString();
    out.insert(QStringLiteral("questionnaire"),
               RcsQuestionnaire::requestAnswers(details.value(QLatin1String("questionnaire")).toObject(), countries));
    return RcsSenderRules::withoutEmptyFields(out);
}

QJsonObject RcsSenderRequest::updateDetails(const QJsonObject &sender, const QJsonObject &edited, const QString &state)
{
    const QJsonObject before = sentDetails(RcsSenderService::requestFromSender(sender).value(QLatin1String("details")).toObject());
    const QJsonObject now = sentDetails(edited.value(QLatin1String("details")).toObject());
    const QJsonObject details = UpdatePatch::withDeletions(before, now, QStringLiteral("RcsUpdateSenderDetailsInputDto"));
    QJsonObject out;
    for (auto it = details.begin(); it != details.end(); ++it)
        if (!RcsSenderRules::isLocked(QStringLiteral("details.") + it.key(), state))
            out.insert(it.key(), it.value());
    return out;
}

QJsonObject RcsSenderRequest::withoutNulls(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isNull())
            out.insert(it.key(), it.value().isObject() ? QJsonValue(withoutNulls(it.value().toObject())) : it.value());
    return out;
}

QJsonObject RcsSenderRequest::create(const QJsonObject &edited)
{
    QJsonObject doc = edited;
    doc.insert(QStringLiteral("details"), sentDetails(doc.value(QLatin1String("details")).toObject()));
    return withoutNulls(RcsSenderRules::withoutEmptyFields(doc));
}

} // namespace sinch
