// File › Export project… and File › Import into project… as a person uses them: the
// sandbox project exported into a folder typed key by key, then the empty second project
// (its own key) chosen, the export planned into it, one template unchecked with Space, a
// webhook's secret typed, the rest imported, the generated secrets shown once, and the
// plan made again showing what the project has now, and the template left made a local draft
// with the "local drafts" box clicked.
#include "guidriver.h"
#include "windowfixture.h"

#include "api/pager.h"
#include "storage/draftstore.h"
#include "services/webhookservice.h"
#include "services/whatsapptemplateservice.h"
#include "transfer/exportmanifest.h"
#include "transfer/exportprojectdialog.h"
#include "transfer/importprojectdialog.h"
#include "transfer/importplanner.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

namespace {

const QString kEmptyProject = QStringLiteral("5d1c9b7e-2f4a-4c3b-9e8d-7a6b5c4d3e2f");
const QString kEmptyKey = QStringLiteral("0f7e6d5c-4b3a-4291-8877-665544332211");
const QString kEmptySecret = QStringLiteral("empty-project-secret");
const QString kTypedSecret = QStringLiteral("typed-Secret-4f9Q2zLw");

void screenshot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS")) { // the source tree stays as it is otherwise
        QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
        QVERIFY(w->grab().save(QStringLiteral(SINCH_SCREENSHOTS "/") + name));
    }
}

} // namespace

class TstTransferDialogs : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // How many of a list the empty project has, read with plain calls (not through the dialogs).
    int countIn(const QString &projectKey, const ApiRequest &first)
    {
        Pager pager(fx->client.get(), projectKey, first);
        int n = 0;
        connect(&pager, &Pager::pageReceived, this, [&n](const QJsonArray &items) { n += int(items.size()); });
        bool done = false;
        connect(&pager, &Pager::finished, this, [&done] { done = true; });
        connect(&pager, &Pager::failed, this, [&done] { done = true; });
        pager.fetchAll();
        return QTest::qWaitFor([&done] { return done; }, 20000) ? n : -1;
    }

