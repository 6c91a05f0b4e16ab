#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

// Error bodies in the contract's own words. For an operation and a status it reads the
// response schema: its `example`, or the `example`s of its properties; for a `oneOf` of
// error variants the variant is chosen by errorCode. A code that the operation does not
// declare is looked up among all operations of the contract; only codes the contract
// never names (503, 502, 504 ...) get a generic sandbox body.
class ContractErrors
{
public:
    static QJsonObject body(const Operation *op, int status, const QString &errorCode = QString());
    static QJsonObject invalidInput(const Operation *op, const QStringList &validationErrors);
    // The errorCodes the operation declares for a status, in contract order.
    static QStringList codes(const Operation *op, int status);
    static QJsonObject generic(int status);
};

} // namespace sinch::sandbox
