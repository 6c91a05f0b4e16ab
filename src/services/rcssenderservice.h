#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;

// The RCS senders of one project as typed calls (RCS Senders in the contract): the wizard
// and the senders page ask for "the sender with this ID", never for an operation ID. Each
// call returns the running job; its finished() carries the sender (RcsSenderDto: id,
// state, region, hostingRegion, details, authName/authToken, countries' operators ...).
// The contract has no DELETE for an RCS sender (OPERATIONS.md, RCS Senders): a sender is
// never removed from the console, so this service offers no remove().
class RcsSenderService
{
public:
    RcsSenderService(ApiClient *client, QString projectKey);

    // The first page of the list, for a list model (it reads the further pages itself).
    static ApiRequest listRequest();
    ApiJob *list(const QString &nameFilter = QString()) const;
    ApiJob *get(const QString &id) const;
    // `input`: region, billingCategory, useCase and details (RcsSenderInputDto).
    ApiJob *create(const QJsonObject &input) const;
    // PATCH with the details only (RcsUpdateSenderInputDto): region, billing category and use
    // case are fixed once the sender exists.
    ApiJob *update(const QString &id, const QJsonObject &details) const;
    // The questions of the launch questionnaire for a use case and the chosen countries.
    ApiJob *questionnaire(const QString &useCase, const QStringList &countries) const;

    // 412 launch_precondition_failed lists what is missing (RcsLaunchChecklist).
    ApiJob *launch(const QString &senderId) const;
    // Adds numbers (E.164, unique, at most the contract's maxItems with those there);
    // re-adding a verified number makes it unverified. Answers with every number's state.
    ApiJob *addTestNumbers(const QString &senderId, const QStringList &numbers) const;
    // Sends the invite again. Never retried by itself (the client does not repeat a /retry).
    ApiJob *resendInvite(const QString &senderId, const QString &number) const;
    // What the device of a verified number supports: {"features": [...]}.
    ApiJob *capabilities(const QString &senderId, const QString &number) const;
    ApiJob *removeTestNumber(const QString &senderId, const QString &number) const;
    // The most test numbers a sender may have (RcsTestNumbersInputDto.testNumbers.maxItems).
    static int maxTestNumbers();
    // What is wrong with a test number for the contract's format (E.164); empty when nothing is.
    static QString testNumberProblem(const QString &number);

    // The body of a create: the four fields of RcsSenderInputDto, nothing the server added.
    static QJsonObject createBody(const QJsonObject &input);
    // The body of an update: {"details": ...} from a create request or a sender.
    static QJsonObject updateBody(const QJsonObject &details);
    // The create request a sender read from the server corresponds to: what the wizard edits
    // when it opens an existing sender (the server's own fields stay out of the request).
    static QJsonObject requestFromSender(const QJsonObject &sender);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
