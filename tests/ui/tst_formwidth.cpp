// The editors' forms fit their column in a 1280 × 800 window, in English and in German (whose
// words run longest): no form scrolls sideways, where a person would have to scroll to reach
// the end of every field. Checked for a KakaoTalk template from the server and a new one, a
// WhatsApp template from the server, a webhook from the server and a new one; at the size
// they open, every step of an RCS sender's wizard and the editors of a WhatsApp and a
// KakaoTalk sender, new and from the server; the bundle form and the WhatsApp account's details.
// And every page shows its whole toolbar and its fields' whole prompts.
#include "guidriver.h"
#include "pageactions.h"
#include "windowfixture.h"
#include "wizardsteps.h"

#include "documents/documentcontroller.h"
#include "editing/formhost.h"
#include "promptedlineedit.h"
#include "projects/projectmanager.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "services/areacatalog.h"

#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace sinch;

class TestFormWidth : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The visible forms of the window that scroll sideways, each as "what: by N px", with the
    // fields that take more than half the form's width (the likely cause).
    QStringList sidewaysForms(const QString &what, QWidget *in = nullptr) const
    {
        QStringList out;
        // The editors' forms (FormHost) and the other forms in a scroll area (a page's details).
        for (QScrollArea *form : (in ? in : window.get())->findChildren<QScrollArea *>()) {
            if (!form->isVisible() || form->horizontalScrollBar()->maximum() == 0 || !form->widget()
                || (!qobject_cast<ui::FormHost *>(form) && form->widget()->findChildren<QFormLayout *>().isEmpty()))
                continue;
            QStringList wide;
            for (QWidget *w : form->widget()->findChildren<QWidget *>())
                if (w->isVisible() && w->minimumSizeHint().width() > form->viewport()->width() / 2)
                    wide << QStringLiteral("%1 “%2” %3 px").arg(QLatin1String(w->metaObject()->className()),
                                                                 w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName())
                                                            .arg(w->minimumSizeHint().width());
            out << QStringLiteral("%1: by %2 px in %3 (%4)")
                       .arg(what).arg(form->horizontalScrollBar()->maximum()).arg(form->viewport()->width())
                       .arg(wide.join(QStringLiteral(", ")));
        }
        return out;
    }

    // A page whose form does not scroll cannot be narrower than the form: the window then
    // needs more than 1280 px, and a person with a 1280 px screen sees the form cut off.
    QStringList windowTooWide(const QString &what) const
    {
        const int needs = window->minimumSizeHint().width();
        return needs > 1280 ? QStringList{QStringLiteral("%1: the window needs %2 px").arg(what).arg(needs)} : QStringList();
    }

    // The columns of the page's list that do not show their words whole, each as "area: the
    // column “name” is N px, its words need M".
    static QStringList cutColumns(const QString &area, QWidget *page)
    {
        QStringList out;
        for (QTreeView *list : page->findChildren<QTreeView *>(QStringLiteral("listView"))) {
            if (!list->isVisible() || !list->model() || list->model()->rowCount() == 0)
                continue;
            const QHeaderView *header = list->header();
            for (int c = 0; c < header->count(); ++c) {
                // (QTreeView hides what QAbstractItemView offers: the width the column's rows ask.)
                const int needs = qMax(static_cast<const QAbstractItemView *>(list)->sizeHintForColumn(c), header->sectionSizeHint(c));
                if (!header->isSectionHidden(c) && header->sectionSize(c) < needs)
                    out << QStringLiteral("%1: the column “%2” is %3 px, its words need %4")
                               .arg(area, list->model()->headerData(c, Qt::Horizontal).toString())
                               .arg(header->sectionSize(c)).arg(needs);
            }
            // The templates' list is a wide table by design (its analytics columns): it may
            // scroll, as long as each column shows its words.
            if (list->horizontalScrollBar()->maximum() > 0 && area != QLatin1String("whatsapp.templates"))
                out << QStringLiteral("%1: the list scrolls sideways by %2 px").arg(area).arg(list->horizontalScrollBar()->maximum());
        }
        return out;
    }

    // The area's first row chosen and what it reads from the sandbox shown.
    bool chooseFirstRow(const QString &area)
    {
        return test::chooseRow(window.get(), area) && test::waitIdle(fx->client.get());
    }

    // The page action ran and opened no dialog (its editor opens in the window).
    bool opensInTheWindow(const QString &area, const char *action)
    {
        const test::ActionOutcome outcome = test::triggerPageAction(window.get(), area, action);
        return outcome.triggered && !outcome.dialog;
    }

    // The window in a 1280 × 800 frame, speaking `language` (empty: English) through
    // `translator`, which the test removes when done. Empty, or why not.
    QString openWindowIn(const QString &language, QTranslator *translator)
    {
        if (!language.isEmpty()) {
            if (!translator->load(QStringLiteral(SINCH_QM_DIR "/sinch-console_%1.qm").arg(language)))
                return QStringLiteral("no translation for ") + language;
            QCoreApplication::installTranslator(translator);
        }
        if (!setUpWindowFixture())
            return fx->error;
        makeWindow();
        window->resize(1280, 800);
        test::GuiDriver::settle();
        return QString();
    }

