// The outline's rows carry their part's findings: an icon for the worst, the messages as
// tooltip. A finding counted again as a text is typed ("this one has 162") changes only
// the tooltip's words: the model says so (ToolTipRole) and the outline neither lays the
// row out nor paints it, while the tooltip reads the new words; an icon that comes, goes
// or changes colour is painted.
#include "templates/editor/outlinemodel.h"
#include "templates/editor/outlineview.h"
#include "paintrecorder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QJsonDocument>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>

using namespace sinch;
using namespace sinch::ui;

namespace {

QJsonObject carousel()
{
    QFile f(QStringLiteral(SINCH_PREVIEW_FIXTURES "/carousel.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no carousel fixture");
    return QJsonDocument::fromJson(f.readAll()).object();
}

rules::Finding cardTextTooLong(int length, rules::Severity severity = rules::Severity::Error)
{
    return {QStringLiteral("details.components.1.cards.1.components.1.text"), severity,
            QStringLiteral("Card texts are at most 160 characters; this one has %1.").arg(length),
            QStringLiteral("wa.card.body.length"), QString()};
}

using test::PaintRecorder;

// Whether the row shows a finding's icon (a row without one has a blank of the same size).
bool marked(const QAbstractItemModel &model, const QModelIndex &index)
{
    const QImage image = qvariant_cast<QIcon>(model.data(index, Qt::DecorationRole)).pixmap(16, 16).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

} // namespace

class TstOutlineFindings : public QObject
{
    Q_OBJECT

private slots:
    void aFindingCountedAgainChangesOnlyTheTooltip()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(carousel());
        OutlineView view(&model);
        view.resize(240, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintRecorder recorder(view.viewport());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex card = model.indexForPart(QStringLiteral("carousel/1"));
        QVERIFY(card.isValid());
        const auto settle = [&] {
            recorder.painted = QRegion();
            changed.clear();
            QTest::qWait(20);
        };

        // The finding comes: its rows (the card and the carousel above it) show the icon,
        // neither taller nor moved (the rows under the mouse stay where they were).
        const QRect unmarked = view.visualRect(card);
        QVERIFY(!marked(model, card));
        model.setFindings({cardTextTooLong(161)});
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed))
            QVERIFY(signal.at(2).value<QList<int>>().isEmpty()); // all of the row
        QVERIFY(marked(model, card));
        QTest::qWait(20);
        QCOMPARE(view.visualRect(card), unmarked);
        QVERIFY(recorder.painted.intersects(view.visualRect(card)));
        settle();

        // Counted again: the tooltip's words, nothing to paint.
        model.setFindings({cardTextTooLong(162)});
        QCOMPARE(changed.size(), 2); // the card and the carousel
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(2).value<QList<int>>(), QList<int>{Qt::ToolTipRole});
        QVERIFY(model.data(card, Qt::ToolTipRole).toString().contains(QLatin1String("has 162")));
        QVERIFY(model.data(card.parent(), Qt::ToolTipRole).toString().contains(QLatin1String("has 162")));
        QTest::qWait(20);
        QVERIFY(!recorder.painted.intersects(view.visualRect(card)));
        settle();

        // Another severity: another icon, painted.
        model.setFindings({cardTextTooLong(162, rules::Severity::Warning)});
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().at(2).value<QList<int>>().isEmpty());
        QTest::qWait(20);
        QVERIFY(recorder.painted.intersects(view.visualRect(card)));
        settle();

        // Gone.
        model.setFindings({});
        QVERIFY(!marked(model, card));
        QVERIFY(model.data(card, Qt::ToolTipRole).isNull());
        QTest::qWait(20);
        QVERIFY(recorder.painted.intersects(view.visualRect(card)));
    }
};

QTEST_MAIN(TstOutlineFindings)
#include "tst_outlinefindings.moc"
