// ShrinkableComboBox: a filter row's combo box is as wide as its longest item where there is
// room and gives way where there is not, its list still as wide as its longest item; the
// templates page's filter row, made of them, fits a narrow window.
#include "shrinkablecombobox.h"
#include "templates/list/templatefilterbar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QTest>

using namespace sinch::ui;

class TestShrinkableComboBox : public QObject
{
    Q_OBJECT

private slots:
    void widestWhereThereIsRoomNarrowerWhereNot()
    {
        QWidget row;
        auto *layout = new QHBoxLayout(&row);
        auto *box = new ShrinkableComboBox;
        box->addItems({QStringLiteral("Any changes"), QStringLiteral("Pending changes rejected by the reviewer")});
        layout->addWidget(box);
        QVERIFY(box->minimumSizeHint().width() < box->sizeHint().width());

        row.resize(box->sizeHint().width() + 200, 40);
        row.show();
        QVERIFY(QTest::qWaitForWindowExposed(&row));
        QVERIFY(box->width() >= box->sizeHint().width()); // room: at least its longest item's width

        row.resize(box->minimumSizeHint().width() + 30, 40);
        QTRY_VERIFY(box->width() < box->sizeHint().width()); // no room: it gives way
        QVERIFY(box->geometry().right() < row.width());
        const QImage drawn = box->grab().toImage();
        QVERIFY(!drawn.isNull());

        // Its list opens as wide as its longest item all the same.
        box->showPopup();
        QAbstractItemView *list = box->view();
        QTRY_VERIFY(list->isVisible());
        QVERIFY2(list->width() >= list->sizeHintForColumn(0),
                 qPrintable(QStringLiteral("%1 < %2").arg(list->width()).arg(list->sizeHintForColumn(0))));
        box->hidePopup();
    }

    // The templates page's filter row asks for less room than its combo boxes' longest items
    // take side by side: a window narrower than that still shows the whole row.
    void theTemplatesFilterRowFitsANarrowWindow()
    {
        TemplateFilterBar bar;
        int widest = 0;
        for (const QComboBox *box : bar.findChildren<QComboBox *>())
            widest += box->sizeHint().width();
        QVERIFY2(bar.minimumSizeHint().width() < widest, qPrintable(QStringLiteral("%1 %2").arg(bar.minimumSizeHint().width()).arg(widest)));
        bar.resize(bar.minimumSizeHint().width(), bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        for (const QWidget *child : bar.findChildren<QWidget *>()) {
            if (child->isVisible() && child->parentWidget() == &bar)
                QVERIFY2(child->geometry().right() < bar.width(), qPrintable(child->objectName()));
        }
    }
};

QTEST_MAIN(TestShrinkableComboBox)
#include "tst_shrinkablecombobox.moc"
