#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sinch::ui {

// What the window shows where a project's page would be when there is none to show: how
// to start (no project yet, or none chosen) with "Add project…", or why the chosen project
// is not ready (its key secret is being read from the keychain, or could not be).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void showStart(bool haveProjects);
    void showNotReady(const QString &problem);

signals:
    void addProjectRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_add;
};

} // namespace sinch::ui
