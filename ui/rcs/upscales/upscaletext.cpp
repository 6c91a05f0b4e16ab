#include "upscaletext.h"

#include "domain/countrynames.h"
#include "domain/enumtext.h"
#include "domain/jsonpath.h"


namespace sinch::ui {

QString UpscaleText::state(const QString &state)
{
    if (state == QLatin1String("UPSCALING"))
        return tr("Upscaling: joining the SMS number");
    if (state == QLatin1String("UPSCALED"))
        return tr("Upscaled: RCS with SMS fallback");
    if (state == QLatin1String("UPSCALING_FAILED"))
        return tr("Upscaling failed: retry it");
    if (state == QLatin1String("DOWNSCALING"))
        return tr("Downscaling: detaching the SMS number");
    if (state == QLatin1String("DOWNSCALING_FAILED"))
        return tr("Downscaling failed: retry it");
    return EnumText::words(state);
}

bool UpscaleText::failed(const QString &state)
{
    return state.endsWith(QLatin1String("_FAILED"));
}

bool UpscaleText::working(const QString &state)
{
    return state == QLatin1String("UPSCALING") || state == QLatin1String("DOWNSCALING");
}

QString UpscaleText::describe(const QJsonObject &upscale, const QString &senderName)
{
    const QString country = CountryNames::display(upscale.value(QLatin1String("countryCode")).toString());
    QString number = JsonPath::value(upscale, QStringLiteral("details.sms.details.number")).toString();
    if (number.isEmpty())
        number = JsonPath::value(upscale, QStringLiteral("details.sms.numberId")).toString();
    const QString app = JsonPath::value(upscale, QStringLiteral("details.convApp.appId")).toString();
    const QString senderId = JsonPath::value(upscale, QStringLiteral("details.rcs.senderId")).toString();
    QString text = tr("RCS sender %1 joined to SMS number %2 in %3: %4.")
                       .arg(senderName.isEmpty() ? senderId : tr("%1 (%2)").arg(senderName, senderId), number, country,
                            state(upscale.value(QLatin1String("state")).toString()));
    if (!app.isEmpty())
        text += QLatin1Char(' ') + tr("Conversation API app: %1.").arg(app);
    return text;
}

} // namespace sinch::ui
