#include "editordocumenttab.h"

#include <QVBoxLayout>

namespace sinch::ui {

EditorDocumentTab::EditorDocumentTab(const TemplateEditor::Context &context, const QJsonObject &document,
                                     const QJsonObject &serverTemplate, QWidget *parent)
    : DocumentTab(parent)
    , m_editor(new TemplateEditor(context, document, serverTemplate, this))
{
    setObjectName(QStringLiteral("editorTab"));
    setAccessibleName(m_editor->title());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
    connect(m_editor, &TemplateEditor::titleChanged, this, [this](const QString &title) {
        setAccessibleName(title);
        emit titleChanged(title);
    });
    connect(m_editor, &TemplateEditor::dirtyChanged, this, &DocumentTab::dirtyChanged);
    connect(m_editor, &TemplateEditor::saved, this, &EditorDocumentTab::saved);
}

QString EditorDocumentTab::documentKey() const
{
    return m_editor->draftKey();
}

QString EditorDocumentTab::title() const
{
    return m_editor->title();
}

bool EditorDocumentTab::isDirty() const
{
    return m_editor->isDirty();
}

void EditorDocumentTab::restoreDraft(const QString &draftKey, const QJsonObject &document)
{
    m_editor->restoreDraft(draftKey, document);
}

void EditorDocumentTab::requestClose(MessageBox *box, std::function<void(bool)> done)
{
    Q_UNUSED(box)
    m_editor->requestClose(std::move(done));
}

void EditorDocumentTab::showActivity()
{
    m_editor->showActivity();
}

} // namespace sinch::ui
