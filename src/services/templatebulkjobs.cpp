#include "templatebulkjobs.h"

#include "bulkcloneplan.h"
#include "bulkjob.h"
#include "whatsapptemplateservice.h"

namespace sinch {

BulkJob *TemplateBulkJobs::clone(ApiClient *client, const QString &targetKey, const QString &targetName,
                                 const BulkClonePlan &plan, bool submit, QObject *parent)
{
    auto *job = new BulkJob(tr("Clone to %1").arg(targetName), parent);
    const WhatsappTemplateService service(client, targetKey);
    for (const BulkClonePlan::Clone &c : plan.clones()) {
        const QJsonObject document = c.document;
        job->add({c.label(), [service, document, submit] { return service.create(document, submit); }, true});
    }
    return job;
}

BulkJob *TemplateBulkJobs::remove(ApiClient *client, const QString &projectKey, const QList<QJsonObject> &templates,
                                  QObject *parent)
{
    auto *job = new BulkJob(tr("Delete"), parent);
    const WhatsappTemplateService service(client, projectKey);
    for (const QJsonObject &t : templates) {
        const QString name = t.value(QLatin1String("name")).toString();
        const QString language = t.value(QLatin1String("language")).toString();
        job->add({tr("%1 · %2").arg(name, language),
                  [service, name, language] { return service.remove(name, language, true); }, false});
    }
    return job;
}

} // namespace sinch
