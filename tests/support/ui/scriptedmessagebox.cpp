#include "scriptedmessagebox.h"

#include <QMetaEnum>
#include <QPointer>
#include <QTimer>

namespace sinch::ui {

static QString kindName(MessageBox::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<MessageBox::Kind>().valueToKey(int(kind)));
}

ScriptedMessageBox::ScriptedMessageBox(QObject *parent)
    : MessageBox(parent)
{
}

void ScriptedMessageBox::expect(Kind kind, const QString &textContains, QMessageBox::StandardButton answer)
{
    m_queue.append({kind, textContains, answer});
}

void ScriptedMessageBox::ask(QWidget *, const Prompt &prompt, QObject *context, Answer done)
{
    m_seen.append(prompt);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    const QString shown = prompt.title + QLatin1Char('\n') + prompt.text + QLatin1Char('\n') + prompt.informativeText;
    if (m_queue.isEmpty()) {
        m_failures << QStringLiteral("unexpected %1 prompt: %2").arg(kindName(prompt.kind), shown.simplified());
    } else {
        const Expectation e = m_queue.takeFirst();
        if (e.kind != prompt.kind) {
            m_failures << QStringLiteral("expected a %1 prompt, got %2: %3")
                              .arg(kindName(e.kind), kindName(prompt.kind), shown.simplified());
        } else if (!shown.contains(e.textContains, Qt::CaseInsensitive)) {
            m_failures << QStringLiteral("expected a prompt containing \"%1\", got: %2")
                              .arg(e.textContains, shown.simplified());
        } else if (!(prompt.buttons & e.answer) && e.answer != QMessageBox::Ok) {
            m_failures << QStringLiteral("the prompt has no button for the scripted answer: %1").arg(shown.simplified());
        } else {
            answer = e.answer;
        }
    }
    emit prompted(prompt);
    if (!done)
        return;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done, answer]() {
        if (!hasContext || guard)
            done(answer);
    });
}

QString ScriptedMessageBox::report() const
{
    QStringList lines = m_failures;
    for (const Expectation &e : m_queue)
        lines << QStringLiteral("expected %1 prompt containing \"%2\" never came").arg(kindName(e.kind), e.textContains);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sinch::ui
