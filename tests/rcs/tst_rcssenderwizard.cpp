// The RCS sender wizard driven as a person drives it, on the RCS senders page against the
// sandbox: New (Ctrl+N), Next refused with its reason until a step is complete, the brand
// typed key by key with the preview following, a country checked with Space, a test
// number, Finish, the sender in the sandbox; an unfinished wizard kept as a draft and
// offered back by the next New; an existing sender edited (basics read-only, Ctrl+S); a
// launched sender whose brand is locked while its countries stay open.

#include "shownpage.h"
#include "guidriver.h"
#include "activity/activityfeedview.h"
#include "models/activityfeedmodel.h"
#include "domain/activity.h"
#include "models/resourcelistmodel.h"
#include "rcs/preview/rcsbrandpreviewwidget.h"
#include "rcs/testnumbers/rcstestnumberspanel.h"
#include "rcs/launch/rcslaunchpanel.h"
#include "rcs/senders/rcssenderdetail.h"
#include "rcs/senders/rcssenderspage.h"
#include "rcs/questionnaire/rcsquestionnaireform.h"
#include "rcs/questionnaire/rcsquestionnairesection.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "sandboxhttpclient.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "services/rcssenderservice.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/apirequest.h"

#include <QAction>
#include <QBuffer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QRandomGenerator>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;
using sinch::ui::RcsSenderWizard;

namespace {

QString countryRow(const QString &code)
{
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(QLocale::codeToTerritory(code)), code);
}

QString brandNameOf(const QJsonObject &doc)
{
    return doc.value("details").toObject().value("brand").toObject().value("name").toString();
}

} // namespace

class TstRcsSenderWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<ui::RcsSendersPage> m_page;
    QTemporaryDir m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;

    bool clickAction(const char *name)
    {
        auto *action = m_page->findChild<QAction *>(QLatin1String(name));
        QWidget *button = action ? m_page->toolBar()->widgetForAction(action) : nullptr;
        if (!button || !button->isEnabled())
            return false;
        GuiDriver::click(button);
        return true;
    }

    RcsSenderWizard *openNew()
    {
        // Back in the page's window, as a person clicks into it after a dialog closed.
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        if (!QTest::qWaitFor([this] { return m_page->wizard() && m_page->wizard()->isVisible(); }, 5000))
            return nullptr;
        return m_page->wizard();
    }

    RcsSenderWizard *openExisting(const QString &brand)
    {
        if (!GuiDriver(m_page.get()).clickRow(m_page->view(), brand))
            return nullptr;
        if (!QTest::qWaitFor([&] { return brandNameOf(m_page->senderDetail()->sender()) == brand; }, 5000))
            return nullptr;
        if (!clickAction("rcsSenders.edit"))
            return nullptr;
        if (!QTest::qWaitFor([this] { return m_page->wizard() && m_page->wizard()->isVisible(); }, 5000))
            return nullptr;
        return m_page->wizard();
    }

    QJsonObject senderNamed(const QString &name)
    {
        RcsSenderService service(m_fx->client.get(), m_fx->projectKey);
        const QJsonArray found = test::finished(service.list(name)).json.object().value("senders").toArray();
        return found.size() == 1 ? found.first().toObject() : QJsonObject();
    }

    // Region, billing category and use case chosen in their combo boxes' popups.
    static bool fillBasics(GuiDriver &wizard)
    {
        return wizard.choose(QStringLiteral("Region"), QStringLiteral("EU"))
               && wizard.choose(QStringLiteral("Billing category"), QStringLiteral("Conversational"))
               && wizard.choose(QStringLiteral("Use case"), QStringLiteral("Transactional"));
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        m_box = std::make_unique<ui::ScriptedMessageBox>();
        m_page = std::make_unique<ui::RcsSendersPage>(AreaCatalog::find(QStringLiteral("rcs.senders")), m_fx->client.get(), m_box.get());
        m_drafts = std::make_unique<DraftStore>(m_draftDir.filePath(QStringLiteral("drafts")));
        m_page->setDrafts(m_drafts.get());
        QVERIFY(test::showOnProject(m_page.get(), *m_fx, QSize(1400, 820)));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model() && m_page->model()->hasLoadedOnce(), 10000);
    }

    void cleanup()
    {
        QVERIFY2(m_box->allMet(), qPrintable(m_box->report()));
        if (m_page && m_page->wizard())
            m_page->wizard()->done(0);
        m_page.reset();
        m_drafts.reset();
        m_box.reset();
        m_fx.reset();
        GuiDriver::settle();
    }

    void createThroughEveryStep()
    {
        RcsSenderWizard *w = openNew();
        QVERIFY(w);
        GuiDriver wizard(w);
        auto *next = wizard.get<QPushButton>(QStringLiteral("Next"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(next->toolTip().contains(QStringLiteral("region")), qPrintable(next->toolTip()));
        QVERIFY(fillBasics(wizard));
        QTRY_VERIFY(next->isEnabled());
        GuiDriver::key(Qt::Key_N, Qt::AltModifier); // Alt+N: Next
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);

        // Brand: Next waits for a name; the preview follows every key.
        QVERIFY(!next->isEnabled());
        QVERIFY2(next->toolTip().contains(QStringLiteral("brand name")), qPrintable(next->toolTip()));
        // Alt+N is Next's on every step: no field's label takes it (Next is off, nothing moves).
        wizard.get<QLineEdit>(QStringLiteral("Description"))->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::AltModifier);
        GuiDriver::settle();
        QCOMPARE(QApplication::focusWidget(), wizard.get<QLineEdit>(QStringLiteral("Description")));
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Brand name"), QStringLiteral("Wizard Bakery")));
        QCOMPARE(w->preview()->brand().value("name").toString(), QStringLiteral("Wizard Bakery"));
        QVERIFY(w->preview()->description().contains(QStringLiteral("Wizard Bakery")));
        // A disabled Next leaves Alt+N to the field, which types an "n" as on any Linux
        // desktop: the person selects it all and types over it.
        GuiDriver::click(wizard.get<QLineEdit>(QStringLiteral("Description")));
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        GuiDriver::typeKeys(QApplication::focusWidget(), QStringLiteral("Fresh bread every morning"));
        QCOMPARE(wizard.get<QLineEdit>(QStringLiteral("Description"))->text(), QStringLiteral("Fresh bread every morning"));
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Brand colour"), QStringLiteral("#FFD54F")));
        // A light colour is only a warning: white text on it is hard to read.
        QTRY_VERIFY(next->isEnabled());
        bool contrastWarned = false;
        for (const rules::Finding &f : w->findings())
            contrastWarned |= f.rule == QLatin1String("rcs.brand.color.contrast") && !f.isError();
        QVERIFY(contrastWarned);
        auto *colour = wizard.get<QLineEdit>(QStringLiteral("Brand colour"));
        colour->selectAll();
        GuiDriver::typeKeys(colour, QStringLiteral("#0B57D0"));
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Logo URL"), QStringLiteral("https://cdn.bakery.example/logo.gif")));
        QTRY_VERIFY(!next->isEnabled()); // a GIF logo is refused, the reason on Next
        QVERIFY2(next->toolTip().contains(QStringLiteral("JPEG or PNG")), qPrintable(next->toolTip()));
        QVERIFY(w->preview()->findings().size() >= 1); // marked on the logo of the card
        // A click on the card's name puts the keyboard in the name field.
        int namePart = -1;
        for (int i = 0; i < w->preview()->parts().size(); ++i)
            if (w->preview()->parts().at(i).path == QLatin1String("details.brand.name"))
                namePart = i;
        QVERIFY(namePart >= 0);
        QTest::mouseClick(w->preview()->canvas(), Qt::LeftButton, {}, w->preview()->parts().at(namePart).rect.center().toPoint());
        QCOMPARE(QApplication::focusWidget(), wizard.get<QLineEdit>(QStringLiteral("Brand name")));
        auto *logo = wizard.get<QLineEdit>(QStringLiteral("Logo URL"));
        GuiDriver::click(logo);
        GuiDriver::key(Qt::Key_End);
        for (int i = 0; i < 3; ++i)
            GuiDriver::key(Qt::Key_Backspace);
        GuiDriver::typeKeys(logo, QStringLiteral("png"));
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(wizard.click(QStringLiteral("Add phone number")));
        GuiDriver::settle();
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1"), QStringLiteral("020-7123")));
        QTRY_VERIFY(!next->isEnabled());
        auto *phone = wizard.get<QLineEdit>(QStringLiteral("Phone number 1"));
        phone->clear();
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1"), QStringLiteral("+442071234567")));
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1 label"), QStringLiteral("Shop")));
        QTRY_VERIFY(next->isEnabled());
        QCOMPARE(w->preview()->brand().value("phones").toArray().size(), 1);
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) {
            QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
            QVERIFY(w->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/rcs-wizard.png")));
            QVERIFY(wizard.click(QStringLiteral("Dark preview")));
            QVERIFY(w->preview()->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/rcs-brand-preview-dark.png")));
            QVERIFY(wizard.click(QStringLiteral("Light preview")));
        }
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Countries);

        // Countries: at least one, checked with Space.
        QVERIFY(!next->isEnabled());
        auto *countries = wizard.get<QListWidget>(QStringLiteral("Countries"));
        QVERIFY(wizard.clickRow(countries, countryRow(QStringLiteral("GB"))));
        GuiDriver::key(Qt::Key_Space);
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Questionnaire);
        // The questionnaire of the chosen use case and country, as the API asks it.
        auto *questionnaire = w->findChild<ui::RcsQuestionnaireForm *>();
        QVERIFY(questionnaire);
        QTRY_VERIFY_WITH_TIMEOUT(questionnaire->sectionKeys().contains(QStringLiteral("gb")), 10000);
        QVERIFY(questionnaire->sectionKeys().contains(QStringLiteral("general")));
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::TestNumbers);

        QVERIFY(wizard.click(QStringLiteral("Add test number")));
        GuiDriver::settle();
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Test number 1"), QStringLiteral("0701234567")));
        QTRY_VERIFY(!next->isEnabled());
        QVERIFY2(next->toolTip().contains(QStringLiteral("E.164")), qPrintable(next->toolTip()));
        wizard.get<QLineEdit>(QStringLiteral("Test number 1"))->clear();
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Test number 1"), QStringLiteral("+46701234567")));
        QTRY_VERIFY(next->isEnabled());
        // Back and forth keeps what was typed.
        QVERIFY(wizard.click(QStringLiteral("Back")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Questionnaire);
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::TestNumbers);
        QCOMPARE(wizard.get<QLineEdit>(QStringLiteral("Test number 1"))->text(), QStringLiteral("+46701234567"));
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Review);

        QVERIFY(wizard.click(QStringLiteral("Finish")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
        const QJsonObject created = senderNamed(QStringLiteral("Wizard Bakery"));
        QVERIFY(!created.isEmpty());
        QCOMPARE(created.value("state").toString(), QStringLiteral("IN_TEST"));
        QCOMPARE(created.value("useCase").toString(), QStringLiteral("TRANSACTIONAL"));
        const QJsonObject brand = created.value("details").toObject().value("brand").toObject();
        QCOMPARE(brand.value("color").toString(), QStringLiteral("#0B57D0"));
        QCOMPARE(brand.value("phones").toArray().first().toObject().value("number").toString(), QStringLiteral("+442071234567"));
        QCOMPARE(created.value("details").toObject().value("countries").toArray(), QJsonArray{"GB"});
        QVERIFY(!brand.contains("bannerUrl")); // left blank: not sent
    }

    // The logo and banner behind their URLs are fetched when the field is left, shown in the
    // card and checked against the contract's words on the field (type, exact size, bytes).
    void brandImagesAreFetchedAndChecked()
    {
        QHttpServer images;
        const auto png = [](const QSize &size, bool noise) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(QColor(0x0B, 0x57, 0xD0));
            if (noise) // incompressible: a big file
                for (int y = 0; y < size.height(); ++y)
                    for (int x = 0; x < size.width(); ++x)
                        image.setPixel(x, y, QRandomGenerator::global()->generate());
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        const QByteArray logo = png(QSize(224, 224), false), wrongLogo = png(QSize(300, 300), false), banner = png(QSize(1440, 448), true);
        images.route(QStringLiteral("/logo.png"), [logo] { return QHttpServerResponse("image/png", logo); });
        images.route(QStringLiteral("/big-logo.png"), [wrongLogo] { return QHttpServerResponse("image/png", wrongLogo); });
        images.route(QStringLiteral("/banner.png"), [banner] { return QHttpServerResponse("image/png", banner); });
        images.route(QStringLiteral("/page.html"), [] { return QHttpServerResponse("text/html", QByteArray("<html></html>")); });
        const quint16 port = images.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        RcsSenderWizard *w = openNew();
        QVERIFY(w);
        GuiDriver wizard(w);
        QVERIFY(fillBasics(wizard));
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Brand name"), QStringLiteral("Pixel Bakery")));
        auto *logoCheck = wizard.get<QLabel>(QStringLiteral("Logo check"));
        QVERIFY2(logoCheck->text().contains(QStringLiteral("224 × 224")), qPrintable(logoCheck->text()));

        QVERIFY(wizard.typeAtEnd(QStringLiteral("Logo URL"), base + QStringLiteral("/big-logo.png")));
        GuiDriver::key(Qt::Key_Tab);
        QTRY_VERIFY2(logoCheck->text().contains(QStringLiteral("It is 300 × 300 pixels; it must be exactly 224 × 224.")),
                     qPrintable(logoCheck->text()));
        auto *logoField = wizard.get<QLineEdit>(QStringLiteral("Logo URL"));
        GuiDriver::click(logoField);
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        GuiDriver::typeKeys(logoField, base + QStringLiteral("/logo.png"));
        GuiDriver::key(Qt::Key_Tab);
        QTRY_VERIFY2(logoCheck->text().contains(QStringLiteral("224 × 224 PNG")) && logoCheck->text().contains(QStringLiteral("as Sinch needs it")),
                     qPrintable(logoCheck->text()));
        QTRY_VERIFY(w->preview()->showsLogoImage());

        QVERIFY(wizard.typeAtEnd(QStringLiteral("Banner URL"), base + QStringLiteral("/banner.png")));
        GuiDriver::key(Qt::Key_Tab);
        auto *bannerCheck = wizard.get<QLabel>(QStringLiteral("Banner check"));
        QTRY_VERIFY2(bannerCheck->text().contains(QStringLiteral("at most 200 KB is allowed")), qPrintable(bannerCheck->text()));
        auto *bannerField = wizard.get<QLineEdit>(QStringLiteral("Banner URL"));
        GuiDriver::click(bannerField);
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        GuiDriver::typeKeys(bannerField, base + QStringLiteral("/page.html"));
        GuiDriver::key(Qt::Key_Tab);
        QTRY_VERIFY2(bannerCheck->text().contains(QStringLiteral("not an image")), qPrintable(bannerCheck->text()));
        // Undo brings the banner URL back without a visit to the field: checked again, from what is known.
        GuiDriver::key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY2(bannerCheck->text().contains(QStringLiteral("at most 200 KB")), qPrintable(bannerCheck->text()));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) {
            QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
            QVERIFY(w->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/rcs-wizard-images.png")));
        }
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Keep what you typed"), QMessageBox::Discard);
        QVERIFY(wizard.click(QStringLiteral("Cancel")));
        QTRY_VERIFY(!m_page->wizard());
    }

    void anUnfinishedWizardComesBack()
    {
        RcsSenderWizard *w = openNew();
        QVERIFY(w);
        GuiDriver wizard(w);
        QVERIFY(fillBasics(wizard));
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Brand name"), QStringLiteral("Half Done")));
        m_box->expect(MessageBox::Kind::Question, QStringLiteral("Keep what you typed"), QMessageBox::Save);
        QVERIFY(wizard.click(QStringLiteral("Cancel")));
        QTRY_VERIFY(!m_page->wizard());
        QVERIFY(senderNamed(QStringLiteral("Half Done")).isEmpty());

        RcsSenderWizard *again = openNew();
        QVERIFY(again);
        QCOMPARE(brandNameOf(again->document()), QStringLiteral("Half Done"));
        QCOMPARE(again->document().value("region").toString(), QStringLiteral("EU"));
        QVERIFY2(again->messageText().contains(QStringLiteral("back")), qPrintable(again->messageText()));
        // Undo drops what came back.
        again->undoStack()->undo();
        QCOMPARE(brandNameOf(again->document()), QString());
    }

    // The page's Test devices and Launch tabs show the chosen sender; a missing launch
    // requirement, activated with Enter, opens the wizard at its field.
    void launchTabsFollowTheSenderAndOpenTheWizard()
    {
        QJsonObject in = test::requestExample("RcsSendersController_createSender_v1", "input");
        QJsonObject details = in.value("details").toObject();
        QJsonObject brand = details.value("brand").toObject();
        brand.insert("name", QStringLiteral("No Logo Brand"));
        brand.remove("logoUrl");
        details.insert("brand", brand);
        in.insert("details", details);
        QVERIFY(m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(in)).ok());
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoadedOnce() && !m_page->model()->isLoading(), 10000);
        GuiDriver page(m_page.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.clickRow(m_page->view(), QStringLiteral("No Logo Brand")), 10000);
        QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("No Logo Brand"));
        const QString id = m_page->senderDetail()->sender().value("id").toString();
        QVERIFY(m_page->testNumbersPanel() && m_page->launchPanel());
        QCOMPARE(m_page->testNumbersPanel()->sender().value("id").toString(), id);
        QCOMPARE(m_page->launchPanel()->sender().value("id").toString(), id);
        QTabWidget *tabs = m_page->detailTabs();
        QVERIFY(tabs->indexOf(m_page->testNumbersPanel()) >= 0);
        tabs->setCurrentWidget(m_page->launchPanel());
        auto *checklist = page.get<QListWidget>(QStringLiteral("Launch checklist"));
        QVERIFY(checklist);
        int logo = -1;
        for (int i = 0; i < checklist->count(); ++i)
            if (checklist->item(i)->toolTip().contains(QLatin1String("details.brand.logoUrl")))
                logo = i;
        QVERIFY2(logo >= 0, "the missing logo is listed by its field");
        QVERIFY(page.clickRow(checklist, checklist->item(logo)->text()));
        GuiDriver::key(Qt::Key_Return);
        QTRY_VERIFY(m_page->wizard() && m_page->wizard()->isVisible());
        QTRY_COMPARE(m_page->wizard()->step(), RcsSenderWizard::Brand);
        QTRY_COMPARE(QApplication::focusWidget(), GuiDriver(m_page->wizard()).get(QStringLiteral("Logo URL")));
    }

    void editAnExistingSender()
    {
        RcsSenderWizard *w = openExisting(QStringLiteral("Acme Travel"));
        QVERIFY(w);
        QVERIFY(!w->isNew());
        GuiDriver wizard(w);
        auto *region = wizard.get<QComboBox>(QStringLiteral("Region"));
        const QString regionBefore = m_page->senderDetail()->sender().value("region").toString();
        QVERIFY(!regionBefore.isEmpty());
        QCOMPARE(region->currentText(), regionBefore);
        QVERIFY(!region->isEnabled());
        QVERIFY2(region->toolTip().contains(QStringLiteral("only its details")), qPrintable(region->toolTip()));
        QVERIFY(!w->findChild<QLabel *>(QStringLiteral("hostingRegion"))->text().isEmpty());
        auto *next = wizard.get<QPushButton>(QStringLiteral("Next"));
        QVERIFY(next->isEnabled());
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
        QCOMPARE(wizard.get<QLineEdit>(QStringLiteral("Brand name"))->text(), QStringLiteral("Acme Travel"));
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Description"), QStringLiteral(" and more")));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
        const QJsonObject saved = senderNamed(QStringLiteral("Acme Travel"));
        QVERIFY(saved.value("details").toObject().value("brand").toObject().value("description").toString().endsWith(" and more"));
        QCOMPARE(saved.value("region").toString(), regionBefore); // not sent: the update takes only details
    }

    // An existing sender's answer cleared and a country removed: the answers of the removed
    // country are kept while editing (the section folded) and deleted by the save, with the
    // cleared answer, because the update deletes only what it sends as null.
    void clearedAnswersAndARemovedCountryAreDeleted()
    {
        const QJsonObject before = senderNamed(QStringLiteral("Acme Travel"));
        const QJsonObject q0 = before.value("details").toObject().value("questionnaire").toObject();
        QVERIFY(q0.value("es").toObject().value("answers").toObject().contains("firstMessage"));
        QVERIFY(q0.value("verification").toObject().value("answers").toObject().contains("title"));
        RcsSenderWizard *w = openExisting(QStringLiteral("Acme Travel"));
        QVERIFY(w);
        GuiDriver wizard(w);
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Countries);
        QVERIFY(wizard.clickRow(wizard.get<QListWidget>(QStringLiteral("Countries")), countryRow(QStringLiteral("ES"))));
        GuiDriver::key(Qt::Key_Space); // Spain unchecked
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Questionnaire);
        auto *questionnaire = w->findChild<ui::RcsQuestionnaireForm *>();
        QVERIFY(questionnaire);
        QTRY_VERIFY_WITH_TIMEOUT(!questionnaire->isLoading() && questionnaire->section(QStringLiteral("es")), 10000);
        QVERIFY(questionnaire->section(QStringLiteral("es"))->isKept());
        auto *title = w->findChild<QLineEdit *>(QStringLiteral("answer:details.questionnaire.verification.answers.title"));
        QVERIFY(title);
        QVERIFY(!title->text().isEmpty());
        GuiDriver::click(title);
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        GuiDriver::key(Qt::Key_Backspace);
        QVERIFY(title->text().isEmpty());
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
        const QJsonObject saved = senderNamed(QStringLiteral("Acme Travel"));
        const QJsonObject details = saved.value("details").toObject();
        QCOMPARE(details.value("countries").toArray(), QJsonArray{"DE"});
        const QJsonObject q = details.value("questionnaire").toObject();
        QVERIFY(q.value("es").toObject().value("answers").toObject().isEmpty());
        QVERIFY(!q.value("verification").toObject().value("answers").toObject().contains("title"));
        QVERIFY(q.value("verification").toObject().value("answers").toObject().contains("name"));
    }

    void aLaunchedSenderKeepsItsBrand()
    {
        RcsSenderWizard *w = openExisting(QStringLiteral("Acme Bank"));
        QVERIFY(w);
        QCOMPARE(m_page->senderDetail()->sender().value("state").toString(), QStringLiteral("LAUNCHED"));
        // The token is dots until revealed, and masked again for the next sender.
        QCOMPARE(m_page->senderDetail()->tokenField()->echoMode(), QLineEdit::Password);
        GuiDriver wizard(w);
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
        auto *name = wizard.get<QLineEdit>(QStringLiteral("Brand name"));
        QVERIFY(name->isReadOnly());
        // The reason in words (the list joined as the locale joins lists), not the contract's
        // English sentence with its paths and enum values.
        QVERIFY2(name->toolTip().startsWith(QStringLiteral("Read-only: While the sender is “Launched”, only its countries")),
                 qPrintable(name->toolTip()));
        QVERIFY2(name->toolTip().endsWith(QStringLiteral("its launch can change.")), qPrintable(name->toolTip()));
        QVERIFY(!wizard.get<QPushButton>(QStringLiteral("Choose brand colour"))->isEnabled());
        QVERIFY(wizard.click(QStringLiteral("Next")));
        QTRY_COMPARE(w->step(), RcsSenderWizard::Countries);
        QVERIFY(wizard.get<QListWidget>(QStringLiteral("Countries"))->isEnabled());
        QVERIFY(wizard.click(QStringLiteral("Cancel"))); // nothing typed: closes without asking
        QTRY_VERIFY(!m_page->wizard());
    }

    // An RCS sender's activity sits beside it, with comments; the RCS account has its own
    // feed. Both are the activity issue's feed component against the sandbox.
    void sendersAndTheAccountHaveActivityAndComments()
    {
        QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Bank")));
        QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("Acme Bank"));
        ui::ActivityFeedView *view = m_page->activityView();
        QVERIFY(view);
        // The Activity tab, clicked as a person does: the feed is read when it is shown.
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : m_page->findChildren<QTabWidget *>())
            if (t->indexOf(view) >= 0)
                tabs = t;
        QVERIFY(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(view)).center());
        QTRY_COMPARE(tabs->currentWidget(), view);
        QCOMPARE(view->feed().kind, FeedRef::Kind::RcsSender);
        QCOMPARE(view->feed().ids, QStringList{m_page->senderDetail()->sender().value("id").toString()});
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasLoadedOnce() && !view->model()->isLoading(), 10000);
        const int before = view->model()->rowCount();
        QVERIFY(before > 0); // created and launched by the seed
        QVERIFY(GuiDriver(m_page.get()).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Operators in the US asked for a new logo.")));
        QVERIFY(GuiDriver(m_page.get()).click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, 10000);
        QCOMPARE(view->pendingCount(), 0);
        // The comment is on the server's feed of that sender.
        ApiRequest feedRequest(QStringLiteral("RcsSendersController_listActivities_v1"));
        const ApiResult feed = m_fx->callSync(feedRequest.path(QStringLiteral("senderId"), view->feed().ids.first()));
        QVERIFY2(QJsonDocument(feed.json).toJson().contains("Operators in the US asked for a new logo."), feed.json.toJson().left(300).constData());
        // No credential in what the page shows.
        const QString token = m_page->senderDetail()->sender().value("authToken").toString();
        QVERIFY(!token.isEmpty());
        for (QWidget *w : m_page->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w))
                QVERIFY(!l->text().contains(token));
            if (auto *e = qobject_cast<QLineEdit *>(w))
                QVERIFY(e->echoMode() == QLineEdit::Password || !e->text().contains(token));
        }

        // The account's feed, as the RCS › Account activity page shows it.
        ui::ActivityFeedView account(m_fx->client.get(), nullptr);
        account.resize(600, 500);
        account.show();
        FeedRef ref;
        ref.projectKey = m_fx->projectKey;
        ref.kind = FeedRef::Kind::RcsAccount;
        account.setFeed(ref);
        QTRY_VERIFY_WITH_TIMEOUT(account.model()->hasLoadedOnce() && !account.model()->isLoading(), 10000);
        const int accountBefore = account.model()->rowCount();
        QVERIFY(GuiDriver(&account).typeAtEnd(QStringLiteral("Comment"), QStringLiteral("Brand guidelines updated for 2027.")));
        QVERIFY(GuiDriver(&account).click(QStringLiteral("Post comment")));
        QTRY_COMPARE_WITH_TIMEOUT(account.model()->rowCount(), accountBefore + 1, 10000);
    }

    void theTokenIsMaskedUntilRevealed()
    {
        QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Bank")));
        QLineEdit *token = m_page->senderDetail()->tokenField();
        QTRY_VERIFY(!token->text().isEmpty());
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(GuiDriver(m_page.get()).click(QStringLiteral("Reveal auth token")));
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QVERIFY(GuiDriver(m_page.get()).clickRow(m_page->view(), QStringLiteral("Acme Retail")));
        QTRY_COMPARE(brandNameOf(m_page->senderDetail()->sender()), QStringLiteral("Acme Retail"));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        // The list says the contract's states in words, as the overview does (OTP, an
        // initialism, stays as it is in English).
        const QModelIndex bank = GuiDriver::findRow(m_page->view(), QStringLiteral("Acme Bank"));
        QCOMPARE(bank.siblingAtColumn(1).data().toString(), QStringLiteral("Launched"));
        QCOMPARE(bank.siblingAtColumn(2).data().toString(), QStringLiteral("OTP"));
        // The detail says the state once, with what comes next.
        const QString state = m_page->senderDetail()->findChild<QLabel *>(QStringLiteral("state"))->text();
        QVERIFY2(state.startsWith(QStringLiteral("Launched: ")) && state.count(QStringLiteral("Launched")) == 1, qPrintable(state));
    }
};

QTEST_MAIN(TstRcsSenderWizard)
#include "tst_rcssenderwizard.moc"
