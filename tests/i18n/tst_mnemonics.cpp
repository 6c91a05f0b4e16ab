// Alt+letter in every language: on each area's page of the main window, in the editors
// that open in its tabs (a WhatsApp template, a KakaoTalk template of every message type and
// emphasis, a webhook), in the dialogs of new senders (WhatsApp, RCS) and on every step of
// the RCS wizard of an existing sender, no two visible widgets answer to the same
// mnemonic. Qt takes such a key as ambiguous: each press goes to the next of them in turn,
// and a button it reaches is focused, not pressed (Alt+P would open the Project menu or move
// to a field, by how often it was pressed).
#include "guidriver.h"
#include "mnemonicclashes.h"
#include "pageactions.h"
#include "windowfixture.h"
#include "wizardsteps.h"

#include "listpage.h"
#include "documents/documentcontroller.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "projects/projectmanager.h"
#include "services/areacatalog.h"

#include <QComboBox>
#include <QDialog>
#include <QMap>
#include <QMessageBox>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <algorithm>

using namespace sinch;

class TestMnemonics : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // Shows `area`, and what `opens` (an action of its page) opens when given; the clashes
    // of the window and of a dialog that opened, each line prefixed with where it was.
    // `onFirstRow`: the list's first row is chosen before `opens` is triggered.
    QStringList clashesOn(const QString &area, const char *opens = nullptr, bool onFirstRow = false)
    {
        window->showArea(area);
        QWidget *page = window->page(area);
        if (!page)
            return {area + QStringLiteral(": no page")};
        QDialog *dialog = nullptr;
        if (opens && QLatin1String(opens) == QLatin1String("firstRow")) {
            // The list's first row chosen: its editor opens beside the list.
            if (!test::chooseRow(window.get(), area))
                return {area + QStringLiteral(": no rows")};
            // The row is read from the sandbox into its editor (a widget named "…Editor").
            const auto editorShown = [page] {
                const QList<QWidget *> widgets = page->findChildren<QWidget *>();
                return std::any_of(widgets.cbegin(), widgets.cend(), [](const QWidget *w) {
                    return w->isVisible() && w->objectName().endsWith(QLatin1String("Editor"));
                });
            };
            if (!QTest::qWaitFor(editorShown, 15000))
                return {area + QStringLiteral(": the first row's editor never opened")};
        } else if (opens) {
            if (onFirstRow && !test::chooseRow(window.get(), area))
                return {area + QStringLiteral(": no rows")};
            const test::ActionOutcome outcome = test::triggerPageAction(window.get(), area, opens);
            if (!outcome.triggered)
                return {area + QStringLiteral(": ") + QLatin1String(opens) + QStringLiteral(" missing or disabled")};
            dialog = outcome.dialog;
        }
        QStringList out;
        for (const QString &clash : test::mnemonicClashes(window.get()))
            out << area + QStringLiteral(": ") + clash;
        if (dialog) {
            for (const QString &clash : test::mnemonicClashes(dialog))
                out << area + QStringLiteral(" › ") + dialog->windowTitle() + QStringLiteral(": ") + clash;
            if (auto *wizard = qobject_cast<ui::RcsSenderWizard *>(dialog))
                out << wizardStepClashes(wizard, area);
            dialog->reject();
        }
        return out;
    }

    // Every step the wizard lets one reach (all of them for a complete sender; the first
    // alone for a new one), each checked as it shows.
    static QStringList wizardStepClashes(ui::RcsSenderWizard *wizard, const QString &area)
    {
        QStringList out;
        const int reached = test::walkWizardSteps(wizard, [&](int step) {
            for (const QString &clash : test::mnemonicClashes(wizard))
                out << area + QStringLiteral(" › step %1: ").arg(step + 1) + clash;
        });
        if (reached == 0 || (!wizard->isNew() && reached != ui::RcsSenderWizard::StepCount))
            out << area + QStringLiteral(": Alt+? the wizard reached %1 steps").arg(reached);
        return out;
    }

    // The new KakaoTalk template's form in every message type and emphasis a person can pick
    // (each shows other rows), chosen through the combo boxes' lists with the keyboard.
    QStringList kakaotalkFormClashes()
    {
        QStringList out;
        const auto comboOf = [this](const char *path) {
            const QList<QComboBox *> combos = window->findChildren<QComboBox *>(QLatin1String("field:") + QLatin1String(path));
            for (QComboBox *c : combos)
                if (c->isVisible())
                    return c;
            return static_cast<QComboBox *>(nullptr);
        };
        QComboBox *types = comboOf("details.messageType");
        if (!types)
            return {QStringLiteral("kakaotalk template editor: Alt+? no message type list")};
        const QString typesName = types->accessibleName();
        QStringList typeTexts;
        for (int i = 0; i < types->count(); ++i)
            typeTexts << types->itemText(i);
        if (typeTexts.size() < 2)
            return {QStringLiteral("kakaotalk template editor: Alt+? %1 message types to choose from").arg(typeTexts.size())};
        test::GuiDriver driver(window.get());
        for (const QString &type : std::as_const(typeTexts)) {
            if (!driver.choose(typesName, type))
                return out << QStringLiteral("kakaotalk template editor: Alt+? could not choose ") + type;
            QComboBox *emphases = comboOf("details.emphasizeType");
            const QString emphasesName = emphases ? emphases->accessibleName() : QString();
            QStringList emphasisTexts;
            for (int i = 0; emphases && i < emphases->count(); ++i)
                emphasisTexts << emphases->itemText(i);
            if (emphasisTexts.isEmpty())
                return out << QStringLiteral("kakaotalk template editor: Alt+? no emphasis to choose for ") + type;
            for (const QString &emphasis : std::as_const(emphasisTexts)) {
                if (!driver.choose(emphasesName, emphasis))
                    return out << QStringLiteral("kakaotalk template editor: Alt+? could not choose ") + emphasis;
                for (const QString &clash : test::mnemonicClashes(window.get()))
                    out << QStringLiteral("kakaotalk template editor (%1, %2): ").arg(type, emphasis) + clash;
            }
        }
        return out;
    }

