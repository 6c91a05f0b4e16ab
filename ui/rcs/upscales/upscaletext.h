#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sinch::ui {

// An RCS upscale as a person reads it: its state (RcsPublicUpscaleStates, every value)
// and one sentence for the whole upscale.
class UpscaleText
{
    Q_DECLARE_TR_FUNCTIONS(UpscaleText)
public:
    static QString state(const QString &state);
    // UPSCALING_FAILED, DOWNSCALING_FAILED: Retry applies.
    static bool failed(const QString &state);
    // UPSCALING, DOWNSCALING: the server is still working.
    static bool working(const QString &state);
    // "RCS sender … joined to SMS number +44… in United Kingdom (GB): Upscaled."
    // `senderName`, when known, is shown with the sender's ID.
    static QString describe(const QJsonObject &upscale, const QString &senderName = QString());
};

} // namespace sinch::ui
