#pragma once

#include "auth/credentialstore.h"

#include <QTest>
#include <optional>

namespace sinch::test {

// Collects the result of one credential store operation.
struct SecretOutcome
{
    std::optional<SecretResult> result;
    int calls = 0;
    CredentialStore::Callback callback()
    {
        return [this](const SecretResult &r) {
            result = r;
            ++calls;
        };
    }
};

constexpr int kKeychainTimeout = 15000;

// Runs the event loop until the store answers; a timeout reads as a failed result.
inline SecretResult wait(SecretOutcome &o)
{
    if (!QTest::qWaitFor([&o] { return o.result.has_value(); }, kKeychainTimeout))
        return SecretResult{false, QString(), false, QStringLiteral("no answer within the timeout")};
    return *o.result;
}

} // namespace sinch::test
