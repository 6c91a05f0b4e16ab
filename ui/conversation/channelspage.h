#pragma once

#include "services/conversationchannelservice.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sinch {
class ApiClient;
class ApiJob;
}

namespace sinch::ui {

class ChannelSection;

// Conversation API → Channels: the user enters a Conversation app ID and sees what
// Instagram, Messenger, Telegram and Viber say about its sender, one section each, read
// at once; a channel the app lacks says so in its section.
class ChannelsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPage(ApiClient *client, QWidget *parent = nullptr);
    ~ChannelsPage() override;

    void setProject(const QString &projectKey);
    QString projectKey() const { return m_projectKey; }
    // Reads the channels of the app ID entered again (nothing when none is entered).
    void refresh();
    void focusFilter();

    QLineEdit *appIdEdit() const { return m_appId; }
    ChannelSection *section(ConversationChannelService::Channel channel) const;
    bool isLoading() const;

public slots:
    void showChannels();

private:
    void cancel();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QLineEdit *m_appId;
    QPushButton *m_show;
    QList<ChannelSection *> m_sections;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace sinch::ui
