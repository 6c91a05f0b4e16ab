#pragma once

#include "sandboxreply.h"

#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sinch {
struct Operation;
}

namespace sinch::sandbox {

// The query and path parameters of a request against their schemas in the contract
// (type, enum, pattern, minimum/maximum; arrays item by item, as repeated keys or comma
// lists). A parameter that breaks its schema is answered with the 400 the operation
// declares for it (ContractErrors::codeFor: filterStates -> invalid_filter_states,
// languageCode -> template_invalid_language_code ...), with the problems as
// additionalInformation.validationErrors. The project ID is the server's to judge.
class ParameterCheck
{
public:
    // The 400 answer, or nothing when every parameter is well-formed.
    static std::optional<SandboxReply> check(const Operation *op, const QHash<QString, QString> &pathParams,
                                             const QUrlQuery &query);
};

} // namespace sinch::sandbox
