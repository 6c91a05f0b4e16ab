// 5 MB pasted into the body of the template editor: every character is kept, and the editor
// still takes typing after it. Before the preview and the rules bounded their work
// (PreviewTextBound, ContractLimits::kLongestWorkedText) such a paste froze the editor for
// minutes: the preview laid the megabytes out run by run. How long the event loop goes
// unserved meanwhile is a figure of bench_hugepaste, against a paste of 1 KB.

#include "hugepaste.h"

#include "storage/draftstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sinch;
using sinch::ui::TemplateEditor;

class TstHugePaste : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;

    TemplateEditor::Context context() const { return {m_fx->client.get(), m_fx->projectKey, m_drafts.get(), nullptr}; }

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

    void smallPasteIsKept()
    {
        const QString small = test::hugepaste::text(1024);
        const test::hugepaste::Outcome pasted = test::hugepaste::pasteIntoNewTemplate(context(), small);
        QVERIFY(pasted.silenceMs >= 0);
        QCOMPARE(pasted.body, small);
        QVERIFY(pasted.typedAfter);
    }

    void fiveMegabytesAreKeptAndTypingGoesOn()
    {
        const QString huge = test::hugepaste::text(5 * 1024 * 1024);
        const test::hugepaste::Outcome pasted = test::hugepaste::pasteIntoNewTemplate(context(), huge);
        QVERIFY(pasted.silenceMs >= 0);
        QCOMPARE(pasted.body.size(), huge.size()); // nothing typed is lost
        QVERIFY(pasted.body == huge);
        QVERIFY2(pasted.typedAfter, "a key typed after the paste did not reach the body");
    }
};

QTEST_MAIN(TstHugePaste)
#include "tst_hugepaste.moc"
