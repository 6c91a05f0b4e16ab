// No edit is lost when the console dies: the real `sinch-console --sandbox` runs offscreen
// in a private HOME, a scripted input (SINCH_TEST_SCRIPT, ui/testhook) opens an editor and
// types into it, the test waits until the draft is on disk (autosave shortened to 200 ms),
// kills the process with SIGKILL and starts it again, and the restored editor shows what
// was typed (read back through the same hook).
#include "storage/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sinch;

namespace {

struct Case
{
    QString kind;            // the draft's kind on disk
    QStringList open;        // steps that open the editor
    QString field;           // the accessible name typed into
    QString text;
    QStringList reopen;      // steps after the restart, before the field is read
};

bool draftHolds(const QList<DraftStore::Draft> &drafts, const QString &kind, const QString &text)
{
    for (const DraftStore::Draft &d : drafts)
        if (d.kind == kind && QJsonDocument(d.document).toJson().contains(text.toUtf8()))
            return true;
    return false;
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QDir m_home; // one per case: its drafts meet no other's

    QString draftsDir() const { return m_home.filePath(QStringLiteral("data/sinch-console/sinch-console/drafts")); }

    std::unique_ptr<QProcess> start(const QString &name, const QStringList &steps)
    {
        const QString script = m_home.filePath(name + QStringLiteral(".script"));
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return nullptr;
        f.write(steps.join(QLatin1Char('\n')).toUtf8());
        f.close();
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SINCH_TEST_SCRIPT"), script);
        // The sanitizer's leak report at exit is beside the point of a killed process.
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(SINCH_CONSOLE_BINARY), {QStringLiteral("--sandbox")});
        return p;
    }

    void stop(QProcess *p)
    {
        p->kill(); // SIGKILL: no close event, no last autosave, no destructor
        QVERIFY(p->waitForFinished(10000));
    }

    void readState(QProcess *p, const QString &path, QJsonObject *fields)
    {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) || p->state() == QProcess::NotRunning, 60000);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the restarted console wrote no state");
        *fields = QJsonDocument::fromJson(f.readAll()).object();
    }

    void survivesKill(const Case &c)
    {
        QVERIFY(QDir(m_root.path()).mkpath(c.kind));
        m_home = QDir(m_root.filePath(c.kind));
        QStringList steps{QStringLiteral("autosave\t200")};
        steps << c.open << QStringLiteral("type\t%1\t%2").arg(c.field, c.text);
        std::unique_ptr<QProcess> first = start(c.kind + QStringLiteral("-1"), steps);
        QVERIFY(first && first->waitForStarted());
        DraftStore drafts(draftsDir());
        QTRY_VERIFY_WITH_TIMEOUT(draftHolds(drafts.all(), c.kind, c.text) || first->state() == QProcess::NotRunning, 60000);
        QVERIFY2(first->state() == QProcess::Running, "the console ended before its draft was written");
        stop(first.get());
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);

        const QString state = m_home.filePath(c.kind + QStringLiteral(".state.json"));
        std::unique_ptr<QProcess> second =
            start(c.kind + QStringLiteral("-2"), c.reopen + QStringList{QStringLiteral("wait\t") + c.field, QStringLiteral("state\t") + state});
        QVERIFY(second && second->waitForStarted());
        QJsonObject fields;
        readState(second.get(), state, &fields);
        QVERIFY2(second->state() == QProcess::Running, "the restarted console ended");
        QCOMPARE(fields.value(c.field).toString().right(c.text.size()), c.text);
        stop(second.get());
    }

private slots:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void whatsappTemplate()
    {
        // Restarted, the console offers the drafts back; the template opens on its settings.
        survivesKill({QStringLiteral("whatsapp-template"),
                      {QStringLiteral("area\twhatsapp.templates"), QStringLiteral("action\ttemplates.new"),
                       QStringLiteral("wait\tTemplate name")},
                      QStringLiteral("Template name"), QStringLiteral("order_recovered_after_kill"),
                      {QStringLiteral("click\tRestore")}});
    }

    void whatsappSender()
    {
        // An unsaved new sender comes back in the next New.
        const QStringList open{QStringLiteral("area\twhatsapp.senders"), QStringLiteral("action\tsenders.new")};
        survivesKill({QStringLiteral("whatsapp-sender"), open, QStringLiteral("Display name"), QStringLiteral("Acme Recovered"), open});
    }

    void rcsSenderWizard()
    {
        // The wizard's Brand step opens once Basics is complete; restarted, the next New takes
        // the unfinished wizard up (Basics with it), and Next goes on to the brand again.
        const QStringList open{QStringLiteral("area\trcs.senders"), QStringLiteral("action\trcsSenders.new"),
                               QStringLiteral("wait\tRegion")};
        QStringList basics = open;
        basics << QStringLiteral("choose\tRegion\tEU") << QStringLiteral("choose\tBilling category\tConversational")
               << QStringLiteral("choose\tUse case\tTransactional") << QStringLiteral("click\tNext")
               << QStringLiteral("wait\tBrand name");
        survivesKill({QStringLiteral("rcs-sender"), basics, QStringLiteral("Brand name"), QStringLiteral("Bakery Recovered"),
                      open + QStringList{QStringLiteral("click\tNext")}});
    }

    // No row for Send test…: it keeps no draft on purpose. Its values start as the template's
    // examples (kept by the template editor's own draft), a number is kept as the project's
    // test recipient once sent, and the dialog holds nothing else a person would retype.

    void kakaotalkTemplate()
    {
        const QStringList open{QStringLiteral("area\tkakaotalk.templates"), QStringLiteral("action\tkakaotalkTemplates.new")};
        survivesKill({QStringLiteral("kakaotalk-template"), open, QStringLiteral("Content"), QStringLiteral("주문이 복구되었습니다"), open});
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
