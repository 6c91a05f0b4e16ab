#pragma once

#include "finding.h"

#include <QJsonObject>
#include <QStringList>

namespace sinch::rules {

// The rules of a webhook in the contract's input shape ({target, secret, triggers}). The
// limits and the trigger names are read from the contract (WebhookWebhookInputDto and the
// WebhookWebhookTriggers enum), so a new trigger or a longer secret needs no code change.
// The messages never quote the secret.
class WebhookRules
{
    Q_DECLARE_TR_FUNCTIONS(WebhookRules)

public:
    // What is being sent: a new webhook and a replacement (PUT) carry every field, the
    // secret included; an update (PATCH) carries what changed, and an empty secret there
    // means "keep the one the server has".
    enum class Mode { Create, Replace, Update };

    struct Limits {
        int targetMin = 1;
        int targetMax = 742;
        int secretMin = 1;
        int secretMax = 128;
        QStringList triggers; // in the contract's order
    };
    static const Limits &limits();

    static QList<Finding> check(const QJsonObject &webhook, Mode mode);

    // Below this length a secret is accepted but warned about (the contract asks for "a
    // high entropy"): 16 characters of a random string are about 80 bits.
    static constexpr int kShortSecret = 16;
    static const QString &allTriggers(); // "ALL": every event
};

} // namespace sinch::rules
