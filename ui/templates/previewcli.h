#pragma once

#include <QStringList>

namespace sinch::ui {

// `sinch-console preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]`: reads a
// WhatsApp template (the contract's create-request shape), validates it (schema and
// rules) to mark the findings, renders it as the phone shows it and writes a PNG.
//
// `args` are the words after "preview". The caller creates the application object first:
// a QGuiApplication (or QApplication) is needed for fonts; with QT_QPA_PLATFORM=offscreen
// no display is needed. Returns 0 on success, 1 when the file cannot be read, is not a
// JSON object or the image cannot be written, 2 on a usage error.
int runPreviewCli(const QStringList &args);

} // namespace sinch::ui
