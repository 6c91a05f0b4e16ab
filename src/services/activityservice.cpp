#include "activityservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apiresult.h"
#include "api/operations.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {

struct FeedOperations
{
    FeedRef::Kind kind;
    const char *list;
    const char *comment;
};

// The feeds of the contract, with their comments endpoint (OPERATIONS.md).
constexpr FeedOperations kFeeds[] = {
    {FeedRef::Kind::WhatsappAccount, "AccountsController_listActivities_v1", "AccountsController_createComment_v1"},
    {FeedRef::Kind::WhatsappSender, "SendersController_listActivities_v1", "SendersController_createComment_v1"},
    {FeedRef::Kind::WhatsappTemplate, "TemplatesController_listActivities_v1", "TemplatesController_createComment_v1"},
    {FeedRef::Kind::KakaotalkSender, "KakaotalkSendersController_listActivities_v1",
     "KakaotalkSendersController_createComment_v1"},
    {FeedRef::Kind::KakaotalkTemplate, "KakaotalkTemplatesController_listActivities_v1",
     "KakaotalkTemplatesController_createComment_v1"},
    {FeedRef::Kind::RcsAccount, "RcsAccountsController_listActivities_v1", "RcsAccountsController_createComment_v1"},
    {FeedRef::Kind::RcsSender, "RcsSendersController_listActivities_v1", "SendersController_createSenderComment_v1"},
};

const FeedOperations &feedOperations(FeedRef::Kind kind)
{
    for (const FeedOperations &f : kFeeds) {
        if (f.kind == kind)
            return f;
    }
    return kFeeds[0];
}

} // namespace

ActivityService::ActivityService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

bool ActivityService::isConnected() const
{
    return m_client;
}

QString ActivityService::listOperation(FeedRef::Kind kind)
{
    return QString::fromLatin1(feedOperations(kind).list);
}

QString ActivityService::commentOperation(FeedRef::Kind kind)
{
    return QString::fromLatin1(feedOperations(kind).comment);
}

ApiRequest ActivityService::withIds(ApiRequest request, const FeedRef &feed)
{
    // The path parameters in the order the path names them (projectId aside).
    const Operation *op = Operations::instance().find(request.operationId);
    if (!op)
        return request;
    for (int i = 0; i < op->pathParams.size() && i < feed.ids.size(); ++i)
        request.path(op->pathParams.at(i), feed.ids.at(i));
    return request;
}

FeedRef ActivityService::feedOf(const QString &projectKey, const ApiRequest &request)
{
    for (const FeedOperations &f : kFeeds) {
        if (request.operationId != QLatin1String(f.list) && request.operationId != QLatin1String(f.comment))
            continue;
        const Operation *op = Operations::instance().find(request.operationId);
        FeedRef ref;
        ref.projectKey = projectKey;
        ref.kind = f.kind;
        for (const QString &param : op ? op->pathParams : QStringList())
            ref.ids << request.pathParams.value(param);
        return ref;
    }
    return FeedRef();
}

bool ActivityService::isComment(const ApiRequest &request)
{
    for (const FeedOperations &f : kFeeds) {
        if (request.operationId == QLatin1String(f.comment))
            return true;
    }
    return false;
}

ApiRequest ActivityService::listRequest(const FeedRef &feed)
{
    ApiRequest request = withIds(ApiRequest(listOperation(feed.kind)), feed);
    // An account feed of a channel the project does not use answers 403 or 404: the view
    // says so, and it is no error of the console's.
    if (FeedRef::idCount(feed.kind) == 0)
        request.expect(403).expect(404);
    return request;
}

ApiJob *ActivityService::list(const FeedRef &feed, const QString &pageToken, int pageSize) const
{
    ApiRequest request = listRequest(feed);
    if (pageSize > 0)
        request.arg(QStringLiteral("pageSize"), QString::number(pageSize));
    if (!pageToken.isEmpty())
        request.arg(QStringLiteral("pageToken"), pageToken);
    return m_client->call(m_projectKey, request);
}

ApiJob *ActivityService::comment(const FeedRef &feed, const QString &text) const
{
    return m_client->call(m_projectKey, withIds(ApiRequest(commentOperation(feed.kind)), feed)
                                            .json(QJsonObject{{QStringLiteral("comment"), text}}));
}

QList<Activity> ActivityService::activitiesIn(const ApiResult &result, const FeedRef &feed)
{
    QList<Activity> list;
    const QJsonArray items = result.json.object().value(QLatin1String("notifications")).toArray();
    list.reserve(items.size());
    for (const QJsonValue &v : items)
        list.append(Activity::fromJson(v.toObject(), feed));
    return list;
}

QString ActivityService::nextPageToken(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("nextPageToken")).toString();
}

int ActivityService::maxCommentLength()
{
    // Every comments endpoint takes the same body; its limit is the contract's.
    const Operation *op = Operations::instance().find(commentOperation(FeedRef::Kind::WhatsappAccount));
    const QJsonObject comment = op ? op->requestBodySchema().value(QLatin1String("properties")).toObject()
                                         .value(QLatin1String("comment")).toObject()
                                   : QJsonObject();
    return comment.value(QLatin1String("maxLength")).toInt(65535);
}

} // namespace sinch
