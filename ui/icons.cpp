#include "icons.h"

#include "deferredicon.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPair>

namespace sinch::ui {

namespace {

// Where the desktop has no icon theme (or one without the name), the application's own
// drawing of a freedesktop name: crisp at every size, in the style of the other icons,
// and a few milliseconds cheaper at startup than a standard icon, whose every size Qt 6.4
// decodes when it is made.
QIcon ownDrawingOf(const QString &themeName)
{
    static const QHash<QString, QString> drawings = {
        {QStringLiteral("list-add"), QStringLiteral("add")},
        {QStringLiteral("view-refresh"), QStringLiteral("refresh")},
        {QStringLiteral("edit-find"), QStringLiteral("search")},
        {QStringLiteral("view-visible"), QStringLiteral("eye")},
    };
    const QString drawing = drawings.value(themeName);
    return drawing.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(drawing));
}

} // namespace

QIcon Icons::standard(QStyle::StandardPixmap pixmap)
{
    // Qt 6.4 decodes every size of a standard icon when it is made (16, 32 and 128 pixels:
    // 2M instructions apiece), and the navigation's areas share three of them.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(pixmap));
    if (it == cache.end())
        it = cache.insert(int(pixmap), QApplication::style()->standardIcon(pixmap));
    return it.value();
}

QIcon Icons::get(const QString &name, QStyle::StandardPixmap fallback)
{
    // Each icon is looked up once: the theme's search and the style's standard icons (a
    // dozen files each) cost a few milliseconds apiece, and windows ask for the same
    // icons over and over. Icons belong to the GUI thread, as does this cache.
    static QHash<QPair<QString, int>, QIcon> cache;
    const QPair<QString, int> key(name, int(fallback));
    const auto cached = cache.constFind(key);
    if (cached != cache.cend())
        return cached.value();
    // Looked up when first drawn (DeferredIconEngine): most icons sit in closed menus.
    const QIcon icon = DeferredIconEngine::icon([name, fallback] {
        QIcon found;
        const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
        if (QFile::exists(path))
            found = QIcon(path);
        if (found.isNull())
            found = QIcon::fromTheme(name);
        if (found.isNull())
            found = ownDrawingOf(name);
        if (found.isNull() && fallback != QStyle::SP_CustomBase)
            found = standard(fallback);
        return found;
    });
    cache.insert(key, icon);
    return icon;
}

} // namespace sinch::ui