private slots:
    void everyPageAndEditor_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es", "fr", "ko", "pt_BR"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyPageAndEditor()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(SINCH_QM_DIR "/sinch-console_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QVERIFY2(setUpWindowFixture(test::reviewAtOnce()), qPrintable(fx->error));
        makeWindow();
        window->resize(1280, 800);

        QStringList clashes;
        for (const Area &area : AreaCatalog::areas())
            clashes << clashesOn(area.id);
        clashes << clashesOn(QStringLiteral("whatsapp.templates"), "templates.new");
        clashes << clashesOn(QStringLiteral("kakaotalk.templates"), "kakaotalkTemplates.new");
        clashes << kakaotalkFormClashes();
        // The types chosen are edits: the window asks before it drops them, when it closes.
        box->expect(ui::MessageBox::Kind::Question, QString(), QMessageBox::Discard);
        clashes << clashesOn(QStringLiteral("webhooks"), "webhooks.new");
        clashes << clashesOn(QStringLiteral("whatsapp.senders"), "senders.new");
        clashes << clashesOn(QStringLiteral("rcs.senders"), "rcsSenders.new");
        // Editors of what the server has: a KakaoTalk template, a webhook, a WhatsApp template.
        clashes << clashesOn(QStringLiteral("kakaotalk.templates"), "firstRow");
        clashes << clashesOn(QStringLiteral("webhooks"), "firstRow");
        clashes << clashesOn(QStringLiteral("rcs.senders"), "rcsSenders.edit", true);
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        for (const QString &clash : test::mnemonicClashes(window.get()))
            clashes << QStringLiteral("whatsapp template editor: ") + clash;
        const QString unexpected = box->allMet() ? QString() : box->report();
        tearDownWindowFixture();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        // One line a clash, with the places it was seen (QTest cuts long messages short).
        QMap<QString, QStringList> places;
        for (const QString &line : std::as_const(clashes)) {
            const qsizetype at = line.indexOf(QLatin1String(": Alt+"));
            places[line.mid(at + 2)] << line.left(at);
        }
        for (auto it = places.cbegin(); it != places.cend(); ++it)
            qWarning().noquote() << language << it.key() << "on" << it.value().join(QStringLiteral(", "));
        QVERIFY2(places.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(places.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
