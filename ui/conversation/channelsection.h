#pragma once

#include "services/conversationchannelservice.h"

#include <QGroupBox>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace sinch {
struct ApiResult;
}

namespace sinch::ui {

// One channel of a Conversation API app (Instagram, Messenger, Telegram, Viber): its
// status in a line, then its fields in the contract's words (the field descriptions are
// the tooltips), or what stands in their place: loading, "no channel", an error.
class ChannelSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChannelSection(ConversationChannelService::Channel channel, QWidget *parent = nullptr);

    ConversationChannelService::Channel channel() const { return m_channel; }
    QString statusText() const;
    // The value shown for a field ("" when not shown).
    QString valueOf(const QString &field) const;

    void clear();
    void setLoading();
    void setResult(const ApiResult &result);

private:
    void setStatus(const QString &text);
    void clearFields();

    ConversationChannelService::Channel m_channel;
    QString m_name;
    QLabel *m_status;
    QFormLayout *m_fields;
};

} // namespace sinch::ui
