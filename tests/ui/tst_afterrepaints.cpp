// callAfterRepaints waits for the repaint of a change that a queued call makes after it
// was asked (the overview's counts, updated once per turn of the event loop), where a
// queued call or a zero timer would run before that repaint.
#include "afterrepaints.h"

#include <QApplication>
#include <QLabel>
#include <QPaintEvent>
#include <QPointer>
#include <QTest>

using namespace sinch::ui;

namespace {

class CountingLabel : public QLabel
{
public:
    using QLabel::QLabel;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ++paints;
        QLabel::paintEvent(event);
    }
};

} // namespace

class TestAfterRepaints : public QObject
{
    Q_OBJECT

private slots:
    void runsAfterTheRepaintOfAQueuedChange()
    {
        CountingLabel label(QStringLiteral("0 templates"));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QTRY_VERIFY(label.paints > 0);

        QObject context;
        int paintsBefore = -1, paintsWhenCalled = -1;
        // As a reply's handler does: the counts are updated by a queued call, and the
        // background work is asked for after it.
        QMetaObject::invokeMethod(&label, [&] {
            QMetaObject::invokeMethod(&label, [&] {
                paintsBefore = label.paints;
                label.setText(QStringLiteral("12 templates"));
            }, Qt::QueuedConnection);
            callAfterRepaints(&context, [&] { paintsWhenCalled = label.paints; });
        }, Qt::QueuedConnection);

        QTRY_VERIFY(paintsWhenCalled >= 0);
        QVERIFY(paintsBefore >= 0);
        QVERIFY2(paintsWhenCalled > paintsBefore, "called before the change was painted");
    }

    void nothingIsCalledOnceTheContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        callAfterRepaints(context, [&] { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestAfterRepaints)
#include "tst_afterrepaints.moc"
