#pragma once

#include "api/apirequest.h"
#include "domain/activity.h"

#include <QPointer>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The activity feeds and comments of one project as typed calls, for every kind of
// resource that has them (FeedRef::Kind): views, the inbox and its sync never name the
// fourteen operations.
class ActivityService
{
public:
    ActivityService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    // One page of a feed, newest first (an empty token: the first page; 0: the server's size).
    ApiJob *list(const FeedRef &feed, const QString &pageToken = QString(), int pageSize = 0) const;
    // The first page's request, for a Pager or a paged model.
    static ApiRequest listRequest(const FeedRef &feed);
    // Posts a comment on the resource; it comes back in the feed as COMMENT_ADDED.
    ApiJob *comment(const FeedRef &feed, const QString &text) const;

    // The entries of a page of `feed`, in the server's order (newest first).
    static QList<Activity> activitiesIn(const ApiResult &result, const FeedRef &feed);
    static QString nextPageToken(const ApiResult &result);
    // The longest comment the contract takes.
    static int maxCommentLength();

    // The feed a request reads or comments on (invalid for any other request).
    static FeedRef feedOf(const QString &projectKey, const ApiRequest &request);
    static bool isComment(const ApiRequest &request);

    static QString listOperation(FeedRef::Kind kind);
    static QString commentOperation(FeedRef::Kind kind);

private:
    static ApiRequest withIds(ApiRequest request, const FeedRef &feed);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
