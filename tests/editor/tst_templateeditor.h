// The WhatsApp template editor (tst_templateeditor), typed and clicked through as a person
// does, against the sandbox. One suite in two files: tst_templateeditor.cpp the document
// (round trips, undo of every edit, the rules of new and existing templates, layout),
// tst_templateeditor_review.cpp the server (submit and review, errors on their fields,
// autosave, edits while in review, the approved version beside the edited one).
#pragma once

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
#include <QSplitter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

namespace sinch::test::editorsuite {

using namespace sinch;
using sinch::ui::TemplateEditor;

inline QJsonObject readFixture(const QString &name)
{
    QFile f(QStringLiteral(SINCH_PREVIEW_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject withExtras()
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

inline QStringList allParts(TemplateEditor &editor)
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

inline QJsonObject baseTemplate(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("language"), QStringLiteral("EN_US")},
                       {QStringLiteral("category"), QStringLiteral("MARKETING")},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                       {QStringLiteral("text"), QStringLiteral("Summer picks for you. Swipe to see this week's deals.")}}}}}}};
}

// The server's version (a WhatsappTemplateDto) of a template approved as `doc` is.
inline QJsonObject approvedOnServer(const QJsonObject &doc, const QJsonObject &extra = QJsonObject())
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

inline QJsonValue val(const QJsonObject &o, const char *path)
{
    QJsonValue cur = o;
    for (const QString &s : QString::fromLatin1(path).split(QLatin1Char('.')))
        cur = cur.isArray() ? cur.toArray().at(s.toInt()) : cur.toObject().value(s);
    return cur;
}

} // namespace sinch::test::editorsuite

class TstTemplateEditor : public QObject
{
    Q_OBJECT

    // Runs `edit`, checks it changed the document in one undo step, that undo brings
    // back the exact JSON and redo the edited one, and that isDirty follows.
    void checkUndo(sinch::ui::TemplateEditor &editor, const std::function<void()> &edit, const char *what)
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
    void roundTrip_data();
    void roundTrip();
    void importErrors();
    void undoEveryEditKind();
    void undoCardEdits();
    void carouselSubmittedAndApproved();
    void reviewPolledOnTheClock();
    void rejectedByReview();
    void submitRefusedWhileErrorsRemain();
    void projectRulesForNewTemplates();
    void newNameLookedUpOnServer();
    void serverErrorLandsOnField();
    void autosaveAndClose();
    void inReviewKeepsEditsLocally();
    void existingTemplateKeepsNameAndLanguage();
    void categoryOfAReviewedTemplate();
    void editOfAnApprovedTemplateAgainstTheSandbox();
    void comparePreviewsScrollTogether();
    void compareWithApproved();
    void previewFollowsSelection();
    void compactRemoveButtons();
    void screenshot();
};
