#include "kakaotalktemplateview.h"

#include <QHash>

namespace sinch {

namespace {

QString lookup(const QHash<QString, QString> &words, const QString &code)
{
    return words.value(code, code);
}

} // namespace

QString KakaotalkTemplateView::stateWord(const QString &state)
{
    const QHash<QString, QString> words{{QStringLiteral("APPROVED"), tr("Approved")},
                                        {QStringLiteral("REJECTED"), tr("Rejected")}};
    return lookup(words, state);
}

QString KakaotalkTemplateView::statusWord(const QString &status)
{
    const QHash<QString, QString> words{{QStringLiteral("DRAFT"), tr("Draft")},
                                        {QStringLiteral("IN_PROGRESS"), tr("In review")},
                                        {QStringLiteral("REJECTED"), tr("Changes rejected")}};
    return lookup(words, status);
}

QString KakaotalkTemplateView::stateText(const QJsonObject &t)
{
    const QString state = t.value(QLatin1String("state")).toString();
    const QString status = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
    if (state.isEmpty()) {
        // Never approved: the pending changes are all there is.
        if (status == QLatin1String("REJECTED"))
            return tr("Rejected");
        return statusWord(status);
    }
    const QString s = stateWord(state);
    if (status == QLatin1String("DRAFT"))
        return tr("%1 · draft changes").arg(s);
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("%1 · changes in review").arg(s);
    if (status == QLatin1String("REJECTED"))
        return tr("%1 · changes rejected").arg(s);
    return s;
}

QString KakaotalkTemplateView::messageTypeWord(const QString &type)
{
    const QHash<QString, QString> words{{QStringLiteral("BASIC"), tr("Basic")},
                                        {QStringLiteral("EXTRA_INFORMATION"), tr("With extra information")},
                                        {QStringLiteral("AD_INCLUDED"), tr("With advertising")},
                                        {QStringLiteral("MIXED"), tr("Extra information and advertising")}};
    return lookup(words, type);
}

QString KakaotalkTemplateView::emphasizeWord(const QString &type)
{
    const QHash<QString, QString> words{{QStringLiteral("EMPHASIZE_TYPE_NONE"), tr("No emphasis")},
                                        {QStringLiteral("EMPHASIZE_TYPE_TEXT"), tr("Emphasized title")},
                                        {QStringLiteral("EMPHASIZE_TYPE_IMAGE"), tr("Image")}};
    return lookup(words, type);
}

QString KakaotalkTemplateView::buttonTypeWord(const QString &type)
{
    const QHash<QString, QString> words{
        {QStringLiteral("WEB_LINK"), tr("Web link")},
        {QStringLiteral("APP_LINK"), tr("App link")},
        {QStringLiteral("DELIVERY_SEARCH"), tr("Delivery tracking")},
        {QStringLiteral("BOT_KEYWORD"), tr("Bot keyword")},
        {QStringLiteral("MESSAGE_DELIVERY"), tr("Message delivery")},
        {QStringLiteral("BOT_FOR_CONSULTATION"), tr("Talk to an agent")},
        {QStringLiteral("BOT_TRANSFER"), tr("Transfer to bot")},
        {QStringLiteral("CHANNEL_ID_ADDED"), tr("Add channel")},
        {QStringLiteral("BUSINESS_FORM"), tr("Business form")},
        {QStringLiteral("IMAGE_SECURE_TRANSMISSION_PLUGIN_ID"), tr("Secure image plugin")},
        {QStringLiteral("ONE_CLICK_PAYMENT_PLUGIN"), tr("One-click payment plugin")},
        {QStringLiteral("PERSONAL_INFORMATION_USE_PLUGIN_ID"), tr("Personal information plugin")}};
    return lookup(words, type);
}

QString KakaotalkTemplateView::linkWord(const QString &field)
{
    if (field == QLatin1String("linkMo"))
        return tr("Mobile link");
    if (field == QLatin1String("linkPc"))
        return tr("PC link");
    if (field == QLatin1String("schemeIos"))
        return tr("iOS app link");
    if (field == QLatin1String("schemeAndroid"))
        return tr("Android app link");
    return field;
}

QStringList KakaotalkTemplateView::linkFields(const QString &buttonType)
{
    if (buttonType == QLatin1String("WEB_LINK"))
        return {QStringLiteral("linkMo"), QStringLiteral("linkPc")};
    if (buttonType == QLatin1String("APP_LINK"))
        return {QStringLiteral("linkMo"), QStringLiteral("linkPc"), QStringLiteral("schemeIos"), QStringLiteral("schemeAndroid")};
    return {};
}

} // namespace sinch
