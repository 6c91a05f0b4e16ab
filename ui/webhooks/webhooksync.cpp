#include "webhooksync.h"

#include "api/apijob.h"
#include "api/pager.h"

#include <QJsonArray>
#include <memory>

namespace sinch::ui {

namespace {
const QString kSecret = QStringLiteral("secret");
}

WebhookSync::WebhookSync(ApiClient *client, const QString &projectKey, const QJsonObject &server, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_service(client, projectKey)
    , m_server(server)
    , m_base(WebhookService::inputBody(server))
{
}

WebhookSync::~WebhookSync()
{
    if (m_job)
        m_job->cancel();
    if (m_lookup)
        m_lookup->cancel();
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
    if (isBusy())
        return;
    if (!isExisting() && !m_unanswered.isEmpty()) {
        lookUpThenSend(kind, document);
        return;
    }
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
            // No answer: the list, read again (or before the next save), may show it made.
            m_unanswered = result.error.outcomeUnknown() ? sent : QJsonObject();
            emit failed(result);
            return;
        }
        take(result.json.object(), sent);
    });
}

void WebhookSync::stopWaiting()
{
    if (m_job)
        m_job->stop();
    if (m_lookup)
        m_lookup->stopWaiting();
}

void WebhookSync::lookUpThenSend(Kind kind, const QJsonObject &document)
{
    auto *pager = new Pager(m_client, m_projectKey, WebhookService::listRequest(), this);
    pager->setPageSize(Pager::pageSizeFor(WebhookService::listRequest().operationId, 100));
    m_lookup = pager;
    auto found = std::make_shared<QJsonObject>();
    const QJsonObject sent = m_unanswered;
    connect(pager, &Pager::pageReceived, this, [found, sent](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            if (found->isEmpty() && shows(v.toObject(), sent))
                *found = v.toObject();
    });
    auto done = [this, pager] {
        m_lookup = nullptr;
        pager->deleteLater();
        emit busyChanged(false);
    };
    connect(pager, &Pager::failed, this, [this, done](const ApiError &error) {
        done();
        ApiResult result;
        result.error = error;
        emit failed(result); // m_unanswered kept: the next save looks again
    });
    connect(pager, &Pager::finished, this, [this, done, found, kind, document] {
        done();
        const QJsonObject sent = std::exchange(m_unanswered, QJsonObject());
        if (found->isEmpty()) {
            send(kind, document); // not made: created now
            return;
        }
        adopt(*found, sent);
        if (kind == Kind::Save && changes(document).isEmpty())
            emit saved(m_server); // made as it stands
        else
            send(kind, document); // made; what was edited since goes as a change
    });
    emit busyChanged(true);
    pager->fetchAll();
}

bool WebhookSync::shows(const QJsonObject &row, const QJsonObject &sent)
{
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
        if (it.key() != kSecret && row.value(it.key()) != it.value())
            return false;
    return true;
}

void WebhookSync::adopt(const QJsonObject &webhook, const QJsonObject &sent)
{
    m_unanswered = QJsonObject();
    m_server = webhook;
    QJsonObject base = WebhookService::inputBody(m_server);
    // The server never returns the secret: the one just sent (or the one before) stays the base.
    const QJsonValue secret = sent.contains(kSecret) ? sent.value(kSecret) : m_base.value(kSecret);
    if (!secret.isUndefined())
        base.insert(kSecret, secret);
    m_base = base;
}

void WebhookSync::take(const QJsonObject &webhook, const QJsonObject &sent)
{
    adopt(webhook, sent);
    emit saved(m_server);
}

bool WebhookSync::settleFrom(const QJsonObject &row, const QJsonObject &document)
{
    const QString rowId = row.value(QLatin1String("id")).toString();
    if (m_unanswered.isEmpty() || isBusy() || rowId.isEmpty() || (isExisting() && rowId != id()))
        return false;
    // Made if the row shows what was sent; settled only if the editor holds nothing since
    // (its fields are the row's too).
    if (!shows(row, m_unanswered) || !shows(WebhookService::inputBody(document), m_unanswered))
        return false;
    take(row, m_unanswered);
    return true;
}

} // namespace sinch::ui
