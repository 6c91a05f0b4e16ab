// Add project: validation as the user types, "Test and save" against the sandbox.
#include "testsupport.h"

#include "projects/addprojectdialog.h"
#include "projects/projectmanager.h"
#include "api/apiclient.h"
#include "api/contract.h"
#include "guidriver.h"
#include "scriptedmessagebox.h"
#include "auth/credentialstore.h"
#include "sandbox/sandboxserver.h"
#include "storage/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QAction>
#include <QImage>

using namespace sinch;
using namespace sinch::ui;
using sinch::test::GuiDriver;

class TestAddProjectDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<test::SandboxFixture> fx;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<ProjectManager> manager;

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void fillSandbox(AddProjectDialog &d, const QString &secret)
    {
        type(d.displayNameEdit(), QStringLiteral("Shop"));
        type(d.projectIdEdit(), fx->server->config().projectId);
        type(d.keyIdEdit(), fx->server->config().keyId);
        type(d.secretEdit(), secret);
        type(d.baseUrlEdit(), fx->server->baseUrl().toString());
        type(d.tokenUrlEdit(), fx->server->tokenUrl().toString());
    }

    SecretResult readSecret(const QUuid &id)
    {
        SecretResult out;
        bool done = false;
        credentials->read(id, this, [&](const SecretResult &r) { out = r; done = true; });
        if (!QTest::qWaitFor([&]() { return done; }, 20000))
            out.error = QStringLiteral("timeout");
        return out;
    }

