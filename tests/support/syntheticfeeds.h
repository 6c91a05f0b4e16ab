#pragma once

// Activities of `feeds` WhatsApp template feeds of `perFeed` entries each, for the inbox's
// tests and its benchmark. The feeds alternate between two projects ("p1", "p2"); every
// third entry is a comment whose text names its version and feed (each unique, all found by
// "footer"), the others are edits. Within a feed the entries are `step` seconds apart from
// `from`, and feed f starts f × `feedOffset` seconds later, so the feeds interleave in time
// and no two entries share a key. Header only: the benchmark links no test support.
#include "domain/activity.h"

#include <QDateTime>
#include <QList>

namespace sinch::test {

struct FeedShape
{
    QDateTime from;
    qint64 step = 600;     // seconds between two entries of a feed
    qint64 feedOffset = 7; // seconds between the starts of two feeds
    int authors = 3;       // "Reviewer 0" … "Reviewer N-1", a feed each in turn
};

inline QList<Activity> syntheticFeeds(int feeds, int perFeed, const FeedShape &shape)
{
    QList<Activity> out;
    out.reserve(qsizetype(feeds) * perFeed);
    for (int f = 0; f < feeds; ++f) {
        FeedRef feed;
        feed.projectKey = f % 2 ? QStringLiteral("p2") : QStringLiteral("p1");
        feed.kind = FeedRef::Kind::WhatsappTemplate;
        feed.ids = {QStringLiteral("template_%1").arg(f), QStringLiteral("EN_US")};
        feed.title = feed.ids.join(QStringLiteral(" · "));
        for (int i = 0; i < perFeed; ++i) {
            Activity a;
            a.feed = feed;
            a.type = i % 3 ? QStringLiteral("EDITED") : QStringLiteral("COMMENT_ADDED");
            a.created = shape.from.addSecs(qint64(i) * shape.step + f * shape.feedOffset);
            a.author = QStringLiteral("Reviewer %1").arg(f % shape.authors);
            if (i % 3 == 0)
                a.comment = QStringLiteral("footer of version %1 (feed %2)").arg(i).arg(f);
            out.append(a);
        }
    }
    return out;
}

} // namespace sinch::test
