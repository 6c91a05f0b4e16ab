#include "templatedeletion.h"

#include "messagebox.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/whatsapptemplateservice.h"

namespace sinch::ui {

TemplateDeletion::TemplateDeletion(ApiClient *client, MessageBox *box, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_box(box)
    , m_parent(parent)
{
}

void TemplateDeletion::run(const QString &projectKey, const QString &name, const QString &language, bool deleteSubmitted,
                           const QString &done)
{
    if (!m_client)
        return;
    ApiJob *job = WhatsappTemplateService(m_client, projectKey).remove(name, language, deleteSubmitted);
    connect(job, &ApiJob::finished, this, [this, name, language, deleteSubmitted, done](const ApiResult &r) {
        if (r.ok())
            emit deleted(name, language, deleteSubmitted, done);
        else if (!r.error.isCancelled())
            emit failed(r.error);
    });
}

void TemplateDeletion::deleteLanguage(const QString &projectKey, const QString &name, const QString &language)
{
    m_box->confirm(m_parent, tr("Delete template language"),
                   tr("Delete “%1” in %2? The approved version and any pending changes of this language are deleted "
                      "on the server; other languages stay.").arg(name, language),
                   tr("Delete"), this, [this, projectKey, name, language]() {
                       run(projectKey, name, language, true, tr("“%1 · %2” deleted.").arg(name, language));
                   });
}

void TemplateDeletion::deleteAllLanguages(const QString &projectKey, const QString &name, const QStringList &languages)
{
    m_box->confirm(m_parent, tr("Delete template"),
                   tr("Delete “%1” in every language (%2)? This cannot be undone.").arg(name, languages.join(QLatin1String(", "))),
                   tr("Delete all"), this, [this, projectKey, name]() {
                       run(projectKey, name, QString(), false, tr("“%1” deleted in every language.").arg(name));
                   });
}

void TemplateDeletion::deletePendingChanges(const QString &projectKey, const QString &name, const QString &language)
{
    m_box->confirm(m_parent, tr("Delete pending changes"),
                   tr("Delete the pending changes of “%1 · %2”? The approved version stays as it is.").arg(name, language),
                   tr("Delete changes"), this, [this, projectKey, name, language]() {
                       run(projectKey, name, language, false, tr("Pending changes of “%1 · %2” deleted.").arg(name, language));
                   });
}

} // namespace sinch::ui