private slots:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        sandbox::SandboxConfig config;
        config.seed = false;
        fx = std::make_unique<test::SandboxFixture>(config, AuthMode::OAuth2);
        QVERIFY2(fx->started, qPrintable(fx->error));
        fx->client->retryPolicy().maxAttempts = 1;
        store = std::make_unique<ProjectStore>(dir->filePath(QStringLiteral("settings.ini")));
        credentials = std::make_unique<CredentialStore>(QStringLiteral("sinch-console-test-%1").arg(QCoreApplication::applicationPid()));
        manager = std::make_unique<ProjectManager>(store.get(), credentials.get(), fx->client.get());
    }

    void cleanup()
    {
        manager.reset();
        credentials.reset();
        store.reset();
        fx.reset();
        dir.reset();
    }

    void refusesInvalidInput()
    {
        AddProjectDialog d(manager.get());
        d.show();
        QVERIFY(!d.saveButton()->isEnabled()); // empty form
        QVERIFY(d.errors().size() >= 3);
        type(d.displayNameEdit(), QStringLiteral("Shop"));
        QVERIFY(!d.saveButton()->isEnabled());
        auto *problems = d.findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(problems);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("project ID")));

        fillSandbox(d, QStringLiteral("s3cret"));
        QVERIFY2(d.errors().isEmpty(), qPrintable(d.errors().join(QLatin1Char('\n'))));
        QVERIFY(d.saveButton()->isEnabled());

        // Plain http to a real host is an error; a project ID that is not a UUID only a warning.
        type(d.baseUrlEdit(), QStringLiteral("http://provisioning.example.com"));
        QVERIFY(!d.saveButton()->isEnabled());
        QVERIFY(problems->text().contains(QStringLiteral("https")));
        type(d.baseUrlEdit(), fx->server->baseUrl().toString());
        type(d.projectIdEdit(), QStringLiteral("my-shop"));
        QVERIFY(d.saveButton()->isEnabled());
        QCOMPARE(d.warnings().size(), 1);
        QVERIFY(problems->text().contains(QStringLiteral("UUID")));

        // No secret, no save.
        type(d.projectIdEdit(), fx->server->config().projectId);
        d.secretEdit()->clear();
        QTest::keyClicks(d.secretEdit(), QStringLiteral("x"));
        QTest::keyClick(d.secretEdit(), Qt::Key_Backspace);
        QVERIFY(!d.saveButton()->isEnabled());

        d.testAndSave(); // refused without a request
        QVERIFY(!d.isTesting());
        QVERIFY(store->projects().isEmpty());
    }

    void wrongKeyShowsServerErrorAndSavesNothing()
    {
        AddProjectDialog d(manager.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        fillSandbox(d, QStringLiteral("not-the-secret"));
        QSignalSpy saved(&d, &AddProjectDialog::saved);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QVERIFY(!d.saveButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isTesting(), 15000);
        QVERIFY(d.isVisible());
        QCOMPARE(saved.count(), 0);
        QVERIFY(!d.statusText().isEmpty());
        QVERIFY(!d.statusText().contains(QStringLiteral("Testing")));
        QVERIFY(store->projects().isEmpty());
        QVERIFY(!readSecret(d.project().id).ok);
        QVERIFY(d.saveButton()->isEnabled()); // the user can correct and try again
        // The temporary endpoint is gone.
        QCOMPARE(fx->client->inFlight(), 0);
        // The keyboard is back on Save (not on Cancel): Enter tries again, nothing is lost.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(d.saveButton()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(d.isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isTesting(), 15000);
        QVERIFY(d.isVisible());
        QCOMPARE(d.displayNameEdit()->text(), QStringLiteral("Shop"));
    }

    // Escape (or Cancel) with something typed asks first; with nothing typed it just closes.
    void escapeAsksBeforeDroppingWhatWasTyped()
    {
        ScriptedMessageBox box;
        {
            AddProjectDialog d(manager.get());
            d.setMessageBox(&box);
            d.show();
            QVERIFY(QTest::qWaitForWindowActive(&d));
            QTest::keyClick(&d, Qt::Key_Escape);
            QVERIFY(!d.isVisible());
        }
        AddProjectDialog d(manager.get());
        d.setMessageBox(&box);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        fillSandbox(d, QStringLiteral("a-secret"));
        box.expect(MessageBox::Kind::Question, QStringLiteral("The new project has unsaved changes"), QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(d.isVisible());
        QCOMPARE(d.displayNameEdit()->text(), QStringLiteral("Shop"));
        box.expect(MessageBox::Kind::Question, QStringLiteral("The new project has unsaved changes"), QMessageBox::Discard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY2(box.allMet(), qPrintable(box.report()));
        QVERIFY(store->projects().isEmpty());
    }

    void rightKeySavesProjectAndSecret()
    {
        AddProjectDialog d(manager.get());
        d.show();
        fillSandbox(d, fx->server->config().keySecret);
        // The Conversation API region: the contract's servers, EU first; US chosen.
        QCOMPARE(d.regionBox()->count(), 2);
        QVERIFY(d.regionBox()->itemText(0).startsWith(QStringLiteral("EU")));
        QVERIFY(GuiDriver(&d).choose(QStringLiteral("Conversation API region"), d.regionBox()->itemText(1)));
        QSignalSpy saved(&d, &AddProjectDialog::saved);
        QSignalSpy finished(&d, &QDialog::finished);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const QList<Project> saved_ = store->projects();
        QCOMPARE(saved_.size(), 1);
        QCOMPARE(saved_.first().displayName, QStringLiteral("Shop"));
        QCOMPARE(saved_.first().baseUrl, fx->server->baseUrl());
        QCOMPARE(saved_.first().conversationUrl, Contract::conversationServers().at(1));
        const SecretResult r = readSecret(saved_.first().id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, fx->server->config().keySecret);
        QVERIFY(manager->isReady(saved_.first().id));
        QCOMPARE(fx->server->requestCount(QStringLiteral("WebhookController_listWebhooks_v1")), 1);
    }

    void cancelWhileTesting()
    {
        sandbox::FaultSettings slow;
        slow.latencyMs = 3000;
        fx->server->setFaults(slow);
        AddProjectDialog d(manager.get());
        d.show();
        fillSandbox(d, fx->server->config().keySecret);
        QSignalSpy saved(&d, &AddProjectDialog::saved);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QVERIFY(d.isTesting());
        QTest::qWait(100);
        auto *cancel = d.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(!d.isTesting());
        QVERIFY(!d.isVisible());
        QTest::qWait(500);
        QCOMPARE(saved.count(), 0);
        QVERIFY(store->projects().isEmpty());
    }

    // The eye at the end of the secret field is drawn (without an icon theme it was an
    // empty square nobody saw), and a click shows the secret, another hides it again.
    void theEyeShowsTheSecret()
    {
        AddProjectDialog d(manager.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        type(d.secretEdit(), QStringLiteral("s3cret"));
        QToolButton *eye = nullptr;
        for (QToolButton *b : d.secretEdit()->findChildren<QToolButton *>())
            if (b->isVisible() && b->defaultAction() && b->defaultAction()->text() == QStringLiteral("Show secret"))
                eye = b;
        QVERIFY(eye);
        const QImage drawn = eye->grab().toImage();
        int inked = 0;
        const QColor field = drawn.pixelColor(0, 0);
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                inked += drawn.pixelColor(x, y) != field;
        QVERIFY2(inked > 10, "the eye is not drawn");
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(d.secretEdit()->echoMode(), QLineEdit::Password);
    }

    void editKeepsIdAndSecret()
    {
        Project p;
        p.id = QUuid::createUuid();
        p.displayName = QStringLiteral("Old");
        p.projectId = fx->server->config().projectId;
        p.keyId = fx->server->config().keyId;
        p.baseUrl = fx->server->baseUrl();
        p.tokenUrl = fx->server->tokenUrl();
        QVERIFY(store->save(p));
        AddProjectDialog d(manager.get());
        d.setProject(p, fx->server->config().keySecret);
        d.show();
        QVERIFY(d.saveButton()->isEnabled()); // the secret field may stay empty
        type(d.displayNameEdit(), QStringLiteral("New name"));
        QSignalSpy saved(&d, &AddProjectDialog::saved);
        d.testAndSave();
        QVERIFY(saved.wait(20000));
        QCOMPARE(store->projects().size(), 1);
        QCOMPARE(store->projects().first().id, p.id);
        QCOMPARE(store->projects().first().displayName, QStringLiteral("New name"));
    }
};

QTEST_MAIN(TestAddProjectDialog)
#include "tst_addprojectdialog.moc"
