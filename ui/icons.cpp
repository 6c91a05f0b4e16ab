#include "icons.h"

#include <QApplication>
#include <QFile>

namespace sinch::ui {

QIcon Icons::get(const QString &name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(path))
        return QIcon(path);
    const QIcon themed = QIcon::fromTheme(name);
    if (!themed.isNull())
        return themed;
    if (fallback != QStyle::SP_CustomBase)
        return QApplication::style()->standardIcon(fallback);
    return QIcon();
}

} // namespace sinch::ui
