#include "seedactivity.h"

#include "genericapi.h"
#include "rcssenderapi.h"
#include "sandboxstate.h"
#include "seedids.h"
#include "whatsappapi.h"
#include "whatsapptemplateapi.h"

#include <QDateTime>

#include <algorithm>

#include <functional>

namespace sinch::sandbox {

namespace {

const QString kUser = QStringLiteral("Sandbox user");
const QString kSinch = QStringLiteral("Sinch support");

// What users ask and what Sinch answers, by kind of feed.
const char *const kUserComments[] = {
    "Could you check why this is still pending?",
    "We updated the wording as discussed, please have another look.",
    "Is there anything missing before this can go live?",
    "Our legal team approved the texts; please go ahead.",
    "Please confirm the brand details are correct.",
};
const char *const kSinchComments[] = {
    "Thanks, we forwarded this to the reviewer.",
    "Everything needed is in place; no action required from you.",
    "Please make sure the sample values match the variables.",
    "The review usually takes one to two business days.",
    "We checked the details with the operator; they are complete.",
};

ResourceActivity event(const QString &type, const QString &author, const QString &comment = QString())
{
    return {type, QString(), comment, author};
}

// One feed: the items' template path and how to find its items.
struct Feed
{
    QString itemTemplate;
    std::function<QList<QPair<QString, QString>>(SandboxState *)> items;   // (store key, id)
};

QList<QPair<QString, QString>> idsOf(SandboxState *state, const QString &storeKey)
{
    QList<QPair<QString, QString>> out;
    for (const QString &id : state->store(storeKey).ids())
        out << qMakePair(storeKey, id);
    return out;
}

QList<Feed> feeds()
{
    const QString area = QStringLiteral("areas");
    return {
        {QStringLiteral("/whatsapp"), [area](SandboxState *) { return QList<QPair<QString, QString>>{{area, QStringLiteral("/whatsapp")}}; }},
        {QStringLiteral("/rcs"), [area](SandboxState *) { return QList<QPair<QString, QString>>{{area, QStringLiteral("/rcs")}}; }},
        {WhatsappApi::senderFeed(), [](SandboxState *s) { return idsOf(s, WhatsappApi::senderStoreKey()); }},
        {WhatsappTemplateApi::feedTemplate(), [](SandboxState *s) { return idsOf(s, WhatsappTemplateApi::storeKey()); }},
        {QStringLiteral("/rcs/senders/{senderId}"), [](SandboxState *s) { return idsOf(s, RcsSenderApi::storeKey()); }},
        {QStringLiteral("/kakaotalk/senders/{plusFriendId}"), [](SandboxState *s) { return idsOf(s, QStringLiteral("/kakaotalk/senders")); }},
        {QStringLiteral("/kakaotalk/senders/{plusFriendId}/templates/{templateCode}"), [](SandboxState *s) {
             QList<QPair<QString, QString>> out;
             for (const QString &pf : s->store(QStringLiteral("/kakaotalk/senders")).ids())
                 out << idsOf(s, QStringLiteral("/kakaotalk/senders/%1/templates").arg(pf));
             return out;
         }},
    };
}

// The history of one item with the seed's additions, oldest first.
QList<ResourceActivity> densified(const QList<ResourceActivity> &recorded, const QStringList &allowed, const QString &itemTemplate,
                             quint64 h)
{
    QList<ResourceActivity> out = recorded;
    const bool hasCreated = std::any_of(out.cbegin(), out.cend(), [](const ResourceActivity &e) {
        return e.type == QLatin1String("CREATED");
    });
    if (!hasCreated && allowed.contains(QStringLiteral("CREATED")))
        out.prepend(event(QStringLiteral("CREATED"), QStringLiteral("Sinch")));
    // The WhatsApp business went through Meta's verification before it was onboarded.
    if (itemTemplate == QLatin1String("/whatsapp") && allowed.contains(QStringLiteral("PENDING_FACEBOOK_VERIFICATION")))
        out.insert(1, event(QStringLiteral("PENDING_FACEBOOK_VERIFICATION"), QStringLiteral("Meta")));
    if (!allowed.contains(QStringLiteral("COMMENT_ADDED")))
        return out;
    // A question of the user after the first steps, answered by Sinch; some items have a
    // second exchange.
    const int at = qMin(int(out.size()), 1 + int(h % 2));
    out.insert(at, event(QStringLiteral("COMMENT_ADDED"), kUser, QLatin1String(kUserComments[h % 5])));
    out.insert(at + 1, event(QStringLiteral("COMMENT_ADDED"), kSinch, QLatin1String(kSinchComments[(h >> 8) % 5])));
    if ((h >> 16) % 3 == 0)
        out << event(QStringLiteral("COMMENT_ADDED"), kUser, QLatin1String(kUserComments[(h >> 20) % 5]));
    return out;
}

} // namespace

void SeedActivity::load(SandboxState *state)
{
    const qint64 startMs = state->started().toMSecsSinceEpoch();
    for (const Feed &feed : feeds()) {
        const QStringList allowed = GenericApi::activityTypes(feed.itemTemplate);
        if (allowed.isEmpty())
            continue;
        for (const auto &[storeKey, id] : feed.items(state)) {
            ResourceStore &store = state->store(storeKey);
            const quint64 h = SeedIds::hash(storeKey + QLatin1Char('|') + id);
            QList<ResourceActivity> history = densified(store.activityHistory(id), allowed, feed.itemTemplate, h);
            // First event 20 to 29 days before the start, the last at least an hour before
            // it, the steps in between of varying length.
            const qint64 first = (20 * 24 + qint64(h % (9 * 24))) * 3600;   // seconds before start
            const qint64 last = 3600 + qint64((h >> 12) % (48 * 3600));
            const int n = history.size();
            for (int i = 0; i < n; ++i) {
                const double share = n == 1 ? 0.0 : double(i) / (n - 1);
                const qint64 jitter = i == 0 || i == n - 1 ? 0 : qint64((h >> (i % 40)) % 3600);
                const qint64 before = first - qint64(share * double(first - last)) - jitter;
                history[i].created = SandboxState::timestamp(startMs - before * 1000);
            }
            store.setActivityHistory(id, history);
            if (!store.contains(id) || history.isEmpty())
                continue;
            QJsonObject item = store.get(id);
            if (item.contains(QLatin1String("created")))
                item.insert(QStringLiteral("created"), history.first().created);
            if (item.contains(QLatin1String("modified")))
                item.insert(QStringLiteral("modified"), history.last().created);
            store.put(id, item);
        }
    }
}

} // namespace sinch::sandbox
