#pragma once

#include "domain/activity.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The lists whose rows show what changed in a project, as typed calls for the inbox's sync:
// WhatsApp templates and senders, KakaoTalk senders and their templates, RCS senders. Each
// row becomes a Watched: the feed of the resource, the state a person would call it by,
// and a signature of everything in the row that moves when something happens to it.
//
// What a list row cannot show: a comment. No list of the contract carries a comment count
// or a last-activity time, and posting a comment changes neither state nor `modified`
// (WhatsApp templates have no `modified` at all). So a comment on an otherwise unchanged
// resource is seen when its resource next changes, or at once when the console posted it
// (InboxSync::touch()); the account feeds are read every poll and carry account comments.
class WatchedResources
{
public:
    enum class List { WhatsappTemplates, WhatsappSenders, KakaotalkSenders, KakaotalkTemplates, RcsSenders };

    struct Watched
    {
        FeedRef feed;
        QString state;       // the review state: pending changes' status, else the resource's state
        QString signature;   // state, changes.status and modified, as one string
        QDateTime modified;  // when the server says it last changed (invalid when the row has none)
    };

    WatchedResources(ApiClient *client, QString projectKey);

    // One page of a list; `parentId` is the KakaoTalk sender of its templates.
    ApiJob *list(List list, const QString &parentId = QString(), const QString &pageToken = QString()) const;
    static QList<Watched> watchedIn(const ApiResult &result, List list, const QString &projectKey,
                                    const QString &parentId = QString());
    static QString nextPageToken(const ApiResult &result);
    static QString areaName(List list); // "whatsapp.templates"
    static QList<List> topLevelLists();  // every list but KakaoTalk templates (one per sender)

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
