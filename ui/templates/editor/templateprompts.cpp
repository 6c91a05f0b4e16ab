#include "templateprompts.h"

#include <QLocale>

namespace sinch::ui {

MessageBox::Prompt TemplatePrompts::close(const QString &title, bool keepLocally)
{
    MessageBox::Prompt prompt;
    prompt.kind = MessageBox::Kind::Question;
    prompt.title = tr("Close template");
    prompt.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Save;
    if (keepLocally) {
        prompt.text = tr("The changes to %1 are in review, so the server takes no edits now. Keep your edits as a "
                         "local draft?").arg(title);
        prompt.informativeText = tr("A kept draft is offered when you open this template again. Discard throws the "
                                    "edits away.");
        prompt.acceptText = tr("Keep local draft");
    } else {
        prompt.text = tr("Save the changes to %1 as a draft on the server before closing?").arg(title);
        prompt.informativeText = tr("Discard throws the changes away, also the local copy.");
    }
    return prompt;
}

MessageBox::Prompt TemplatePrompts::keptDraft(const QString &title, const QDateTime &savedAt)
{
    MessageBox::Prompt prompt;
    prompt.kind = MessageBox::Kind::Question;
    prompt.title = tr("Local edits");
    prompt.text = tr("You have edits of %1 from %2 that are not on the server. Restore them?")
                      .arg(title, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat));
    prompt.informativeText = tr("Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them "
                                "for later until this template is edited.");
    prompt.buttons = QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Yes;
    prompt.acceptText = tr("Restore");
    return prompt;
}

} // namespace sinch::ui
