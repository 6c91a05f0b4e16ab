#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace sinch::ui {

// The three themes of View → Theme on the Fusion style. Qt 6.4 has no colour-scheme API,
// so "System" keeps the palette the platform gave at start-up and Dark is a palette of
// our own. Remembered in QSettings under "ui/theme".
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::Theme)
public:
    enum Mode { System, Light, Dark };

    // Call once before the first apply(): remembers the platform's palette for System.
    static void captureSystemPalette();
    static void apply(Mode mode);
    static Mode current();
    // True when the palette in use has a dark window background.
    static bool isDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

    static QString toString(Mode mode);           // "system" / "light" / "dark"
    static Mode fromString(const QString &text);  // unknown -> System
    static QString displayName(Mode mode);
};

} // namespace sinch::ui
