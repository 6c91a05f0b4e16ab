#include "transfer/importapplier.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "rules/webhookrules.h"
#include "services/kakaotalktemplateservice.h"
#include "services/webhookservice.h"
#include "services/whatsapptemplateservice.h"
#include "storage/draftstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace sinch {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

} // namespace

ImportApplier::ImportApplier(ApiClient *client, QString projectKey, QList<ImportItem> chosen, ImportOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_options(std::move(options))
{
    for (ImportItem &item : chosen)
        if (item.isApplicable())
            m_items << std::move(item);
}

ImportApplier::~ImportApplier()
{
    for (const QPointer<ApiJob> &j : std::as_const(m_jobs))
        if (j)
            j->cancel();
}

QString ImportApplier::generateSecret()
{
    const rules::WebhookRules::Limits &limits = rules::WebhookRules::limits();
    const int length = qBound(limits.secretMin, 32, limits.secretMax);
    QByteArray bytes(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &b : bytes)
        b = char(random->generate() & 0xff);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(length));
}

void ImportApplier::start()
{
    if (m_running)
        return;
    m_running = true;
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_result = ImportResult();
    m_next = 0;
    m_done = 0;
    // From the event loop: finished() never comes before start() has returned.
    QMetaObject::invokeMethod(this, [this] { pump(); }, Qt::QueuedConnection);
}

void ImportApplier::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    m_next = m_items.size();
    for (const QPointer<ApiJob> &j : std::as_const(m_jobs))
        if (j)
            j->cancel();
    QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
}

void ImportApplier::pump()
{
    // The client's own limit of requests in flight is the budget: never more out at once.
    const int budget = m_client ? qMax(1, m_client->maxInFlight()) : 1;
    while (m_running && m_inFlight < budget && m_next < m_items.size()) {
        const ImportItem item = m_items.at(m_next++);
        const bool local = m_options.templatesAsLocalDrafts && item.kind != ImportItem::Kind::Webhook;
        if (local) {
            QString error;
            if (writeDraft(item, &error))
                ++m_result.drafts;
            itemDone(item, error);
            continue;
        }
        ApiJob *job = send(item);
        if (!job) {
            itemDone(item, tr("Not connected to the project."));
            continue;
        }
        ++m_inFlight;
        m_jobs << job;
        connect(job, &ApiJob::finished, this, [this, item](const ApiResult &result) {
            --m_inFlight;
            if (result.ok())
                ++(item.action == ImportItem::Action::Create ? m_result.created : m_result.updated);
            if (!result.error.isCancelled())
                itemDone(item, result.ok() ? QString() : result.error.userText());
            pump();
        });
    }
    if (m_running && m_inFlight == 0 && m_next >= m_items.size())
        finish();
}

ApiJob *ImportApplier::send(const ImportItem &item)
{
    if (!m_client)
        return nullptr;
    const bool create = item.action == ImportItem::Action::Create;
    switch (item.kind) {
    case ImportItem::Kind::WhatsappTemplate: {
        // Never submitted: a person sends a template to review, in the editor.
        const WhatsappTemplateService templates(m_client, m_projectKey);
        return create ? templates.create(item.request, false)
                      : templates.update(str(item.request, QLatin1String("name")), str(item.request, QLatin1String("language")),
                                         item.request, false);
    }
    case ImportItem::Kind::KakaotalkTemplate: {
        const KakaotalkTemplateService templates(m_client, m_projectKey);
        const QJsonObject details = item.request.value(QLatin1String("details")).toObject();
        return create ? templates.create(item.parent, details, false)
                      : templates.update(item.parent, str(item.target, QLatin1String("code")), details, false);
    }
    case ImportItem::Kind::Webhook: {
        const WebhookService webhooks(m_client, m_projectKey);
        if (!create)
            return webhooks.update(str(item.target, QLatin1String("id")),
                                   QJsonObject{{QStringLiteral("triggers"), item.request.value(QLatin1String("triggers"))}});
        QString secret = m_options.webhookSecrets.value(item.key());
        if (secret.isEmpty()) {
            secret = generateSecret();
            m_result.generatedSecrets << qMakePair(item.title, secret);
        }
        QJsonObject body = item.request;
        body.insert(QStringLiteral("secret"), secret);
        return webhooks.create(WebhookService::inputBody(body));
    }
    }
    return nullptr;
}

bool ImportApplier::writeDraft(const ImportItem &item, QString *error)
{
    if (!m_options.drafts || m_options.draftProjectKey.isEmpty()) {
        *error = tr("Local drafts need a project added to the console (its drafts belong to it).");
        return false;
    }
    // The keys the editors give their drafts: an existing template's by its keys (the
    // editor opens it with the server's version beside), a new one's "new-<uuid>".
    const QString project = m_options.draftProjectKey;
    const QString fresh = QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DraftStore::Draft d;
    d.projectKey = project;
    d.title = item.title;
    d.document = item.request;
    d.original = item.target;
    d.savedAt = QDateTime::currentDateTimeUtc();
    if (item.kind == ImportItem::Kind::WhatsappTemplate) {
        d.kind = QStringLiteral("whatsapp-template");
        d.key = project + QStringLiteral("/whatsapp/")
            + (item.target.isEmpty() ? fresh
                                     : str(item.request, QLatin1String("name")) + QLatin1Char('/')
                                           + str(item.request, QLatin1String("language")));
    } else {
        d.kind = QStringLiteral("kakaotalk-template");
        d.key = project + QStringLiteral("/kakaotalk/") + item.parent + QLatin1Char('/')
            + (item.target.isEmpty() ? fresh : str(item.target, QLatin1String("code")));
    }
    return m_options.drafts->save(d, error);
}

void ImportApplier::itemDone(const ImportItem &item, const QString &error)
{
    ++m_done;
    if (!error.isEmpty())
        m_result.failures << TransferFailure{item.title, error};
    emit progress(m_done, int(m_items.size()), item.title);
}

void ImportApplier::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_started;
    emit finished(m_result);
}

} // namespace sinch
