#pragma once

#include <QJsonObject>
#include <QString>

namespace sinch {

// What the RCS sender wizard sends of the request it edits (RcsSenderInputDto's shape, as
// RcsSenderService::requestFromSender gives it): blanks left out, the launch questionnaire's
// answers alone (none of a country the sender no longer has), and for an update only the
// details the sender's state still lets change, with what was cleared sent as null.
class RcsSenderRequest
{
public:
    // The body of a create: never a null (its contract has no nullable fields).
    static QJsonObject create(const QJsonObject &edited);
    // The details of an update of `sender` (as the server has it) in `state`: what changed
    // from it to `edited`, a cleared field (an answer, a contact list, a removed country's
    // answers) as null where the contract lets the update delete it.
    static QJsonObject updateDetails(const QJsonObject &sender, const QJsonObject &edited, const QString &state);

private:
    static QJsonObject sentDetails(const QJsonObject &details);
    static QJsonObject withoutNulls(const QJsonObject &o);
};

} // namespace sinch
