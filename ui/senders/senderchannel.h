#pragma once

#include "domain/sendernextstep.h"
#include "rules/senderrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {
class ApiClient;
class ApiJob;
}

namespace sinch::ui {

// What differs between the WhatsApp and the KakaoTalk sender views, as data and a few
// calls, so the page, the detail, the editor and the verification dialog are one design
// for both: the sender's key (id or plusFriendId), its fields in words, the request the
// editor starts from, and the typed service calls (the only place the two services meet).
class SenderChannel
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::SenderChannel)

public:
    using Channel = SenderNextStep::Channel;
    using Request = rules::SenderRules::Request;

    // One field of the editor's form.
    struct FormField
    {
        enum class Kind { Line, Text, Choice, Category, Check };
        QString path;       // in the request ("details.displayName")
        Kind kind = Kind::Line;
        QString placeholder; // Check: the box's text
        QStringList choices; // Choice: the contract's enum
        QString hint;       // a line under the field
    };

    SenderChannel(Channel channel, ApiClient *client, const QString &projectKey);

    Channel channel() const { return m_channel; }
    rules::SenderRules::Channel rulesChannel() const;
    QString projectKey() const { return m_projectKey; }

    QString idOf(const QJsonObject &sender) const;
    QString titleOf(const QJsonObject &sender) const;
    // The live fields shown, in order: a path of the sender (dotted) and its words; "phone"
    // is WhatsApp's number in full (country code and number).
    QList<QPair<QString, QString>> shownFields() const;
    // The fields of the create (no sender) or update form.
    QList<FormField> formFields(Request request) const;
    // The body the editor starts from: a new sender's create request, or the update request
    // of `sender` (its pending details over the live ones).
    QJsonObject startDocument(const QJsonObject &sender) const;
    // The body as sent: empty strings dropped (the contract's minimums apply to what is sent).
    static QJsonObject cleaned(const QJsonObject &document);

    // What the register button offers: WhatsApp's registration methods (SMS, VOICE), none
    // for KakaoTalk (the token goes to the admin phone).
    QStringList registrationMethods() const;
    QString codeName() const;   // "code" / "token"
    int codeLength() const;     // the digits a code has (0: any)
    bool canRegister(const QJsonObject &sender) const;
    bool canVerify(const QJsonObject &sender, bool codeRequested) const;

    ApiJob *get(const QString &id) const;
    ApiJob *create(const QJsonObject &document, bool submit) const;
    ApiJob *update(const QString &id, const QJsonObject &document, bool submit) const;
    ApiJob *registerSender(const QString &id, const QString &method) const;
    ApiJob *verify(const QString &id, const QString &code) const;
    ApiJob *remove(const QString &id) const;
    ApiJob *removeChanges(const QString &id) const;
    ApiJob *categories() const; // KakaoTalk only

private:
    Channel m_channel;
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch::ui
