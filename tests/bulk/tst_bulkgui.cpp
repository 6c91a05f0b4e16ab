#include "windowfixture.h"
#include "guidriver.h"

#include "api/apierror.h"
#include "models/templatelistmodel.h"
#include "projects/projectmanager.h"
#include "services/bulkjob.h"
#include "services/templatebulkjobs.h"
#include "services/templatecollection.h"
#include "templates/bulk/templatebulkactions.h"
#include "templates/list/templatespage.h"

#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace sinch;
using namespace sinch::ui;

class TestBulkGui : public QObject, public test::WindowFixture
{
    Q_OBJECT

    Project trial;

    TemplatesPage *openTemplates()
    {
        window->showArea(QStringLiteral("whatsapp.templates"));
        auto *page = qobject_cast<TemplatesPage *>(window->page(QStringLiteral("whatsapp.templates")));
        if (!page || !QTest::qWaitFor([&] { return page->model() && page->model()->hasLoadedOnce() && !page->model()->isLoading(); }, 15000))
            return nullptr;
        page->view()->expandAll();
        return page;
    }

    // Clicks the language rows of the first `count` names: the first plainly, the others
    // with Ctrl held, as a person picks several rows.
    static void selectRows(TemplatesPage *page, int count)
    {
        QTreeView *view = page->view();
        for (int i = 0; i < count; ++i) {
            const QModelIndex name = view->model()->index(i, 0);
            const QModelIndex language = view->model()->index(0, TemplateListModel::LanguageColumn, name);
            view->scrollTo(language);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              view->visualRect(language).center());
        }
    }

    QStringList keysIn(const QString &key)
    {
        TemplateCollection c(fx->client.get(), key);
        QSignalSpy loaded(&c, &TemplateCollection::loaded);
        c.load();
        loaded.wait(15000);
        QStringList out;
        for (const QJsonObject &t : c.templates())
            out << t.value(QLatin1String("name")).toString() + QLatin1Char('/') + t.value(QLatin1String("language")).toString();
        return out;
    }

    static void shoot(QWidget *w, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            w->grab().save(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS") + QLatin1Char('/') + name);
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.limits.trialTemplateLimit = 1000;
        config.limits.trialCreateBurst = 1000;
        QVERIFY2(setUpWindowFixture(config, AuthMode::Basic), qPrintable(fx->error));
        trial = sandboxProjectNamed(QStringLiteral("Trial"), config.limits.otherProjectId);
        makeWindow({}, {sandboxProjectNamed(QStringLiteral("Sandbox")), trial});
        window->resize(1800, 900); // room for the whole template toolbar
    }

    void cleanup()
    {
        if (box)
            QVERIFY2(box->failures().isEmpty(), qPrintable(box->report()));
        tearDownWindowFixture();
    }

    void cloneIntoLanguagesWithTranslations()
    {
        TemplatesPage *page = openTemplates();
        QVERIFY(page);
        auto *bulk = page->findChild<TemplateBulkActions *>();
        QVERIFY(bulk);
        QVERIFY(!bulk->cloneAction()->isEnabled());
        QVERIFY(bulk->cloneAction()->toolTip().contains(QLatin1String("Select")));
        selectRows(page, 3);
        QCOMPARE(page->selectedTemplates().size(), 3);
        QVERIFY(bulk->cloneAction()->isEnabled());
        shoot(window.get(), QStringLiteral("bulk-templates-selected.png"));

        test::GuiDriver gui(page);
        QVERIFY(gui.click(QStringLiteral("Clone")));
        QTRY_VERIFY(bulk->cloneDialog() && bulk->cloneDialog()->isVisible());
        BulkCloneDialog *dialog = bulk->cloneDialog();
        test::GuiDriver form(dialog);
        // Into this project: nothing to clone until a language is checked.
        QVERIFY(form.choose(QStringLiteral("Target project"), QStringLiteral("Sandbox (this project)")));
        QVERIFY(!form.get<QPushButton>(QStringLiteral("Clone"))->isEnabled());
        auto *languages = form.get<QListWidget>(QStringLiteral("Target languages"));
        for (const QString &code : {QStringLiteral("DE"), QStringLiteral("FR")}) {
            const QListWidgetItem *item = languages->findItems(code, Qt::MatchExactly).first();
            languages->setFocus();
            languages->setCurrentItem(const_cast<QListWidgetItem *>(item));
            test::GuiDriver::key(Qt::Key_Space);
            QCOMPARE(item->checkState(), Qt::Checked);
        }
        QTableWidget *table = dialog->translationTable();
        QVERIFY(table->rowCount() >= 6); // three templates, two languages, a body each at least
        // The first translation, typed over its prefilled source text.
        QCOMPARE(table->item(0, 3)->text(), table->item(0, 2)->text());
        table->setFocus();
        table->setCurrentCell(0, 3);
        test::GuiDriver::key(Qt::Key_F2); // edit the cell, its text selected
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        test::GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        test::GuiDriver::typeKeys(editor, QStringLiteral("Übersetzt für {{1}}"));
        test::GuiDriver::key(Qt::Key_Return);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Übersetzt für {{1}}"));
        // A change of languages keeps what was typed.
        const QListWidgetItem *it = languages->findItems(QStringLiteral("IT"), Qt::MatchExactly).first();
        languages->setFocus();
        languages->setCurrentItem(const_cast<QListWidgetItem *>(it));
        test::GuiDriver::key(Qt::Key_Space);
        test::GuiDriver::key(Qt::Key_Space);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Übersetzt für {{1}}"));
        const QString firstClone = table->item(0, 0)->text();
        shoot(dialog, QStringLiteral("bulk-clone-dialog.png"));

        QVERIFY(form.click(QStringLiteral("Clone")));
        QTRY_VERIFY(bulk->jobDialog() && bulk->jobDialog()->isVisible());
        BulkJob *job = bulk->jobDialog()->job();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->countOf(BulkJob::Outcome::Done), job->count());
        QCOMPARE(job->count(), 6);
        QVERIFY(bulk->jobDialog()->statusText().startsWith(QLatin1String("Finished")));
        QCOMPARE(bulk->jobDialog()->results()->topLevelItemCount(), 6);
        QCOMPARE(bulk->jobDialog()->results()->topLevelItem(0)->text(1), QStringLiteral("Done"));
        shoot(bulk->jobDialog(), QStringLiteral("bulk-job-done.png"));
        // The list shows the clones (refreshed after the job).
        const QString name = firstClone.section(QStringLiteral(" · "), 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->indexOf(name, QStringLiteral("DE")).isValid(), 15000);
        QVERIFY(QJsonDocument(page->model()->templateAt(page->model()->indexOf(name, QStringLiteral("DE"))))
                    .toJson().contains("Übersetzt für"));
        // The report stays: closed, then shown again.
        QVERIFY(test::GuiDriver(bulk->jobDialog()).click(QStringLiteral("Close")));
        QVERIFY(!bulk->jobDialog()->isVisible());
        bulk->reportAction()->trigger();
        QVERIFY(bulk->jobDialog()->isVisible());
    }

    void cancelledCloneToAnotherProjectReportsWhatItDid()
    {
        TemplatesPage *page = openTemplates();
        QVERIFY(page);
        auto *bulk = page->findChild<TemplateBulkActions *>();
        const QString trialKey = ProjectManager::keyFor(trial.id);
        const QStringList before = keysIn(trialKey);
        sandbox::FaultSettings slow;
        slow.latencyMs = 150; // time to press Cancel
        fx->server->setFaults(slow);
        selectRows(page, 30);
        QCOMPARE(page->selectedTemplates().size(), 30);
        test::GuiDriver gui(page);
        QVERIFY(gui.click(QStringLiteral("Clone")));
        QTRY_VERIFY(bulk->cloneDialog() && bulk->cloneDialog()->isVisible());
        test::GuiDriver form(bulk->cloneDialog());
        QVERIFY(form.choose(QStringLiteral("Target project"), QStringLiteral("Trial")));
        QVERIFY(form.click(QStringLiteral("Clone")));
        QTRY_VERIFY(bulk->jobDialog() && bulk->jobDialog()->isVisible());
        BulkJob *job = bulk->jobDialog()->job();
        QTRY_VERIFY_WITH_TIMEOUT(job->countOf(BulkJob::Outcome::Done) >= 5, 30000);
        QVERIFY(!bulk->cloneAction()->isEnabled()); // one job at a time
        QVERIFY(test::GuiDriver(bulk->jobDialog()).click(QStringLiteral("Cancel job")));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        const QString status = bulk->jobDialog()->statusText();
        QVERIFY2(status.startsWith(QLatin1String("Cancelled")), qPrintable(status));
        const int done = job->countOf(BulkJob::Outcome::Done);
        QVERIFY(done < 30);
        QCOMPARE(done + job->countOf(BulkJob::Outcome::NotDone), 30);
        shoot(bulk->jobDialog(), QStringLiteral("bulk-job-cancelled.png"));

        fx->server->setFaults({});
        QStringList created = keysIn(trialKey);
        for (const QString &k : before)
            created.removeOne(k);
        QStringList reported;
        QTreeWidget *results = bulk->jobDialog()->results();
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            if (results->topLevelItem(i)->text(1) == QLatin1String("Done"))
                reported << results->topLevelItem(i)->text(0).replace(QStringLiteral(" · "), QStringLiteral("/"));
        created.sort();
        reported.sort();
        QCOMPARE(created, reported);
        QVERIFY(job->report().contains(QStringLiteral("Cancelled before it was sent.")));
    }

    void exportSelectedWritesOneFileEach()
    {
        TemplatesPage *page = openTemplates();
        QVERIFY(page);
        auto *bulk = page->findChild<TemplateBulkActions *>();
        QTemporaryDir folder;
        int asked = 0;
        bulk->setFolderChooser([&](QWidget *) {
            ++asked;
            return folder.path();
        });
        selectRows(page, 4);
        const QList<QJsonObject> chosen = page->selectedTemplates();
        QVERIFY(test::GuiDriver(page).click(QStringLiteral("Export selected")));
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(bulk->jobDialog() && bulk->jobDialog()->job()->isFinished(), 15000);
        QCOMPARE(bulk->jobDialog()->job()->countOf(BulkJob::Outcome::Done), 4);
        for (const QJsonObject &t : chosen) {
            QFile f(folder.filePath(TemplateBulkJobs::exportFileName(t.value(QLatin1String("name")).toString(),
                                                                      t.value(QLatin1String("language")).toString())));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(doc.value(QLatin1String("name")), t.value(QLatin1String("name")));
            QVERIFY(doc.value(QLatin1String("details")).toObject().contains(QLatin1String("components")));
        }
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 4); // no temporary files left
    }

    void deleteSelectedAfterConfirming()
    {
        TemplatesPage *page = openTemplates();
        QVERIFY(page);
        auto *bulk = page->findChild<TemplateBulkActions *>();
        selectRows(page, 2);
        const QList<QJsonObject> victims = page->selectedTemplates();
        box->expect(MessageBox::Kind::Question, QStringLiteral("Delete 2 template language(s)"), QMessageBox::Yes);
        // In the toolbar's Delete menu, with the page's other deletions.
        QVERIFY(test::GuiDriver::chooseFromMenu(test::GuiDriver(page).find<QToolButton>(QStringLiteral("Delete")),
                                                QStringLiteral("Delete selected")));
        QTRY_COMPARE(box->pending(), 0);
        QTRY_VERIFY(bulk->jobDialog() && bulk->jobDialog()->job()->isFinished());
        QCOMPARE(bulk->jobDialog()->job()->countOf(BulkJob::Outcome::Done), 2);
        for (const QJsonObject &t : victims)
            QTRY_VERIFY_WITH_TIMEOUT(!page->model()->indexOf(t.value(QLatin1String("name")).toString(),
                                                             t.value(QLatin1String("language")).toString()).isValid(), 15000);
    }
};

QTEST_MAIN(TestBulkGui)
#include "tst_bulkgui.moc"
