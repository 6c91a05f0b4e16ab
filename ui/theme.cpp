#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace sinch::ui {

namespace {
QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}
bool &captured()
{
    static bool done = false;
    return done;
}
Theme::Mode &currentMode()
{
    static Theme::Mode mode = Theme::System;
    return mode;
}
} // namespace

void Theme::captureSystemPalette()
{
    if (captured())
        return;
    systemPalette() = QApplication::palette();
    captured() = true;
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xc8));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xa9, 0x8b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x46, 0x4a));
    return p;
}

void Theme::apply(Mode mode)
{
    captureSystemPalette();
    currentMode() = mode;
    switch (mode) {
    case System:
        QApplication::setPalette(systemPalette());
        break;
    case Light:
        QApplication::setPalette(lightPalette());
        break;
    case Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Mode Theme::current()
{
    return currentMode();
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Light;
    if (text == QLatin1String("dark"))
        return Dark;
    return System;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Light: return tr("Light");
    case Dark: return tr("Dark");
    case System: break;
    }
    return tr("System");
}

} // namespace sinch::ui
