#pragma once

#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace sinch::test {

// A seeded monkey: random clicks, typing, special keys, undo/redo, item-view rows and
// combo-box choices over the visible controls under a root widget, the way an impatient
// person would. The same seed replays the same events, so a failure names the seed and
// the last actions. Modal dialogs and popups that an event opens are closed on the next
// turn of their own event loop, so a run never blocks.
class Monkey
{
public:
    Monkey(QWidget *root, quint32 seed);
    ~Monkey();

    // Runs `events` random events. After each one the event loop settles and `check`
    // runs (a failed QVERIFY inside it ends the run: QTest::currentTestFailed()).
    // `reopen` is called when the root is no longer visible (a document tab took its place).
    void run(int events, const std::function<void(int)> &check = {}, const std::function<void()> &reopen = {});

    // Accessible names never clicked (a button that would leave the area under test).
    void avoid(const QStringList &accessibleNames) { m_avoid += accessibleNames; }
    // The last actions, newest last: what a failure message shows.
    QString trail() const { return m_trail.join(QLatin1Char('\n')); }
    quint32 seed() const { return m_seed; }
    int count() const { return m_count; }

private:
    void step();
    void clickSomething();
    void typeSomething();
    void pressSpecialKey();
    void chooseInCombo();
    void clickRowInView();
    QWidget *keyTarget() const;
    QList<QWidget *> candidates() const;
    template<class T> QList<T *> visible() const;
    void note(const QString &action);
    static void closeStrayWindows();

    QPointer<QWidget> m_root;
    quint32 m_seed;
    QRandomGenerator m_random;
    QStringList m_avoid;
    QStringList m_trail;
    int m_count = 0;
    QTimer m_closer; // closes modal dialogs and popups from inside their own exec()
};

} // namespace sinch::test
