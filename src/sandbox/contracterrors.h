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
    // A 400 for schema problems of the body, with the code the operation declares for the
    // field of the first problem (add_test_number_invalid for "testNumbers.0 ..."), else
    // its invalid_input, else its invalid_payload.
    static QJsonObject invalidInput(const Operation *op, const QStringList &validationErrors);
    // The code the operation declares for `status` about the field or parameter `name`
    // ("filterStates" -> invalid_filter_states, "languageCode" ->
    // template_invalid_language_code, "countries" -> questionnaire_invalid_country);
    // empty when it declares none.
    static QString codeFor(const Operation *op, int status, const QString &name);
    // The schema-error code of the operation for a problem at `path` (see invalidInput).
    static QString invalidInputCode(const Operation *op, const QString &path);
    // The errorCodes the operation declares for a status, in contract order.
    static QStringList codes(const Operation *op, int status);
    static QJsonObject generic(int status);
    // Whether the contract itself shares the code for the status across its API families
    // (x-tagGroups: Common, WhatsApp, KakaoTalk, RCS), as invalid_input or sender_not_found:
    // such a code is the contract's common word, not one borrowed from another operation.
    static bool isShared(const QString &errorCode, int status);
};

} // namespace sinch::sandbox
