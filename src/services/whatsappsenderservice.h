#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// The WhatsApp senders of one project as typed calls: the sender pages and the next-step
// banner ask for "register this sender", never for an operation ID. Each call returns the
// running job; its finished() carries the sender (WhatsappSenderDto) where the contract
// answers with one (verify, delete and delete changes answer 204).
//
// The lifecycle the calls drive: create (PENDING_VERIFICATION, details as DRAFT changes)
// -> registerNumber (Meta sends a 6-digit code by SMS or voice) -> verify(code) -> Meta's
// review (IN_PROGRESS) -> ACTIVE, or changes REJECTED with an errorReason.
class WhatsappSenderService
{
public:
    WhatsappSenderService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    // The first page of the list, for a paged model (it reads the further pages itself).
    static ApiRequest listRequest();
    ApiJob *get(const QString &senderId) const;
    // `sender`: one of the create shapes of the contract (WhatsappSenderInputOboDtoDeprecated
    // for a number Sinch or the customer provides: region, details with countryCode and
    // phoneNumber); sent as given, the server picks the shape by its fields.
    ApiJob *create(const QJsonObject &sender) const;
    // PATCH of the details; `submit` sends them to Meta's review (the contract's default is
    // a draft, which only an active sender's owner sees).
    ApiJob *update(const QString &senderId, const QJsonObject &details, bool submit) const;
    // Asks Meta to send the verification code; `method` is "SMS" or "VOICE"
    // (WhatsappSenderInputRegistrationMethod).
    ApiJob *registerNumber(const QString &senderId, const QString &method = QStringLiteral("SMS")) const;
    ApiJob *verify(const QString &senderId, const QString &code) const;
    ApiJob *remove(const QString &senderId) const;
    // Discards the pending (draft or rejected) changes; the active details stay.
    ApiJob *removeChanges(const QString &senderId) const;

private:
    ApiJob *call(const QString &operationId, const QString &senderId, const QJsonObject &body = QJsonObject()) const;

    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
