#pragma once

#include <QString>

namespace sinch::app {

// Where a start's time goes, for the startup benchmark (SINCH_EXIT_WHEN_READY): milliseconds
// since main() began at each step (the application, the window built and shown, its first
// paint, the emulator listening and seeded, the contract read), from any thread. Marks cost
// nothing unless the benchmark asks for them.
class StartupClock
{
public:
    static void start(); // at the top of main()
    static qint64 elapsed();
    static void mark(const char *step);
    // "application 9, contract 14, …" in the order the steps happened.
    static QString steps();
};

} // namespace sinch::app
