// The message bar's buttons give way to its text where it is narrow: in an activity column
// (a few hundred pixels) Retry and Details beside the text left it a word a line; there they
// sit in a row below it, and the text has the bar's width. Wide, they stay beside the text.
// A message's Retry repeats what that message was about, and shows only where it does
// something, and never for a change that may have been made.
#include "messagebar.h"

#include "api/apierror.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace sinch;
using sinch::ui::MessageBar;

class TstMessageBar : public QObject
{
    Q_OBJECT

    // A bar showing a server error in a window `width` pixels wide, laid out.
    static std::unique_ptr<QWidget> barIn(int width, MessageBar **bar)
    {
        auto window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        *bar = new MessageBar(window.get());
        QObject::connect(*bar, &MessageBar::retryRequested, window.get(), [] {}); // its owner answers Retry
        layout->addWidget(*bar);
        layout->addStretch(1);
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 500;
        error.message = QStringLiteral("Internal server error. Please wait and try again, if the error persist please contact support.");
        (*bar)->showError(error);
        window->resize(width, 400);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void narrowBarPutsItsButtonsBelowTheText()
    {
        MessageBar *bar = nullptr;
        const auto window = barIn(300, &bar);
        QVERIFY(window);
        auto *text = bar->findChild<QLabel *>(QStringLiteral("messageText"));
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        auto *details = bar->findChild<QToolButton *>(QStringLiteral("detailsToggle"));
        QVERIFY(text && retry && details);
        QTRY_VERIFY(retry->geometry().top() > text->geometry().bottom());
        QCOMPARE(details->geometry().top(), retry->geometry().top());
        // The text has the bar's width but for the icon, the dismiss button and the margins
        // (beside Retry and Details it had about 80 of these 300 pixels).
        QVERIFY2(text->width() > bar->width() - 100, qPrintable(QStringLiteral("%1 of %2").arg(text->width()).arg(bar->width())));
        QVERIFY(retry->isVisible() && details->isVisible());
    }

    void wideBarKeepsThemBesideTheText()
    {
        MessageBar *bar = nullptr;
        const auto window = barIn(1000, &bar);
        QVERIFY(window);
        auto *text = bar->findChild<QLabel *>(QStringLiteral("messageText"));
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(text && retry);
        QTRY_VERIFY(retry->geometry().left() > text->geometry().right());
        QVERIFY(retry->geometry().top() <= text->geometry().bottom());
        // Narrowed, then widened again: back beside the text.
        window->resize(300, 400);
        QTRY_VERIFY(retry->geometry().top() > text->geometry().bottom());
        window->resize(1000, 400);
        QTRY_VERIFY(retry->geometry().left() > text->geometry().right());
    }

    // A message with a retry of its own (a row that could not be read) repeats that on Retry;
    // a message shown after it, without one, leaves Retry to the bar's owner again.
    void retryRepeatsWhatTheMessageWasAbout()
    {
        MessageBar *bar = nullptr;
        const auto window = barIn(1000, &bar);
        QVERIFY(window);
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QSignalSpy owner(bar, &MessageBar::retryRequested);
        int rowReads = 0;
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 500;
        bar->showErrorWithRetry(error, [&rowReads] { ++rowReads; });
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(rowReads, 1);
        QCOMPARE(owner.count(), 0);
        QVERIFY(!bar->isVisible());

        bar->showErrorWithRetry(error, [&rowReads] { ++rowReads; });
        bar->showError(error); // the list failed since: its own retry
        QTRY_VERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(rowReads, 1);
        QCOMPARE(owner.count(), 1);

        // A message of the console's own (a field to fix before sending) has no Retry: it
        // would send what was refused again.
        bar->showMessage(MessageBar::Level::Error, QStringLiteral("Not sent: Email is not an email address."));
        QVERIFY(bar->isVisible());
        QVERIFY(!retry->isVisible());
    }

    // A save waiting for the server has Stop waiting, which stops it; the words go with that
    // message (a later error's button says Retry again), where a bar's own words stay.
    void stopWaitingGoesWithItsMessage()
    {
        MessageBar *bar = nullptr;
        const auto window = barIn(1000, &bar);
        QVERIFY(window);
        auto *button = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(button);
        int stops = 0;
        bar->showWaiting(QStringLiteral("Saving the draft…"), [&stops] { ++stops; });
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Stop waiting"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(stops, 1);

        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 503;
        int retries = 0;
        bar->showErrorWithRetry(error, [&retries] { ++retries; });
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Retry"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retries, 1);
        QCOMPARE(stops, 1);

        bar->setRetryText(QStringLiteral("Check now")); // the bar's own words, for every message
        bar->showWaiting(QStringLiteral("Checking…"), [] {});
        QCOMPARE(button->text(), QStringLiteral("Stop waiting"));
        bar->showMessage(MessageBar::Level::Info, QStringLiteral("In review."));
        QCOMPARE(button->text(), QStringLiteral("Check now"));
    }

    // Retry shows only where it does something: a bar nobody answers has none (its click only
    // hid the message, as if the retry had worked), and a change whose answer never came has
    // none (the message says to refresh and check first).
    void retryOnlyWhereItDoesSomething()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new MessageBar(&window);
        layout->addWidget(bar);
        window.resize(900, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        ApiError failed;
        failed.kind = ApiError::Kind::Http;
        failed.httpStatus = 500;
        bar->showError(failed);
        QVERIFY(bar->isVisible());
        QVERIFY(!retry->isVisible());
        int sent = 0;
        bar->showErrorWithRetry(failed, [&sent] { ++sent; });
        QVERIFY(retry->isVisible());

        ApiError dropped;
        dropped.kind = ApiError::Kind::Network;
        dropped.networkError = QNetworkReply::RemoteHostClosedError;
        dropped.operationId = QStringLiteral("WebhookController_createWebhook_v1");
        QVERIFY(dropped.outcomeUnknown());
        bar->showErrorWithRetry(dropped, [&sent] { ++sent; });
        QVERIFY(bar->text().contains(QLatin1String("may or may not have been made")));
        QVERIFY(!retry->isVisible());
        ApiError late = dropped;
        late.kind = ApiError::Kind::Timeout;
        QVERIFY(late.outcomeUnknown());
        QObject::connect(bar, &MessageBar::retryRequested, &window, [&sent] { ++sent; });
        bar->showError(late);
        QVERIFY(!retry->isVisible());
        // A read dropped the same way is safe to send again.
        dropped.operationId = QStringLiteral("WebhookController_listWebhooks_v1");
        QVERIFY(!dropped.outcomeUnknown());
        bar->showError(dropped);
        QVERIFY(retry->isVisible());
        QCOMPARE(sent, 0);
    }
};

QTEST_MAIN(TstMessageBar)
#include "tst_messagebar.moc"
