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
class ConversationAppPicker;
class MessageBar;

// Conversation API → Channels: the user picks one of the project's apps (or types its ID) and sees what
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
    QString messageText() const;
    ConversationAppPicker *appPicker() const { return m_picker; }
    ChannelSection *section(ConversationChannelService::Channel channel) const;
    bool isLoading() const;

public slots:
    void showChannels();

private:
    void cancel();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ConversationAppPicker *m_picker;
    QLineEdit *m_appId; // the picker's, where an ID is typed by hand
    QPushButton *m_show;
    MessageBar *m_bar; // what concerns the app, not one channel
    QList<ChannelSection *> m_sections;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace sinch::ui
