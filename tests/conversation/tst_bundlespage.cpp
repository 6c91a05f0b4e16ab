// Bundles: the form filled as a person fills it (name typed, region and processing mode
// chosen through their popups, a box ticked), Create, and the bundle shown again by its ID.

#include "bundles/bundlespage.h"
#include "bundles/bundleview.h"
#include "conversation/channelspage.h"
#include "domain/credentialfields.h"

#include "api/requestlog.h"
#include "apibodylog.h"
#include "guidriver.h"
#include "shownpage.h"
#include "messagebar.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QSpinBox>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::BundlesPage;

class TstBundlesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ApiBodyLog> m_bodies; // the create's body is logged
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<BundlesPage> m_page;

private slots:
    void initTestCase()
    {
        m_bodies = std::make_unique<test::ApiBodyLog>();
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0; // a bundle is made at once, as its parts are read
        m_fx = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }

    void init()
    {
        m_page = test::showPage<BundlesPage>(*m_fx);
        QVERIFY(m_page);
    }

    void cleanup() { m_page.reset(); }
    void cleanupTestCase()
    {
        m_fx.reset();
        m_bodies.reset();
    }

    void createThenShowById()
    {
        GuiDriver gui(m_page.get());
        const QString create = QStringLiteral("BundlesController_create_v1");

        // No region is chosen for the person (where the resources live is theirs to say), and
        // without a name the parts would have none: each refused before sending.
        auto *region = gui.get<QComboBox>(QStringLiteral("Region"));
        QVERIFY(region);
        QCOMPARE(region->currentIndex(), -1);
        QVERIFY(gui.click(QStringLiteral("Create an SMS app")));
        QVERIFY(gui.click(QStringLiteral("Create bundle")));
        QCOMPARE(m_fx->server->requestCount(create), 0);
        QVERIFY2(m_page->messageBar()->text().contains(QLatin1String("region")), qPrintable(m_page->messageBar()->text()));
        QVERIFY(gui.choose(QStringLiteral("Region"), QStringLiteral("Europe (EU)")));
        // The refusal follows the form: the region chosen, it says what is left.
        QVERIFY2(m_page->messageBar()->text().contains(QLatin1String("name")), qPrintable(m_page->messageBar()->text()));
        QVERIFY(gui.click(QStringLiteral("Create bundle")));
        QCOMPARE(m_fx->server->requestCount(create), 0);
        QVERIFY(m_page->messageBar()->text().contains(QLatin1String("name")));

        // A pasted name past the contract's limit stays whole, and is refused with its length.
        auto *name = gui.get<QLineEdit>(QStringLiteral("Bundle name"));
        name->setFocus();
        QGuiApplication::clipboard()->setText(QString(300, QLatin1Char('n')));
        GuiDriver::key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(name->text().size(), 300);
        QVERIFY(gui.click(QStringLiteral("Create bundle")));
        QCOMPARE(m_fx->server->requestCount(create), 0);
        QVERIFY2(m_page->messageBar()->text().contains(QLatin1String("300 characters")), qPrintable(m_page->messageBar()->text()));
        name->clear();

        QVERIFY(gui.typeAtEnd(QStringLiteral("Bundle name"), QStringLiteral("Spring launch")));
        QVERIFY(m_page->messageBar()->isHidden()); // fixed: the refusal went
        QVERIFY(gui.choose(QStringLiteral("Processing mode"), QStringLiteral("Conversation")));
        // The conversation mode's own limits came with it (1 to 3650 days).
        QCOMPARE(gui.get<QSpinBox>(QStringLiteral("Retention days"))->maximum(), 3650);
        QVERIFY(gui.choose(QStringLiteral("Retention policy"), QStringLiteral("Conversation expire policy")));
        QVERIFY(gui.typeAtEnd(QStringLiteral("Conversation app name"), QStringLiteral("Spring app")));
        QVERIFY(gui.click(QStringLiteral("Create bundle")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(create), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);

        // What was sent: the form's fields in the contract's shape.
        const QJsonObject body = test::ApiBodyLog::lastBody(*m_fx->client->requestLog(), create);
        const QJsonObject app = body.value(QLatin1String("convApp")).toObject();
        QCOMPARE(app.value(QLatin1String("name")).toString(), QStringLiteral("Spring app"));
        QCOMPARE(app.value(QLatin1String("processingMode")).toString(), QStringLiteral("CONVERSATION"));
        QCOMPARE(app.value(QLatin1String("retentionPolicy")).toObject(),
                 QJsonObject({{QStringLiteral("retentionPolicyType"), QStringLiteral("CONVERSATION_EXPIRE_POLICY")},
                              {QStringLiteral("ttl"), 180}}));
        QCOMPARE(body.value(QLatin1String("smsApp")), QJsonValue(true));
        QVERIFY(!body.contains(QLatin1String("subproject")));
        const ApiResult sent = m_fx->callSync(ApiRequest(QStringLiteral("BundlesController_get_v1"))
                                                  .path(QStringLiteral("bundleId"), m_page->shownBundle().value(QLatin1String("id")).toString()));
        QVERIFY2(sent.ok(), qPrintable(sent.error.summary()));
        const QJsonObject bundle = sent.json.object();
        QCOMPARE(bundle.value(QLatin1String("name")).toString(), QStringLiteral("Spring launch"));
        QCOMPARE(bundle.value(QLatin1String("region")).toString(), QStringLiteral("EU"));
        const QString id = bundle.value(QLatin1String("id")).toString();
        QCOMPARE(gui.get<QLineEdit>(QStringLiteral("Bundle ID"))->text(), id);
        // The same form does not make a second bundle of the same parts by a second click:
        // Create waits for a change, and says so.
        auto *createButton = gui.get<QPushButton>(QStringLiteral("Create bundle"));
        QVERIFY(!createButton->isEnabled());
        QVERIFY(createButton->toolTip().contains(QStringLiteral("change a field")));
        QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("change the form")));
        QTest::mouseClick(createButton, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(m_fx->server->requestCount(create), 1);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Conversation app name"), QStringLiteral(" 2")));
        QVERIFY(createButton->isEnabled());
        QVERIFY(createButton->toolTip().isEmpty());

        // Shown again by its ID, typed into a fresh page.
        m_page = test::showPage<BundlesPage>(*m_fx);
        QVERIFY(m_page);
        GuiDriver again(m_page.get());
        QVERIFY(again.typeAtEnd(QStringLiteral("Bundle ID"), id));
        GuiDriver::key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->shownBundle().value(QLatin1String("id")).toString(), id, 10000);
        // In words, as the form asked: the Conversation app's mode, an SMS app, no subproject.
        ui::BundleView *view = m_page->bundleView();
        QCOMPARE(view->valueAt(QStringLiteral("name")), QStringLiteral("Spring launch"));
        QCOMPARE(view->valueAt(QStringLiteral("convApp.processingMode")), QStringLiteral("Conversation"));
        QCOMPARE(view->valueAt(QStringLiteral("convApp.name")), QStringLiteral("Spring app"));
        QVERIFY(!view->valueAt(QStringLiteral("smsApp.id")).isEmpty());
        QVERIFY(view->valueAt(QStringLiteral("subproject.id")).isEmpty());
        QVERIFY(!view->valueAt(QStringLiteral("state")).contains(QLatin1Char('_')));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            m_page->grab().save(QStringLiteral("bundle.png"));
        const QString appId = view->valueAt(QStringLiteral("convApp.id"));
        // Ctrl+C on a row copies its value.
        view->setFocus();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            if (view->topLevelItem(i)->text(1) == id)
                view->setCurrentItem(view->topLevelItem(i)); // the ID
        GuiDriver::key(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

        // An unknown ID: the server's 404, in the bar.
        again.get<QLineEdit>(QStringLiteral("Bundle ID"))->clear();
        QVERIFY(again.typeAtEnd(QStringLiteral("Bundle ID"), QStringLiteral("01ZZZZZZZZZZZZZZZZZZZZZZZZ")));
        GuiDriver::key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->messageBar()->isVisible(), 10000);
        // Not the bundle shown before, beside an ID it is not.
        QVERIFY(m_page->shownBundle().isEmpty());
        QVERIFY(!m_page->bundleView()->isVisible());
        QCOMPARE(m_fx->server->requestCount(QStringLiteral("BundlesController_get_v1")), 3);

        // Its Conversation app is the project's once the bundle is done: the Channels page
        // offers it, and the API says it has no channel set up yet.
        auto channels = test::showPage<ui::ChannelsPage>(*m_fx);
        QVERIFY(channels);
        auto *apps = channels->findChild<QComboBox *>(QStringLiteral("conversationAppPicker"));
        QTRY_VERIFY_WITH_TIMEOUT(apps->findText(QStringLiteral("Spring app")) >= 0, 10000);
        const ApiResult instagram = m_fx->callSync(ApiRequest(QStringLiteral("InstagramController_get_v1"))
                                                       .path(QStringLiteral("conversationAppId"), appId));
        QCOMPARE(instagram.httpStatus, 404);
        QCOMPARE(instagram.error.errorCode, QStringLiteral("conversation_app_no_instagram_channel"));
    }

    // An SMS app's access tokens are credentials: masked like any token.
    void accessTokensMasked()
    {
        m_page->bundleView()->setBundle(QJsonObject{{"id", "b1"}, {"state", "DONE"},
                                                    {"smsApp", QJsonObject{{"id", "a1"}, {"accessTokens", QJsonArray{"s3cr3t"}}}}});
        QCOMPARE(m_page->bundleView()->valueAt(QStringLiteral("smsApp.accessTokens")), sinch::CredentialFields::maskText());
        QCOMPARE(m_page->bundleView()->valueAt(QStringLiteral("state")), QStringLiteral("Done"));
    }
};

QTEST_MAIN(TstBundlesPage)
#include "tst_bundlespage.moc"
