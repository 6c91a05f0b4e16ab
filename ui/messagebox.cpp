#include "messagebox.h"

#include <QAbstractButton>
#include <QPointer>

namespace sinch::ui {

MessageBox::MessageBox(QObject *parent)
    : QObject(parent)
{
}

static QMessageBox::Icon iconFor(MessageBox::Kind kind)
{
    switch (kind) {
    case MessageBox::Kind::Information: return QMessageBox::Information;
    case MessageBox::Kind::Warning: return QMessageBox::Warning;
    case MessageBox::Kind::Critical: return QMessageBox::Critical;
    case MessageBox::Kind::Question: return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

void MessageBox::ask(QWidget *parent, const Prompt &prompt, QObject *context, Answer done)
{
    auto *box = new QMessageBox(iconFor(prompt.kind), prompt.title, prompt.text, prompt.buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setAccessibleName(prompt.title);
    box->setAccessibleDescription(prompt.text);
    if (!prompt.informativeText.isEmpty())
        box->setInformativeText(prompt.informativeText);
    if (!prompt.detailedText.isEmpty())
        box->setDetailedText(prompt.detailedText);
    if (prompt.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(prompt.defaultButton);
    if (!prompt.acceptText.isEmpty()) {
        for (const auto b : {QMessageBox::Yes, QMessageBox::Ok, QMessageBox::Save}) {
            if (QAbstractButton *button = box->button(b)) {
                button->setText(prompt.acceptText);
                break;
            }
        }
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(box, &QMessageBox::finished, box, [box, guard, hasContext, done]() {
        const auto answer = box->standardButton(box->clickedButton());
        if (done && (!hasContext || guard))
            done(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                         QObject *context, std::function<void()> onYes, const QString &detail)
{
    Prompt p;
    p.kind = Kind::Question;
    p.title = title;
    p.text = text;
    p.informativeText = detail;
    p.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Cancel;
    p.acceptText = acceptText;
    ask(parent, p, context, [onYes](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Yes && onYes)
            onYes();
    });
}

void MessageBox::askToLeave(QWidget *parent, const QString &what, const QString &hint, QObject *context,
                            std::function<void()> onSave, std::function<void()> onDiscard, std::function<void()> onKeep)
{
    Prompt p;
    p.kind = Kind::Question;
    p.title = tr("Unsaved changes");
    p.informativeText = hint;
    if (onSave) {
        p.text = tr("%1 has unsaved changes. Save them before leaving?").arg(what);
        p.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
        p.defaultButton = QMessageBox::Save;
    } else {
        p.text = tr("%1 has unsaved changes. Discard them?").arg(what);
        p.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        p.defaultButton = QMessageBox::Cancel;
    }
    ask(parent, p, context, [onSave, onDiscard, onKeep](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Save && onSave)
            onSave();
        else if (answer == QMessageBox::Discard)
            onDiscard();
        else if (onKeep)
            onKeep();
    });
}

void MessageBox::inform(QWidget *parent, Kind kind, const QString &title, const QString &text,
                        const QString &detailedText)
{
    Prompt p;
    p.kind = kind;
    p.title = title;
    p.text = text;
    p.detailedText = detailedText;
    ask(parent, p, nullptr, nullptr);
}

} // namespace sinch::ui
