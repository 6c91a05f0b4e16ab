#pragma once

#include "services/rcssenderservice.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sinch {
class ApiClient;
class Clock;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;
class MessageBox;

// The test devices of one RCS sender: each number with its state in words and when it
// was submitted; add numbers (E.164, checked as typed, at most the contract's limit,
// unique), resend an invite, look at what a verified device supports, delete one.
// Every change reloads the sender and hands it on (senderChanged) so the host's other
// views (the launch checklist) follow.
class RcsTestNumbersPanel : public QWidget
{
    Q_OBJECT
public:
    RcsTestNumbersPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock = nullptr,
                        QWidget *parent = nullptr);

    void setSender(const QJsonObject &sender);
    const QJsonObject &sender() const { return m_sender; }

signals:
    void senderChanged(const QJsonObject &sender);

private:
    QString selectedNumber() const;
    QString selectedState() const;
    QString stateOf(const QString &number) const;
    void updateNewNumber();
    void updateButtons();
    void add();
    void resend();
    void showCapabilities();
    void remove();
    void reload();
    void busy(bool on, const QString &what = QString());
    // Shows the error of a failed call; true when there was one.
    bool failed(const ApiResult &result);

    RcsSenderService m_service;
    MessageBox *m_box;
    Clock *m_clock;
    QJsonObject m_sender;
    QTreeWidget *m_list;
    QLineEdit *m_newNumber;
    QLabel *m_newNumberHint;
    QPushButton *m_add;
    QPushButton *m_resend;
    QPushButton *m_capabilities;
    QPushButton *m_delete;
    QLabel *m_capabilitiesText;
    QLabel *m_busy;
    MessageBar *m_bar;
};

} // namespace sinch::ui
