// The WhatsApp account, flows and solutions pages driven as a person drives them: the
// account created from the empty state (a finding while typing), its rejected details
// corrected and sent again, template analytics enabled after a confirmation, a long-lived
// token seen once (Copy puts it on the clipboard, the request log never has it, closing the
// dialog forgets it), a flow's screens, and a solution created, shown and assigned. What
// the sandbox holds afterwards is read with plain API calls.

#include "findings.h"
#include "whatsapp/accountdetailsview.h"
#include "whatsapp/accountpage.h"
#include "whatsapp/flowspage.h"
#include "whatsapp/solutionspage.h"
#include "whatsapp/tokendialog.h"

#include "api/requestlog.h"
#include "editing/simpleformeditor.h"
#include "guidriver.h"
#include "messagebar.h"
#include "models/resourcelistmodel.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "testsupport.h"

#include <QApplication>
#include "rules/whatsappaccountrules.h"
#include <QClipboard>
#include <QGuiApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sinch;
using sinch::test::hasRule;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

namespace {

// No seed: the project has no WhatsApp account and no solutions; the review decides at once.
sandbox::SandboxConfig emptyProject()
{
    sandbox::SandboxConfig config;
    config.seed = false;
    config.reviewDelaySeconds = 0;
    return config;
}

QByteArray wholeLog(const ApiClient &client)
{
    QByteArray all;
    for (const RequestLog::Entry &e : client.requestLog()->entries())
        all += e.url.toUtf8() + ' ' + e.requestBody + ' ' + e.responseBody + '\n';
    return all;
}

// Clears a line edit as a person does: click into it, select all, delete.
void clearField(QLineEdit *edit)
{
    GuiDriver::click(edit);
    GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
    GuiDriver::key(Qt::Key_Backspace);
}

void show(QWidget *w)
{
    w->resize(1200, 720);
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
}

void screenshot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) { // the source tree stays as it is otherwise
        QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
        QVERIFY(w->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/") + name));
    }
}

} // namespace

class TstWhatsappPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<ui::AccountPage> m_account;

    // The account page on a project without an account, shown.
    bool openAccountPage()
    {
        m_account.reset();
        m_fx = std::make_unique<test::SandboxFixture>(emptyProject());
        if (!m_fx->started)
            return false;
        m_box = std::make_unique<ui::ScriptedMessageBox>();
        m_account = std::make_unique<ui::AccountPage>(AreaCatalog::find(QStringLiteral("whatsapp.account")), m_fx->client.get(),
                                                      m_box.get());
        show(m_account.get());
        m_account->setProject(m_fx->projectKey);
        return true;
    }

