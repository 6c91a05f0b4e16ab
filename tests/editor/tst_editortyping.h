// The template editor used as a person uses it: every control reached by its accessible
// name, typed into key by key, clicked with the mouse, combo boxes chosen through their
// popup with the keyboard, undo and redo with Ctrl+Z / Ctrl+Shift+Z right after. These
// are the edits that once deleted the widget whose signal was being handled (a variable
// typed into the body, + Variable, a category or header kind chosen, a card's media kind):
// under ASan such a use-after-free fails the test instead of passing by luck.
// One suite in two files: tst_editortyping.cpp and tst_editortyping_carousel.cpp.
#pragma once

#include "templates/editor/templateeditor.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "domain/templatedocument.h"
#include "guidriver.h"
#include "editing/findingslist.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::TemplateEditor;

namespace sinch::test::editortyping {

// The value at a dotted JSON path of the editor's document.
inline QJsonValue at(const TemplateEditor &editor, const QString &path)
{
    return TemplateDocument::valueAt(editor.document(), TemplateDocument::splitPath(path));
}

inline QString bodyText(const TemplateEditor &editor)
{
    const QJsonObject doc = editor.document();
    TemplateDocument d(doc);
    return d.value(d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text")).toString();
}

inline QJsonObject component(const TemplateEditor &editor, const QString &type)
{
    TemplateDocument d(editor.document());
    const QString path = d.componentPath(type);
    return path.isEmpty() ? QJsonObject() : d.value(path).toObject();
}

} // namespace sinch::test::editortyping

using namespace sinch::test::editortyping;

class TstEditorTyping : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;

    std::unique_ptr<TemplateEditor> open(const QJsonObject &document, const QJsonObject &server = QJsonObject())
    {
        TemplateEditor::Context ctx{m_fx->client.get(), m_fx->projectKey, m_drafts.get(), nullptr};
        auto editor = std::make_unique<TemplateEditor>(ctx, document, server);
        editor->resize(1200, 820);
        editor->show();
        editor->activateWindow();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            return nullptr;
        GuiDriver::settle();
        return editor;
    }

    std::unique_ptr<TemplateEditor> openFromServer()
    {
        const QJsonObject t = m_fx->plainTextTemplate();
        if (t.isEmpty())
            return nullptr;
        return open(TemplateDocument::fromServerTemplate(t), t);
    }

    static bool select(TemplateEditor &editor, const QString &outlineRow)
    {
        GuiDriver gui(&editor);
        auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
        return tree && gui.clickRow(tree, outlineRow);
    }

    static QString status(TemplateEditor &editor)
    {
        auto *label = GuiDriver(&editor).find<QLabel>(QStringLiteral("Change status"));
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typeVariableIntoBody();
    void keyboardOnly();
    void plusVariableAndFormatting();
    void settingsOfANewTemplate();
    void headerKinds();
    void footerAndButtons();
    void carouselByHand();
    void carouselCardVariableGetsItsExample();
    void addedFieldHasTheFocus();
    void changesCountedByField();
    void restoredDraft();
};
