// 5 MB pasted into the body of the template editor: the console stays responsive (a probe
// timer keeps firing; its longest silence is compared with the same paste of 1 KB, not
// with a fixed time) and keeps every character. Before the preview and the rules bounded
// their work (PreviewTextBound, ContractLimits::kLongestWorkedText) such a paste froze the
// editor for minutes: the preview laid the megabytes out run by run.

#include "templates/editor/templateeditor.h"

#include "domain/templatedocument.h"
#include "guidriver.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::TemplateEditor;

namespace {

// Counts the ticks of a 10 ms timer and remembers the longest time between two of them:
// how long the event loop was not served.
class Probe
{
public:
    Probe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    qint64 longestSilenceMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = qMax(m_longest, now - m_last);
        m_last = now;
        ++m_ticks;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

QString bodyText(const TemplateEditor &editor)
{
    TemplateDocument d(editor.document());
    return d.value(d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text")).toString();
}

// Text as people paste it: sentences with markup and variables, in lines.
QString text(qsizetype size)
{
    const QString line = QStringLiteral("Hi {{1}}, your *order* ships _soon_ — track it in the app. 🚚\n");
    QString out;
    out.reserve(size + line.size());
    while (out.size() < size)
        out += line;
    out.truncate(size);
    return out;
}

} // namespace

class TstHugePaste : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;

    // Opens a new template, pastes `pasted` over its body with Ctrl+V and lets the editor
    // do what follows (validation, preview, autosave); the probe runs throughout.
    qint64 paste(const QString &pasted, QString *body)
    {
        TemplateEditor::Context ctx{m_fx->client.get(), m_fx->projectKey, m_drafts.get(), nullptr};
        TemplateEditor editor(ctx, TemplateDocument::newTemplate());
        editor.resize(1200, 820);
        editor.show();
        editor.activateWindow();
        if (!QTest::qWaitForWindowExposed(&editor))
            return -1;
        GuiDriver::settle();
        GuiDriver gui(&editor);
        auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
        if (!tree || !gui.clickRow(tree, QStringLiteral("Body")))
            return -1;
        auto *field = gui.find<QPlainTextEdit>(QStringLiteral("Body text"));
        if (!field)
            return -1;
        GuiDriver::click(field);
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        QGuiApplication::clipboard()->setText(pasted);

        Probe probe;
        probe.start();
        GuiDriver::key(Qt::Key_V, Qt::ControlModifier);
        QTest::qWait(1500);
        probe.stop();
        *body = bodyText(editor);
        qInfo("pasted %lld characters: longest silence %lld ms, %d probe ticks", qlonglong(pasted.size()),
              qlonglong(probe.longestSilenceMs()), probe.ticks());
        return probe.longestSilenceMs();
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxConfig config;
        m_fx = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        QVERIFY(m_dir.isValid());
        m_drafts = std::make_unique<DraftStore>(m_dir.path());
    }

    void cleanupTestCase()
    {
        m_drafts.reset();
        m_fx.reset();
    }

    void fiveMegabytesStayResponsive()
    {
        QString body;
        const QString small = text(1024);
        QVERIFY(paste(small, &body) >= 0); // the first editor of the run pays for what is loaded once
        const qint64 smallSilence = paste(small, &body);
        QVERIFY(smallSilence >= 0);
        QCOMPARE(body, small);

        const QString huge = text(5 * 1024 * 1024);
        const qint64 hugeSilence = paste(huge, &body);
        QVERIFY(hugeSilence >= 0);
        QCOMPARE(body.size(), huge.size()); // nothing typed is lost
        QVERIFY(body == huge);
        // The event loop is served after the paste as after a small one; a floor of 50 ms
        // keeps a lucky fast small run from making the bound meaningless.
        QVERIFY2(hugeSilence < 50 * qMax<qint64>(smallSilence, 50),
                 qPrintable(QStringLiteral("5 MB: %1 ms without events, 1 KB: %2 ms").arg(hugeSilence).arg(smallSilence)));
    }
};

QTEST_MAIN(TstHugePaste)
#include "tst_hugepaste.moc"
