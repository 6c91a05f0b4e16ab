// "Send test…" under faults (issue 19), typed and clicked as a person does: an approved
// WhatsApp template's editor opens the dialog, a number is typed, and the sandbox's
// Conversation port answers Send with a 500, a dropped connection, a 429 with Retry-After
// or an answer that never ends. The dialog keeps serving (a 10 ms probe timer's longest
// gap), says in plain words that nothing was sent, keeps what was typed, lets no POST
// reach the sandbox twice, and the next Send (or the error's Retry), once the fault is
// gone, is accepted.
// Retry-After and the transfer timeout run on a ManualClock that the console and the
// sandbox share: no real waits.
#include "windowfixture.h"

#include "conversation/sendtestdialog.h"
#include "documents/documentcontroller.h"
#include "messagebar.h"
#include "projects/projectmanager.h"

#include "api/manualclock.h"
#include "domain/testmessage.h"
#include "guidriver.h"
#include "probedeventloop.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;
using Kind = sinch::ui::MessageBox::Kind;

namespace {
enum class Fault { S500, Drop, S429, Stall };
}
Q_DECLARE_METATYPE(Fault)

class TstSendTestFaults : public QObject, public test::WindowFixture
{
    Q_OBJECT

    ManualClock m_clock;

    static QString sendOperation() { return QStringLiteral("Messages_SendMessage"); }

    // The first seeded template that is approved and has a variable to fill.
    QJsonObject approvedTemplate() const
    {
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                             .arg(QStringLiteral("pageSize"), QStringLiteral("100")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QLatin1String("state")).toString() == QLatin1String("APPROVED")
                && !TestMessage::whatsappParameters(t.value(QLatin1String("details")).toObject()).isEmpty())
                return t;
        }
        return {};
    }

    // Runs the event loop until `done`, moving the shared clock to its next deadline only
    // while the sandbox holds an answer (a stall waits for the client's transfer timeout).
    // Returns the longest gap between two beats of a 10 ms probe timer.
    template<typename Done>
    qint64 drive(Done done)
    {
        return test::runProbed(done, [this] {
            if (fx->server->heldAnswers() > 0 && m_clock.nextDeadline() >= 0)
                m_clock.advance(qMax<qint64>(0, m_clock.nextDeadline() - m_clock.msecsSinceEpoch()));
        }, 5, 20000);
    }

    void shot(QWidget *w, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            w->grab().save(QStringLiteral("%1/%2.png").arg(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS"), name));
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0;
        config.clock = &m_clock;
        QVERIFY2(setUpWindowFixture(config), qPrintable(fx->error));
        // The window sets the project's endpoint, whose token provider takes this clock.
        fx->client->setClock(&m_clock);
        makeWindow();
    }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    void faultThenSendAgain_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("500") << Fault::S500;
        QTest::newRow("dropped connection") << Fault::Drop;
        QTest::newRow("429 + Retry-After") << Fault::S429;
        QTest::newRow("never-ending answer") << Fault::Stall;
    }

    void faultThenSendAgain()
    {
        QFETCH(Fault, fault);
        const QJsonObject tmpl = approvedTemplate();
        QVERIFY(!tmpl.isEmpty());
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), tmpl);
        QPushButton *button = nullptr;
        QTRY_VERIFY((button = window->findChild<QPushButton *>(QStringLiteral("sendTestButton"))) && button->isEnabled());
        GuiDriver::click(button);
        ui::SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::SendTestDialog *>()) && dialog->isVisible());
        GuiDriver gui(dialog);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Recipient's phone number"), QStringLiteral("+46 70 123 45 67")));
        QLineEdit *value = dialog->parameterEdit(0);
        QVERIFY(value);
        value->selectAll();
        GuiDriver::typeKeys(value, QStringLiteral("Fault Tester"));
        QTRY_VERIFY2(dialog->sendButton()->isEnabled(), qPrintable(dialog->whyNotSendable()));
        const QString typedNumber = dialog->recipientCombo()->currentText();

        sandbox::FaultInjector &faults = fx->server->conversationFaults();
        switch (fault) {
        case Fault::S500: faults.pushStatus(500, {}, -1); break;
        case Fault::Drop: faults.pushDrop(); break;
        case Fault::S429: faults.pushStatus(429, {}, 2); break;
        case Fault::Stall: faults.pushStall(); break;
        }
        const int before = fx->server->conversationRequestCount(sendOperation());
        box->expect(Kind::Question, QStringLiteral("now?"), QMessageBox::Yes);
        GuiDriver::click(dialog->sendButton());
        QVERIFY(dialog->isBusy());
        // While it waits, Send says why it is off and the fields still take keys.
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY2(dialog->sendButton()->toolTip().contains(QStringLiteral("on its way")), qPrintable(dialog->sendButton()->toolTip()));
        const qint64 gap = drive([&] { return !dialog->isBusy(); });
        QVERIFY2(!dialog->isBusy(), "the send never ended");
        QVERIFY2(gap < 2000, qPrintable(QStringLiteral("the dialog stood still for %1 ms").arg(gap)));

        // A plain error: not sent, what happened in words, no JSON or HTML.
        QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Not sent."));
        QVERIFY(dialog->messageBar()->isVisible());
        const QString error = dialog->messageBar()->text();
        QVERIFY2(error.size() >= 20 && !error.contains(QLatin1String("{\"")) && !error.contains(QLatin1String("<html")),
                 qPrintable(error));
        if (fault == Fault::S429)
            QVERIFY2(error.contains(QStringLiteral("wait 2 second")), qPrintable(error)); // when to try again
        shot(dialog, QStringLiteral("send-test-fault-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        // Everything typed is still there; the POST reached the sandbox at most once.
        QCOMPARE(dialog->recipientCombo()->currentText(), typedNumber);
        QCOMPARE(value->text(), QStringLiteral("Fault Tester"));
        QVERIFY(fx->server->conversationRequestCount(sendOperation()) - before <= 1);
        QVERIFY(dialog->messageId().isEmpty());

        // The fault is gone (a 429's Retry-After has passed): the same Send is accepted.
        if (fault == Fault::S429)
            m_clock.advance(2000);
        QVERIFY2(dialog->sendButton()->isEnabled(), qPrintable(dialog->whyNotSendable()));
        const int again = fx->server->conversationRequestCount(sendOperation());
        box->expect(Kind::Question, QStringLiteral("now?"), QMessageBox::Yes);
        // After a 429 the person takes the bar's Retry, elsewhere Send: both ask first.
        if (fault == Fault::S429)
            QVERIFY(GuiDriver(dialog->messageBar()).click(QStringLiteral("Retry")));
        else
            GuiDriver::click(dialog->sendButton());
        drive([&] { return !dialog->messageId().isEmpty() && !dialog->isBusy(); });
        QVERIFY2(!dialog->messageId().isEmpty(), qPrintable(dialog->messageBar()->text()));
        QCOMPARE(fx->server->conversationRequestCount(sendOperation()), again + 1);
        QVERIFY(dialog->resultLabel()->text().contains(dialog->messageId()));
    }
};

QTEST_MAIN(TstSendTestFaults)
#include "tst_sendtestfaults.moc"
