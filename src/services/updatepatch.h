#pragma once

#include <QJsonObject>
#include <QString>

namespace sinch {

// The body of a partial update (the contract's "If null the value will be deleted" fields):
// what the user left is sent as it is, and what was there before and is gone now is sent as
// null where the update's schema lets that field be null, because leaving a key out of an
// update keeps the old value. Which fields may be deleted is read from the contract's update
// schema, never listed here: a field that is not nullable (a required name, an object that
// only groups others) is left out, and the objects along the way are walked so that their
// nullable leaves are deleted one by one.
class UpdatePatch
{
public:
    // `original` and `edited` as the request's shape (blanks already removed from `edited`);
    // `schemaName` the update's component schema ("RcsUpdateSenderDetailsInputDto").
    static QJsonObject withDeletions(const QJsonObject &original, const QJsonObject &edited, const QString &schemaName);
    static QJsonObject withDeletions(const QJsonObject &original, const QJsonObject &edited, const QJsonObject &schema);
};

} // namespace sinch
