#include "storage/deletedtemplatelog.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sinch::DeletedTemplateLog;

class TestDeletedTemplateLog : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString file() const { return dir.filePath(QStringLiteral("deleted.ini")); }

private slots:
    // Written, read back from a new QSettings on the same file, per project.
    void roundTrip()
    {
        QVERIFY(dir.isValid());
        const QString a = QStringLiteral("project/7d0c6c1a-1111-4a4a-9d9d-000000000001");
        const QString b = QStringLiteral("7d0c6c1a-2222-4a4a-9d9d-000000000002");
        const QDate today(2026, 3, 31);
        {
            QSettings settings(file(), QSettings::IniFormat);
            DeletedTemplateLog log(&settings);
            log.record(a, QStringLiteral("order_update"), today.addDays(-29));
            log.record(a, QStringLiteral("welcome"), today);
            log.record(b, QStringLiteral("promo"), today.addDays(-1));
        }
        QSettings settings(file(), QSettings::IniFormat);
        DeletedTemplateLog log(&settings);
        const QHash<QString, QDate> names = log.deletedNames(a, today);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.value(QStringLiteral("order_update")), today.addDays(-29));
        QCOMPARE(names.value(QStringLiteral("welcome")), today);
        QCOMPARE(log.deletedNames(b, today).keys(), QList<QString>{QStringLiteral("promo")});
        // The uuid alone names the same project as its key.
        QCOMPARE(log.deletedNames(a.mid(8), today), names);
        QVERIFY(log.deletedNames(QStringLiteral("other"), today).isEmpty());
        // The same name deleted again: the later date counts.
        log.record(a, QStringLiteral("order_update"), today.addDays(-2));
        QCOMPARE(log.deletedNames(a, today).value(QStringLiteral("order_update")), today.addDays(-2));
    }

    // Entries 30 days old or older are not reported and are pruned.
    void pruning()
    {
        QSettings settings(file() + QStringLiteral(".prune"), QSettings::IniFormat);
        DeletedTemplateLog log(&settings);
        const QString p = QStringLiteral("project/abc");
        const QDate today(2026, 3, 31);
        log.record(p, QStringLiteral("old"), today.addDays(-40));
        log.record(p, QStringLiteral("edge"), today.addDays(-30));
        log.record(p, QStringLiteral("recent"), today.addDays(-29));
        QCOMPARE(log.deletedNames(p, today).keys(), QList<QString>{QStringLiteral("recent")});
        log.prune(p, today);
        settings.beginGroup(QStringLiteral("deletedTemplates/abc"));
        QCOMPARE(settings.childKeys(), QStringList{QStringLiteral("recent")});
        settings.endGroup();
        // Recording prunes too: a day later "recent" is 30 days old.
        log.record(p, QStringLiteral("new"), today.addDays(1));
        settings.beginGroup(QStringLiteral("deletedTemplates/abc"));
        QCOMPARE(settings.childKeys(), QStringList{QStringLiteral("new")});
        settings.endGroup();
        log.record(p, QStringLiteral("later"), today.addDays(29));
        QCOMPARE(log.deletedNames(p, today.addDays(29)).size(), 2);
    }

    void withoutSettings()
    {
        DeletedTemplateLog log(nullptr);
        log.record(QStringLiteral("p"), QStringLiteral("x"));
        QVERIFY(log.deletedNames(QStringLiteral("p")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeletedTemplateLog)
#include "tst_deletedtemplatelog.moc"
