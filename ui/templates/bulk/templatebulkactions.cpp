#include "templatebulkactions.h"

#include "bulkjobdialog.h"
#include "icons.h"
#include "api/apiclient.h"
#include "messagebox.h"
#include "templates/list/templatespage.h"
#include "models/templatelistmodel.h"
#include "services/bulkjob.h"
#include "services/templatebulkjobs.h"

#include <QAction>
#include <QFileDialog>
#include <QStyle>

namespace sinch::ui {

TemplateBulkActions::TemplateBulkActions(TemplatesPage *page, ApiClient *client, MessageBox *box, Targets targets)
    : QObject(page)
    , m_page(page)
    , m_client(client)
    , m_box(box)
    , m_targets(std::move(targets))
{
    m_clone = new QAction(Icons::get(QStringLiteral("edit-copy")), tr("C&lone…"), this);
    m_clone->setObjectName(QStringLiteral("templates.bulkClone"));
    m_clone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_clone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(Icons::get(QStringLiteral("edit-delete")), tr("Delete &selected…"), this);
    m_delete->setObjectName(QStringLiteral("templates.bulkDelete"));
    m_export = new QAction(Icons::get(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("E&xport selected…"), this);
    m_export->setObjectName(QStringLiteral("templates.bulkExport"));
    m_chooseFolder = [](QWidget *parent) {
        return QFileDialog::getExistingDirectory(parent, tr("Export the selected templates to"));
    };
    m_report = new QAction(tr("Bulk &job report"), this);
    m_report->setObjectName(QStringLiteral("templates.bulkReport"));
    connect(m_clone, &QAction::triggered, this, &TemplateBulkActions::cloneSelected);
    connect(m_delete, &QAction::triggered, this, &TemplateBulkActions::deleteSelected);
    connect(m_export, &QAction::triggered, this, &TemplateBulkActions::exportSelected);
    connect(m_report, &QAction::triggered, this, [this] {
        if (m_dialog) {
            m_dialog->show();
            m_dialog->raise();
        }
    });
    connect(page, &TemplatesPage::selectionActionsUpdate, this, &TemplateBulkActions::update);
    page->addSelectionActions({m_clone, m_export, m_report}, {m_delete});
}

bool TemplateBulkActions::jobRunning() const
{
    return m_dialog && m_dialog->job() && m_dialog->job()->isRunning();
}

void TemplateBulkActions::update()
{
    const int selected = int(m_page->selectedTemplates().size());
    const QString busy = jobRunning() ? tr("A bulk job is running: wait for it or cancel it (Bulk job report)") : QString();
    const QString none = selected == 0 ? tr("Select the language rows of the templates first (Ctrl+click, Shift+click)")
                                       : QString();
    for (QAction *a : {m_clone, m_export, m_delete}) {
        a->setEnabled(busy.isEmpty() && none.isEmpty() && m_client);
        a->setToolTip(!busy.isEmpty() ? busy : !none.isEmpty() ? none : a->text().remove(QLatin1Char('&')));
    }
    m_report->setEnabled(m_dialog != nullptr);
    m_report->setToolTip(m_dialog ? tr("Show the last bulk job and its report") : tr("No bulk job has run yet"));
}

void TemplateBulkActions::cloneSelected()
{
    const QList<QJsonObject> sources = m_page->selectedTemplates();
    if (sources.isEmpty() || jobRunning())
        return;
    auto *dialog = new BulkCloneDialog(sources, m_targets ? m_targets() : QList<CloneTarget>(), m_page->projectKey(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cloneDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CloneTarget target = dialog->target();
        run(TemplateBulkJobs::clone(m_client, target.key, target.name, dialog->plan(), dialog->submit(), this),
            target.key == m_page->projectKey());
    });
    dialog->open();
}

void TemplateBulkActions::deleteSelected()
{
    const QList<QJsonObject> victims = m_page->selectedTemplates();
    if (victims.isEmpty() || jobRunning())
        return;
    QStringList names;
    for (const QJsonObject &t : victims.mid(0, 8))
        names << tr("%1 · %2").arg(t.value(QLatin1String("name")).toString(), t.value(QLatin1String("language")).toString());
    if (victims.size() > names.size())
        names << tr("and %n more", nullptr, int(victims.size() - names.size()));
    const QString key = m_page->projectKey();
    m_box->confirm(m_page, tr("Delete templates"),
                   tr("Delete %n template language(s) on the server: %1? Their approved versions and pending changes "
                      "go; this cannot be undone.", nullptr, int(victims.size()))
                       .arg(names.join(QStringLiteral(", "))),
                   tr("Delete"), this, [this, victims, key] {
                       run(TemplateBulkJobs::remove(m_client, key, victims, this), true);
                   });
}

void TemplateBulkActions::exportSelected()
{
    const QList<QJsonObject> templates = m_page->selectedTemplates();
    if (templates.isEmpty() || jobRunning())
        return;
    const QString folder = m_chooseFolder ? m_chooseFolder(m_page) : QString();
    if (!folder.isEmpty())
        run(TemplateBulkJobs::exportTo(m_client, m_page->projectKey(), templates, folder, this), false);
}

void TemplateBulkActions::run(BulkJob *job, bool changesThisProject)
{
    job->setClock(m_clock);
    if (m_dialog) {
        // The previous report goes with its job.
        m_dialog->job()->deleteLater();
        m_dialog->deleteLater();
    }
    m_dialog = new BulkJobDialog(job, m_page);
    const QString key = m_page->projectKey();
    connect(job, &BulkJob::finished, this, [this, changesThisProject, key] {
        if (changesThisProject && m_page->projectKey() == key && m_page->model())
            m_page->model()->refresh();
        update();
    });
    m_dialog->show();
    job->start();
    update();
    emit jobStarted(job);
}

} // namespace sinch::ui
