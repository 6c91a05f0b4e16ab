#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sinch::app {

// What the command line asks of the GUI: the built-in sandbox, its faults and review delay.
struct ConsoleOptions
{
    bool sandbox = false;
    QString faults;
    std::optional<double> reviewDelay; // seconds, finite and not negative
};

// The outcome of parsing: an exit code when the program is done (help, version, a usage
// error) with what to print, else the options the GUI starts with.
struct CommandLine
{
    std::optional<int> exitCode;
    QString output; // for stdout
    QString error;  // for stderr, without the "sinch-console: " prefix
    ConsoleOptions options;
};

// Parses the GUI's command line (`arguments` with the program's name first, as
// QCoreApplication::arguments() gives it). Qt's own single-dash options (-platform,
// -qwindowgeometry ...) pass. A pure function of its input (the fuzzer calls it); needs a
// QCoreApplication for the translations of its texts.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace sinch::app
