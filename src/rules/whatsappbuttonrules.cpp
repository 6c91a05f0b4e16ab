#include "whatsappbuttonrules.h"

#include "findingcollector.h"
#include "firstseen.h"
#include "whatsapptemplaterules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace sinch::rules {

namespace {

using Collector = FindingCollector;
constexpr auto at = [](const QString &base, const auto &key) { return FindingCollector::at(base, key); };
const QLatin1String kAuth("AUTHENTICATION");

QString buttonType(const QJsonObject &b) { return b.value(QLatin1String("type")).toString(); }

} // namespace

void WhatsappButtonRules::check(Collector &c, const QString &path, const QJsonArray &buttons, const QString &category, bool inCard)
{
    const QString listPath = at(path, QStringLiteral("buttons"));
    const int maxButtons = inCard ? 2 : 10;
    if (buttons.isEmpty() && c.submit())
        c.error(listPath, "wa.buttons.count", WhatsappTemplateRules::tr("Add at least one button, or remove the buttons part."));
    if (buttons.size() > maxButtons)
        c.error(listPath, inCard ? "wa.card.buttons.count" : "wa.buttons.count",
                WhatsappTemplateRules::tr("At most %1 buttons are allowed; remove %2.").arg(maxButtons).arg(buttons.size() - maxButtons));
    FirstSeen textSeen;
    int urls = 0, phones = 0, otps = 0;
    bool quickBlockClosed = false, sawQuick = false;
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        const QString bp = at(listPath, i);
        const QString type = buttonType(b);
        const QString text = b.value(QLatin1String("text")).toString();
        if (inCard && type != QLatin1String("URL") && type != QLatin1String("QUICK_REPLY") && type != QLatin1String("PHONE_NUMBER"))
            c.error(at(bp, QStringLiteral("type")), "wa.card.buttons.kind",
                    WhatsappTemplateRules::tr("Card buttons can only be quick replies, URLs or phone numbers."));
        if (text.isEmpty()) {
            if (c.submit() || type == QLatin1String("FLOW"))
                c.error(at(bp, QStringLiteral("text")), "wa.button.text.required", WhatsappTemplateRules::tr("Give the button a label."));
        } else if (text.size() > 25) {
            c.error(at(bp, QStringLiteral("text")), "wa.button.text.length",
                    WhatsappTemplateRules::tr("Button labels are at most 25 characters; this one has %1.").arg(text.size()));
        }
        if (!text.isEmpty()) {
            if (textSeen.contains(text))
                c.error(at(bp, QStringLiteral("text")), "wa.button.text.unique",
                        WhatsappTemplateRules::tr("Another button (%1) already says \"%2\": labels must differ.").arg(textSeen.indexOf(text) + 1).arg(text));
            else
                textSeen.insert(text, i);
        }
        // Quick replies stay together, not interleaved with other kinds.
        if (type == QLatin1String("QUICK_REPLY")) {
            if (quickBlockClosed)
                c.error(at(bp, QStringLiteral("type")), "wa.buttons.grouping",
                        WhatsappTemplateRules::tr("Keep the quick replies together: move this one next to the other quick replies."));
            sawQuick = true;
        } else if (sawQuick) {
            quickBlockClosed = true;
        }
        if (type == QLatin1String("URL")) {
            ++urls;
            const QString url = b.value(QLatin1String("url")).toString();
            if (url.isEmpty()) {
                if (c.submit())
                    c.error(at(bp, QStringLiteral("url")), "wa.button.url.required", WhatsappTemplateRules::tr("Enter the web address the button opens."));
            } else {
                const QList<int> vars = WhatsappTemplateRules::variables(url);
                static const QRegularExpression tail(QStringLiteral("\\{\\{1\\}\\}$"));
                if (!vars.isEmpty() && (vars != QList<int>{1} || !tail.match(url).hasMatch()))
                    c.error(at(bp, QStringLiteral("url")), "wa.button.url.variable",
                            WhatsappTemplateRules::tr("A URL can only have one variable, {{1}}, at its very end."));
                const QUrl u(QString(url).remove(QStringLiteral("{{1}}")));
                if (!u.isValid() || u.host().isEmpty() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
                    c.error(at(bp, QStringLiteral("url")), "wa.button.url.invalid", WhatsappTemplateRules::tr("Enter a full web address starting with https://."));
                else if (WhatsappTemplateRules::isRestrictedDomain(u))
                    c.error(at(bp, QStringLiteral("url")), "wa.button.url.restricted",
                            WhatsappTemplateRules::tr("WhatsApp refuses links to %1: link to your own site.").arg(u.host()));
                if (!vars.isEmpty()) {
                    const QString example = b.value(QLatin1String("example")).toString();
                    if (example.isEmpty()) {
                        if (c.submit())
                            c.error(at(bp, QStringLiteral("example")), "wa.button.url.example",
                                    WhatsappTemplateRules::tr("Give a full example URL with a value in place of {{1}}."));
                    } else if (!QUrl(example).isValid() || QUrl(example).host().isEmpty() || example.contains(QLatin1String("{{"))) {
                        c.error(at(bp, QStringLiteral("example")), "wa.button.url.example",
                                WhatsappTemplateRules::tr("The example must be the full URL with a value in place of {{1}}."));
                    }
                }
            }
        } else if (type == QLatin1String("PHONE_NUMBER")) {
            ++phones;
            const QString phone = b.value(QLatin1String("phoneNumber")).toString();
            static const QRegularExpression e164(QStringLiteral("^\\+?[1-9]\\d{5,14}$"));
            if (phone.isEmpty()) {
                if (c.submit())
                    c.error(at(bp, QStringLiteral("phoneNumber")), "wa.button.phone.required", WhatsappTemplateRules::tr("Enter the phone number to call."));
            } else if (!e164.match(QString(phone).remove(QLatin1Char(' '))).hasMatch()) {
                c.error(at(bp, QStringLiteral("phoneNumber")), "wa.button.phone.format",
                        WhatsappTemplateRules::tr("Write the number in international form, e.g. +46701234567."));
            }
        } else if (type == QLatin1String("OTP")) {
            ++otps;
            if (category != kAuth)
                c.error(at(bp, QStringLiteral("type")), "wa.button.otp.category",
                        WhatsappTemplateRules::tr("One-time-password buttons belong in AUTHENTICATION templates only."));
            const QString otpType = b.value(QLatin1String("otpType")).toString();
            if (otpType.isEmpty())
                c.error(at(bp, QStringLiteral("otpType")), "wa.button.otp.type", WhatsappTemplateRules::tr("Choose copy code, one tap or zero tap."));
            if (b.value(QLatin1String("autofillText")).toString().size() > 25)
                c.error(at(bp, QStringLiteral("autofillText")), "wa.button.otp.autofill", WhatsappTemplateRules::tr("The autofill label is at most 25 characters."));
            if (otpType == QLatin1String("ONE_TAP") || otpType == QLatin1String("ZERO_TAP")) {
                const QJsonArray apps = b.value(QLatin1String("supportedApps")).toArray();
                const bool legacy = b.contains(QLatin1String("packageName")) || b.contains(QLatin1String("signatureHash"));
                if (legacy)
                    c.warning(at(bp, QStringLiteral("packageName")), "wa.button.otp.legacy",
                              WhatsappTemplateRules::tr("packageName and signatureHash on the button are deprecated: move them into supported apps."));
                if (apps.isEmpty() && !legacy && c.submit())
                    c.error(at(bp, QStringLiteral("supportedApps")), "wa.button.otp.apps",
                            WhatsappTemplateRules::tr("One-tap and zero-tap codes need your Android app: add its package name and signature hash."));
                for (int a = 0; a < apps.size(); ++a) {
                    const QJsonObject app = apps.at(a).toObject();
                    for (const char *key : {"packageName", "signatureHash"}) {
                        if (app.value(QLatin1String(key)).toString().isEmpty())
                            c.error(at(at(at(bp, QStringLiteral("supportedApps")), a), QLatin1String(key)), "wa.button.otp.app",
                                    WhatsappTemplateRules::tr("Each supported app needs a package name and a signature hash."));
                    }
                }
                if (otpType == QLatin1String("ZERO_TAP") && !b.value(QLatin1String("zeroTapTermsAccepted")).toBool())
                    c.error(at(bp, QStringLiteral("zeroTapTermsAccepted")), "wa.button.otp.terms",
                            WhatsappTemplateRules::tr("Zero-tap codes need you to accept WhatsApp's zero-tap terms."));
            }
        } else if (type == QLatin1String("FLOW")) {
            static const QRegularExpression digits(QStringLiteral("^\\d{1,30}$"));
            if (!digits.match(b.value(QLatin1String("flowId")).toString()).hasMatch())
                c.error(at(bp, QStringLiteral("flowId")), "wa.button.flow.id", WhatsappTemplateRules::tr("Pick a flow: its ID is 1 to 30 digits."));
            const QString action = b.value(QLatin1String("flowAction")).toString();
            if (action != QLatin1String("DATA_EXCHANGE") && action != QLatin1String("NAVIGATE"))
                c.error(at(bp, QStringLiteral("flowAction")), "wa.button.flow.action", WhatsappTemplateRules::tr("Choose the flow action: data exchange or navigate."));
            const QString screen = b.value(QLatin1String("navigateScreen")).toString();
            if (action == QLatin1String("NAVIGATE") && screen.isEmpty())
                c.error(at(bp, QStringLiteral("navigateScreen")), "wa.button.flow.screen", WhatsappTemplateRules::tr("Choose the screen the flow opens on."));
            if (screen.size() > 432)
                c.error(at(bp, QStringLiteral("navigateScreen")), "wa.button.flow.screen", WhatsappTemplateRules::tr("The screen ID is at most 432 characters."));
        }
    }
    if (urls > 2)
        c.error(listPath, "wa.buttons.url.count", WhatsappTemplateRules::tr("At most 2 URL buttons are allowed; this has %1.").arg(urls));
    if (phones > 1)
        c.error(listPath, "wa.buttons.phone.count", WhatsappTemplateRules::tr("At most 1 phone number button is allowed; this has %1.").arg(phones));
    if (!inCard && category == kAuth && otps != 1 && (c.submit() || otps > 1))
        c.error(listPath, "wa.auth.otp", otps == 0 ? WhatsappTemplateRules::tr("Authentication templates need a one-time-password button.")
                                                   : WhatsappTemplateRules::tr("Authentication templates have exactly one one-time-password button."));
}

} // namespace sinch::rules
