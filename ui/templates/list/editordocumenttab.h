#pragma once

#include "documenttab.h"
#include "templates/editor/templateeditor.h"

namespace sinch::ui {

// A TemplateEditor in a document tab: its title, dirty state and close protocol (the
// editor keeps its own draft and asks only when something would be lost). `serverTemplate`
// is the server's version of an existing template (WhatsappTemplateDto), empty for a new one.
class EditorDocumentTab : public DocumentTab
{
    Q_OBJECT
public:
    EditorDocumentTab(const TemplateEditor::Context &context, const QJsonObject &document,
                      const QJsonObject &serverTemplate, QWidget *parent = nullptr);

    TemplateEditor *editor() const { return m_editor; }
    QString documentKey() const override;
    QString title() const override;
    bool isDirty() const override;
    void requestClose(MessageBox *box, std::function<void(bool)> done) override;
    void restoreDraft(const QString &draftKey, const QJsonObject &document) override;
    void focusFirstField() override { m_editor->goToPath(QStringLiteral("name")); }
    void showActivity() override;

signals:
    void saved(const QJsonObject &serverTemplate);

private:
    TemplateEditor *m_editor;
};

} // namespace sinch::ui
