// Pasting into the template editor's body as a person does (the outline's Body row, the
// field, Ctrl+A, Ctrl+V), with a probe of the event loop running meanwhile: shared by
// tst_hugepaste (every character kept, the editor still answers) and bench_hugepaste (how
// long the loop went unserved, against a small paste).
#pragma once

#include "templates/editor/templateeditor.h"

#include "domain/templatedocument.h"
#include "guidriver.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace sinch::test::hugepaste {

// Counts the ticks of a 10 ms timer and remembers the longest time between two of them:
// how long the event loop was not served.
class Probe
{
public:
    Probe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    qint64 longestSilenceMs() const { return m_longest; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = qMax(m_longest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Text as people paste it: sentences with markup and variables, in lines.
inline QString text(qsizetype size)
{
    const QString line = QStringLiteral("Hi {{1}}, your *order* ships _soon_ — track it in the app. 🚚\n");
    QString out;
    out.reserve(size + line.size());
    while (out.size() < size)
        out += line;
    out.truncate(size);
    return out;
}

inline QString bodyText(const ui::TemplateEditor &editor)
{
    TemplateDocument d(editor.document());
    return d.value(d.componentPath(QStringLiteral("BODY")) + QStringLiteral(".text")).toString();
}

// What one paste left: the longest silence of the event loop in the 1.5 s after Ctrl+V
// (-1 when the editor could not be driven), the body then, and whether a key typed after
// it reached the body's end.
struct Outcome
{
    qint64 silenceMs = -1;
    QString body;
    bool typedAfter = false;
};

// Opens a new template, pastes `pasted` over its body with Ctrl+V, lets the editor do what
// follows (validation, preview, autosave) and types one more character.
inline Outcome pasteIntoNewTemplate(const ui::TemplateEditor::Context &context, const QString &pasted)
{
    Outcome out;
    ui::TemplateEditor editor(context, TemplateDocument::newTemplate());
    editor.resize(1200, 820);
    editor.show();
    editor.activateWindow();
    if (!QTest::qWaitForWindowExposed(&editor))
        return out;
    GuiDriver::settle();
    GuiDriver gui(&editor);
    auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
    if (!tree || !gui.clickRow(tree, QStringLiteral("Body")))
        return out;
    auto *field = gui.find<QPlainTextEdit>(QStringLiteral("Body text"));
    if (!field)
        return out;
    GuiDriver::click(field);
    GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
    QGuiApplication::clipboard()->setText(pasted);

    Probe probe;
    probe.start();
    GuiDriver::key(Qt::Key_V, Qt::ControlModifier);
    QTest::qWait(1500);
    probe.stop();
    out.silenceMs = probe.longestSilenceMs();
    out.body = bodyText(editor);
    GuiDriver::key(Qt::Key_End, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_X);
    out.typedAfter = QTest::qWaitFor([&] { return bodyText(editor) == out.body + QLatin1Char('x'); }, 30000);
    return out;
}

} // namespace sinch::test::hugepaste
