#include "scriptedinput.h"

#include "editing/editsession.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTextBoundaryFinder>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>

namespace sinch::ui {

namespace {

constexpr int kStepTimeoutMs = 30000;

QString buttonText(const QAbstractButton *b)
{
    QString text = b->text();
    return text.remove(QLatin1Char('&'));
}

QString fieldText(const QWidget *w)
{
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *e = qobject_cast<const QTextEdit *>(w))
        return e->toPlainText();
    if (auto *c = qobject_cast<const QComboBox *>(w))
        return c->currentText();
    return QString();
}

// One key press and release per grapheme, as a keyboard (or an input method) sends them.
void typeInto(QWidget *w, const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype from = 0;
    while (graphemes.toNextBoundary() != -1) {
        const QString g = text.mid(from, graphemes.position() - from);
        from = graphemes.position();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, g);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, g);
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

} // namespace

void ScriptedInput::startFromEnvironment(MainWindow *window)
{
    const QString path = qEnvironmentVariable("SINCH_TEST_SCRIPT");
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "sinch-console: test script %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return;
    }
    QList<QStringList> steps;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            steps << line.split(QLatin1Char('\t'));
    }
    new ScriptedInput(steps, window);
}

ScriptedInput::ScriptedInput(const QList<QStringList> &steps, MainWindow *window)
    : QObject(window)
    , m_steps(steps)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &ScriptedInput::tick);
    m_timer->start();
    m_stepTime.start();
}

void ScriptedInput::tick()
{
    while (!m_steps.isEmpty()) {
        if (!perform(m_steps.first())) {
            if (m_stepTime.elapsed() > kStepTimeoutMs) {
                QStringList names;
                for (QWidget *w : visibleWidgets())
                    if (!w->accessibleName().isEmpty())
                        names << w->accessibleName();
                std::fprintf(stderr, "sinch-console: test script: cannot %s; on screen: %s\n",
                             qPrintable(m_steps.first().join(QLatin1Char(' '))), qPrintable(names.join(QStringLiteral(", "))));
                m_steps.clear();
                break;
            }
            return; // again on the next tick, after the event loop had its turn
        }
        m_steps.removeFirst();
        m_stepTime.restart();
        return; // one step a tick: what it started (a page, a dialog) gets to appear
    }
    m_timer->stop();
}

bool ScriptedInput::perform(const QStringList &step)
{
    const QString verb = step.value(0);
    const QString arg = step.value(1);
    if (verb == QLatin1String("autosave")) {
        EditSession::setAutosaveInterval(arg.toInt());
        return true;
    }
    if (verb == QLatin1String("area")) {
        m_window->showArea(arg);
        return true;
    }
    if (verb == QLatin1String("action")) {
        // The shown page's own first (several pages name their New alike), then any window's.
        QList<QAction *> actions;
        if (QWidget *page = m_window->currentPage())
            actions << page->findChildren<QAction *>(arg);
        for (QWidget *top : QApplication::topLevelWidgets())
            actions << top->findChildren<QAction *>(arg);
        for (QAction *a : std::as_const(actions))
            if (a->isEnabled()) {
                a->trigger();
                return true;
            }
        return false;
    }
    if (verb == QLatin1String("wait"))
        return findNamed(arg) != nullptr;
    if (verb == QLatin1String("type")) {
        QWidget *w = findNamed(arg);
        if (!w || !w->isEnabled())
            return false;
        w->activateWindow();
        w->setFocus(Qt::OtherFocusReason);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->end(false);
        else if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            e->moveCursor(QTextCursor::End);
        else if (auto *e = qobject_cast<QTextEdit *>(w))
            e->moveCursor(QTextCursor::End);
        typeInto(w, step.value(2));
        return true;
    }
    if (verb == QLatin1String("choose")) {
        // As a pick from the combo box's list: the item becomes current and is activated.
        // The combo box of that name (a list's column or a detail may share it).
        QComboBox *c = nullptr;
        for (QWidget *w : visibleWidgets())
            if (auto *box = qobject_cast<QComboBox *>(w); box && !c && box->accessibleName() == arg)
                c = box;
        const int index = c && c->isEnabled() ? c->findText(step.value(2)) : -1;
        if (index < 0)
            return false;
        c->setFocus(Qt::OtherFocusReason);
        c->setCurrentIndex(index);
        emit c->activated(index);
        return true;
    }
    if (verb == QLatin1String("click")) {
        for (QWidget *w : visibleWidgets())
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isEnabled()
                && (b->accessibleName() == arg || buttonText(b) == arg)) {
                b->click();
                return true;
            }
        return false;
    }
    if (verb == QLatin1String("state"))
        return writeState(arg);
    std::fprintf(stderr, "sinch-console: test script: unknown step %s\n", qPrintable(verb));
    return true;
}

bool ScriptedInput::writeState(const QString &path) const
{
    QJsonObject fields;
    for (QWidget *w : visibleWidgets())
        if (!w->accessibleName().isEmpty()
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
                || qobject_cast<QComboBox *>(w)))
            fields.insert(w->accessibleName(), fieldText(w));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(fields).toJson());
    return f.commit();
}

QList<QWidget *> ScriptedInput::visibleWidgets()
{
    QList<QWidget *> out;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        out << top;
        for (QWidget *w : top->findChildren<QWidget *>())
            if (w->isVisible())
                out << w;
    }
    return out;
}

QWidget *ScriptedInput::findNamed(const QString &name)
{
    for (QWidget *w : visibleWidgets())
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

} // namespace sinch::ui
