// The editors' forms fit their column in a 1280 × 800 window, in English and in German (whose
// words run longest): no form scrolls sideways, where a person would have to scroll to reach
// the end of every field. Checked for a KakaoTalk template from the server and a new one, a
// WhatsApp template from the server, a webhook from the server and a new one; at the size
// they open, every step of an RCS sender's wizard and the editors of a WhatsApp and a
// KakaoTalk sender, new and from the server.
#include "guidriver.h"
#include "windowfixture.h"

#include "listpage.h"
#include "documents/documentcontroller.h"
#include "editing/formhost.h"
#include "projects/projectmanager.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "wizardsteps.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QMessageBox>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>

using namespace sinch;

class TestFormWidth : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The visible forms of the window that scroll sideways, each as "what: by N px", with the
    // fields that take more than half the form's width (the likely cause).
    QStringList sidewaysForms(const QString &what, QWidget *in = nullptr) const
    {
        QStringList out;
        for (ui::FormHost *form : (in ? in : window.get())->findChildren<ui::FormHost *>()) {
            if (!form->isVisible() || form->horizontalScrollBar()->maximum() == 0)
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

    bool chooseFirstRow(const QString &area)
    {
        window->showArea(area);
        auto *page = qobject_cast<ui::ListPage *>(window->page(area));
        if (!page || !QTest::qWaitFor([page] { return page->view()->model() && page->view()->model()->rowCount() > 0; }, 15000))
            return false;
        QAbstractItemView *list = page->view();
        list->setCurrentIndex(list->model()->index(0, 0));
        list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return QTest::qWaitFor([this] { return fx->client->inFlight() == 0 && fx->client->queued() == 0; }, 30000);
    }

    // Triggers a page's action; the dialog it opened, if any (the window itself when none).
    QWidget *trigger(const QString &area, const char *action)
    {
        window->showArea(area);
        auto *a = window->page(area) ? window->page(area)->findChild<QAction *>(QLatin1String(action)) : nullptr;
        if (!a || !QTest::qWaitFor([a] { return a->isEnabled(); }, 15000))
            return nullptr;
        const QWidgetList before = QApplication::topLevelWidgets();
        a->trigger();
        test::GuiDriver::settle();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w) && w->isVisible() && !before.contains(w))
                return w;
        return window.get();
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
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(SINCH_QM_DIR "/sinch-console_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QVERIFY2(setUpWindowFixture(), qPrintable(fx->error));
        makeWindow();
        window->resize(1280, 800);
        test::GuiDriver::settle();
        QStringList sideways;
        QVERIFY(chooseFirstRow(QStringLiteral("kakaotalk.templates")));
        sideways << sidewaysForms(QStringLiteral("KakaoTalk template"));
        QVERIFY(trigger(QStringLiteral("kakaotalk.templates"), "kakaotalkTemplates.new") == window.get());
        sideways << sidewaysForms(QStringLiteral("new KakaoTalk template"));
        QVERIFY(chooseFirstRow(QStringLiteral("webhooks")));
        sideways << sidewaysForms(QStringLiteral("webhook"));
        QVERIFY(trigger(QStringLiteral("webhooks"), "webhooks.new") == window.get());
        sideways << sidewaysForms(QStringLiteral("new webhook"));
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        test::GuiDriver::settle();
        sideways << sidewaysForms(QStringLiteral("WhatsApp template"));
        // The wizard of an existing RCS sender, at the size it opens, step by step.
        QVERIFY(chooseFirstRow(QStringLiteral("rcs.senders")));
        auto *wizard = qobject_cast<ui::RcsSenderWizard *>(trigger(QStringLiteral("rcs.senders"), "rcsSenders.edit"));
        QVERIFY(wizard);
        QCOMPARE(test::walkWizardSteps(wizard, [&](int step) {
                     sideways << sidewaysForms(QStringLiteral("RCS wizard step %1").arg(step + 1), wizard);
                 }),
                 int(ui::RcsSenderWizard::StepCount));
        wizard->reject();
        // The sender editors, new and of the first sender, on both channels' pages.
        for (const QString &area : {QStringLiteral("whatsapp.senders"), QStringLiteral("kakaotalk.senders")}) {
            QWidget *created = trigger(area, "senders.new");
            QVERIFY(created && created != window.get());
            sideways << sidewaysForms(QStringLiteral("new sender on ") + area, created);
            static_cast<QDialog *>(created)->reject();
            QVERIFY(chooseFirstRow(area));
            QWidget *edited = trigger(area, "senders.edit");
            QVERIFY(edited && edited != window.get());
            sideways << sidewaysForms(QStringLiteral("sender on ") + area, edited);
            static_cast<QDialog *>(edited)->reject();
        }
        // The new editors are unsaved: the window asks before it drops them when it closes.
        box->expect(ui::MessageBox::Kind::Question, QString(), QMessageBox::Discard);
        box->expect(ui::MessageBox::Kind::Question, QString(), QMessageBox::Discard);
        tearDownWindowFixture();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestFormWidth)
#include "tst_formwidth.moc"
