#include "findings.h"
#include "templates/editor/templateeditor.h"

#include "domain/templatedocument.h"
#include "templates/editor/previewoverlay.h"
#include "templates/editor/templatesync.h"
#include "templates/list/changelist.h"
#include "templates/previewpart.h"
#include "templates/whatsapppreviewwidget.h"

#include "api/apiclient.h"
#include "api/clocktimer.h"
#include "api/manualclock.h"
#include "messagebar.h"
#include "networkstatus.h"
#include "scriptedmessagebox.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace sinch;
using sinch::test::hasFinding;
using sinch::ui::ChangeList;
using sinch::ui::TemplateEditor;

namespace {

QJsonObject readFixture(const QString &name)
{
    QFile f(QStringLiteral(SINCH_PREVIEW_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject withExtras()
{
    QJsonObject t = readFixture(QStringLiteral("media-buttons.json"));
    t.insert(QStringLiteral("x-console-note"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("ana")}});
    QJsonObject details = t.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("futureField"), QJsonArray{1, 2});
    QJsonArray comps = details.value(QLatin1String("components")).toArray();
    QJsonObject body = comps.at(1).toObject();
    body.insert(QStringLiteral("vendorHint"), true);
    comps.replace(1, body);
    QJsonObject buttons = comps.at(3).toObject();
    QJsonArray list = buttons.value(QLatin1String("buttons")).toArray();
    QJsonObject b = list.at(2).toObject();
    b.insert(QStringLiteral("tracking"), QStringLiteral("utm"));
    list.replace(2, b);
    buttons.insert(QStringLiteral("buttons"), list);
    comps.replace(3, buttons);
    details.insert(QStringLiteral("components"), comps);
    t.insert(QStringLiteral("details"), details);
    return t;
}

QStringList allParts(TemplateEditor &editor)
{
    QStringList parts;
    auto *tree = editor.findChild<QTreeView *>(QStringLiteral("outline"));
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex top = m->index(r, 0);
        parts << top.data(Qt::UserRole + 1).toString();
        for (int c = 0; c < m->rowCount(top); ++c)
            parts << m->index(c, 0, top).data(Qt::UserRole + 1).toString();
    }
    return parts;
}

QJsonObject baseTemplate(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("language"), QStringLiteral("EN_US")},
                       {QStringLiteral("category"), QStringLiteral("MARKETING")},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                       {QStringLiteral("text"), QStringLiteral("Summer picks for you. Swipe to see this week's deals.")}}}}}}};
}

