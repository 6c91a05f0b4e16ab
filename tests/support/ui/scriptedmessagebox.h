#pragma once

#include "messagebox.h"

#include <QList>
#include <QStringList>

namespace sinch::ui {

// The MessageBox of GUI tests: never shows a window. A test queues the prompts it expects
// (kind, a piece of the text, the answer); each prompt the UI raises is checked against
// the head of the queue and answered on the next event loop turn, as a real dialog would
// be. A prompt nobody expected, or one of the wrong kind or text, is recorded in
// failures() and answered with Cancel, so a test never blocks and always notices.
class ScriptedMessageBox : public MessageBox
{
    Q_OBJECT
public:
    struct Expectation {
        Kind kind;
        QString textContains;
        QMessageBox::StandardButton answer;
    };

    explicit ScriptedMessageBox(QObject *parent = nullptr);

    void expect(Kind kind, const QString &textContains, QMessageBox::StandardButton answer = QMessageBox::Ok);

    void ask(QWidget *parent, const Prompt &prompt, QObject *context, Answer done) override;

    int pending() const { return int(m_queue.size()); }
    const QStringList &failures() const { return m_failures; }
    const QList<Prompt> &seen() const { return m_seen; }
    // True when every expected prompt came, in order, and nothing else did.
    bool allMet() const { return m_queue.isEmpty() && m_failures.isEmpty(); }
    QString report() const;

signals:
    void prompted(const sinch::ui::MessageBox::Prompt &prompt);

private:
    QList<Expectation> m_queue;
    QStringList m_failures;
    QList<Prompt> m_seen;
};

} // namespace sinch::ui
