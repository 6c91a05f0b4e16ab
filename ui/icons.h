#pragma once

#include <QIcon>
#include <QString>
#include <QStyle>

namespace sinch::ui {

// Icons come from the application's SVGs (":/icons/NAME.svg"), then the desktop theme,
// then the application's own drawing of a theme name, then the style's standard pixmap,
// so a missing file never leaves a blank button.
class Icons
{
public:
    static QIcon get(const QString &name, QStyle::StandardPixmap fallback = QStyle::SP_CustomBase);
    // The application style's standard icon, made once (the GUI thread's, as every icon).
    static QIcon standard(QStyle::StandardPixmap pixmap);
};

} // namespace sinch::ui
