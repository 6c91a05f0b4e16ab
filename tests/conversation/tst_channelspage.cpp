// Conversation API → Channels: an app ID typed key by key, Enter, and the four channels
// of the sandbox's app; an app without a channel says so in that channel's section.

#include "conversation/channelsection.h"
#include "conversation/channelspage.h"

#include "guidriver.h"
#include "shownpage.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seedids.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::ChannelsPage;
using Channel = sinch::ConversationChannelService::Channel;

class TstChannelsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ChannelsPage> m_page;

    void showApp(const QString &appId)
    {
        GuiDriver gui(m_page.get());
        QLineEdit *edit = gui.get<QLineEdit>(QStringLiteral("Conversation app ID"));
        QVERIFY(edit);
        edit->clear();
        QVERIFY(gui.typeAtEnd(QStringLiteral("Conversation app ID"), appId));
        GuiDriver::key(Qt::Key_Return);
        QVERIFY(m_page->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 10000);
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }

    void init()
    {
        m_page = test::showPage<ChannelsPage>(*m_fx);
        QVERIFY(m_page);
    }

    void cleanup() { m_page.reset(); }
    void cleanupTestCase() { m_fx.reset(); }

    void fourChannelsOfAnApp()
    {
        const sandbox::SeedConversationApp app = sandbox::SeedIds::conversationApp(m_fx->server->config().projectId,
                                                                                   sandbox::SeedIds::whatsappAppKey());
        QVERIFY(!app.id.isEmpty());
        showApp(app.id);
        const auto *instagram = m_page->section(Channel::Instagram);
        QCOMPARE(instagram->statusText(), QStringLiteral("Active")); // the contract's ACTIVE, in words
        QCOMPARE(instagram->valueOf(QStringLiteral("name")), app.displayName);
        QVERIFY(!instagram->valueOf(QStringLiteral("followersCount")).isEmpty());
        QCOMPARE(m_page->section(Channel::Messenger)->valueOf(QStringLiteral("globalBrandPageName")), QStringLiteral("Acme"));
        // Its channels are those its credentials list (the app picker says them): no Telegram.
        QCOMPARE(m_page->section(Channel::Telegram)->statusText(), QStringLiteral("No Telegram channel on this app."));
        // The WhatsApp app's Viber bot waits for approval: its status says why.
        QVERIFY2(m_page->section(Channel::Viber)->statusText().startsWith(QStringLiteral("Pending · ")), qPrintable(m_page->section(Channel::Viber)->statusText()));
        // Each field is named for screen readers (rows added to a shown section appear on
        // the next turn of the event loop).
        QTRY_VERIFY(GuiDriver(m_page.get()).find(QStringLiteral("Instagram Followers")));
        QCOMPARE(m_fx->server->requestCount(QStringLiteral("ViberController_get_v1")), 1);
    }

    // The project's apps could not be read: the app field says so where a person looks (its
    // placeholder), and that the ID can still be typed.
    void appsNotReadSaidInTheField()
    {
        sandbox::FaultSettings failing;
        failing.share500 = 1.0;
        m_fx->server->setFaults(failing);
        m_page = test::showPage<ChannelsPage>(*m_fx);
        QVERIFY(m_page);
        QLineEdit *edit = GuiDriver(m_page.get()).get<QLineEdit>(QStringLiteral("Conversation app ID"));
        QVERIFY(edit);
        QTRY_VERIFY_WITH_TIMEOUT(edit->placeholderText().startsWith(QStringLiteral("The apps could not be read: type the app ID")), 10000);
        m_fx->server->setFaults(sandbox::FaultSettings());
        m_page = test::showPage<ChannelsPage>(*m_fx);
        edit = GuiDriver(m_page.get()).get<QLineEdit>(QStringLiteral("Conversation app ID"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QComboBox *>(QStringLiteral("conversationAppPicker"))->count() > 0, 10000);
        QVERIFY(edit->placeholderText().startsWith(QStringLiteral("Choose an app")));
    }

    // An ID the project does not know: said once, for the app (it read "No Instagram
    // channel on this app." four times, as if the app existed).
    void unknownAppSaidOnce()
    {
        showApp(QStringLiteral("no-such-app"));
        QTRY_VERIFY(m_page->messageText().contains(QStringLiteral("no Conversation app with the ID “no-such-app”")));
        for (const Channel c : {Channel::Instagram, Channel::Messenger, Channel::Telegram, Channel::Viber})
            QCOMPARE(m_page->section(c)->statusText(), QStringLiteral("No such app."));
        QVERIFY(m_page->section(Channel::Viber)->valueOf(QStringLiteral("name")).isEmpty());
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            m_page->grab().save(QStringLiteral("channels-unknown-app.png"));
        // A known app: the message goes.
        const sandbox::SeedConversationApp app = sandbox::SeedIds::conversationApp(m_fx->server->config().projectId,
                                                                                   sandbox::SeedIds::whatsappAppKey());
        showApp(app.id);
        QVERIFY(m_page->messageText().isEmpty());
        QCOMPARE(m_page->section(Channel::Instagram)->statusText(), QStringLiteral("Active"));
    }

    // The app exists but has not set up two channels: those say so, the others show theirs.
    void appWithoutSomeChannels()
    {
        const sandbox::SeedConversationApp energy = sandbox::SeedIds::conversationApp(m_fx->server->config().projectId,
                                                                                      QStringLiteral("acme-energy"));
        showApp(energy.id);
        QCOMPARE(m_page->section(Channel::Telegram)->statusText(), QStringLiteral("No Telegram channel on this app."));
        QCOMPARE(m_page->section(Channel::Viber)->statusText(), QStringLiteral("No Viber channel on this app."));
        QCOMPARE(m_page->section(Channel::Instagram)->valueOf(QStringLiteral("name")), energy.displayName);
        QVERIFY(m_page->messageText().isEmpty());
    }
};

QTEST_MAIN(TstChannelsPage)
#include "tst_channelspage.moc"