private slots:
    void editorsFitTheirColumn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }

    void editorsFitTheirColumn()
    {
        QFETCH(QString, language);
        QTranslator translator;
        const QString notOpen = openWindowIn(language, &translator);
        QVERIFY2(notOpen.isEmpty(), qPrintable(notOpen));
        QStringList sideways;
        QVERIFY(chooseFirstRow(QStringLiteral("kakaotalk.templates")));
        sideways << sidewaysForms(QStringLiteral("KakaoTalk template"));
        QVERIFY(opensInTheWindow(QStringLiteral("kakaotalk.templates"), "kakaotalkTemplates.new"));
        sideways << sidewaysForms(QStringLiteral("new KakaoTalk template"));
        QVERIFY(chooseFirstRow(QStringLiteral("webhooks")));
        sideways << sidewaysForms(QStringLiteral("webhook"));
        QVERIFY(opensInTheWindow(QStringLiteral("webhooks"), "webhooks.new"));
        sideways << sidewaysForms(QStringLiteral("new webhook"));
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        test::GuiDriver::settle();
        sideways << sidewaysForms(QStringLiteral("WhatsApp template"));
        // The wizard of an existing RCS sender, at the size it opens, step by step.
        QVERIFY(chooseFirstRow(QStringLiteral("rcs.senders")));
        auto *wizard = qobject_cast<ui::RcsSenderWizard *>(
            test::triggerPageAction(window.get(), QStringLiteral("rcs.senders"), "rcsSenders.edit").dialog);
        QVERIFY(wizard);
        QCOMPARE(test::walkWizardSteps(wizard, [&](int step) {
                     sideways << sidewaysForms(QStringLiteral("RCS wizard step %1").arg(step + 1), wizard);
                 }),
                 int(ui::RcsSenderWizard::StepCount));
        wizard->reject();
        // The sender editors, new and of the first sender, on both channels' pages.
        for (const QString &area : {QStringLiteral("whatsapp.senders"), QStringLiteral("kakaotalk.senders")}) {
            QDialog *created = test::triggerPageAction(window.get(), area, "senders.new").dialog;
            QVERIFY(created);
            sideways << sidewaysForms(QStringLiteral("new sender on ") + area, created);
            created->reject();
            QVERIFY(chooseFirstRow(area));
            QDialog *edited = test::triggerPageAction(window.get(), area, "senders.edit").dialog;
            QVERIFY(edited);
            sideways << sidewaysForms(QStringLiteral("sender on ") + area, edited);
            edited->reject();
        }
        // The bundle form (on its page, not scrolled) and the WhatsApp account's details.
        window->showArea(QStringLiteral("bundles"));
        QVERIFY(test::waitIdle(fx->client.get()));
        sideways << windowTooWide(QStringLiteral("bundles"));
        window->showArea(QStringLiteral("whatsapp.account"));
        QVERIFY(test::waitIdle(fx->client.get()));
        sideways << sidewaysForms(QStringLiteral("WhatsApp account")) << windowTooWide(QStringLiteral("WhatsApp account"));
        // The new editors are unsaved: the window asks before it drops them when it closes.
        box->expect(ui::MessageBox::Kind::Question, QString(), QMessageBox::Discard);
        box->expect(ui::MessageBox::Kind::Question, QString(), QMessageBox::Discard);
        tearDownWindowFixture();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral("\n"))));
    }
    // Every page's toolbar shows all its buttons (none behind the toolbar's » button) and
    // every empty field its whole prompt, in English and in German, in a 1280 × 800 window.
    void pagesShowTheirButtonsAndPrompts_data() { editorsFitTheirColumn_data(); }

    void pagesShowTheirButtonsAndPrompts()
    {
        QFETCH(QString, language);
        QTranslator translator;
        const QString notOpen = openWindowIn(language, &translator);
        QVERIFY2(notOpen.isEmpty(), qPrintable(notOpen));
        QStringList cut;
        for (const Area &area : AreaCatalog::areas()) {
            window->showArea(area.id);
            QVERIFY(test::waitIdle(fx->client.get()));
            test::GuiDriver::settle(); // the list's header lays out its columns late
            QWidget *page = window->currentPage();
            QVERIFY2(page, qPrintable(area.id));
            for (QToolBar *bar : page->findChildren<QToolBar *>()) {
                auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
                if (bar->isVisible() && more && more->isVisible())
                    cut << QStringLiteral("%1: the toolbar “%2” hides buttons behind »").arg(area.id, bar->accessibleName());
            }
            for (QLineEdit *field : page->findChildren<QLineEdit *>()) {
                if (!field->isVisible() || field->placeholderText().isEmpty() || !field->text().isEmpty())
                    continue;
                const int needs = ui::PromptedLineEdit::promptWidth(field);
                if (field->width() < needs)
                    cut << QStringLiteral("%1: the field “%2” is %3 px, its prompt “%4” needs %5")
                               .arg(area.id, field->accessibleName()).arg(field->width())
                               .arg(field->placeholderText()).arg(needs);
            }
            cut << cutColumns(area.id, page);
        }
        tearDownWindowFixture();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestFormWidth)
#include "tst_formwidth.moc"