// The server's version (a WhatsappTemplateDto) of a template approved as `doc` is.
QJsonObject approvedOnServer(const QJsonObject &doc, const QJsonObject &extra = QJsonObject())
{
    QJsonObject t{{QStringLiteral("state"), QStringLiteral("APPROVED")},
                  {QStringLiteral("name"), doc.value(QLatin1String("name"))},
                  {QStringLiteral("language"), doc.value(QLatin1String("language"))},
                  {QStringLiteral("category"), doc.value(QLatin1String("category"))},
                  {QStringLiteral("details"), doc.value(QLatin1String("details"))},
                  {QStringLiteral("analytics"), QJsonArray()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        t.insert(it.key(), it.value());
    return t;
}

QJsonValue val(const QJsonObject &o, const char *path)
{
    QJsonValue cur = o;
    for (const QString &s : QString::fromLatin1(path).split(QLatin1Char('.')))
        cur = cur.isArray() ? cur.toArray().at(s.toInt()) : cur.toObject().value(s);
    return cur;
}

} // namespace

class TstTemplateEditor : public QObject
{
    Q_OBJECT

    // Runs `edit`, checks it changed the document in one undo step, that undo brings
    // back the exact JSON and redo the edited one, and that isDirty follows.
    void checkUndo(TemplateEditor &editor, const std::function<void()> &edit, const char *what)
    {
        const QJsonObject before = editor.document();
        const int count = editor.undoStack()->index();
        const bool dirtyBefore = editor.isDirty();
        edit();
        const QJsonObject after = editor.document();
        QVERIFY2(after != before, what);
        QVERIFY2(editor.undoStack()->index() == count + 1, what);
        QVERIFY2(editor.isDirty(), what);
        editor.undoStack()->undo();
        QVERIFY2(editor.document() == before, what);
        QCOMPARE(editor.isDirty(), dirtyBefore);
        editor.undoStack()->redo();
        QVERIFY2(editor.document() == after, what);
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("json");
        for (const char *name : {"text.json", "media-buttons.json", "authentication.json", "carousel.json"}) {
            const QJsonObject t = readFixture(QString::fromLatin1(name));
            if (!t.isEmpty())
                QTest::newRow(name) << t;
        }
        QTest::newRow("unknown extra fields") << withExtras();
    }

    void roundTrip()
    {
        QFETCH(QJsonObject, json);
        TemplateEditor editor({}, json, approvedOnServer(json));
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Every part's form shows the JSON's values and writes nothing back.
        for (const QString &part : allParts(editor)) {
            editor.selectPart(part);
            QCOMPARE(editor.currentPart(), part);
            for (auto *e : editor.findChildren<QLineEdit *>()) {
                if (!e->objectName().startsWith(QLatin1String("field:")))
                    continue;
                const QString path = e->objectName().mid(6);
                QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(path));
                const QJsonValue v = editor.document().value(QStringLiteral("x")).isUndefined() ? QJsonValue() : QJsonValue();
                Q_UNUSED(v)
                QStringList segments = path.split(QLatin1Char('.'));
                QJsonValue cur = json;
                for (const QString &s : segments)
                    cur = cur.isArray() ? cur.toArray().at(s.toInt()) : cur.toObject().value(s);
                QCOMPARE(e->text(), cur.isDouble() ? QString::number(cur.toDouble()) : cur.toString());
            }
            for (auto *p : editor.findChildren<QPlainTextEdit *>()) {
                if (p->objectName().startsWith(QLatin1String("field:")))
                    QVERIFY(!p->toPlainText().isEmpty() || p->objectName().contains(QLatin1String("cards")));
            }
        }
        QCOMPARE(editor.document(), json);
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!editor.isDirty());
        QCOMPARE(editor.title(), json.value(QLatin1String("name")).toString() + QStringLiteral(" · EN_US"));

        // Export and import again: the same JSON.
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("t.json"));
        editor.exportJson(file);
        TemplateEditor other({}, QJsonObject());
        other.importJson(file);
        QCOMPARE(other.document(), json);
        QCOMPARE(other.undoStack()->count(), 1); // one undoable step
        other.undoStack()->undo();
        QCOMPARE(other.document(), QJsonObject());
    }

    void importErrors()
    {
        QTemporaryDir tmp;
        TemplateEditor editor({}, baseTemplate(QStringLiteral("a_b")));
        const QJsonObject before = editor.document();
        auto write = [&tmp](const QString &name, const QByteArray &data) {
            QFile f(tmp.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(data);
            return f.fileName();
        };
        editor.importJson(tmp.filePath(QStringLiteral("missing.json")));
        QVERIFY2(editor.messageText().contains(QLatin1String("Cannot open")), qPrintable(editor.messageText()));
        editor.importJson(write(QStringLiteral("broken.json"), "{\"name\": "));
        QVERIFY2(editor.messageText().contains(QLatin1String("not valid JSON")), qPrintable(editor.messageText()));
        editor.importJson(write(QStringLiteral("list.json"), "[1,2]"));
        QVERIFY2(editor.messageText().contains(QLatin1String("one JSON object")), qPrintable(editor.messageText()));
        editor.importJson(write(QStringLiteral("other.json"), "{\"foo\": 1}"));
        QVERIFY2(editor.messageText().contains(QLatin1String("does not look like")), qPrintable(editor.messageText()));
        QCOMPARE(editor.document(), before);
        QCOMPARE(editor.undoStack()->count(), 0);
        editor.exportJson(tmp.filePath(QStringLiteral("no/such/dir/x.json")));
        QVERIFY2(editor.messageText().contains(QLatin1String("Cannot export")), qPrintable(editor.messageText()));
    }

    void undoEveryEditKind()
    {
        TemplateEditor editor({}, withExtras(), approvedOnServer(withExtras()));
        editor.show();
        // The outline model checked after every change of the document's structure.
        QAbstractItemModelTester outlineTester(editor.findChild<QTreeView *>(QStringLiteral("outline"))->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dirty(&editor, &TemplateEditor::dirtyChanged);
        checkUndo(editor, [&] { editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Reply STOP")); }, "set field");
        QCOMPARE(dirty.count(), 3); // dirty, clean (undo), dirty (redo)
        editor.undoStack()->undo();
        QVERIFY(!editor.isDirty());

        // Typing in one field is one step; a field losing focus starts the next one.
        checkUndo(editor, [&] {
            editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("R"), true);
            editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Re"), true);
            editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Rep"), true);
        }, "typing merged");
        editor.endTyping();
        checkUndo(editor, [&] { editor.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Repl"), true); }, "typing after focus out");

        // Typing through the real widget: keystrokes merge into one step too.
        editor.selectPart(QStringLiteral("footer"));
        auto *footer = editor.findChild<QLineEdit *>(QStringLiteral("field:details.components.2.text"));
        QVERIFY(footer);
        footer->setFocus();
        checkUndo(editor, [&] { QTest::keyClicks(footer, QStringLiteral(" now")); }, "keystrokes");
        QVERIFY(editor.document().value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray()
                    .at(2).toObject().value(QLatin1String("text")).toString().endsWith(QLatin1String(" now")));
        QCOMPARE(footer->text(), val(editor.document(), "details.components.2.text").toString());
        editor.undoStack()->undo();
        QCOMPARE(footer->text(), val(editor.document(), "details.components.2.text").toString()); // the field follows undo
        editor.undoStack()->redo();

        checkUndo(editor, [&] { editor.addButton(QStringLiteral("QUICK_REPLY")); }, "insert button");
        QCOMPARE(val(editor.document(), "details.components.3.buttons.2.type").toString(), QStringLiteral("QUICK_REPLY"));
        checkUndo(editor, [&] { editor.removeButton(2); }, "remove button (with unknown fields)");
        checkUndo(editor, [&] { editor.moveButton(2, 4); }, "move button");
        checkUndo(editor, [&] { editor.setHeaderFormat(QStringLiteral("TEXT")); }, "header format");
        checkUndo(editor, [&] { editor.setHeaderFormat(QString()); }, "remove header");
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(val(editor.document(), "details.components.0.format").toString(), QStringLiteral("IMAGE"));
        checkUndo(editor, [&] { QCOMPARE(editor.insertVariable(QStringLiteral("BODY"), 0), 1); }, "variable insertion");
        // The new {{1}} got an empty example; Ana's stays with her variable, now {{2}}.
        QCOMPARE(val(editor.document(), "details.components.1.examples").toArray(),
                 (QJsonArray{QString(), QStringLiteral("Ana")}));
        QVERIFY(val(editor.document(), "details.components.1.text").toString().startsWith(QLatin1String("{{1}}Hello {{2}}")));

        // Undo all of it: exactly the JSON we started from, and clean again.
        while (editor.undoStack()->canUndo())
            editor.undoStack()->undo();
        QCOMPARE(editor.document(), withExtras());
        QVERIFY(!editor.isDirty());
    }

    void undoCardEdits()
    {
        TemplateEditor editor({}, readFixture(QStringLiteral("carousel.json")), approvedOnServer(readFixture(QStringLiteral("carousel.json"))));
        editor.show();
        // The outline model checked after every change of the document's structure.
        QAbstractItemModelTester outlineTester(editor.findChild<QTreeView *>(QStringLiteral("outline"))->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!editor.cardStructuresDiffer());
        checkUndo(editor, [&] { QCOMPARE(editor.addCard(), 5); }, "add card");
        QCOMPARE(val(editor.document(), "details.components.1.cards").toArray().size(), 6);
        checkUndo(editor, [&] { QCOMPARE(editor.duplicateCard(1), 2); }, "duplicate card");
        QCOMPARE(val(editor.document(), "details.components.1.cards.2"),
                 val(editor.document(), "details.components.1.cards.1"));
        checkUndo(editor, [&] { editor.removeCard(0); }, "remove card");
        checkUndo(editor, [&] { editor.moveCard(0, 3); }, "move card");
        // Make card 2 differ, then apply card 0's structure to all.
        editor.setValue(QStringLiteral("details.components.1.cards.2.components.0.format"), QStringLiteral("VIDEO"));
        editor.setValue(QStringLiteral("details.components.1.cards.2.components.2.buttons"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE_NUMBER")},
                                               {QStringLiteral("text"), QStringLiteral("Call")},
                                               {QStringLiteral("phoneNumber"), QStringLiteral("+46701234567")}}});
        QVERIFY(editor.cardStructuresDiffer());
        editor.selectPart(QStringLiteral("carousel/2"));
        checkUndo(editor, [&] { editor.applyCardStructure(0); }, "apply card structure");
        QVERIFY(!editor.cardStructuresDiffer());
        // Its own text stays (the cards are tote, hat, sandals, tote, sunglasses, new now).
        QCOMPARE(val(editor.document(), "details.components.1.cards.2.components.1.text").toString(),
                 QStringLiteral("Leather sandals with a cushioned sole. Sizes 36 to 46."));
        QCOMPARE(val(editor.document(), "details.components.1.cards.2.components.0.format").toString(), QStringLiteral("IMAGE"));
        editor.undoStack()->undo();
        QVERIFY(editor.cardStructuresDiffer());
        while (editor.undoStack()->canUndo())
            editor.undoStack()->undo();
        QCOMPARE(editor.document(), readFixture(QStringLiteral("carousel.json")));
    }

    void carouselSubmittedAndApproved()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0.3;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("summer_cards")));
        editor.show();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(editor.addCard(), i);
        const QString cards = QStringLiteral("details.components.1.cards.%1.components.");
        const QStringList items{QStringLiteral("shirt"), QStringLiteral("tote"), QStringLiteral("hat")};
        for (int i = 0; i < 3; ++i) {
            editor.setValue(cards.arg(i) + QStringLiteral("0.example.url"), QStringLiteral("https://cdn.example.com/%1.jpg").arg(items.at(i)));
            editor.setValue(cards.arg(i) + QStringLiteral("1.text"), QStringLiteral("Our %1, new this week.").arg(items.at(i)));
            editor.setValue(cards.arg(i) + QStringLiteral("2.buttons.0.text"), QStringLiteral("More like this"));
        }
        QVERIFY2(!rules::hasErrors(editor.findings()), qPrintable(editor.findings().value(0).message));
        QSignalSpy saved(&editor, &TemplateEditor::saved);
        editor.submit();
        QVERIFY(editor.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
        QVERIFY(!editor.isDirty());

        QJsonObject seen;
        auto poll = [&] {
            ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                              .path(QStringLiteral("templateName"), QStringLiteral("summer_cards"))
                                                              .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
            connect(job, &ApiJob::finished, this, [&seen](const ApiResult &r) { seen = r.json.object(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT((poll(), seen.value(QLatin1String("state")).toString() == QLatin1String("APPROVED")), 10000);
        QCOMPARE(val(seen, "details.components.1.cards").toArray().size(), 3);
        QCOMPARE(val(seen, "details.components.1.cards.2.components.1.text").toString(), QStringLiteral("Our hat, new this week."));

        // The editor still knows the version it submitted: in review, so nothing is sent
        // and the edit stays local.
        QVERIFY(editor.isInReview());
        editor.setValue(cards.arg(0) + QStringLiteral("1.text"), QStringLiteral("Our shirt, back in stock."));
        editor.saveDraft();
        QVERIFY(!editor.isBusy());
        QVERIFY2(editor.messageText().contains(QLatin1String("in review")), qPrintable(editor.messageText()));
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 0);
        // "Check now" on the banner sees the approval, says so, and lets saving go on.
        auto *check = editor.findChild<ui::MessageBar *>(QStringLiteral("reviewBar"))->findChild<QPushButton *>();
        QVERIFY(check && check->isVisibleTo(&editor));
        QCOMPARE(check->text(), QStringLiteral("Check now"));
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isInReview(), 10000);
        QVERIFY2(editor.messageText().contains(QLatin1String("approved")), qPrintable(editor.messageText()));
        QCOMPARE(saved.count(), 2); // the list learns the new state too
        QVERIFY(editor.isDirty());

        // A second save of the same editor is a PATCH.
        editor.saveDraft();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 10000);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 1);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
    }

    // While the changes are in review the editor asks the server every 30 s on its clock
    // (and no more once the review has ended).
    void reviewPolledOnTheClock()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 3600; // stays in review
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        ManualClock clock;
        TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
        context.clock = &clock;
        TemplateEditor editor(context, baseTemplate(QStringLiteral("polled_review")));
        QSignalSpy saved(&editor, &TemplateEditor::saved);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(editor.isInReview());
        auto *sync = editor.findChild<sinch::ui::TemplateSync *>();
        QVERIFY(sync);
        QSignalSpy checked(sync, &sinch::ui::TemplateSync::reviewChecked);
        const QString get = QStringLiteral("TemplatesController_getTemplate_v1");
        const int before = fx.server->requestCount(get);
        clock.advance(29999);
        QTest::qWait(50);
        QCOMPARE(fx.server->requestCount(get), before);
        clock.advance(1);
        QTRY_COMPARE(fx.server->requestCount(get), before + 1);
        // A tick while the last check is still on its way is skipped, so the next one
        // comes after the answer, as 30 s of a person's time would.
        QTRY_COMPARE(checked.count(), 1);
        clock.advance(30000);
        QTRY_COMPARE(fx.server->requestCount(get), before + 2);
        QTRY_COMPARE(checked.count(), 2);
        QVERIFY(editor.isInReview());
    }

    void rejectedByReview()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0.2;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("promo_reject_me")));
        QSignalSpy saved(&editor, &TemplateEditor::saved);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QJsonObject seen;
        auto poll = [&] {
            ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                              .path(QStringLiteral("templateName"), QStringLiteral("promo_reject_me"))
                                                              .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
            connect(job, &ApiJob::finished, this, [&seen](const ApiResult &r) { seen = r.json.object(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT((poll(), val(seen, "changes.status").toString() == QLatin1String("REJECTED")), 10000);
        const QString code = val(seen, "changes.rejectionCode").toString(val(seen, "rejectionCode").toString());
        QVERIFY2(!code.isEmpty(), QJsonDocument(seen).toJson().constData());
    }

    void submitRefusedWhileErrorsRemain()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        QJsonObject t = baseTemplate(QStringLiteral("Bad Name"));
        TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, t);
        QVERIFY(rules::hasErrors(editor.findings()));
        QVERIFY(hasFinding(editor.findings(), QStringLiteral("name")));
        editor.submit();
        QVERIFY(!editor.isBusy());
        QVERIFY2(editor.messageText().contains(QLatin1String("Not submitted")), qPrintable(editor.messageText()));
        editor.saveDraft(); // the name is wrong for a draft too
        QVERIFY(!editor.isBusy());
        QTest::qWait(100);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 0);
        // Fixed, it goes.
        editor.setValue(QStringLiteral("name"), QStringLiteral("good_name"));
        QVERIFY(!rules::hasErrors(editor.findings()));
        editor.saveDraft();
        QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
    }

    // A new template meets its project: a name + language the project has is an error and
    // Submit is refused; a name deleted lately is a warning; a template on the server is
    // not checked against itself.
    void projectRulesForNewTemplates()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        QJsonObject t = baseTemplate(QStringLiteral("taken_name"));
        const QString language = t.value(QLatin1String("language")).toString();
        rules::ProjectTemplates project;
        project.today = QDate::currentDate();
        project.existing.insert(rules::ProjectTemplates::key(QStringLiteral("taken_name"), language));
        int asked = 0;
        TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
        context.projectTemplates = [&]() { ++asked; return project; };
        TemplateEditor editor(context, t);
        QVERIFY(asked > 0);
        QVERIFY(rules::hasErrors(editor.findings()));
        QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        editor.submit();
        QVERIFY(!editor.isBusy());
        QVERIFY2(editor.messageText().contains(QLatin1String("Not submitted")), qPrintable(editor.messageText()));
        QVERIFY2(editor.messageText().contains(QLatin1String("taken_name")), qPrintable(editor.messageText()));
        QTest::qWait(100);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 0);

        // Another name that was deleted lately: a warning, which does not block.
        project.deletedOn.insert(QStringLiteral("gone_name"), QDate::currentDate().addDays(-3));
        editor.setValue(QStringLiteral("name"), QStringLiteral("gone_name"));
        QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.deleted")));
        QVERIFY(!rules::hasErrors(editor.findings()));
        editor.submit();
        QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);

        // A template on the server is not a duplicate of itself.
        asked = 0;
        const QJsonObject existing = baseTemplate(QStringLiteral("taken_name"));
        TemplateEditor other(context, existing, approvedOnServer(existing));
        QVERIFY(!hasFinding(other.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        QCOMPARE(asked, 0);
    }

    // Without any loaded list the editor asks the server which languages a new name has:
    // a name + language on the server is an error, another language of it is not, and a
    // name the server does not know (404) is fine.
    void newNameLookedUpOnServer()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        const ApiResult created = fx.callSync(ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"))
                                                  .json(baseTemplate(QStringLiteral("lookup_me"))));
        QVERIFY2(created.ok(), qPrintable(created.error.summary()));
        ui::NetworkStatus status(fx.client.get());
        ManualClock clock;
        TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
        context.clock = &clock;
        TemplateEditor editor(context, baseTemplate(QStringLiteral("fresh_name")));
        // Asked once the name has rested 400 ms, not before.
        clock.advance(399);
        QTest::qWait(50);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 0);
        clock.advance(1);
        QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 1);
        QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        // "Not found" means "free": an answer, not an error for the status bar.
        QVERIFY2(status.lastErrorText().isEmpty(), qPrintable(status.lastErrorText()));

        editor.setValue(QStringLiteral("name"), QStringLiteral("lookup_me"));
        clock.advance(400);
        QTRY_VERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        QVERIFY(rules::hasErrors(editor.findings()));
        editor.setValue(QStringLiteral("language"), QStringLiteral("DE"));
        QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        // Asked once a name: going back does not ask again.
        editor.setValue(QStringLiteral("language"), QStringLiteral("EN_US"));
        QVERIFY(hasFinding(editor.findings(), QStringLiteral("name"), QStringLiteral("wa.name.unique")));
        clock.advance(400);
        QTest::qWait(50); // (a request would have reached the sandbox by now)
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_listTemplatesByName_v1")), 2);
    }

    void serverErrorLandsOnField()
    {
        test::SandboxFixture fx;
        QVERIFY2(fx.started, qPrintable(fx.error));
        TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("field_error")));
        editor.show();
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("errorCode"), QStringLiteral("invalid_input")},
            {QStringLiteral("message"), QStringLiteral("Invalid input")},
            {QStringLiteral("additionalInformation"), QJsonObject{{QStringLiteral("validationErrors"), QJsonArray{
                QStringLiteral("details.components.0.text must not contain the word 'free'"),
                QStringLiteral("the quota of templates is exhausted")}}}}}).toJson();
        fx.server->injectNext(400, body);
        QSignalSpy findingsChanged(&editor, &TemplateEditor::findingsChanged);
        editor.saveDraft();
        QTRY_VERIFY(!editor.isBusy());
        QVERIFY(hasFinding(editor.findings(), QStringLiteral("details.components.0.text"), QStringLiteral("schema")));
        QVERIFY2(editor.messageText().contains(QLatin1String("quota of templates")), qPrintable(editor.messageText()));
        editor.goToPath(QStringLiteral("details.components.0.text"));
        QCOMPARE(editor.currentPart(), QStringLiteral("body"));
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("field:details.components.0.text"));
        QVERIFY(text);
        QCOMPARE(text->property("finding").toString(), QStringLiteral("error"));
        QVERIFY(text->toolTip().contains(QLatin1String("free")));
        // Changing the field takes the server's finding away.
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Summer picks, swipe to see them."));
        QVERIFY(!hasFinding(editor.findings(), QStringLiteral("details.components.0.text"), QStringLiteral("schema")));
        QCOMPARE(text->property("finding").toString(), QString());
    }

    void autosaveAndClose()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("drafts"));
        DraftStore drafts(dir);
        ui::ScriptedMessageBox box;
        ManualClock clock;
        TemplateEditor::Context context{nullptr, QStringLiteral("p1"), &drafts, &box};
        context.clock = &clock;
        QString key;
        QJsonObject last;
        {
            TemplateEditor editor(context, baseTemplate(QStringLiteral("auto_saved")));
            key = editor.draftKey();
            QVERIFY(key.startsWith(QLatin1String("p1/whatsapp/new-")));
            bool closed = false;
            editor.requestClose([&closed](bool ok) { closed = ok; });
            QVERIFY(closed);               // nothing to lose: no question
            QCOMPARE(box.seen().size(), 0);
            editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited once."));
            clock.advance(4999);
            QVERIFY(!drafts.find(key).has_value()); // every 5 s, not at once
            clock.advance(1);
            QVERIFY(drafts.find(key).has_value());
            QCOMPARE(drafts.find(key)->document, editor.document());
            QCOMPARE(drafts.find(key)->title, QStringLiteral("auto_saved · EN_US"));
            editor.autosaveTimer()->stop();
            editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited twice."));
            last = editor.document();
            QVERIFY(drafts.find(key)->document != last); // not autosaved yet: the destructor must keep it
        }
        DraftStore again(dir);
        const auto found = again.find(key);
        QVERIFY(found.has_value());
        QCOMPARE(found->document, last);
        QCOMPARE(found->projectKey, QStringLiteral("p1"));
        QCOMPARE(again.all().size(), 1);

        // A dirty editor asks before closing; Discard drops the local copy.
        {
            TemplateEditor editor(context, found->document);
            editor.setValue(QStringLiteral("category"), QStringLiteral("UTILITY"));
            clock.advance(5000);
            QVERIFY(drafts.find(editor.draftKey()).has_value());
            box.expect(ui::MessageBox::Kind::Question, QStringLiteral("as a draft"), QMessageBox::Discard);
            QSignalSpy done(&box, &ui::ScriptedMessageBox::prompted);
            bool closed = false;
            editor.requestClose([&closed](bool ok) { closed = ok; });
            QTRY_VERIFY(closed);
            QVERIFY2(box.allMet(), qPrintable(box.report()));
            QVERIFY(!drafts.find(editor.draftKey()).has_value());
        }
        QCOMPARE(DraftStore(dir).all().size(), 1); // the discarded editor left nothing behind
    }

    // Changes in review: the banner says so, Save and Submit wait, closing keeps the edit
    // locally (no request), and opening the template again offers it back, undoably.
    void inReviewKeepsEditsLocally()
    {
        QTemporaryDir tmp;
        DraftStore drafts(tmp.filePath(QStringLiteral("drafts")));
        ui::ScriptedMessageBox box;
        const QJsonObject doc = baseTemplate(QStringLiteral("under_review"));
        QJsonObject server = approvedOnServer(doc);
        server.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                                                            {QStringLiteral("details"), doc.value(QLatin1String("details"))}});
        QString key;
        QJsonObject edited;
        {
            TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
            editor.show();
            key = editor.draftKey();
            QVERIFY(editor.isInReview());
            auto *banner = editor.findChild<ui::MessageBar *>(QStringLiteral("reviewBar"));
            QVERIFY(banner);
            QVERIFY(banner->isVisibleTo(&editor));
            QVERIFY2(banner->text().contains(QLatin1String("in review")), qPrintable(banner->text()));
            ClockTimer *poll = editor.findChild<ClockTimer *>(QStringLiteral("reviewTimer"));
            QVERIFY(poll && poll->isActive());
            QPushButton *save = nullptr;
            for (QPushButton *b : editor.findChildren<QPushButton *>())
                if (b->text() == QLatin1String("Save draft"))
                    save = b;
            QVERIFY(save);
            QVERIFY(!save->isEnabled());
            QVERIFY(save->toolTip().contains(QLatin1String("in review")));
            editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited while in review."));
            edited = editor.document();
            box.expect(ui::MessageBox::Kind::Question, QStringLiteral("are in review"), QMessageBox::Save);
            bool closed = false;
            editor.requestClose([&closed](bool ok) { closed = ok; });
            QTRY_VERIFY(closed);
            QVERIFY2(box.allMet(), qPrintable(box.report()));
            QCOMPARE(drafts.find(key)->document, edited);
        }
        // Opened again (the server still in review): the kept edit is offered back.
        {
            box.expect(ui::MessageBox::Kind::Question, QStringLiteral("Restore them?"), QMessageBox::Yes);
            TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
            QTRY_VERIFY(box.allMet());
            // The answer is applied after the question returns (the box answers asynchronously).
            QTRY_COMPARE(editor.document(), edited);
            QVERIFY(editor.isDirty());
            editor.undoStack()->undo();
            QCOMPARE(editor.document(), doc);
            editor.undoStack()->redo();
            QCOMPARE(editor.document(), edited);
        }
        // Discard at the offer drops the kept copy; the same document again asks nothing.
        {
            box.expect(ui::MessageBox::Kind::Question, QStringLiteral("Restore them?"), QMessageBox::Discard);
            TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
            QTRY_VERIFY(box.allMet());
            QCOMPARE(editor.document(), doc);
            QTRY_VERIFY(!drafts.find(key).has_value());
        }
        {
            const int prompts = int(box.seen().size());
            TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
            QTest::qWait(50);
            QCOMPARE(int(box.seen().size()), prompts);
        }
    }

    // An existing template: the editor holds the server's version; name and language
    // are shown as text, not as fields. A new one edits them.
    void existingTemplateKeepsNameAndLanguage()
    {
        const QJsonObject doc = baseTemplate(QStringLiteral("order_notice"));
        const QJsonObject server = approvedOnServer(doc, {{QStringLiteral("qualityScore"), QStringLiteral("GREEN")}});
        TemplateEditor editor({}, doc, server);
        editor.show();
        QVERIFY(editor.isExisting());
        QCOMPARE(editor.serverTemplate(), server);
        editor.selectPart(QStringLiteral("settings"));
        QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("field:name")));
        QVERIFY(!editor.findChild<QComboBox *>(QStringLiteral("field:language")));
        auto *name = editor.findChild<QLabel *>(QStringLiteral("templateName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("order_notice"));
        QVERIFY(!name->accessibleName().isEmpty());
        QVERIFY(name->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("templateLanguage"))->text(), QStringLiteral("EN_US"));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("serverState"))->text().contains(QLatin1String("Approved")));

        // An import keeps them too.
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("other.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(baseTemplate(QStringLiteral("another_name"))).toJson());
        f.close();
        editor.importJson(f.fileName());
        QCOMPARE(editor.document().value(QStringLiteral("name")).toString(), QStringLiteral("order_notice"));
        QVERIFY2(editor.messageText().contains(QLatin1String("keeps them")), qPrintable(editor.messageText()));
        QVERIFY(!hasFinding(editor.findings(), QStringLiteral("name")));

        TemplateEditor fresh({}, doc);
        fresh.show();
        QVERIFY(!fresh.isExisting());
        auto *edit = fresh.findChild<QLineEdit *>(QStringLiteral("field:name"));
        QVERIFY(edit);
        QVERIFY(!edit->isReadOnly());
        QVERIFY(fresh.findChild<QComboBox *>(QStringLiteral("field:language"))->isEnabled());
    }

    // TEMPLATE-RULES.md: "PATCH may change category only while the template is a draft or
    // was rejected with INCORRECT_CATEGORY". The editor says so at the field and does
    // not send it.
    void categoryOfAReviewedTemplate()
    {
        const QJsonObject doc = baseTemplate(QStringLiteral("order_notice"));
        const QString category = QStringLiteral("category");
        {
            TemplateEditor editor({}, doc, approvedOnServer(doc));
            editor.show();
            QVERIFY(!hasFinding(editor.findings(), category));
            editor.setValue(category, QStringLiteral("UTILITY"));
            QVERIFY(hasFinding(editor.findings(), category, QStringLiteral("wa.edit.category")));
            QVERIFY(rules::hasErrors(editor.findings()));
            auto *combo = editor.findChild<QComboBox *>(QStringLiteral("field:category"));
            QVERIFY(combo);
            QCOMPARE(combo->property("finding").toString(), QStringLiteral("error"));
            editor.saveDraft();
            QVERIFY(!editor.isBusy());
            QVERIFY2(editor.messageText().contains(QLatin1String("MARKETING")), qPrintable(editor.messageText()));
            editor.undoStack()->undo();
            QVERIFY(!hasFinding(editor.findings(), category));
        }
        {
            // Rejected for the wrong category: the fix is allowed.
            const QJsonObject server = approvedOnServer(doc, {{QStringLiteral("rejectionCode"), QStringLiteral("INCORRECT_CATEGORY")},
                                                             {QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("REJECTED")}}}});
            TemplateEditor editor({}, doc, server);
            editor.setValue(category, QStringLiteral("UTILITY"));
            QVERIFY(!hasFinding(editor.findings(), category));
        }
        {
            // A draft (never reviewed: no state) and a new template change it freely.
            QJsonObject server = approvedOnServer(doc);
            server.remove(QStringLiteral("state"));
            TemplateEditor draft({}, doc, server);
            draft.setValue(category, QStringLiteral("UTILITY"));
            QVERIFY(!hasFinding(draft.findings(), category));
            TemplateEditor fresh({}, doc);
            fresh.setValue(category, QStringLiteral("UTILITY"));
            QVERIFY(!hasFinding(fresh.findings(), category));
        }
    }

    // Against the sandbox: an approved template's category change never reaches the
    // server, a body edit is a PATCH; the editor then knows the server's new version.
    void editOfAnApprovedTemplateAgainstTheSandbox()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0.2;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        auto get = [&]() {
            QJsonObject seen;
            ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                              .path(QStringLiteral("templateName"), QStringLiteral("promo_locked"))
                                                              .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
            QSignalSpy done(job, &ApiJob::finished);
            done.wait(10000);
            return done.isEmpty() ? QJsonObject() : done.first().first().value<ApiResult>().json.object();
        };
        {
            TemplateEditor creator({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("promo_locked")));
            QSignalSpy saved(&creator, &TemplateEditor::saved);
            creator.submit();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        }
        QJsonObject server;
        QTRY_VERIFY_WITH_TIMEOUT((server = get(), server.value(QLatin1String("state")).toString() == QLatin1String("APPROVED")), 10000);
        TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, TemplateDocument::fromServerTemplate(server), server);
        QVERIFY(!editor.canCompare()); // nothing pending yet
        editor.setValue(QStringLiteral("category"), QStringLiteral("UTILITY"));
        editor.saveDraft();
        QVERIFY(!editor.isBusy());
        QTest::qWait(50);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 0);
        editor.undoStack()->undo();
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Summer picks for you, updated this morning."));
        QSignalSpy saved(&editor, &TemplateEditor::saved);
        editor.saveDraft();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 1);
        QCOMPARE(editor.serverTemplate().value(QStringLiteral("state")).toString(), QStringLiteral("APPROVED"));
        QCOMPARE(val(editor.serverTemplate(), "changes.status").toString(), QStringLiteral("DRAFT"));
        QVERIFY(editor.canCompare()); // approved + pending changes
    }

    // "Compare with approved": enabled with an approved version and pending changes or
    // local edits; the approved preview beside the edited one, the changed fields below,
    // both previews marked; it follows every keystroke.
    // Compared side by side, the previews scroll together both ways, along a carousel's
    // cards and down the bubble; alone, the edited one scrolls by itself.
    void comparePreviewsScrollTogether()
    {
        const QJsonObject approvedDoc = readFixture(QStringLiteral("carousel.json"));
        QVERIFY(!approvedDoc.isEmpty());
        TemplateEditor editor({}, approvedDoc, approvedOnServer(approvedDoc));
        editor.resize(1400, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("New this week: swipe the cards."));
        editor.setComparing(true);
        QVERIFY(editor.isComparing());
        QApplication::processEvents();
        for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const auto bar = [o](ui::WhatsappPreviewWidget *w) {
                return o == Qt::Vertical ? w->scrollArea()->verticalScrollBar() : w->scrollArea()->horizontalScrollBar();
            };
            QScrollBar *edited = bar(editor.preview());
            QScrollBar *approved = bar(editor.approvedPreview());
            QVERIFY2(edited->maximum() > 0 && approved->maximum() > 0, o == Qt::Vertical ? "vertical" : "horizontal");
            const int v = qMin(edited->maximum(), approved->maximum()) / 2 + 1;
            edited->setValue(v);
            QCOMPARE(approved->value(), v);
            approved->setValue(0);
            QCOMPARE(edited->value(), 0);
        }
        editor.setComparing(false);
        editor.preview()->scrollArea()->horizontalScrollBar()->setValue(5);
        QCOMPARE(editor.approvedPreview()->scrollArea()->horizontalScrollBar()->value(), 0);
    }

    void compareWithApproved()
    {
        const QJsonObject approvedDoc = readFixture(QStringLiteral("media-buttons.json"));
        QVERIFY(!approvedDoc.isEmpty());
        QJsonObject pendingDetails = approvedDoc.value(QLatin1String("details")).toObject();
        QJsonArray comps = pendingDetails.value(QLatin1String("components")).toArray();
        QJsonObject body = comps.at(1).toObject();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("BODY"));
        body.insert(QStringLiteral("text"), body.value(QLatin1String("text")).toString() + QStringLiteral(" See you soon."));
        comps.replace(1, body);
        pendingDetails.insert(QStringLiteral("components"), comps);
        const QJsonObject server = approvedOnServer(approvedDoc, {{QStringLiteral("changes"), QJsonObject{
            {QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), pendingDetails}}}});

        TemplateEditor editor({}, TemplateDocument::fromServerTemplate(server), server);
        editor.resize(1400, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *button = editor.findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(button);
        QVERIFY(button->isCheckable());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->isEnabled());
        QVERIFY(!editor.approvedPreview()->isVisible());
        button->click();
        QVERIFY(editor.isComparing());
        QVERIFY(editor.approvedPreview()->isVisible());
        QCOMPARE(editor.approvedPreview()->templateJson(), TemplateDocument::fromServerTemplate(server, true));
        QCOMPARE(editor.changesFromApproved().size(), 1);
        const JsonChange change = editor.changesFromApproved().first();
        QCOMPARE(change.path, QStringLiteral("details.components.1.text"));
        QCOMPARE(int(change.kind), int(JsonChange::Kind::Changed));
        auto *list = editor.findChild<ChangeList *>();
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("details.components.1.text")));
        // Marked at the body on both sides.
        const QList<ui::PreviewPart> parts = editor.preview()->parts();
        const QRectF bodyRect = parts.at(ui::PreviewPart::indexFor(parts, QStringLiteral("details.components.1"))).rect;
        QCOMPARE(editor.previewOverlay()->markedRects(), QList<QRectF>{bodyRect});
        QCOMPARE(editor.approvedOverlay()->markedRects().size(), 1);

        // Every keystroke: a new button shows as an addition.
        editor.setValue(QStringLiteral("details.components.0.example.url"), QStringLiteral("https://cdn.example.com/new.png"), true);
        QCOMPARE(editor.changesFromApproved().size(), 2);
        QCOMPARE(editor.previewOverlay()->markedRects().size(), 2);
        // Clicking a changed field goes there.
        list->itemClicked(list->item(1));
        QCOMPARE(editor.currentPart(), QStringLiteral("body"));

        // Off again: one preview.
        button->click();
        QVERIFY(!editor.isComparing());
        QVERIFY(!editor.approvedPreview()->isVisible());
        QVERIFY(editor.previewOverlay()->markedRects().isEmpty());

        // An approved template as approved: nothing to compare until an edit, and undoing
        // the edit turns the comparison off.
        TemplateEditor same({}, approvedDoc, approvedOnServer(approvedDoc));
        same.show();
        QVERIFY(!same.canCompare());
        QVERIFY(!same.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
        same.setComparing(true);
        QVERIFY(!same.isComparing());
        same.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Reply STOP to stop"));
        QVERIFY(same.canCompare());
        same.setComparing(true);
        QVERIFY(same.isComparing());
        QCOMPARE(same.changesFromApproved().size(), 1);
        same.undoStack()->undo();
        QVERIFY(!same.canCompare());
        QVERIFY(!same.isComparing());

        // A new template and a never-approved one have no approved version.
        TemplateEditor fresh({}, approvedDoc);
        QVERIFY(!fresh.canCompare());
        QJsonObject draft = server;
        draft.remove(QStringLiteral("state"));
        TemplateEditor neverApproved({}, approvedDoc, draft);
        QVERIFY(!neverApproved.canCompare());
    }

    // The preview follows the selection: a selected card scrolls into view, the selected
    // part (and the focused field's part) is outlined.
    void previewFollowsSelection()
    {
        const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
        TemplateEditor editor({}, t, approvedOnServer(t));
        editor.resize(1280, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *scroll = editor.preview()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(scroll->horizontalScrollBar()->maximum() > 0, "the carousel should be wider than the preview");
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
        auto cardRect = [&](int n) {
            const QList<ui::PreviewPart> parts = editor.preview()->parts();
            return parts.at(ui::PreviewPart::indexFor(parts, QStringLiteral("details.components.1.cards.%1").arg(n))).rect;
        };
        auto visible = [&](const QRectF &r) {
            const QRect viewport(QPoint(scroll->horizontalScrollBar()->value(), scroll->verticalScrollBar()->value()),
                                 scroll->viewport()->size());
            return viewport.contains(r.toAlignedRect().adjusted(1, 1, -1, -1));
        };
        QVERIFY(!visible(cardRect(4)));
        editor.selectPart(QStringLiteral("carousel/4"));
        QVERIFY(scroll->horizontalScrollBar()->value() > 0);
        QVERIFY(visible(cardRect(4)));
        QCOMPARE(editor.previewOverlay()->highlightRect(), cardRect(4));
        editor.selectPart(QStringLiteral("carousel/0"));
        QVERIFY(visible(cardRect(0)));
        QCOMPARE(editor.previewOverlay()->highlightRect(), cardRect(0));

        editor.selectPart(QStringLiteral("body"));
        const QList<ui::PreviewPart> parts = editor.preview()->parts();
        QCOMPARE(editor.previewOverlay()->highlightRect(),
                 parts.at(ui::PreviewPart::indexFor(parts, QStringLiteral("details.components.0"))).rect);
        editor.selectPart(QStringLiteral("settings"));
        QVERIFY(editor.previewOverlay()->highlightRect().isEmpty());

        // The focused field of a card outlines its own part: the card's button.
        editor.selectPart(QStringLiteral("carousel/1"));
        const QString buttonPath = QStringLiteral("details.components.1.cards.1.components.2.buttons.1.text");
        auto *field = editor.findChild<QLineEdit *>(QStringLiteral("field:") + buttonPath);
        QVERIFY(field);
        QApplication::setActiveWindow(&editor);
        field->setFocus();
        QTRY_COMPARE(editor.previewOverlay()->highlightedPath(), buttonPath);
        const QList<ui::PreviewPart> now = editor.preview()->parts();
        QCOMPARE(editor.previewOverlay()->highlightRect(), now.at(ui::PreviewPart::indexFor(now, buttonPath)).rect);
        // The overlay takes no clicks: a click on a part still selects its field.
        QVERIFY(editor.previewOverlay()->testAttribute(Qt::WA_TransparentForMouseEvents));
    }

    // Card buttons are removed with compact buttons at the right, with an icon and a
    // name that says which.
    void compactRemoveButtons()
    {
        const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
        TemplateEditor editor({}, t, approvedOnServer(t));
        editor.resize(1280, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectPart(QStringLiteral("carousel/1"));
        auto *form = editor.findChild<QScrollArea *>(QStringLiteral("form"));
        for (int i = 0; i < 2; ++i) {
            auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removeCardButton%1").arg(i));
            QVERIFY(remove);
            QCOMPARE(remove->accessibleName(), QStringLiteral("Remove button %1 of card 2").arg(i + 1));
            QVERIFY(!remove->icon().isNull());
            QVERIFY2(remove->width() < form->viewport()->width() / 2, qPrintable(QString::number(remove->width())));
            const QPoint right = remove->mapTo(form->viewport(), QPoint(remove->width(), 0));
            QVERIFY2(right.x() > form->viewport()->width() * 3 / 4, "aligned right");
        }
        const int buttons = int(val(editor.document(), "details.components.1.cards.1.components.2.buttons").toArray().size());
        editor.findChild<QPushButton *>(QStringLiteral("removeCardButton0"))->click();
        QCOMPARE(val(editor.document(), "details.components.1.cards.1.components.2.buttons").toArray().size(), buttons - 1);
    }

    void screenshot()
    {
        const QJsonObject t = readFixture(QStringLiteral("carousel.json"));
        if (t.isEmpty() || qEnvironmentVariableIsEmpty("SINCH_EDITOR_SCREENSHOT"))
            QSKIP("set SINCH_EDITOR_SCREENSHOT=1 to write resources/screenshots/editor-carousel.png");
        TemplateEditor editor({}, t, approvedOnServer(t));
        editor.resize(1280, 820);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectPart(QStringLiteral("carousel/1"));
        QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
        QVERIFY(editor.grab().save(QStringLiteral(SINCH_SCREENSHOTS "/editor-carousel.png")));
    }
};

QTEST_MAIN(TstTemplateEditor)
#include "tst_templateeditor.moc"
