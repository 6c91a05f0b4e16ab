#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <functional>

namespace sinch::ui {

// The one way the UI asks the user something in a dialog. Asynchronous: the dialog opens
// window-modal and the answer arrives in a callback (no nested event loop), only while
// `context` lives. Tests install a ScriptedMessageBox that answers from a queue of
// expected prompts instead of showing anything.
class MessageBox : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Critical, Question };
    Q_ENUM(Kind)

    struct Prompt {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QString acceptText; // replaces the text of the accepting button (Yes, Ok or Save: "Remove") when set
    };
    using Answer = std::function<void(QMessageBox::StandardButton)>;

    explicit MessageBox(QObject *parent = nullptr);

    virtual void ask(QWidget *parent, const Prompt &prompt, QObject *context, Answer done);

    // Yes/Cancel question with a named accepting button; `onYes` runs only when accepted.
    // `detail`, under the question, is what it is about when that is long (an address, kept
    // whole on its own line instead of broken within the sentence).
    void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                 QObject *context, std::function<void()> onYes, const QString &detail = QString());
    // "<what> has unsaved changes. Save them before leaving?" with Save (the default),
    // Discard and Cancel; without `onSave` (nothing can be saved now) "... Discard them?"
    // with Discard and Cancel (the default). `onSave`, `onDiscard` or `onKeep` (if any) runs
    // as chosen; `hint` says what the buttons do.
    void askToLeave(QWidget *parent, const QString &what, const QString &hint, QObject *context,
                    std::function<void()> onSave, std::function<void()> onDiscard, std::function<void()> onKeep = {});
    // A message with an OK button; nothing to wait for.
    void inform(QWidget *parent, Kind kind, const QString &title, const QString &text,
                const QString &detailedText = QString());
};

} // namespace sinch::ui
