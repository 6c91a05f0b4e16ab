#include "templatebulkjobs.h"

#include "bulkcloneplan.h"
#include "bulkjob.h"
#include "whatsapptemplateservice.h"
#include "domain/templatedocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

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

QString TemplateBulkJobs::exportFileName(const QString &name, const QString &language)
{
    return QStringLiteral("%1.%2.json").arg(name, language);
}

BulkJob *TemplateBulkJobs::exportTo(ApiClient *client, const QString &projectKey, const QList<QJsonObject> &templates,
                                    const QString &folder, QObject *parent)
{
    auto *job = new BulkJob(tr("Export to %1").arg(QDir::toNativeSeparators(folder)), parent);
    const WhatsappTemplateService service(client, projectKey);
    for (const QJsonObject &t : templates) {
        const QString name = t.value(QLatin1String("name")).toString();
        const QString language = t.value(QLatin1String("language")).toString();
        const QString path = QDir(folder).filePath(exportFileName(name, language));
        job->add({tr("%1 · %2").arg(name, language), [service, name, language] { return service.get(name, language); },
                  false, [path](const QJsonObject &answer) {
                      QSaveFile file(path);
                      if (!file.open(QIODevice::WriteOnly))
                          return tr("Cannot write %1: %2").arg(path, file.errorString());
                      file.write(QJsonDocument(TemplateDocument::fromServerTemplate(answer)).toJson(QJsonDocument::Indented));
                      if (!file.commit())
                          return tr("Cannot write %1: %2").arg(path, file.errorString());
                      return QString();
                  }});
    }
    return job;
}

} // namespace sinch
