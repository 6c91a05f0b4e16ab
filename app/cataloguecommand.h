#pragma once

#include <QStringList>

namespace sinch::app {

// `sinch-console catalogue --project ID -o FILE.pdf [--state S]... [--category C]...
// [--language L]... [--dark]` (+ the project options of CommandLineProject): reads every
// WhatsApp template of the project, keeps those matching the filters (values from the
// contract) and writes their previews as a PDF contact sheet (TemplateCatalogueWriter).
// `args` are the words after "catalogue"; needs a QGuiApplication (fonts). Returns 0 on
// success, 1 when the project cannot be read or the file written, 2 on a usage error.
int runCatalogueCommand(const QStringList &args);

} // namespace sinch::app
