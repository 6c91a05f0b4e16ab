#include "kakaotalktemplatesync.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/activityservice.h"

#include <QTimer>

namespace sinch::ui {

namespace {
constexpr int kPollMs = 30 * 1000;
const QStringList kNullable{QStringLiteral("extra"), QStringLiteral("title"), QStringLiteral("subtitle"),
                            QStringLiteral("imageName"), QStringLiteral("imageUrl")};
}

KakaotalkTemplateSync::KakaotalkTemplateSync(ApiClient *client, const QString &projectKey, const QString &plusFriendId,
                                             const QJsonObject &server, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_plusFriendId(plusFriendId)
    , m_service(client, projectKey)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &KakaotalkTemplateSync::refresh);
    take(server);
}

KakaotalkTemplateSync::~KakaotalkTemplateSync()
{
    for (ApiJob *job : {m_job.data(), m_reasonJob.data()})
        if (job)
            job->cancel();
}

QString KakaotalkTemplateSync::state() const
{
    return m_server.value(QLatin1String("state")).toString();
}

QString KakaotalkTemplateSync::changesStatus() const
{
    return m_server.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
}

QJsonObject KakaotalkTemplateSync::updateDetails(const QJsonObject &details, const QJsonObject &serverDetails)
{
    QJsonObject out = details;
    out.remove(QStringLiteral("language")); // an update cannot change it
    for (const QString &key : kNullable)
        if (!out.contains(key) && !serverDetails.value(key).toString().isEmpty())
            out.insert(key, QJsonValue::Null);
    return out;
}

QString KakaotalkTemplateSync::nameOf(const QJsonObject &serverTemplate)
{
    // Its name as last edited: a create's name, pending changes included.
    return KakaotalkTemplateService::editedDetails(serverTemplate).value(QLatin1String("name")).toString();
}

void KakaotalkTemplateSync::save(const QJsonObject &request, bool submit)
{
    if (m_job || !m_client)
        return;
    if (isExisting() || !m_createUnanswered) {
        send(request, submit);
        return;
    }
    // The last create got no answer, and may have made the template: looked up by its name
    // first, a second save changes that one instead of making a second one.
    const QString name = request.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
    KakaotalkTemplateService::Filter byName;
    byName.templateName = name;
    m_job = m_client->call(m_projectKey, KakaotalkTemplateService::listRequest(m_plusFriendId, byName));
    emit busyChanged(true);
    connect(m_job, &ApiJob::finished, this, [this, request, submit, name](const ApiResult &result) {
        m_job = nullptr;
        emit busyChanged(false);
        if (!result.ok()) {
            emit failed(result, true);
            return;
        }
        m_createUnanswered = false;
        m_unansweredDetails = QJsonObject();
        for (const QJsonValue &v : result.json.object().value(QLatin1String("templates")).toArray()) {
            if (nameOf(v.toObject()) == name) {
                take(v.toObject());
                break;
            }
        }
        send(request, submit);
    });
}

void KakaotalkTemplateSync::stopWaiting()
{
    if (m_job)
        m_job->stop();
}

void KakaotalkTemplateSync::send(const QJsonObject &request, bool submit)
{
    const QJsonObject details = request.value(QLatin1String("details")).toObject();
    m_job = isExisting()
        ? m_service.update(m_plusFriendId, code(), updateDetails(details, KakaotalkTemplateService::editedDetails(m_server)), submit)
        : m_service.create(m_plusFriendId, details, submit);
    emit busyChanged(true);
    connect(m_job, &ApiJob::finished, this, [this, submit, details](const ApiResult &result) {
        m_job = nullptr;
        emit busyChanged(false);
        if (!result.ok()) {
            m_createUnanswered = !isExisting() && result.error.outcomeUnknown();
            m_unansweredDetails = m_createUnanswered ? details : QJsonObject();
            m_unansweredSubmit = submit;
            emit failed(result, true);
            return;
        }
        take(result.json.object());
        emit saved(m_server, submit);
    });
}

bool KakaotalkTemplateSync::settleFrom(const QJsonObject &row, const QJsonObject &request)
{
    if (!m_createUnanswered || isBusy() || isExisting()
        || request.value(QLatin1String("details")).toObject() != m_unansweredDetails)
        return false;
    const QString sentName = m_unansweredDetails.value(QLatin1String("name")).toString();
    if (sentName.isEmpty() || nameOf(row) != sentName)
        return false;
    m_createUnanswered = false;
    m_unansweredDetails = QJsonObject();
    take(row);
    emit saved(m_server, m_unansweredSubmit);
    return true;
}

void KakaotalkTemplateSync::refresh()
{
    if (m_job || !m_client || !isExisting())
        return;
    m_job = m_service.get(m_plusFriendId, code());
    emit busyChanged(true);
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_job = nullptr;
        emit busyChanged(false);
        if (!result.ok()) {
            if (!result.error.isCancelled())
                emit failed(result, false);
            return;
        }
        take(result.json.object());
        emit refreshed(m_server);
    });
}

void KakaotalkTemplateSync::take(const QJsonObject &serverTemplate)
{
    m_server = serverTemplate;
    if (isInReview())
        m_poll->start();
    else
        m_poll->stop();
    if (changesStatus() == QLatin1String("REJECTED"))
        readReason();
    else if (!m_reason.isEmpty()) {
        m_reason.clear();
        emit reasonChanged();
    }
}

void KakaotalkTemplateSync::readReason()
{
    if (!m_client || !isExisting())
        return;
    if (m_reasonJob)
        m_reasonJob->cancel();
    FeedRef feed;
    feed.projectKey = m_projectKey;
    feed.kind = FeedRef::Kind::KakaotalkTemplate;
    feed.ids = {m_plusFriendId, code()};
    m_reasonJob = ActivityService(m_client, m_projectKey).list(feed);
    connect(m_reasonJob, &ApiJob::finished, this, [this, feed](const ApiResult &result) {
        m_reasonJob = nullptr;
        if (!result.ok())
            return;
        // The newest rejection's words (the feed is newest first).
        for (const Activity &a : ActivityService::activitiesIn(result, feed)) {
            if (a.type == QLatin1String("REJECTED")) {
                m_reason = a.comment;
                emit reasonChanged();
                return;
            }
        }
    });
}

} // namespace sinch::ui