private slots:
    void init()
    {
        sandbox::SandboxConfig config;
        config.emptyProjects << sandbox::SandboxProject{kEmptyProject, kEmptyKey, kEmptySecret};
        QVERIFY(setUpWindowFixture(config));
    }
    void cleanup() { tearDownWindowFixture(); }

    void exportThenImportIntoTheEmptyProject()
    {
        ui::MainWindow *w = makeWindow();
        auto *exportAction = w->findChild<QAction *>(QStringLiteral("exportProject"));
        auto *importAction = w->findChild<QAction *>(QStringLiteral("importProject"));
        QVERIFY(exportAction && importAction);
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), 10000);

        // Export.
        exportAction->trigger();
        auto *exportDialog = w->findChild<ui::ExportProjectDialog *>();
        QVERIFY(exportDialog && exportDialog->isVisible());
        GuiDriver e(exportDialog);
        QVERIFY(!e.get<QPushButton>(QStringLiteral("Export"))->isEnabled()); // no folder yet: says so
        QVERIFY(!e.get<QPushButton>(QStringLiteral("Export"))->toolTip().isEmpty());
        const QString folder = dir->filePath(QStringLiteral("export"));
        QVERIFY(e.typeAtEnd(QStringLiteral("Export folder"), folder));
        QVERIFY(e.click(QStringLiteral("Export")));
        QVERIFY(exportDialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!exportDialog->isRunning(), 120000);
        const QString status = e.get<QLabel>(QStringLiteral("Export status"))->text();
        QVERIFY2(status.contains(QStringLiteral("written")), qPrintable(status));
        const std::optional<ExportManifest> manifest = ExportManifest::read(folder);
        QVERIFY(manifest && manifest->complete);
        const int templates = manifest->counts.value(QStringLiteral("whatsapp.templates"));
        const int webhooks = manifest->counts.value(QStringLiteral("webhooks"));
        QVERIFY(templates > 1 && webhooks > 1);
        screenshot(exportDialog, QStringLiteral("export-project.png"));
        QVERIFY2(e.unnamedControls().isEmpty(), qPrintable(e.unnamedControls().join(QLatin1Char(','))));

        // Cancel while it runs: it stops, says so, and the manifest says the export is incomplete.
        const QString cancelled = dir->filePath(QStringLiteral("cancelled"));
        auto *field = e.get<QLineEdit>(QStringLiteral("Export folder"));
        GuiDriver::click(field);
        GuiDriver::key(Qt::Key_A, Qt::ControlModifier);
        GuiDriver::key(Qt::Key_Backspace);
        QVERIFY(field->text().isEmpty());
        QVERIFY(e.typeAtEnd(QStringLiteral("Export folder"), cancelled));
        QVERIFY(e.click(QStringLiteral("Export")));
        QVERIFY(exportDialog->isRunning());
        QVERIFY(e.click(QStringLiteral("Cancel")));
        QTRY_VERIFY_WITH_TIMEOUT(!exportDialog->isRunning(), 20000);
        QVERIFY(exportDialog->isVisible()); // Cancel stopped the export, not the dialog
        QVERIFY(e.get<QLabel>(QStringLiteral("Export status"))->text().startsWith(QStringLiteral("Cancelled")));
        const std::optional<ExportManifest> partial = ExportManifest::read(cancelled);
        QVERIFY2(partial, qPrintable(QDir(cancelled).entryList().join(QLatin1Char(','))));
        QVERIFY(!partial->complete);
        QVERIFY(partial->files.size() < manifest->files.size());
        QVERIFY(e.click(QStringLiteral("Close")));
        QTRY_VERIFY(!w->findChild<ui::ExportProjectDialog *>());

        // The empty project, with its own key.
        Project empty = sandboxProjectNamed(QStringLiteral("Empty"), kEmptyProject);
        empty.keyId = kEmptyKey;
        w->addTransientProject(empty, kEmptySecret, true);
        QTRY_VERIFY_WITH_TIMEOUT(w->currentProject() == empty.id && importAction->isEnabled(), 10000);
        const QString emptyKey = empty.id.toString(QUuid::WithoutBraces);

        // Plan.
        importAction->trigger();
        auto *importDialog = w->findChild<ui::ImportProjectDialog *>();
        QVERIFY(importDialog && importDialog->isVisible());
        GuiDriver d(importDialog);
        auto *importButton = d.get<QPushButton>(QStringLiteral("Import the checked resources"));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(importButton->toolTip().contains(QStringLiteral("Plan first")));
        QVERIFY(d.typeAtEnd(QStringLiteral("Export folder to import"), folder));
        QVERIFY(d.click(QStringLiteral("Plan the import")));
        auto *plan = d.get<QTreeWidget>(QStringLiteral("Import plan"));
        QTRY_VERIFY_WITH_TIMEOUT(plan->topLevelItemCount() > 0 && !importDialog->isRunning(), 30000);
        int checked = 0;
        for (int i = 0; i < plan->topLevelItemCount(); ++i)
            checked += plan->topLevelItem(i)->checkState(0) == Qt::Checked;
        QCOMPARE(checked, templates + webhooks);

        // One template unchecked with Space, one webhook's secret typed.
        QTreeWidgetItem *first = nullptr; // the first WhatsApp template (KakaoTalk's cannot be imported: no sender)
        for (int i = 0; i < plan->topLevelItemCount() && !first; ++i)
            if (plan->topLevelItem(i)->text(1) == QStringLiteral("WhatsApp template"))
                first = plan->topLevelItem(i);
        QVERIFY(first && first->checkState(0) == Qt::Checked);
        const QString skipped = first->text(0);
        QVERIFY(d.clickRow(plan, skipped));
        GuiDriver::key(Qt::Key_Space);
        QCOMPARE(first->checkState(0), Qt::Unchecked);
        QString typedFor;
        for (int i = 0; i < plan->topLevelItemCount() && typedFor.isEmpty(); ++i)
            if (plan->topLevelItem(i)->text(1) == QStringLiteral("Webhook"))
                typedFor = plan->topLevelItem(i)->text(0);
        QVERIFY(d.clickRow(plan, typedFor));
        QVERIFY(d.typeAtEnd(QStringLiteral("Webhook secret"), kTypedSecret));
        screenshot(importDialog, QStringLiteral("import-plan.png"));
        QVERIFY2(d.unnamedControls().isEmpty(), qPrintable(d.unnamedControls().join(QLatin1Char(','))));
        QVERIFY(importButton->isEnabled());
        QVERIFY2(importButton->text().contains(QString::number(checked - 1)), qPrintable(importButton->text()));

        // Import: the made secrets shown once, the typed one not among them.
        box->expect(MessageBox::Kind::Information, QStringLiteral("shown only this once"));
        QVERIFY(d.click(QStringLiteral("Import the checked resources")));
        QTRY_VERIFY_WITH_TIMEOUT(box->pending() == 0, 120000);
        QVERIFY2(box->allMet(), qPrintable(box->report()));
        const QString shown = box->seen().last().text;
        QCOMPARE(shown.count(QStringLiteral("http")), webhooks - 1);
        QVERIFY(!shown.contains(kTypedSecret));
        QTRY_VERIFY_WITH_TIMEOUT(!importDialog->isRunning() && plan->topLevelItemCount() > 0, 30000);
        QCOMPARE(countIn(emptyKey, WhatsappTemplateService::listRequest()), templates - 1);
        QCOMPARE(countIn(emptyKey, WebhookService::listRequest()), webhooks);

        // The plan again: only the unchecked template is still new.
        int creates = 0;
        for (int i = 0; i < plan->topLevelItemCount(); ++i)
            if (plan->topLevelItem(i)->checkState(0) == Qt::Checked) {
                ++creates;
                QCOMPARE(plan->topLevelItem(i)->text(0), skipped);
            }
        QCOMPARE(creates, 1);
        const QString said = d.get<QLabel>(QStringLiteral("Import status"))->text();
        QVERIFY2(said.contains(QStringLiteral("Imported: %1 created").arg(checked - 1)), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("1 to create, %1 identical, 0 differ").arg(checked - 1)));
        QVERIFY(d.get<QPlainTextEdit>(QStringLiteral("Differences"))->toPlainText().contains(skipped.section(QLatin1Char(' '), 0, 0)));
        screenshot(importDialog, QStringLiteral("import-replanned.png"));

        // A template changed in the project since: planned again, it comes first, unchecked,
        // with its difference beside.
        const QJsonObject changedTemplate = [&] {
            QList<TransferFailure> failures;
            for (const ImportItem &item : ImportPlanner::readExport(folder, nullptr, &failures))
                if (item.kind == ImportItem::Kind::WhatsappTemplate && item.title != skipped)
                    return item.request;
            return QJsonObject();
        }();
        QVERIFY(!changedTemplate.isEmpty());
        QJsonObject edited = changedTemplate;
        edited.insert(QStringLiteral("category"), changedTemplate.value(QLatin1String("category")).toString() == QLatin1String("MARKETING")
                                                      ? QStringLiteral("UTILITY")
                                                      : QStringLiteral("MARKETING"));
        const ApiResult patched = test::finished(WhatsappTemplateService(fx->client.get(), emptyKey)
                                                     .update(edited.value(QLatin1String("name")).toString(),
                                                             edited.value(QLatin1String("language")).toString(), edited, false));
        QVERIFY2(patched.ok(), qPrintable(patched.error.summary()));
        QVERIFY(d.click(QStringLiteral("Plan the import")));
        QTRY_VERIFY_WITH_TIMEOUT(!importDialog->isRunning() && plan->topLevelItemCount() > 0, 30000);
        QTreeWidgetItem *top = plan->topLevelItem(0);
        QCOMPARE(top->text(2), QStringLiteral("Differs"));
        QCOMPARE(top->checkState(0), Qt::Unchecked);
        QVERIFY(d.clickRow(plan, top->text(0)));
        const QString diff = d.get<QPlainTextEdit>(QStringLiteral("Differences"))->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("category: \"%1\" → \"%2\"")
                                   .arg(edited.value(QLatin1String("category")).toString(),
                                        changedTemplate.value(QLatin1String("category")).toString())),
                 qPrintable(diff));
        screenshot(importDialog, QStringLiteral("import-conflict.png"));

        // The template still to create, as a local draft: the box clicked, nothing sent to the
        // server, the draft kept under the project for the editor.
        const int draftsBefore = int(drafts->all().size());
        QVERIFY(d.click(QStringLiteral("Templates as local drafts")));
        QVERIFY(d.get<QCheckBox>(QStringLiteral("Templates as local drafts"))->isChecked());
        QVERIFY2(importButton->isEnabled() && importButton->text().contains(QLatin1Char('1')), qPrintable(importButton->text()));
        QVERIFY(d.click(QStringLiteral("Import the checked resources")));
        QTRY_VERIFY_WITH_TIMEOUT(!importDialog->isRunning(), 30000);
        QVERIFY2(d.get<QLabel>(QStringLiteral("Import status"))->text().contains(QStringLiteral("0 created, 0 replaced, 1 local drafts")),
                 qPrintable(d.get<QLabel>(QStringLiteral("Import status"))->text()));
        const QList<DraftStore::Draft> made = drafts->all();
        QCOMPARE(int(made.size()), draftsBefore + 1);
        QCOMPARE(made.first().projectKey, emptyKey);
        QVERIFY2(skipped.startsWith(made.first().document.value(QLatin1String("name")).toString()), qPrintable(skipped));
        QCOMPARE(countIn(emptyKey, WhatsappTemplateService::listRequest()), templates - 1);
        QCOMPARE(fx->server->undeclaredStatusCount(), 0);
    }
};

QTEST_MAIN(TstTransferDialogs)
#include "tst_transferdialogs.moc"
