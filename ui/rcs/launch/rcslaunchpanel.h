#pragma once

#include "services/rcssenderservice.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sinch {
class ApiClient;
class Clock;
}

namespace sinch::ui {

class MessageBar;
class MessageBox;
class RcsLaunchBoard;

// Launching one RCS sender: the pre-launch checklist computed from the sender (every
// missing item by its field, then the warnings; activating one asks the host to show
// that field), the Launch button that stays disabled, saying why, until nothing is
// missing, a confirmation before the launch (it asks every operator of every chosen
// country and cannot be taken back), and below it the launch board with the operators'
// decisions.
class RcsLaunchPanel : public QWidget
{
    Q_OBJECT
public:
    RcsLaunchPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock, QWidget *parent = nullptr);

    void setSender(const QJsonObject &sender);
    const QJsonObject &sender() const { return m_sender; }
    RcsLaunchBoard *board() const { return m_board; }

signals:
    // The user wants to fix `fieldPath` (a JsonPath of the sender, "details.brand.logoUrl").
    void fieldRequested(const QString &fieldPath);
    void senderChanged(const QJsonObject &sender);

private:
    void launch();
    void sendLaunch();
    void updateLaunchButton();

    RcsSenderService m_service;
    MessageBox *m_box;
    QJsonObject m_sender;
    QLabel *m_summary;
    QListWidget *m_checklist;
    QPushButton *m_launch;
    MessageBar *m_bar;
    RcsLaunchBoard *m_board;
    bool m_launching = false;
};

} // namespace sinch::ui
