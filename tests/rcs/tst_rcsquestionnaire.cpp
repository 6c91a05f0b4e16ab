// The RCS launch questionnaire form driven as a person drives it (GuiDriver: clicks on the
// suggested answers, key by key into the free text) against the sandbox's
// GET /rcs/questionnaire: sections per country, picks (one and several) and free text
// written to the contract's paths of the sender's create request, undo, format findings,
// countries added and removed, and a changed question set from the API changing the form.

#include "findings.h"
#include "rcs/questionnaire/rcsquestionnaireform.h"
#include "rcs/questionnaire/rcsquestionnairesection.h"
#include "rcs/questionnaire/rcsquestionrow.h"

#include "api/contract.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "guidriver.h"
#include "messagebar.h"
#include "monkey.h"
#include "rules/schemavalidator.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace sinch;
using sinch::test::hasFinding;
using sinch::test::GuiDriver;
using sinch::ui::RcsQuestionnaireForm;

namespace {

const QString kAnswers = QStringLiteral("details.questionnaire.%1.answers.%2");

QString answerPath(const QString &section, const QString &id)
{
    return kAnswers.arg(section, id);
}

} // namespace

class TstRcsQuestionnaire : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::EditSession> m_session;
    std::unique_ptr<ui::FieldBinder> m_binder;
    std::unique_ptr<QScrollArea> m_window;
    RcsQuestionnaireForm *m_form = nullptr;

    QToolButton *chip(const QString &section, const QString &id, int index) const
    {
        return m_form->findChild<QToolButton *>(QStringLiteral("pick:%1:%2").arg(answerPath(section, id)).arg(index));
    }
    QLineEdit *line(const QString &section, const QString &id) const
    {
        return m_form->findChild<QLineEdit *>(QStringLiteral("answer:") + answerPath(section, id));
    }
    QJsonValue answer(const QString &section, const QString &id) const
    {
        return m_session->value(answerPath(section, id));
    }
    // The sandbox's question of a section, as the API words it.
    QJsonObject apiQuestion(const QString &section, const QString &id) const
    {
        ApiRequest request(QStringLiteral("QuestionnaireController_getQuestions_v1"));
        request.path(QStringLiteral("useCase"), QStringLiteral("MULTIUSE"));
        if (section.size() == 2)
            request.arg(QStringLiteral("countries"), section.toUpper());
        const ApiResult r = m_fx->callSync(request);
        return r.json.object().value(section).toObject().value(QLatin1String("questions")).toObject().value(id).toObject();
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
    }

    void init()
    {
        // The document is the sender's create request (RcsSenderInputDto).
        m_session = std::make_unique<ui::EditSession>(QJsonObject{
            {"region", "EU"}, {"billingCategory", "CONVERSATIONAL"}, {"useCase", "MULTIUSE"},
            {"details", QJsonObject{{"brand", QJsonObject{{"name", "Acme Retail"}}}}}});
        m_binder = std::make_unique<ui::FieldBinder>();
        m_window = std::make_unique<QScrollArea>();
        m_window->setWidgetResizable(true);
        m_form = new RcsQuestionnaireForm(m_session.get(), m_binder.get(), m_fx->client.get(), m_fx->projectKey);
        m_window->setWidget(m_form);
        m_window->resize(900, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_form->setUseCase(QStringLiteral("MULTIUSE"));
        m_form->setCountries({"GB", "FR", "ES"});
        QTRY_COMPARE_WITH_TIMEOUT(m_form->sectionKeys(), (QStringList{"general", "verification", "gb", "fr", "es"}), 10000);
        QVERIFY(!m_form->isLoading());
    }

    void cleanup()
    {
        m_fx->server->setQuestionnaire(QJsonObject());
        m_window.reset();
        m_binder.reset();
        m_session.reset();
    }

    // Every question the API asks is on the form, in its words, with its suggestions; none else.
    void formFollowsTheApi()
    {
        for (const QString &section : {QStringLiteral("gb"), QStringLiteral("fr"), QStringLiteral("es")}) {
            const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("QuestionnaireController_getQuestions_v1"))
                                                   .path(QStringLiteral("useCase"), QStringLiteral("MULTIUSE"))
                                                   .arg(QStringLiteral("countries"), section.toUpper()));
            const QJsonObject questions = r.json.object().value(section).toObject().value("questions").toObject();
            QVERIFY(!questions.isEmpty());
            const auto rows = m_form->section(section)->rows();
            QCOMPARE(rows.size(), questions.size());
            for (auto it = questions.begin(); it != questions.end(); ++it) {
                QLineEdit *edit = line(section, it.key());
                QVERIFY2(edit && edit->isVisible(), qPrintable(it.key()));
                QVERIFY(edit->accessibleName().contains(it.value().toObject().value("question").toString()));
                QCOMPARE(int(m_form->findChildren<QToolButton *>(QRegularExpression(
                                 "^pick:" + QRegularExpression::escape(answerPath(section, it.key())) + ":")).size()),
                         int(it.value().toObject().value("suggestedAnswers").toArray().size()));
            }
        }
        // A deprecated question is shown as such (GB's campaign length).
        QVERIFY(m_form->findChild<QWidget *>("question:" + answerPath("gb", "campaignLength"))
                    ->findChild<QLabel *>("questionText")->text().contains("deprecated"));
        QVERIFY(m_form->unansweredCount() > 10);
    }

    void picksAndTextRoundTripIntoTheRequest()
    {
        GuiDriver driver(m_window.get());
        const int before = m_form->unansweredCount();
        QSignalSpy counted(m_form, &RcsQuestionnaireForm::unansweredCountChanged);

        // One pick (GB sector: no delimiter in the contract, so one answer).
        const QJsonArray sectors = apiQuestion("gb", "brandIndustry").value("suggestedAnswers").toArray();
        QVERIFY(sectors.size() >= 2);
        GuiDriver::click(chip("gb", "brandIndustry", 0));
        QCOMPARE(answer("gb", "brandIndustry").toString(), sectors.at(0).toString());
        GuiDriver::click(chip("gb", "brandIndustry", 1));
        QCOMPARE(answer("gb", "brandIndustry").toString(), sectors.at(1).toString());
        QVERIFY(!chip("gb", "brandIndustry", 0)->isChecked());
        // Each pick is one undo step; the chips follow undo and redo.
        m_session->undoStack()->undo();
        QCOMPARE(answer("gb", "brandIndustry").toString(), sectors.at(0).toString());
        QVERIFY(chip("gb", "brandIndustry", 0)->isChecked());
        QVERIFY(!chip("gb", "brandIndustry", 1)->isChecked());
        m_session->undoStack()->redo();
        QVERIFY(chip("gb", "brandIndustry", 1)->isChecked());
        QCOMPARE(m_form->unansweredCount(), before - 1);
        QVERIFY(!counted.isEmpty());

        // Several picks (general opt-in: the contract records the delimiter in its metadata),
        // the second one by its accessible name as a screen reader user would.
        const QJsonObject optIn = apiQuestion("general", "optInDescription");
        const QJsonArray ways = optIn.value("suggestedAnswers").toArray();
        GuiDriver::click(chip("general", "optInDescription", 0));
        QVERIFY(driver.click(QStringLiteral("General: %1 \u2013 %2").arg(optIn.value("question").toString(), ways.at(2).toString())));
        const QString delimiter = m_session->value("details.questionnaire.general.answers.optInDescriptionMetadata.ignore").toString();
        QVERIFY(!delimiter.isEmpty());
        // The second pick and its delimiter went in as one step.
        m_session->undoStack()->undo();
        QCOMPARE(answer("general", "optInDescription").toString(), ways.at(0).toString());
        QVERIFY(m_session->value("details.questionnaire.general.answers.optInDescriptionMetadata.ignore").isUndefined());
        m_session->undoStack()->redo();
        QCOMPARE(answer("general", "optInDescription").toString(), ways.at(0).toString() + delimiter + ways.at(2).toString());

        // Own words beside the picks, key by key: one undo step.
        GuiDriver::typeKeys(line("general", "optInDescription"), QStringLiteral("By texting JOIN"));
        QCOMPARE(answer("general", "optInDescription").toString(),
                 QStringList({ways.at(0).toString(), ways.at(2).toString(), "By texting JOIN"}).join(delimiter));
        GuiDriver::typeKeys(line("es", "firstMessage"), QStringLiteral("Hola de Acme"));
        QCOMPARE(answer("es", "firstMessage").toString(), QStringLiteral("Hola de Acme"));
        GuiDriver::typeKeys(line("verification", "email"), QStringLiteral("ops@acme.example"));
        m_session->undoStack()->undo();
        QVERIFY(answer("verification", "email").isUndefined());
        m_session->undoStack()->redo();
        QCOMPARE(answer("verification", "email").toString(), QStringLiteral("ops@acme.example"));
        QCOMPARE(line("verification", "email")->text(), QStringLiteral("ops@acme.example"));
        // Unpicking the first: the rest stays, joined the same way.
        GuiDriver::click(chip("general", "optInDescription", 0));
        QCOMPARE(answer("general", "optInDescription").toString(), ways.at(2).toString() + delimiter + "By texting JOIN");

        // The questionnaire is what the contract's create request takes.
        const QJsonObject questionnaire = m_session->value("details.questionnaire").toObject();
        const QStringList problems = rules::SchemaValidator::validate(
            questionnaire, Contract::schema("RcsSenderDetailsQuestionnaireInputDto"), "details.questionnaire");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));

        // Read back: a form over the same request shows the same picks and words.
        ui::EditSession again(m_session->json());
        RcsQuestionnaireForm second(&again, nullptr, m_fx->client.get(), m_fx->projectKey);
        second.setUseCase("MULTIUSE");
        second.setCountries({"GB", "FR", "ES"});
        QTRY_VERIFY_WITH_TIMEOUT(second.section("gb"), 10000);
        auto chipOf = [&second](const QString &section, const QString &id, int i) {
            return second.findChild<QToolButton *>(QStringLiteral("pick:%1:%2").arg(answerPath(section, id)).arg(i));
        };
        QVERIFY(chipOf("gb", "brandIndustry", 1)->isChecked());
        QVERIFY(chipOf("general", "optInDescription", 2)->isChecked());
        QVERIFY(!chipOf("general", "optInDescription", 0)->isChecked());
        QCOMPARE(second.findChild<QLineEdit *>("answer:" + answerPath("general", "optInDescription"))->text(),
                 QStringLiteral("By texting JOIN"));
        QCOMPARE(second.unansweredCount(), m_form->unansweredCount());

        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) { // the source tree stays as it is otherwise
            GuiDriver::typeKeys(line("fr", "siren"), QStringLiteral("12345"));
            m_window->resize(900, m_form->sizeHint().height() + 4);
            QTest::qWait(50);
            QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
            // Down to the findings, without the page's stretch below them.
            const QWidget *findings = m_form->findChild<QWidget *>(QStringLiteral("findings"));
            QVERIFY(findings && findings->isVisible());
            const int bottom = findings->mapTo(m_form, QPoint(0, findings->height())).y() + 8;
            QVERIFY(m_form->grab(QRect(0, 0, m_form->width(), bottom)).save(QStringLiteral(SINCH_SCREENSHOTS "/rcs-questionnaire.png")));
        }
    }

    // Several addresses typed key by key, separated by "|": the field keeps what is typed
    // (it gained a space after the "|" at every key, and the second address was refused as
    // no URL), the request takes each address as it is.
    void severalAddressesTypedAsTheyAre()
    {
        const QString typed = QStringLiteral("https://a.example.com/v.mp4|https://b.example.com/x.mp4");
        GuiDriver::click(line("general", "videoUris")); // into the field, as a person types
        QTRY_VERIFY(line("general", "videoUris")->hasFocus());
        GuiDriver::typeKeys(line("general", "videoUris"), typed);
        QCOMPARE(line("general", "videoUris")->text(), typed);
        QCOMPARE(answer("general", "videoUris").toArray(),
                 QJsonArray({QStringLiteral("https://a.example.com/v.mp4"), QStringLiteral("https://b.example.com/x.mp4")}));
        for (const rules::Finding &f : m_form->findings())
            QVERIFY2(f.path != answerPath("general", "videoUris"), qPrintable(f.message));
        // Spaces around the "|" are the person's: kept in the field, not in the addresses.
        GuiDriver::typeKeys(line("general", "videoUris"), QStringLiteral(" | https://c.example.com/y.mp4"));
        QCOMPARE(line("general", "videoUris")->text(), typed + QStringLiteral(" | https://c.example.com/y.mp4"));
        QCOMPARE(answer("general", "videoUris").toArray().last().toString(), QStringLiteral("https://c.example.com/y.mp4"));
        QCOMPARE(answer("general", "videoUris").toArray().at(1).toString(), QStringLiteral("https://b.example.com/x.mp4"));
    }

    void formatChecksAreFindings()
    {
        const QString siren = answerPath("fr", "siren");
        GuiDriver::typeKeys(line("fr", "siren"), QStringLiteral("12345678"));
        QVERIFY(hasFinding(m_form->findings(), siren, "rcs.questionnaire.digits"));
        // Named as the form shows it: the country in words, no field key ("FR siren").
        for (const rules::Finding &f : m_form->findings()) {
            if (f.path == siren) {
                QVERIFY2(f.message.startsWith(QStringLiteral("France (FR) · ")) && !f.message.contains(QStringLiteral("FR siren")),
                         qPrintable(f.message));
            }
        }
        QVERIFY(!line("fr", "siren")->accessibleDescription().isEmpty());
        // An answer in the wrong form is no answer yet: the section and the counter say so.
        auto *counter = m_form->findChild<QLabel *>(QStringLiteral("unansweredCount"));
        auto *header = m_form->section("fr")->findChild<QToolButton *>(QStringLiteral("sectionHeader"));
        QVERIFY2(header->text().endsWith(QStringLiteral(", 1 to correct")), qPrintable(header->text()));
        QVERIFY2(counter->text().contains(QStringLiteral("; 1 answer")) && counter->text().endsWith(QStringLiteral(" to correct")), qPrintable(counter->text()));
        GuiDriver::typeKeys(line("fr", "siren"), QStringLiteral("9"));
        QVERIFY(!hasFinding(m_form->findings(), siren, "rcs.questionnaire.digits"));
        QVERIFY(line("fr", "siren")->accessibleDescription().isEmpty());
        QVERIFY2(!header->text().contains(QStringLiteral("to correct")), qPrintable(header->text()));
        QVERIFY2(!counter->text().contains(QStringLiteral("to correct")), qPrintable(counter->text()));
        GuiDriver::typeKeys(line("fr", "siren"), QStringLiteral("0"));
        QVERIFY(hasFinding(m_form->findings(), siren, "rcs.questionnaire.digits"));
        // The findings list goes to the field.
        line("es", "firstMessage")->setFocus();
        QVERIFY(m_form->focusPath(siren));
        QTRY_VERIFY(line("fr", "siren")->hasFocus());
    }

    void countriesAddAndKeepSections()
    {
        GuiDriver::typeKeys(line("fr", "siren"), QStringLiteral("552100554"));
        // US added: its section comes from the API.
        m_form->setCountries({"GB", "FR", "ES", "US"});
        QTRY_COMPARE_WITH_TIMEOUT(m_form->sectionKeys(), (QStringList{"general", "verification", "gb", "fr", "es", "us"}), 10000);
        QVERIFY(line("us", "ein")->isVisible());
        GuiDriver::typeKeys(line("us", "ein"), QStringLiteral("123456789"));
        QVERIFY(hasFinding(m_form->findings(), answerPath("us", "ein"), "rcs.questionnaire.format"));
        line("us", "ein")->clear();
        GuiDriver::typeKeys(line("us", "ein"), QStringLiteral("12-3456789"));
        QVERIFY(m_form->findings().isEmpty());
        QCOMPARE(answer("us", "ein").toString(), QStringLiteral("12-3456789"));

        // FR removed: its answer stays in the request, its section folded and marked.
        const int withFrance = m_form->unansweredCount();
        const int frOpen = m_form->section("fr")->unansweredCount();
        m_form->setCountries({"GB", "ES", "US"});
        QVERIFY(m_form->section("fr")->isKept());
        QTRY_VERIFY_WITH_TIMEOUT(!m_form->isLoading(), 10000);
        QVERIFY(m_form->section("fr"));
        QVERIFY(m_form->section("fr")->isKept());
        QCOMPARE(answer("fr", "siren").toString(), QStringLiteral("552100554"));
        QVERIFY(!line("fr", "siren")->isVisible());
        QVERIFY(m_form->findChild<QWidget *>("section:fr")->findChild<QLabel *>("keptNote")->isVisible());
        QCOMPARE(m_form->unansweredCount(), withFrance - frOpen);
        // Back again: the answers are there to edit.
        m_form->setCountries({"GB", "ES", "US", "FR"});
        QTRY_VERIFY_WITH_TIMEOUT(!m_form->isLoading(), 10000);
        QVERIFY(!m_form->section("fr")->isKept());
        QCOMPARE(line("fr", "siren")->text(), QStringLiteral("552100554"));
        // A country without questions adds no section.
        m_form->setCountries({"GB", "ES", "US", "FR", "DE"});
        QTRY_VERIFY_WITH_TIMEOUT(!m_form->isLoading(), 10000);
        QVERIFY(!m_form->section("de"));
    }

    // A refused load says so, offers Retry, and loses neither questions nor answers.
    void failedLoadKeepsTheForm()
    {
        GuiDriver driver(m_window.get());
        GuiDriver::typeKeys(line("es", "firstMessage"), QStringLiteral("Hola"));
        m_fx->server->injectNext(400, R"({"errorCode":"questionnaire_invalid_use_case","message":"Invalid use case"})");
        QVERIFY(driver.click(QStringLiteral("Reload questions")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_form->isLoading(), 10000);
        auto *bar = m_form->findChild<ui::MessageBar *>(QStringLiteral("questionnaireMessage"));
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->level(), ui::MessageBar::Level::Error);
        QCOMPARE(line("es", "firstMessage")->text(), QStringLiteral("Hola"));
        QCOMPARE(m_form->sectionKeys(), (QStringList{"general", "verification", "gb", "fr", "es"}));
        QVERIFY(driver.click(QStringLiteral("Retry")));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 10000);
        QCOMPARE(answer("es", "firstMessage").toString(), QStringLiteral("Hola"));
    }

    // An impatient person over the form: the counter always says what the request holds,
    // and undoing every step gives back the request the form started from.
    void monkeyKeepsCounterAndUndo()
    {
        const QJsonObject start = m_session->json();
        test::Monkey monkey(m_window.get(), 14022);
        monkey.avoid({QStringLiteral("Reload questions")});
        monkey.run(300, [this, &monkey](int) {
            int open = 0;
            for (const QString &key : m_form->sectionKeys()) {
                const ui::RcsQuestionnaireSection *s = m_form->section(key);
                if (s->isKept())
                    continue;
                for (const RcsQuestion &q : s->data().questions)
                    open += !q.deprecated && !RcsQuestionnaire::isAnswered(m_session->json(), q);
            }
            QVERIFY2(m_form->unansweredCount() == open, qPrintable(monkey.trail()));
        });
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_session->undoStack()->count() > 0);
        m_session->undoStack()->setIndex(0);
        QCOMPARE(m_session->json(), start);
    }

    void changedQuestionSetChangesTheForm()
    {
        GuiDriver::click(chip("gb", "brandIndustry", 0));
        const QString picked = answer("gb", "brandIndustry").toString();
        QVERIFY(line("gb", "companyLegalName"));
        const QJsonObject gb{{"questions", QJsonObject{
            {"brandIndustry", QJsonObject{{"question", "Which sector is your brand in?"},
                                          {"suggestedAnswers", QJsonArray{"Testing", "Sandboxes"}}}},
            {"agentPurpose", QJsonObject{{"question", "What is the agent for?"}, {"suggestedAnswers", QJsonArray{"Orders"}}}}}}};
        m_fx->server->setQuestionnaire(QJsonObject{{"gb", gb}});
        m_form->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!line("gb", "companyLegalName"), 10000);
        QCOMPARE(m_form->section("gb")->rows().size(), 2);
        QVERIFY(line("gb", "brandIndustry")->accessibleName().contains("Which sector is your brand in?"));
        QCOMPARE(chip("gb", "brandIndustry", 0)->text(), QStringLiteral("Testing"));
        // The earlier answer is no suggestion any more: it is shown as the user's own words.
        QCOMPARE(line("gb", "brandIndustry")->text(), picked);
        // The new question is answered at its place in the request.
        GuiDriver::click(chip("gb", "agentPurpose", 0));
        QCOMPARE(answer("gb", "agentPurpose").toString(), QStringLiteral("Orders"));
    }
};

QTEST_MAIN(TstRcsQuestionnaire)
#include "tst_rcsquestionnaire.moc"
