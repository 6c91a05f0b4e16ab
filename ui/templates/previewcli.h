#pragma once

#include "previewoptions.h"

#include <QJsonObject>
#include <QStringList>

namespace sinch::ui {

// The words after "preview", parsed and checked; a pure function (the fuzzer calls it).
struct PreviewArguments
{
    QString file;
    QString output;
    PreviewOptions::Theme theme = PreviewOptions::Theme::Light;
    bool rawVariables = false;
    qreal scale = 1; // finite, 0.5 to 4
    QString channel; // empty: told from the file; else whatsapp or kakaotalk
    QJsonObject examples;
    QString channelName;
    QString helpText; // --help: what to print (exit code 0)
    QString error;    // a usage error (exit code 2)
};
PreviewArguments parsePreviewArguments(const QStringList &args);

// `sinch-console preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]
// [--channel whatsapp|kakaotalk] [--example NAME=VALUE]... [--channel-name NAME]`: reads a
// WhatsApp or KakaoTalk template (the contract's create-request shapes; the channel told
// from the fields as `lint` does unless --channel forces it), validates it (schema and
// rules) to mark the findings, renders it as the phone shows it and writes a PNG.
// KakaoTalk's examples of #{variables} are not part of the template: --example gives them.
//
// `args` are the words after "preview". The caller creates the application object first:
// a QGuiApplication (or QApplication) is needed for fonts; with QT_QPA_PLATFORM=offscreen
// no display is needed. Returns 0 on success, 1 when the file cannot be read, is not a
// JSON object or the image cannot be written, 2 on a usage error.
int runPreviewCli(const QStringList &args);

} // namespace sinch::ui
