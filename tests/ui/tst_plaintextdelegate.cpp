// PlainTextDelegate draws a list's cells exactly as QStyledItemDelegate does (the same pixels,
// for elided, aligned, coloured, selected and focused cells, in a tree with name rows), lays a
// cell's text out once for as long as it is shown, and hands cells it does not lay out itself
// (icons, check boxes, several lines, the focused one, right-to-left) to QStyledItemDelegate.
#include "plaintextdelegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace sinch::ui;

namespace {

QStandardItemModel *listModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("State"), QStringLiteral("Sent")});
    for (int row = 0; row < 12; ++row) {
        auto *name = new QStandardItem(QStringLiteral("order_update_%1_with_a_name_longer_than_its_column").arg(row));
        auto *state = new QStandardItem(row % 3 == 0 ? QStringLiteral("Rejected") : QStringLiteral("Approved"));
        if (row % 3 == 0)
            state->setForeground(QColor(0xc0, 0x1c, 0x1c));
        auto *sent = new QStandardItem(QString::number(row * 1234));
        sent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (row == 4) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        if (row % 4 == 1) // a name row with its languages
            name->appendRow({new QStandardItem(QStringLiteral("en_US")), new QStandardItem(QStringLiteral("Paused")),
                             new QStandardItem(QStringLiteral("7"))});
        model->appendRow({name, state, sent});
    }
    return model;
}

QImage render(QTreeView &view)
{
    view.expandAll();
    QCoreApplication::processEvents();
    return view.viewport()->grab().toImage();
}

// The view as QStyledItemDelegate draws it, then as the given delegate does: one view, so that
// focus, size and selection are the same for both.
std::pair<QImage, QImage> renderBoth(QTreeView &view, QAbstractItemDelegate *delegate)
{
    QStyledItemDelegate styled;
    view.setItemDelegate(&styled);
    const QImage expected = render(view);
    view.setItemDelegate(delegate);
    return {expected, render(view)};
}

bool samePixels(const std::pair<QImage, QImage> &images, const char *what)
{
    if (images.first == images.second)
        return true;
    images.second.save(QDir::temp().filePath(QStringLiteral("plaintextdelegate-%1-drawn.png").arg(QLatin1String(what))));
    images.first.save(QDir::temp().filePath(QStringLiteral("plaintextdelegate-%1-expected.png").arg(QLatin1String(what))));
    qWarning("%s: the delegate's cells differ from QStyledItemDelegate's (both saved in the temp folder)", what);
    return false;
}

} // namespace

class TestPlainTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheSamePixelsAsTheStyledDelegate()
    {
        QTreeView view;
        QStandardItemModel *model = listModel(&view);
        view.setModel(model);
        view.setUniformRowHeights(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setAlternatingRowColors(true); // as a ListPage's view
        view.setAllColumnsShowFocus(true);
        view.header()->resizeSection(0, 190);
        view.header()->resizeSection(1, 70);
        view.header()->resizeSection(2, 80);
        view.resize(420, 360);
        auto *delegate = new PlainTextDelegate(&view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model->index(3, 1));
        view.selectionModel()->select(model->index(6, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(samePixels(renderBoth(view, delegate), "list"));
        QVERIFY(delegate->cachedTexts() > 0);

        // A narrower column elides to a new width: laid out again, and still the same pixels.
        view.header()->resizeSection(0, 120);
        QVERIFY(samePixels(renderBoth(view, delegate), "narrower"));
        // Right to left.
        view.setLayoutDirection(Qt::RightToLeft);
        QVERIFY(samePixels(renderBoth(view, delegate), "rtl"));
        view.setLayoutDirection(Qt::LeftToRight);
        // Focus on its cell alone.
        view.setAllColumnsShowFocus(false);
        QVERIFY(samePixels(renderBoth(view, delegate), "cellfocus"));
        // Without focus (inactive colours).
        view.clearFocus();
        view.setCurrentIndex(QModelIndex());
        QVERIFY(samePixels(renderBoth(view, delegate), "unfocused"));

        // A changed cell shows its new text, never the one laid out before.
        model->item(0, 0)->setText(QStringLiteral("renamed"));
        model->item(2, 1)->setText(QStringLiteral("Paused"));
        QVERIFY(samePixels(renderBoth(view, delegate), "changed"));
    }

    void laysOutEachShownTextOnce()
    {
        QStandardItemModel model(0, 1);
        for (int row = 0; row < 5; ++row)
            model.appendRow(new QStandardItem(QStringLiteral("row %1").arg(row)));
        QTreeView view;
        auto *delegate = new PlainTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.setFocusPolicy(Qt::NoFocus); // a focused cell is the style's to paint
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        render(view);
        QCOMPARE(delegate->cachedTexts(), 5);
        render(view); // repainted: nothing new to lay out
        QCOMPARE(delegate->cachedTexts(), 5);
        model.item(2)->setText(QStringLiteral("row two"));
        render(view);
        QCOMPARE(delegate->cachedTexts(), 6);
    }

    void leavesIconsChecksAndLinesToTheStyledDelegate()
    {
        QStandardItemModel model(0, 1);
        auto *checked = new QStandardItem(QStringLiteral("checked"));
        checked->setCheckable(true);
        checked->setCheckState(Qt::Checked);
        QPixmap dot(12, 12);
        dot.fill(Qt::blue);
        auto *icon = new QStandardItem(QIcon(dot), QStringLiteral("with icon"));
        auto *lines = new QStandardItem(QStringLiteral("first line\nsecond line"));
        model.appendRow(checked);
        model.appendRow(icon);
        model.appendRow(lines);
        QTreeView view;
        auto *delegate = new PlainTextDelegate(&view);
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(samePixels(renderBoth(view, delegate), "icons"));
        QCOMPARE(delegate->cachedTexts(), 0);
    }
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
