// What a person is told about: review outcomes and others' comments of the projects they
// chose (none by default), one summary when many arrive at once.
#include "services/notificationpolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

namespace {
Activity make(const QString &project, const QString &type, const QString &author = {}, const QString &comment = {},
              const QString &state = {})
{
    Activity a;
    a.feed.projectKey = project;
    a.feed.kind = FeedRef::Kind::WhatsappTemplate;
    a.feed.ids = {QStringLiteral("order_update"), QStringLiteral("en_US")};
    a.feed.title = QStringLiteral("order_update · en_US");
    a.type = type;
    a.author = author;
    a.comment = comment;
    a.state = state;
    a.created = QDateTime::currentDateTimeUtc();
    return a;
}
} // namespace

class TstNotificationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void offByDefault()
    {
        NotificationPolicy policy;
        QVERIFY(!policy.isEnabled(QStringLiteral("p1")));
        QVERIFY(policy.notificationsFor({make(QStringLiteral("p1"), Activity::kStateChanged, {}, {}, QStringLiteral("APPROVED"))})
                    .isEmpty());
    }

    void outcomesAndOthersCommentsOnly()
    {
        NotificationPolicy policy;
        policy.setEnabled(QStringLiteral("p1"), true);
        policy.setOwnAuthors({QStringLiteral("You")});
        policy.setProjectName(QStringLiteral("p1"), QStringLiteral("Shop EU"));
        const QList<Notification> n = policy.notificationsFor({
            make(QStringLiteral("p1"), QStringLiteral("EDITED")),
            make(QStringLiteral("p1"), Activity::kStateChanged, {}, {}, QStringLiteral("REJECTED")),
            make(QStringLiteral("p1"), QStringLiteral("COMMENT_ADDED"), QStringLiteral("Meta review"), QStringLiteral("Footer too long")),
            make(QStringLiteral("p1"), QStringLiteral("COMMENT_ADDED"), QStringLiteral("You"), QStringLiteral("Fixed")),
            make(QStringLiteral("p2"), QStringLiteral("COMMENT_ADDED"), QStringLiteral("Meta review"), QStringLiteral("Other project")),
        });
        QCOMPARE(n.size(), 2);
        QCOMPARE(n.at(0).title, QStringLiteral("Shop EU · order_update · en_US"));
        QVERIFY(n.at(0).text.contains(QStringLiteral("REJECTED")));
        QCOMPARE(n.at(1).text, QStringLiteral("Meta review: Footer too long"));
        QCOMPARE(n.at(1).feed.ids, QStringList({QStringLiteral("order_update"), QStringLiteral("en_US")}));
    }

    void manyBecomeOneSummary()
    {
        NotificationPolicy policy;
        policy.setEnabled(QStringLiteral("p1"), true);
        QList<Activity> news;
        for (int i = 0; i < 5; ++i)
            news << make(QStringLiteral("p1"), QStringLiteral("COMMENT_ADDED"), QStringLiteral("Meta"), QString::number(i));
        news << make(QStringLiteral("p1"), Activity::kStateChanged, {}, {}, QStringLiteral("APPROVED"));
        const QList<Notification> n = policy.notificationsFor(news);
        QCOMPARE(n.size(), 1);
        QVERIFY(!n.first().feed.isValid());
        QVERIFY(n.first().text.contains(QStringLiteral("1 review outcome")));
        QVERIFY(n.first().text.contains(QStringLiteral("5 new comment")));
    }

    void choiceIsKeptInSettings()
    {
        QTemporaryDir dir;
        {
            QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            NotificationPolicy(&settings).setEnabled(QStringLiteral("p1"), true);
        }
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QVERIFY(NotificationPolicy(&settings).isEnabled(QStringLiteral("p1")));
        QVERIFY(!NotificationPolicy(&settings).isEnabled(QStringLiteral("p2")));
    }
};

QTEST_MAIN(TstNotificationPolicy)
#include "tst_notificationpolicy.moc"
