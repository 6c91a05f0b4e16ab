#include "webhooksync.h"

#include "api/apijob.h"

namespace sinch::ui {

namespace {
const QString kSecret = QStringLiteral("secret");
}

WebhookSync::WebhookSync(ApiClient *client, const QString &projectKey, const QJsonObject &server, QObject *parent)
    : QObject(parent)
    , m_service(client, projectKey)
    , m_server(server)
    , m_base(WebhookService::inputBody(server))
{
}

WebhookSync::~WebhookSync()
{
    if (m_job)
        m_job->cancel();
}

QJsonObject WebhookSync::changes(const QJsonObject &document) const
{
    QJsonObject out;
    const QJsonObject input = WebhookService::inputBody(document);
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() == kSecret && it.value().toString().isEmpty())
            continue;
        if (m_base.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

void WebhookSync::send(Kind kind, const QJsonObject &document)
{
    if (m_job)
        return;
    QJsonObject sent = WebhookService::inputBody(document);
    if (sent.value(kSecret).toString().isEmpty())
        sent.remove(kSecret);
    if (!isExisting())
        m_job = m_service.create(sent);
    else if (kind == Kind::Replace)
        m_job = m_service.replace(id(), sent);
    else
        m_job = m_service.update(id(), sent = changes(document));
    emit busyChanged(true);
    connect(m_job, &ApiJob::finished, this, [this, sent](const ApiResult &result) {
        m_job = nullptr;
        emit busyChanged(false);
        if (!result.ok()) {
            // No answer to a change of this webhook: the list, read again, may show it made.
            m_unanswered = isExisting() && result.error.outcomeUnknown() ? sent : QJsonObject();
            emit failed(result);
            return;
        }
        take(result.json.object(), sent);
    });
}

void WebhookSync::take(const QJsonObject &webhook, const QJsonObject &sent)
{
    m_unanswered = QJsonObject();
    m_server = webhook;
    QJsonObject base = WebhookService::inputBody(m_server);
    // The server never returns the secret: the one just sent (or the one before) stays the base.
    const QJsonValue secret = sent.contains(kSecret) ? sent.value(kSecret) : m_base.value(kSecret);
    if (!secret.isUndefined())
        base.insert(kSecret, secret);
    m_base = base;
    emit saved(m_server);
}

bool WebhookSync::settleFrom(const QJsonObject &row, const QJsonObject &document)
{
    if (m_unanswered.isEmpty() || m_job || row.value(QLatin1String("id")).toString() != id())
        return false;
    // Made if every field sent, the secret aside (never shown), is as the row says it; and
    // settled only if the editor holds nothing since (its fields are the row's too).
    const QJsonObject edited = WebhookService::inputBody(document);
    for (auto it = m_unanswered.constBegin(); it != m_unanswered.constEnd(); ++it)
        if (it.key() != kSecret && (row.value(it.key()) != it.value() || edited.value(it.key()) != it.value()))
            return false;
    take(row, m_unanswered);
    return true;
}

} // namespace sinch::ui
