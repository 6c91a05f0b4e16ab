// Activity keys are stored (the inbox's row ids are their hash): ActivityKeyBuilder, which
// makes them in buffers it reuses, must give the very bytes of the plain way (QString's UTF-8,
// QDateTime's ISO format, a fresh SHA-1), whatever the text and time, one key after another.
#include "domain/activity.h"
#include "domain/activitykeybuilder.h"
#include "domain/utf8append.h"
#include "storage/activityschema.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace sinch;

namespace {

// The key as the store's first version made it, piece by piece, with Qt's general functions.
QByteArray plainKey(const Activity &a)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(a.author.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(a.comment.toUtf8());
    if (!a.state.isEmpty()) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(a.state.toUtf8());
    }
    return a.feed.key().toUtf8() + '|' + a.created.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '|'
        + a.type.toUtf8() + '|' + hash.result().left(8).toHex();
}

Activity activity(const QString &author, const QString &comment, const QDateTime &created)
{
    Activity a;
    a.feed.projectKey = QStringLiteral("p1");
    a.feed.kind = FeedRef::Kind::WhatsappTemplate;
    a.feed.ids = {QStringLiteral("order_update"), QStringLiteral("EN_US")};
    a.type = QStringLiteral("COMMENT_ADDED");
    a.author = author;
    a.comment = comment;
    a.created = created;
    return a;
}

const QString kLoneSurrogate = QString(QChar(0xd800)) + QStringLiteral("x");

} // namespace

class TstActivityKeyBuilder : public QObject
{
    Q_OBJECT

private slots:
    void appendsWhatToUtf8Gives()
    {
        const QStringList texts{QString(), QStringLiteral(""), QStringLiteral("Please fix the footer"),
                                QStringLiteral("résolution trop basse"), QStringLiteral("見積もり 🙂"),
                                kLoneSurrogate, QString(QChar(0xdc00)), QStringLiteral("tab\there\x7f")};
        QByteArray out = "prefix:";
        QByteArray expected = out;
        for (const QString &t : texts) {
            appendUtf8(out, t);
            expected += t.toUtf8();
            QCOMPARE(out, expected);
        }
        // Shrunk and reused, as the store's buffers are.
        out.resize(0);
        appendUtf8(out, QStringLiteral("é"));
        QCOMPARE(out, QStringLiteral("é").toUtf8());
    }

    void makesThePlainKeyEveryTime()
    {
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 5, 7, 42), Qt::UTC);
        QList<Activity> all{
            activity(QStringLiteral("Ada"), QStringLiteral("Please fix the footer"), t0),
            activity(QStringLiteral("Ada"), QString(), t0.addMSecs(1)),
            activity(QString(), QStringLiteral(""), t0.addDays(400)),
            activity(QStringLiteral("Zoë"), QStringLiteral("résolution trop basse 🙂"), t0),
            activity(QStringLiteral("Bo"), kLoneSurrogate, t0),
            // A long comment (the hash spans several blocks), then a short one: nothing carries over.
            activity(QStringLiteral("Cy"), QString(300, QLatin1Char('w')), t0),
            activity(QStringLiteral("Cy"), QStringLiteral("w"), t0),
            // Not UTC: the key writes the UTC time.
            activity(QStringLiteral("Di"), QStringLiteral("offset"),
                     QDateTime(QDate(2026, 6, 30), QTime(23, 59, 59, 999), QTimeZone(5 * 3600))),
            // Years the fast path leaves to Qt, and no time at all.
            activity(QStringLiteral("Ed"), QString(), QDateTime(QDate(999, 1, 2), QTime(3, 4), Qt::UTC)),
            activity(QStringLiteral("Ed"), QString(), QDateTime(QDate(10000, 1, 2), QTime(3, 4), Qt::UTC)),
            activity(QStringLiteral("Ed"), QString(), QDateTime()),
        };
        Activity approved = activity(QStringLiteral("Ada"), QString(), t0);
        approved.type = Activity::kStateChanged;
        approved.state = QStringLiteral("APPROVED");
        all << approved;
        approved.state = QStringLiteral("REJECTED");
        all << approved;

        ActivityKeyBuilder builder; // one for all, as a batch uses it
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (const Activity &a : std::as_const(all)) {
            const QByteArray expected = plainKey(a);
            const QByteArray feedKey = a.feed.key().toUtf8();
            QCOMPARE(builder.keyUtf8(a, feedKey).toByteArray(), expected);
            QCOMPARE(a.keyUtf8In(feedKey), expected);
            QCOMPARE(a.key(), QString::fromUtf8(expected));
            QCOMPARE(ActivitySchema::rowIdOfUtf8(builder.keyUtf8(a, feedKey), sha1), ActivitySchema::rowId(a.key()));
        }
        // The format itself, once spelled out: stored ids depend on it.
        QCOMPARE(builder.keyUtf8(all.first(), all.first().feed.key().toUtf8()).first(79).toByteArray(),
                 QByteArray("p1|whatsapp.template|order_update|EN_US|2026-12-01T09:05:07.042Z|COMMENT_ADDED|"));
    }
};

QTEST_GUILESS_MAIN(TstActivityKeyBuilder)
#include "tst_activitykeybuilder.moc"
