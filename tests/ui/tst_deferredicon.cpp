// Icons::get hands out icons looked up when first drawn (DeferredIconEngine): nothing is
// read before, the drawn icon is the one the lookup finds, and copies share one lookup.
#include "deferredicon.h"
#include "icons.h"
#include "services/areacatalog.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

using namespace sinch::ui;

class TestDeferredIcon : public QObject
{
    Q_OBJECT

private slots:
    void looksUpOnceWhenFirstDrawn()
    {
        int lookups = 0;
        QPixmap red(16, 16);
        red.fill(Qt::red);
        const QIcon icon = DeferredIconEngine::icon([&] {
            ++lookups;
            return QIcon(red);
        });
        const QIcon copy = icon; // as a QAction keeps it
        QCOMPARE(lookups, 0);
        const QImage drawn = copy.pixmap(16, 16).toImage();
        QCOMPARE(lookups, 1);
        QCOMPARE(drawn.pixelColor(8, 8), QColor(Qt::red));
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(16, 16));
        QCOMPARE(lookups, 1);
    }

    void paintsWhatTheLookupFound()
    {
        QPixmap blue(16, 16);
        blue.fill(Qt::blue);
        const QIcon icon = DeferredIconEngine::icon([&] { return QIcon(blue); });
        QImage canvas(32, 32, QImage::Format_ARGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        icon.paint(&painter, QRect(0, 0, 32, 32));
        painter.end();
        QCOMPARE(canvas.pixelColor(16, 16), QColor(Qt::blue));
    }

    void aMissingIconIsNull()
    {
        const QIcon icon = DeferredIconEngine::icon([] { return QIcon(); });
        QVERIFY(icon.isNull());
        QVERIFY(icon.pixmap(16, 16).isNull());
    }

    void iconsGetFallsBackToTheStyleWhenDrawn()
    {
        const QIcon none = Icons::get(QStringLiteral("sinch-no-such-icon"));
        QVERIFY(none.isNull());
        const QIcon fallback = Icons::get(QStringLiteral("sinch-no-such-icon-either"), QStyle::SP_DialogOkButton);
        QVERIFY(!fallback.isNull());
        const QImage ours = fallback.pixmap(16, 16).toImage();
        const QImage style = QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage();
        QCOMPARE(ours, style);
        // The console's own icons are files of its resources.
        QVERIFY(!Icons::get(QStringLiteral("add")).isNull());
        // Two names with one fallback share one standard icon, made once.
        QCOMPARE(Icons::standard(QStyle::SP_DialogOkButton).cacheKey(), Icons::standard(QStyle::SP_DialogOkButton).cacheKey());
    }

    // The freedesktop names the console uses (toolbar, secret field), without an icon theme (as here), are drawn by the
    // console's own icons, not by the style's generic pixmaps.
    void themeNamesFallBackToTheConsolesOwnDrawings()
    {
        const QList<QPair<QString, QString>> drawings = {{QStringLiteral("list-add"), QStringLiteral("add")},
                                                         {QStringLiteral("view-refresh"), QStringLiteral("refresh")},
                                                         {QStringLiteral("edit-find"), QStringLiteral("search")},
                                                         {QStringLiteral("view-visible"), QStringLiteral("eye")}};
        for (const auto &[themeName, own] : drawings) {
            if (!QIcon::fromTheme(themeName).isNull())
                QSKIP("The desktop has an icon theme: the theme draws these names.");
            const QImage drawn = Icons::get(themeName, QStyle::SP_FileIcon).pixmap(24, 24).toImage();
            QVERIFY2(!drawn.isNull(), qPrintable(themeName));
            QCOMPARE(drawn, QIcon(QStringLiteral(":/icons/%1.svg").arg(own)).pixmap(24, 24).toImage());
        }
    }

    // Every area of the navigation has a drawing of its own among the console's icons (no
    // area falls back to the style's generic file icon), and it draws.
    void everyAreaHasItsOwnIcon()
    {
        for (const sinch::Area &area : sinch::AreaCatalog::areas()) {
            const QString path = QStringLiteral(":/icons/%1.svg").arg(area.iconName);
            QVERIFY2(QFile::exists(path), qPrintable(area.id + QStringLiteral(": no ") + path));
            const QImage drawn = Icons::get(area.iconName).pixmap(16, 16).toImage();
            QVERIFY2(!drawn.isNull(), qPrintable(area.id));
            bool inked = false;
            for (int y = 0; y < drawn.height() && !inked; ++y)
                for (int x = 0; x < drawn.width() && !inked; ++x)
                    inked = qAlpha(drawn.pixel(x, y)) > 0;
            QVERIFY2(inked, qPrintable(area.id + QStringLiteral(": its icon draws nothing")));
        }
    }
};

QTEST_MAIN(TestDeferredIcon)
#include "tst_deferredicon.moc"
