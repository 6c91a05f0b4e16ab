#include "watchedresources.h"

#include "services/areacatalog.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "api/apiresult.h"
#include "api/pager.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {

struct ListInfo
{
    WatchedResources::List list;
    const char *operation;
    const char *area;
    const char *itemsKey;
    const char *idField;   // the row's field that is the feed's last path value
    FeedRef::Kind kind;
};

constexpr ListInfo kLists[] = {
    {WatchedResources::List::WhatsappTemplates, "TemplatesController_listTemplates_v1", "whatsapp.templates",
     "templates", "name", FeedRef::Kind::WhatsappTemplate},
    {WatchedResources::List::WhatsappSenders, "SendersController_listSenders_v1", "whatsapp.senders", "senders", "id",
     FeedRef::Kind::WhatsappSender},
    {WatchedResources::List::KakaotalkSenders, "KakaotalkSendersController_listSenders_v1", "kakaotalk.senders",
     "senders", "plusFriendId", FeedRef::Kind::KakaotalkSender},
    {WatchedResources::List::KakaotalkTemplates, "KakaotalkTemplatesController_listTemplates_v1",
     "kakaotalk.templates", "templates", "code", FeedRef::Kind::KakaotalkTemplate},
    {WatchedResources::List::RcsSenders, "RcsSendersController_listSenders_v1", "rcs.senders", "senders", "id",
     FeedRef::Kind::RcsSender},
};

const ListInfo &info(WatchedResources::List list)
{
    for (const ListInfo &l : kLists) {
        if (l.list == list)
            return l;
    }
    return kLists[0];
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// What a person calls a resource in the inbox: as its area's list names it (one rule,
// AreaCatalog's), else by its name or IDs. `area` is the list's area (looked up once a page).
QString titleOf(const QJsonObject &row, const FeedRef &feed, const Area &area)
{
    if (area.hasFeed && area.feedKind == feed.kind) {
        if (const FeedRef ref = AreaCatalog::feedOf(area, feed.projectKey, row); ref.isValid())
            return ref.title;
    }
    const QString name = row.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
    return name.isEmpty() ? feed.ids.join(QStringLiteral(" · ")) : name;
}

} // namespace

WatchedResources::WatchedResources(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

QString WatchedResources::areaName(List list)
{
    return QString::fromLatin1(info(list).area);
}

QList<WatchedResources::List> WatchedResources::topLevelLists()
{
    return {List::WhatsappTemplates, List::WhatsappSenders, List::KakaotalkSenders, List::RcsSenders};
}

ApiJob *WatchedResources::list(List list, const QString &parentId, const QString &pageToken) const
{
    const QString op = QString::fromLatin1(info(list).operation);
    ApiRequest request(op);
    if (list == List::KakaotalkTemplates)
        request.path(QStringLiteral("plusFriendId"), parentId);
    if (list == List::WhatsappTemplates) {
        // Only what tells a change: thousands of templates in few, small pages.
        for (const char *field : {"name", "language", "state", "changes.status"})
            request.arg(QStringLiteral("fieldMask"), QString::fromLatin1(field));
    }
    if (const int size = Pager::pageSizeFor(op, 1000); size > 0)
        request.arg(QStringLiteral("pageSize"), QString::number(size));
    if (!pageToken.isEmpty())
        request.arg(QStringLiteral("pageToken"), pageToken);
    // A project without this channel answers 403 or 404: the inbox skips the area, and it
    // is no error of the console's.
    request.expect(403).expect(404);
    return m_client->call(m_projectKey, request);
}

QList<WatchedResources::Watched> WatchedResources::watchedIn(const ApiResult &result, List list,
                                                           const QString &projectKey, const QString &parentId)
{
    const ListInfo &l = info(list);
    const Area area = AreaCatalog::areaOfFeed(l.kind);
    QList<Watched> out;
    const QJsonArray rows = result.json.object().value(QLatin1String(l.itemsKey)).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        Watched w;
        w.feed.projectKey = projectKey;
        w.feed.kind = l.kind;
        if (list == List::WhatsappTemplates)
            w.feed.ids = {str(row, "name"), str(row, "language")};
        else if (list == List::KakaotalkTemplates)
            w.feed.ids = {parentId, str(row, l.idField)};
        else
            w.feed.ids = {str(row, l.idField)};
        if (w.feed.ids.contains(QString()))
            continue;
        w.feed.title = list == List::WhatsappTemplates ? w.feed.ids.join(QStringLiteral(" · ")) : titleOf(row, w.feed, area);
        const QString pending = row.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        const QString modified = str(row, "modified");
        w.state = pending.isEmpty() ? str(row, "state") : pending;
        w.signature = QStringList{str(row, "state"), pending, modified}.join(QLatin1Char('|'));
        w.modified = QDateTime::fromString(modified, Qt::ISODateWithMs).toUTC();
        out.append(w);
    }
    return out;
}

QString WatchedResources::nextPageToken(const ApiResult &result)
{
    return result.json.object().value(QLatin1String("nextPageToken")).toString();
}

} // namespace sinch
