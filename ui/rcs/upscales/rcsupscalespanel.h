#pragma once

#include "services/rcsupscaleservice.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sinch {
class ApiClient;
class Clock;
class ClockTimer;
class Pager;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;
class MessageBox;

// The RCS upscales of a project: each with its country, senders and state in words;
// create one for a launched sender that is not upscaled yet (the SMS number ID checked
// as typed), delete one (confirmed), retry a failed one. While one is still upscaling or
// downscaling it reads the list again on the injected clock.
class RcsUpscalesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 5000;

    RcsUpscalesPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock, QWidget *parent = nullptr);

    // Reads the upscales and the upscale senders.
    void reload();
    // Preselects this RCS sender for a new upscale (the sender page's current sender).
    void setSender(const QJsonObject &sender);

private:
    void showUpscales(const QJsonArray &upscales);
    void showSenders(const QJsonArray &senders);
    QString senderText(const QString &id) const;
    QJsonObject selected() const;
    void updateButtons();
    void create();
    void retry();
    void remove();
    bool failed(const ApiResult &result);
    void busy(bool on, const QString &what = QString());

    RcsUpscaleService m_service;
    QPointer<Pager> m_upscalePages;
    QPointer<Pager> m_senderPages;
    bool m_sendersFailed = false; // the last read of the senders failed
    MessageBox *m_box;
    Clock *m_clock;
    ClockTimer *m_timer;
    QString m_preferredSender;
    QHash<QString, QString> m_senderNames; // RCS sender ID -> brand name, from the upscale senders
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_refresh;
    QPushButton *m_retry;
    QPushButton *m_delete;
    QComboBox *m_sender;
    QComboBox *m_country;
    QLineEdit *m_numberId;
    QLabel *m_numberHint;
    QPushButton *m_create;
    QLabel *m_busy;
    MessageBar *m_bar;
};

} // namespace sinch::ui
