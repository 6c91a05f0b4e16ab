// The editor and every list area under a seeded monkey (tests/support/monkey.h): a few
// thousand random clicks, typed fragments, special keys, undo/redo, outline and list rows
// and combo-box choices against the sandbox. Nothing may crash (ASan + UBSan watch every
// event), the editor's form must show its document after every event, and undoing
// everything must give back exactly the document the editor opened with.
//
// The seed is printed; SINCH_MONKEY_SEED=N replays a failure event for event.

#include "guidriver.h"
#include "monkey.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "services/areacatalog.h"
#include "mainwindow.h"
#include "scriptedmessagebox.h"
#include "templates/editor/templateeditor.h"
#include "api/apiclient.h"
#include "api/apirequest.h"
#include "auth/credentialstore.h"
#include "domain/templatedocument.h"
#include "storage/draftstore.h"
#include "storage/projectstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sinch;
using namespace sinch::ui;
using sinch::test::GuiDriver;
using sinch::test::Monkey;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

quint32 seed()
{
    bool ok = false;
    const uint v = qEnvironmentVariable("SINCH_MONKEY_SEED").toUInt(&ok);
    return ok ? v : 20261205u;
}

// What a visible form field shows against the document's value at its path ("field:<path>").
QString mismatch(QWidget *root, const QJsonObject &document)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->objectName().startsWith(QLatin1String("field:")))
            continue;
        const QString path = w->objectName().mid(6);
        const QJsonValue v = TemplateDocument::valueAt(document, TemplateDocument::splitPath(path));
        const QString expected = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        QString shown;
        if (auto *e = qobject_cast<QLineEdit *>(w))
            shown = e->text();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            shown = p->toPlainText();
        else
            continue;
        if (shown != expected)
            return QStringLiteral("%1 shows \"%2\", the document has \"%3\"").arg(path, shown, expected);
    }
    return QString();
}

} // namespace

class TstMonkey : public QObject, public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("monkey seed=%u (SINCH_MONKEY_SEED=%u replays this run)", seed(), seed());
    }

    // An opened template from the sandbox, 3,000 events.
    void editor()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0.2;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        QTemporaryDir dir;
        DraftStore drafts(dir.path());
        ScriptedMessageBox box; // prompts nobody expects are answered Cancel
        const ApiResult r = fx.callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                             .arg(QStringLiteral("pageSize"), QStringLiteral("20")));
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QJsonObject server;
        for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray())
            if (v.toObject().value(QLatin1String("changes")).toObject().isEmpty())
                server = v.toObject();
        QVERIFY(!server.isEmpty());
        const QJsonObject original = TemplateDocument::fromServerTemplate(server);

        TemplateEditor editor({fx.client.get(), fx.projectKey, &drafts, &box}, original, server);
        editor.resize(1200, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int events = envInt("SINCH_MONKEY_EVENTS", 3000);
        Monkey monkey(&editor, seed());
        monkey.run(events, [&](int n) {
            const QString wrong = mismatch(&editor, editor.document());
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("seed %1, event %2: %3\n%4")
                                                     .arg(monkey.seed()).arg(n).arg(wrong, monkey.trail())));
        });
        if (QTest::currentTestFailed())
            return;
        qInfo("editor: %d events, %d undo steps", monkey.count(), editor.undoStack()->count());
        QCOMPARE(monkey.count(), events);

        // Every edit undoes back to the document the editor opened with, and redoes again.
        GuiDriver::settle();
        const QJsonObject last = editor.document();
        QUndoStack *stack = editor.undoStack();
        while (stack->canUndo())
            stack->undo();
        GuiDriver::settle();
        QCOMPARE(editor.document(), original);
        QVERIFY2(mismatch(&editor, editor.document()).isEmpty(), qPrintable(mismatch(&editor, editor.document())));
        while (stack->canRedo())
            stack->redo();
        GuiDriver::settle();
        QCOMPARE(editor.document(), last);
    }

    void listAreas_data()
    {
        QTest::addColumn<QString>("area");
        for (const Area &a : AreaCatalog::areas()) // the lists, the overview and the account page
            QTest::newRow(qPrintable(a.id)) << a.id;
    }

    // Every area of the main window on the sandbox project, 1,000 events each.
    void listAreas()
    {
        QFETCH(QString, area);
        QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
        makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showArea(area);
        QTRY_VERIFY(window->page(area));
        QWidget *page = window->page(area);
        QTest::qWait(200); // the first page of the list arrives
        Monkey monkey(page, seed() ^ qHash(area));
        const int events = envInt("SINCH_MONKEY_AREA_EVENTS", 1000);
        monkey.run(events, [&](int n) {
            QVERIFY2(window->isVisible(), qPrintable(QStringLiteral("seed %1, event %2: the window went away\n%3")
                                                        .arg(monkey.seed()).arg(n).arg(monkey.trail())));
        }, [&] { window->showArea(area); });
        qInfo("%s: %d events, %d documents opened", qPrintable(area), monkey.count(), int(window->documents().size()));
        QCOMPARE(monkey.count(), events);
        tearDownWindowFixture();
    }
};

QTEST_MAIN(TstMonkey)
#include "tst_monkey.moc"
