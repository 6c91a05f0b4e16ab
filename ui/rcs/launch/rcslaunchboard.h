#pragma once

#include "services/rcssenderservice.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace sinch {
class ApiClient;
class Clock;
class ClockTimer;
}

namespace sinch::ui {

class MessageBar;

// Where a launched RCS sender stands with each operator: countries and their operators,
// every status in words (a rejection with the operator's remark), when it last changed,
// a "needs action" filter, and the sender's overall state. While any operator is still
// deciding it reads the sender again every pollIntervalMs on the injected clock.
class RcsLaunchBoard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 5000;

    RcsLaunchBoard(ApiClient *client, const QString &projectKey, Clock *clock, QWidget *parent = nullptr);

    void setSender(const QJsonObject &sender);
    const QJsonObject &sender() const { return m_sender; }
    bool isPolling() const;

signals:
    void senderChanged(const QJsonObject &sender);

private:
    void rebuild();
    void poll();

    RcsSenderService m_service;
    Clock *m_clock;
    ClockTimer *m_timer;
    QJsonObject m_sender;
    QLabel *m_state;
    QCheckBox *m_needsAction;
    QTreeWidget *m_tree;
    MessageBar *m_bar;
    bool m_polling = false;
};

} // namespace sinch::ui
