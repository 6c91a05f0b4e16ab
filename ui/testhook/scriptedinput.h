#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QTimer;
class QWidget;

namespace sinch::ui {

class MainWindow;

// A test's hands on the running console binary: with SINCH_TEST_SCRIPT naming a file of
// steps, replays them as a person would (typing key by key into a field found by its
// accessible name, clicking buttons by their name or text), so a test can drive the real
// program offscreen, kill it and start it again. Compiled in always and inert without the
// variable. One step a line, its words separated by tabs:
//   autosave <ms>             editors made from now on autosave after <ms>
//   area <areaId>             shows an area of the main window
//   action <objectName>       triggers an enabled action
//   wait <name>               until a visible widget has that accessible name
//   type <name> <text>        types at the end of the named field
//   choose <name> <text>      picks the item of that text in the named combo box
//   click <name or text>      clicks a visible, enabled button
//   state <path>              writes the visible fields' texts as JSON (name -> text)
// A step that cannot be done yet is tried again; after 30 s the script stops with a line
// on stderr that lists what is on screen.
class ScriptedInput : public QObject
{
    Q_OBJECT
public:
    // Nothing (and no cost) unless SINCH_TEST_SCRIPT is set.
    static void startFromEnvironment(MainWindow *window);

    ScriptedInput(const QList<QStringList> &steps, MainWindow *window);

private:
    void tick();
    bool perform(const QStringList &step);
    bool writeState(const QString &path) const;
    static QList<QWidget *> visibleWidgets();
    static QWidget *findNamed(const QString &name);

    QList<QStringList> m_steps;
    MainWindow *m_window;
    QTimer *m_timer;
    QElapsedTimer m_stepTime;
};

} // namespace sinch::ui
