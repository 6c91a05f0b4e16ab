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