private slots:
    void cleanup()
    {
        m_account.reset();
        m_box.reset();
        m_fx.reset();
        GuiDriver::settle();
    }

    void accountFromEmptyStateToToken()
    {
        QVERIFY(openAccountPage());
        test::SandboxFixture &fx = *m_fx;
        ui::ScriptedMessageBox &box = *m_box;
        ui::AccountPage &page = *m_account;
        GuiDriver gui(&page);

        // No account: the empty state says what to do and offers Create.
        QTRY_VERIFY_WITH_TIMEOUT(gui.find(QStringLiteral("Create account")), 10000);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("emptyAccountText"))->text().contains(QStringLiteral("no WhatsApp account")));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-account-empty.png")));
        QVERIFY(gui.click(QStringLiteral("Create account")));
        QVERIFY(page.editor());

        // A name Meta's review rejects (the sandbox's marker), an ID with a typing mistake.
        QVERIFY(gui.typeAtEnd(QStringLiteral("Company legal name"), QStringLiteral("Acme reject Ltd")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Business Manager ID"), QStringLiteral("1048576001234x")));
        QVERIFY(hasRule(page.editor()->findings(), QStringLiteral("wa.account.bmid.digits")));
        GuiDriver::key(Qt::Key_Backspace);
        QVERIFY(!hasRule(page.editor()->findings(), QStringLiteral("wa.account.bmid.digits")));
        QVERIFY(gui.choose(QStringLiteral("Sinch business manager"), QStringLiteral("Sinch UK")));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-account-create.png")));
        QVERIFY(gui.click(QStringLiteral("Save")));
        QTRY_VERIFY_WITH_TIMEOUT(!page.editor() && page.hasAccount() && !page.isLoading(), 10000);
        const ApiResult created = fx.callSync(ApiRequest(QStringLiteral("AccountsController_getAccount_v1")));
        QCOMPARE(created.json.object().value(QLatin1String("businessManager")).toString(), QStringLiteral("SINCH_UK"));
        QTRY_VERIFY_WITH_TIMEOUT(page.detailsView()->valueOf(QStringLiteral("State")).startsWith(QStringLiteral("Rejected")), 10000);

        // The rejected details corrected: a finding while the name is empty, gone once typed.
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-account-rejected.png")));
        auto *edit = gui.get<QPushButton>(QStringLiteral("Edit details"));
        QVERIFY(edit && edit->isEnabled());
        QVERIFY(gui.click(QStringLiteral("Edit details")));
        auto *name = gui.get<QLineEdit>(QStringLiteral("Company legal name"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Acme reject Ltd"));
        clearField(name);
        QVERIFY(hasRule(page.editor()->findings(), QStringLiteral("wa.account.name.required")));
        // A paste longer than the rule stays whole (it was cut one past the limit, silently);
        // the finding says how long it is.
        const int limit = rules::WhatsappAccountRules::limits().nameMax;
        const QString tooLong = QString(limit + 5, QLatin1Char('a'));
        QGuiApplication::clipboard()->setText(tooLong);
        name->setFocus();
        GuiDriver::key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(name->text(), tooLong);
        QVERIFY(hasRule(page.editor()->findings(), QStringLiteral("wa.account.name.length")));
        clearField(name);
        QVERIFY(gui.click(QStringLiteral("Save"))); // refused before sending
        QVERIFY(page.editor()->messageBar()->text().contains(QStringLiteral("Not sent")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Company legal name"), QStringLiteral("Acme Ltd")));
        QVERIFY(page.editor()->findings().isEmpty());
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!page.editor(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailsView()->valueOf(QStringLiteral("Company legal name")), QStringLiteral("Acme Ltd"), 10000);
        QVERIFY(page.detailsView()->valueOf(QStringLiteral("State")).startsWith(QStringLiteral("Onboarded")));
        QVERIFY(!gui.get<QPushButton>(QStringLiteral("Edit details"))->isEnabled());

        // Template analytics, after a confirmation that says what it does.
        QVERIFY(page.detailsView()->valueOf(QStringLiteral("Template analytics")).startsWith(QStringLiteral("Off")));
        box.expect(MessageBox::Kind::Question, QStringLiteral("analytics of this account's templates"), QMessageBox::Yes);
        QVERIFY(gui.click(QStringLiteral("Enable template analytics")));
        QTRY_VERIFY_WITH_TIMEOUT(page.noticeBar()->text().contains(QStringLiteral("are enabled")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.detailsView()->valueOf(QStringLiteral("Template analytics")).startsWith(QStringLiteral("On")), 10000);
        QVERIFY(fx.callSync(ApiRequest(QStringLiteral("AccountsController_getAccount_v1"))).json.object()
                    .value(QLatin1String("wabaEnabledForInsights")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        screenshot(&page, QStringLiteral("whatsapp-account.png"));

        // The long-lived token: seen once, copied, never logged, gone once closed.
        QVERIFY(gui.click(QStringLiteral("Create long-lived access token")));
        QPointer<ui::TokenDialog> dialog = page.tokenDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
        GuiDriver dlg(dialog.data());
        QVERIFY(!dlg.get<QPushButton>(QStringLiteral("Create long-lived token"))->isEnabled());
        QVERIFY(dlg.typeAtEnd(QStringLiteral("Facebook user access token"), QStringLiteral("EAAGuserToken123")));
        QVERIFY(dlg.click(QStringLiteral("Create long-lived token")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->shownToken().isEmpty(), 10000);
        const QString token = dialog->shownToken();
        auto *shown = dlg.get<QLineEdit>(QStringLiteral("Long-lived access token"));
        QVERIFY(shown && shown->isReadOnly());
        QCOMPARE(shown->text(), token);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("tokenNotice"))->text().contains(QStringLiteral("will not be shown again")));
        QVERIFY(dlg.click(QStringLiteral("Copy token")));
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        QVERIFY(!wholeLog(*fx.client).contains(token.toUtf8()));
        QVERIFY(!wholeLog(*fx.client).contains("EAAGuserToken123"));

        // The same token looks up the WABAs it reaches.
        QVERIFY(dlg.click(QStringLiteral("Look up WABAs")));
        auto *wabas = dialog->findChild<QTreeWidget *>(QStringLiteral("wabaList"));
        QTRY_VERIFY_WITH_TIMEOUT(wabas->isVisible() && wabas->topLevelItemCount() == 1, 10000);
        QCOMPARE(wabas->topLevelItem(0)->text(0), QStringLiteral("Acme Ltd"));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(dialog->grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-token-dialog.png")));

        QVERIFY(dlg.click(QStringLiteral("Close")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);
        for (QWidget *w : QApplication::allWidgets())
            if (auto *line = qobject_cast<QLineEdit *>(w))
                QVERIFY(line->text() != token);
        QVERIFY(!wholeLog(*fx.client).contains(token.toUtf8()));
        QVERIFY2(box.allMet(), qPrintable(box.report()));
    }

    // Someone else created the account while the form was open: the server's refusal shows,
    // and what was typed stays in the form.
    void accountCreatedElsewhereMeanwhile()
    {
        QVERIFY(openAccountPage());
        test::SandboxFixture &fx = *m_fx;
        ui::ScriptedMessageBox &box = *m_box;
        ui::AccountPage &page = *m_account;
        GuiDriver gui(&page);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find(QStringLiteral("Create account")), 10000);
        QVERIFY(gui.click(QStringLiteral("Create account")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Company legal name"), QStringLiteral("Acme Ltd")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Business Manager ID"), QStringLiteral("104857600123456")));
        QVERIFY(fx.callSync(ApiRequest(QStringLiteral("AccountsController_createAccount_v1"))
                                .json(QJsonObject{{QStringLiteral("companyLegalName"), QStringLiteral("Other Ltd")},
                                                  {QStringLiteral("clientBusinessManagerId"), QStringLiteral("1")}})).ok());
        QVERIFY(gui.click(QStringLiteral("Save")));
        QTRY_VERIFY_WITH_TIMEOUT(page.editor() && !page.editor()->isBusy(), 10000);
        QCOMPARE(page.editor()->messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(page.editor()->messageBar()->isVisibleTo(&page));
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Company legal name"))->text(), QStringLiteral("Acme Ltd"));
        QCOMPARE(page.editor()->document().value(QLatin1String("clientBusinessManagerId")).toString(), QStringLiteral("104857600123456"));
        QVERIFY(box.allMet());
    }

    void flowsShowTheirScreens()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0;
        test::SandboxFixture fx(config);
        QVERIFY2(fx.started, qPrintable(fx.error));
        ui::FlowsPage page(AreaCatalog::find(QStringLiteral("whatsapp.flows")), fx.client.get());
        show(&page);
        page.setProject(fx.projectKey);
        QTRY_VERIFY_WITH_TIMEOUT(page.model() && page.model()->hasLoadedOnce(), 10000);
        GuiDriver gui(&page);
        // The status in words, not the contract's enum.
        const QModelIndex booking = GuiDriver::findRow(page.view(), QStringLiteral("Appointment booking"));
        QVERIFY(booking.isValid());
        QCOMPARE(booking.siblingAtColumn(1).data().toString(), QStringLiteral("Published"));
        QVERIFY(gui.clickRow(page.view(), QStringLiteral("Appointment booking")));
        QTRY_COMPARE_WITH_TIMEOUT(page.screensList()->count(), 3, 10000);
        QCOMPARE(page.screensList()->item(0)->text(), QStringLiteral("APPOINTMENT"));
        QVERIFY(page.screensState().startsWith(QStringLiteral("3 screen")));
        QVERIFY(gui.clickRow(page.view(), QStringLiteral("Loyalty sign-up")));
        QTRY_COMPARE_WITH_TIMEOUT(page.screensList()->count(), 1, 10000);
        QCOMPARE(page.screensList()->item(0)->text(), QStringLiteral("SIGN_UP"));
        // Filtered, the count says how many of them are shown.
        auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
        const int flows = page.model()->rowCount();
        QCOMPARE(count->text(), QStringLiteral("%1 item(s)").arg(flows));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Filter the list"), QStringLiteral("loyal")));
        QCOMPARE(count->text(), QStringLiteral("1 of %1 shown").arg(flows));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-flows.png")));
    }

    void solutionCreatedShownAndAssigned()
    {
        test::SandboxFixture fx(emptyProject());
        QVERIFY2(fx.started, qPrintable(fx.error));
        ui::ScriptedMessageBox box;
        ui::SolutionsPage page(AreaCatalog::find(QStringLiteral("whatsapp.solutions")), fx.client.get(), &box);
        show(&page);
        page.setProject(fx.projectKey);
        QTRY_VERIFY_WITH_TIMEOUT(page.model() && page.model()->hasLoadedOnce(), 10000);
        GuiDriver gui(&page);
        QVERIFY(!gui.get(QStringLiteral("Assign solution"))->isEnabled());

        QVERIFY(gui.click(QStringLiteral("New solution")));
        QVERIFY(page.editor());
        QVERIFY(gui.typeAtEnd(QStringLiteral("Solution name"), QStringLiteral("Acme Partner")));
        // Enter in a field sends the form as Save does: no token yet, refused here, nothing
        // sent, and the keyboard taken to the token.
        GuiDriver::key(Qt::Key_Return);
        QVERIFY(hasRule(page.editor()->findings(), QStringLiteral("wa.solution.token.required")));
        QVERIFY(page.editor()->messageBar()->text().contains(QStringLiteral("Not sent")));
        QCOMPARE(QApplication::focusWidget(), gui.get(QStringLiteral("Access token")));
        QVERIFY(gui.choose(QStringLiteral("Business manager"), QStringLiteral("Sinch UK")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Access token"), QStringLiteral("EAAGpartnerToken")));
        QVERIFY(page.editor()->findings().isEmpty());
        GuiDriver::key(Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!page.editor(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentItem().value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString(),
                                  QStringLiteral("Acme Partner"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailValue(QStringLiteral("Name")), QStringLiteral("Acme Partner"), 10000);
        QCOMPARE(page.detailValue(QStringLiteral("Assigned")), QStringLiteral("No"));
        QVERIFY(page.noticeBar()->text().contains(QStringLiteral("created")));
        QVERIFY(!wholeLog(*fx.client).contains("EAAGpartnerToken"));

        box.expect(MessageBox::Kind::Question, QStringLiteral("onboarded through the solution's Embedded Signup"), QMessageBox::Yes);
        QVERIFY(gui.get(QStringLiteral("Assign solution"))->isEnabled());
        QVERIFY(gui.click(QStringLiteral("Assign solution")));
        QTRY_VERIFY_WITH_TIMEOUT(page.noticeBar()->text().contains(QStringLiteral("is assigned")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.detailValue(QStringLiteral("Assigned")).startsWith(QStringLiteral("Yes")), 10000);
        QCOMPARE(GuiDriver::findRow(page.view(), QStringLiteral("Acme Partner")).siblingAtColumn(3).data().toString(),
                 QStringLiteral("Yes"));
        const QString id = page.currentItem().value(QLatin1String("id")).toString();
        QVERIFY(fx.callSync(ApiRequest(QStringLiteral("SolutionsController_getSolution_v1")).path(QStringLiteral("solutionId"), id))
                    .json.object().value(QLatin1String("assigned")).toBool());
        QVERIFY(!gui.get(QStringLiteral("Assign solution"))->isEnabled());
        QVERIFY2(box.allMet(), qPrintable(box.report()));

        // Another solution chosen: the notice that named this one goes.
        QVERIFY(fx.callSync(ApiRequest(QStringLiteral("SolutionsController_createSolution_v1"))
                                .json(QJsonObject{{QStringLiteral("details"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Beta Partner")}}},
                                                  {QStringLiteral("accessToken"), QStringLiteral("EAAGbetaToken")},
                                                  {QStringLiteral("businessManager"), QStringLiteral("SINCH_BR")}}))
                    .ok());
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(GuiDriver::findRow(page.view(), QStringLiteral("Beta Partner")).isValid(), 10000);
        QVERIFY(page.noticeBar()->isVisible());
        QVERIFY(gui.clickRow(page.view(), QStringLiteral("Beta Partner")));
        QTRY_VERIFY(!page.noticeBar()->isVisible());
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/whatsapp-solutions.png")));
    }
};

QTEST_MAIN(TstWhatsappPages)
#include "tst_whatsapppages.moc"
