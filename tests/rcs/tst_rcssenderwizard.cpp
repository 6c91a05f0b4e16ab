// A new RCS sender through the wizard (the suite: tst_rcssenderwizard.h).
#include "tst_rcssenderwizard.h"

#include "editing/findingslist.h"

#include <QListWidget>

void TstRcsSenderWizard::init()
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

void TstRcsSenderWizard::cleanup()
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

void TstRcsSenderWizard::createThroughEveryStep()
{
    RcsSenderWizard *w = openNew();
    QVERIFY(w);
    GuiDriver wizard(w);
    auto *next = wizard.get<QPushButton>(QStringLiteral("Next"));
    QVERIFY(!next->isEnabled());
    QVERIFY2(next->toolTip().contains(QStringLiteral("region")), qPrintable(next->toolTip()));
    // The findings of this step only: the brand name is asked for on the next one.
    const auto listedText = [w] {
        QStringList out;
        const QListWidget *list = w->findChild<ui::FindingsList *>();
        for (int i = 0; list && i < list->count(); ++i)
            out << list->item(i)->text();
        return out.join(QLatin1Char('\n'));
    };
    QVERIFY2(!listedText().contains(QStringLiteral("brand name")), qPrintable(listedText()));
    QVERIFY(fillBasics(wizard));
    QTRY_VERIFY(next->isEnabled());
    GuiDriver::key(Qt::Key_N, Qt::AltModifier); // Alt+N: Next
    QTRY_COMPARE(w->step(), RcsSenderWizard::Brand);
    // The keyboard is in the step's first field (Next, disabled here, left it to Cancel).
    QTRY_COMPARE(QApplication::focusWidget(), wizard.get<QLineEdit>(QStringLiteral("Brand name")));

    // Brand: Next waits for a name; the preview follows every key.
    QVERIFY(!next->isEnabled());
    QVERIFY2(listedText().contains(QStringLiteral("brand name")), qPrintable(listedText()));
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
    // Spaced as people write it, 16 characters: past the field's 15, said while typing
    // (the server refused it at Finish).
    QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1"), QStringLiteral("+44 20 7123 4567")));
    QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1 label"), QStringLiteral("Shop")));
    QTRY_VERIFY(!next->isEnabled());
    QVERIFY2(next->toolTip().contains(QStringLiteral("Leave out the spaces")), qPrintable(next->toolTip()));
    phone->clear();
    QVERIFY(wizard.typeAtEnd(QStringLiteral("Phone number 1"), QStringLiteral("+442071234567")));
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
    // In the order of their names, as a person looks for one.
    QStringList names;
    for (int i = 0; i < countries->count(); ++i)
        names << countries->item(i)->text();
    QVERIFY(names.size() > 5);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(names.indexOf(countryRow(QStringLiteral("GB"))) < names.indexOf(countryRow(QStringLiteral("US"))));
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
    // An answer the contract refuses is a problem of the wizard's: listed, and Next waits.
    auto *videos = w->findChild<QLineEdit *>(QStringLiteral("answer:details.questionnaire.general.answers.videoUris"));
    QVERIFY(videos);
    videos->setFocus();
    QTest::keyClicks(videos, QStringLiteral("notaurl"));
    QTRY_VERIFY(!next->isEnabled());
    QVERIFY2(next->toolTip().contains(QStringLiteral("entry 1 must be a URL address")), qPrintable(next->toolTip()));
    // Named as the form shows it: its section and its question, not the field's key.
    QVERIFY2(next->toolTip().contains(QStringLiteral("General · ")) && !next->toolTip().contains(QStringLiteral("videoUris")),
             qPrintable(next->toolTip()));
    bool listed = false;
    for (const rules::Finding &f : w->findings())
        listed = listed || f.path.startsWith(QLatin1String("details.questionnaire.general.answers.videoUris"));
    QVERIFY(listed);
    videos->clear();
    QTest::keyClicks(videos, QStringLiteral("https://acme.example/video.mp4"));
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(wizard.click(QStringLiteral("Next")));
    QTRY_COMPARE(w->step(), RcsSenderWizard::TestNumbers);

    QVERIFY(wizard.click(QStringLiteral("Add test number")));
    GuiDriver::settle();
    // The new number's field has the keyboard.
    QTRY_COMPARE(QApplication::focusWidget(), wizard.get<QLineEdit>(QStringLiteral("Test number 1")));
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
    QTRY_COMPARE(QApplication::focusWidget(), wizard.get<QPushButton>(QStringLiteral("Finish")));
    // No problem stops Finish, and the launch's own list says what it will still ask for:
    // the banner left blank among them, as the launch panel will say it.
    auto *beforeLaunch = w->findChild<QLabel *>(QStringLiteral("review:beforeLaunch"));
    QVERIFY(beforeLaunch && beforeLaunch->isVisible());
    QVERIFY2(beforeLaunch->text().contains(QStringLiteral("Banner is missing: fill it in.")), qPrintable(beforeLaunch->text()));
    QVERIFY(wizard.get<QPushButton>(QStringLiteral("Finish"))->isEnabled());

    QVERIFY(wizard.click(QStringLiteral("Finish")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 10000);
    // The new sender is chosen in the list.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->currentIndex().data().toString(), QStringLiteral("Wizard Bakery"), 10000);
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
void TstRcsSenderWizard::brandImagesAreFetchedAndChecked()
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

void TstRcsSenderWizard::anUnfinishedWizardComesBack()
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

QTEST_MAIN(TstRcsSenderWizard)
