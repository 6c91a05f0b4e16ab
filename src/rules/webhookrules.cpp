#include "webhookrules.h"

#include "contractlimits.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace sinch::rules {

namespace {

const QString kTarget = QStringLiteral("target");
const QString kSecret = QStringLiteral("secret");
const QString kTriggers = QStringLiteral("triggers");

WebhookRules::Limits readLimits()
{
    WebhookRules::Limits l;
    const QJsonObject props = ContractLimits::properties(QStringLiteral("WebhookWebhookInputDto"));
    const QJsonObject target = props.value(kTarget).toObject();
    const QJsonObject secret = props.value(kSecret).toObject();
    l.targetMin = ContractLimits::intOf(target, "minLength", l.targetMin);
    l.targetMax = ContractLimits::intOf(target, "maxLength", l.targetMax);
    l.secretMin = ContractLimits::intOf(secret, "minLength", l.secretMin);
    l.secretMax = ContractLimits::intOf(secret, "maxLength", l.secretMax);
    const QJsonObject items = ContractLimits::property(props.value(kTriggers).toObject(), QStringLiteral("items"));
    l.triggers = ContractLimits::enumOf(items);
    return l;
}

Finding error(const QString &path, const QString &message, const char *rule)
{
    return Finding{path, Severity::Error, message, QLatin1String(rule), QString()};
}

Finding warning(const QString &path, const QString &message, const char *rule)
{
    return Finding{path, Severity::Warning, message, QLatin1String(rule), QString()};
}

} // namespace

const WebhookRules::Limits &WebhookRules::limits()
{
    static const Limits l = readLimits();
    return l;
}

const QString &WebhookRules::allTriggers()
{
    static const QString all = QStringLiteral("ALL");
    return all;
}

QList<Finding> WebhookRules::check(const QJsonObject &webhook, Mode mode)
{
    const Limits &l = limits();
    QList<Finding> out;

    // Target: a URL the server can call securely. An update may leave it out (unchanged).
    const QString target = webhook.value(kTarget).toString();
    if (target.trimmed().isEmpty()) {
        if (mode != Mode::Update || webhook.contains(kTarget))
            out << error(kTarget, tr("Enter the URL the events are sent to (https://…)."), "webhook.target.required");
    } else {
        const QUrl url(target, QUrl::StrictMode);
        if (target.size() > l.targetMax)
            out << error(kTarget, tr("The URL is %1 characters long; at most %2 are allowed.").arg(target.size()).arg(l.targetMax),
                         "webhook.target.length");
        if (target != target.trimmed() || target.contains(QLatin1Char(' ')))
            out << error(kTarget, tr("The URL may not contain spaces."), "webhook.target.spaces");
        else if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
            out << error(kTarget, tr("This is not a valid URL. Write it in full, e.g. https://example.com/callback."),
                         "webhook.target.invalid");
        else if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
            out << error(kTarget, tr("The URL must start with https://: events carry project data and are only sent encrypted."),
                         "webhook.target.https");
    }

    // Secret: required when the whole webhook is sent; never quoted in a message.
    const QString secret = webhook.value(kSecret).toString();
    if (secret.isEmpty()) {
        if (mode != Mode::Update)
            out << error(kSecret, mode == Mode::Replace
                                      ? tr("Replacing the webhook sends every field: enter its secret again.")
                                      : tr("Enter a secret: the server signs every event with it so you can verify them."),
                         "webhook.secret.required");
    } else if (secret.size() < l.secretMin || secret.size() > l.secretMax) {
        out << error(kSecret, tr("The secret is %1 characters long; it must have %2 to %3.")
                                  .arg(secret.size()).arg(l.secretMin).arg(l.secretMax),
                     "webhook.secret.length");
    } else if (secret.size() < kShortSecret) {
        out << warning(kSecret, tr("A secret this short is easy to guess: use at least %1 random characters.").arg(kShortSecret),
                       "webhook.secret.short");
    }

    // Triggers: at least one, each known to the contract, none twice.
    const QJsonArray triggers = webhook.value(kTriggers).toArray();
    if (triggers.isEmpty() && (mode != Mode::Update || webhook.contains(kTriggers)))
        out << error(kTriggers, tr("Choose at least one event (ALL for every event)."), "webhook.triggers.required");
    QSet<QString> seen;
    for (int i = 0; i < triggers.size(); ++i) {
        const QString t = triggers.at(i).toString();
        const QString path = kTriggers + QLatin1Char('.') + QString::number(i);
        if (!l.triggers.contains(t))
            out << error(path, tr("“%1” is not an event the server knows.").arg(t), "webhook.triggers.unknown");
        else if (seen.contains(t))
            out << error(path, tr("“%1” is listed twice.").arg(t), "webhook.triggers.duplicate");
        seen.insert(t);
    }
    if (seen.contains(allTriggers()) && seen.size() > 1)
        out << warning(kTriggers, tr("ALL already sends every event; the other events chosen add nothing."),
                       "webhook.triggers.redundant");
    return out;
}

} // namespace sinch::rules
