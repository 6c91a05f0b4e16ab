#include "transfer/importprojectdialog.h"

#include "messagebox.h"
#include "api/apiclient.h"
#include "transfer/folderfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace sinch::ui {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

ImportProjectDialog::ImportProjectDialog(ApiClient *client, const QString &projectKey, const QString &projectName,
                                         DraftStore *drafts, MessageBox *box, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_drafts(drafts)
    , m_box(box)
    , m_folder(new FolderField(tr("Export folder to import"), tr("Import from folder"), this))
    , m_planButton(new QPushButton(tr("&Plan"), this))
    , m_plan(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_secretLabel(new QLabel(tr("Webhook &secret:"), this))
    , m_secret(new QLineEdit(this))
    , m_asDrafts(new QCheckBox(tr("Make the templates local &drafts (submit them from the editor)"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_failures(new QListWidget(this))
{
    setWindowTitle(tr("Import into project"));
    setAccessibleName(windowTitle());
    auto *intro = new QLabel(tr("Recreates the templates and webhooks of a project export in <b>%1</b>. Plan first: "
                                "nothing changes until you import what is checked. Templates are created as drafts, "
                                "never submitted for review.")
                                 .arg(projectName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder->lineEdit());
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_planButton);
    m_planButton->setAccessibleName(tr("Plan the import"));

    m_plan->setAccessibleName(tr("Import plan"));
    m_plan->setHeaderLabels({tr("Resource"), tr("Kind"), tr("Plan")});
    m_plan->setRootIsDecorated(false);
    m_plan->setUniformRowHeights(true);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->header()->setStretchLastSection(false);
    m_details->setAccessibleName(tr("Differences"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Choose a resource to see how it differs from the project's."));
    m_secret->setAccessibleName(tr("Webhook secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Empty: one is made and shown once"));
    m_secretLabel->setBuddy(m_secret);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretLabel);
    secretRow->addWidget(m_secret, 1);
    detailLayout->addLayout(secretRow);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plan);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_asDrafts->setAccessibleName(tr("Templates as local drafts"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false); // shown while planning or importing
    m_status->setAccessibleName(tr("Import status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setAccessibleName(tr("What could not be imported"));
    m_failures->setVisible(false);
    m_failures->setMaximumHeight(110);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setAccessibleName(tr("Import the checked resources"));
    m_close->setAccessibleName(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_asDrafts);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_failures);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_planButton, &QPushButton::clicked, this, &ImportProjectDialog::plan);
    connect(m_folder->lineEdit(), &QLineEdit::returnPressed, this, &ImportProjectDialog::plan);
    connect(m_folder, &FolderField::folderChanged, this, &ImportProjectDialog::updateButtons);
    connect(m_plan, &QTreeWidget::currentItemChanged, this, &ImportProjectDialog::showCurrent);
    connect(m_plan, &QTreeWidget::itemChanged, this, &ImportProjectDialog::updateButtons);
    connect(m_secret, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QTreeWidgetItem *row = m_plan->currentItem())
            m_secrets.insert(m_items.at(row->data(0, kIndexRole).toInt()).key(), text);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportProjectDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &ImportProjectDialog::reject);
    showCurrent();
    updateButtons();
}

bool ImportProjectDialog::isRunning() const
{
    return (m_planner && m_planner->isRunning()) || (m_applier && m_applier->isRunning());
}

void ImportProjectDialog::setFolder(const QString &folder)
{
    m_folder->setFolder(folder);
}

void ImportProjectDialog::reject()
{
    if (m_applier && m_applier->isRunning()) {
        m_status->setText(tr("Cancelling… what was sent stays."));
        m_applier->cancel();
        return;
    }
    if (m_planner && m_planner->isRunning()) {
        m_planner->cancel();
        return;
    }
    QDialog::reject();
}

void ImportProjectDialog::plan()
{
    if (isRunning() || m_folder->folder().isEmpty())
        return;
    m_plan->clear();
    m_items.clear();
    setFailures({});
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading the export and the project…"));
    m_planner = new ImportPlanner(m_client, m_projectKey, m_folder->folder(), this);
    connect(m_planner, &ImportPlanner::finished, this, &ImportProjectDialog::planned);
    m_planner->start();
    updateButtons();
}

void ImportProjectDialog::planned(const QList<ImportItem> &items, const QList<TransferFailure> &failures)
{
    m_planner->deleteLater();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_items = items;
    // What needs a decision first, then what is new; what is skipped or cannot be imported
    // last. Within each, the export's order (by kind and name).
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    const auto rank = [this](int i) {
        switch (m_items.at(i).action) {
        case ImportItem::Action::Conflict:
            return 0;
        case ImportItem::Action::Create:
            return 1;
        case ImportItem::Action::Identical:
            return 2;
        case ImportItem::Action::Unavailable:
            return 3;
        }
        return 3;
    };
    std::stable_sort(order.begin(), order.end(), [&rank](int a, int b) { return rank(a) < rank(b); });
    QMap<ImportItem::Action, int> counts;
    QSignalBlocker quiet(m_plan);
    for (const int i : std::as_const(order)) {
        const ImportItem &item = m_items.at(i);
        ++counts[item.action];
        auto *row = new QTreeWidgetItem(m_plan, {item.title, ImportItem::kindText(item.kind), ImportItem::actionText(item.action)});
        row->setData(0, kIndexRole, i);
        if (item.isApplicable()) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(0, item.isSelectedByDefault() ? Qt::Checked : Qt::Unchecked);
            row->setToolTip(0, item.title);
        } else {
            row->setToolTip(0, item.action == ImportItem::Action::Identical ? tr("The project has it as it is: nothing to do")
                                                                          : item.note);
            row->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    quiet.unblock();
    m_plan->resizeColumnToContents(1);
    m_plan->resizeColumnToContents(2);
    if (m_plan->topLevelItemCount() > 0)
        m_plan->setCurrentItem(m_plan->topLevelItem(0));
    setFailures(failures);
    m_progress->setVisible(false);
    const QString planText = items.isEmpty() && !failures.isEmpty()
        ? tr("No plan: see below what could not be read, then plan again.")
        : tr("%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.")
              .arg(counts.value(ImportItem::Action::Create))
              .arg(counts.value(ImportItem::Action::Identical))
              .arg(counts.value(ImportItem::Action::Conflict))
              .arg(counts.value(ImportItem::Action::Unavailable));
    // After an import, what it did stays in front of the new plan.
    m_status->setText(m_applied.isEmpty() ? planText : m_applied + QStringLiteral("\n") + tr("Now: %1").arg(planText));
    m_applied.clear();
    updateButtons();
}

QList<ImportItem> ImportProjectDialog::chosen() const
{
    QList<ImportItem> out;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_plan->topLevelItem(i);
        if ((row->flags() & Qt::ItemIsUserCheckable) && row->checkState(0) == Qt::Checked)
            out << m_items.at(row->data(0, kIndexRole).toInt());
    }
    return out;
}

void ImportProjectDialog::apply()
{
    const QList<ImportItem> items = chosen();
    if (isRunning() || items.isEmpty())
        return;
    ImportOptions options;
    options.templatesAsLocalDrafts = m_asDrafts->isChecked();
    options.drafts = m_drafts;
    options.draftProjectKey = m_projectKey;
    options.webhookSecrets = m_secrets;
    m_applier = new ImportApplier(m_client, m_projectKey, items, options, this);
    m_progress->setRange(0, m_applier->total());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    connect(m_applier, &ImportApplier::progress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Imported %1 of %2: %3").arg(done).arg(total).arg(what));
    });
    connect(m_applier, &ImportApplier::finished, this, &ImportProjectDialog::applied);
    m_applier->start();
    updateButtons();
}

void ImportProjectDialog::applied(const ImportResult &result)
{
    m_applier->deleteLater();
    m_secrets.clear();
    m_secret->clear();
    setFailures(result.failures);
    const QString text = tr("Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.")
                             .arg(result.created)
                             .arg(result.updated)
                             .arg(result.drafts)
                             .arg(result.failures.size());
    if (!result.generatedSecrets.isEmpty() && m_box) {
        QStringList lines;
        for (const auto &[target, secret] : result.generatedSecrets)
            lines << tr("%1\n    %2").arg(target, secret);
        m_box->inform(this, MessageBox::Kind::Information, tr("Webhook secrets"),
                      tr("These webhooks got new secrets. Copy them now into the services that verify the events: "
                         "they are shown only this once.\n\n%1")
                          .arg(lines.join(QLatin1Char('\n'))));
    }
    // The plan again, so the list shows what the project has now.
    plan();
    m_applied = text;
}

void ImportProjectDialog::showCurrent()
{
    const QTreeWidgetItem *row = m_plan->currentItem();
    const ImportItem *item = row ? &m_items.at(row->data(0, kIndexRole).toInt()) : nullptr;
    const bool secret = item && item->kind == ImportItem::Kind::Webhook && item->action == ImportItem::Action::Create;
    m_secretLabel->setVisible(secret);
    m_secret->setVisible(secret);
    if (secret)
        m_secret->setText(m_secrets.value(item->key()));
    if (!item) {
        m_details->clear();
        return;
    }
    QStringList lines;
    switch (item->action) {
    case ImportItem::Action::Create:
        lines << tr("New in this project. What will be sent:") << QString() << JsonDiff::pretty(item->request);
        break;
    case ImportItem::Action::Identical:
        lines << tr("The project has it with the same content: it is skipped.");
        break;
    case ImportItem::Action::Conflict:
        lines << tr("The project has it with other content. Checked, the export's replaces it:") << QString();
        for (const JsonChange &c : item->changes)
            lines << tr("%1: %2 → %3").arg(c.path, JsonDiff::brief(c.before), JsonDiff::brief(c.after));
        break;
    case ImportItem::Action::Unavailable:
        lines << item->note;
        break;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void ImportProjectDialog::setFailures(const QList<TransferFailure> &failures)
{
    m_failures->clear();
    for (const TransferFailure &f : failures)
        m_failures->addItem(tr("%1: %2").arg(f.what, f.error));
    m_failures->setVisible(!failures.isEmpty());
}

void ImportProjectDialog::updateButtons()
{
    const bool running = isRunning();
    const bool folder = !m_folder->folder().isEmpty();
    const int count = running ? 0 : int(chosen().size());
    m_planButton->setEnabled(!running && folder);
    m_planButton->setToolTip(!folder ? tr("Type or choose the folder of a project export first") : QString());
    m_import->setEnabled(!running && count > 0);
    m_import->setText(count > 0 ? tr("&Import %n", nullptr, count) : tr("&Import"));
    m_import->setToolTip(running           ? tr("Wait for the plan or the import to finish")
                             : m_items.isEmpty() ? tr("Plan first: choose the export's folder and press Plan")
                             : count == 0  ? tr("Check the resources to import")
                                           : QString());
    m_folder->setEnabled(!running);
    m_asDrafts->setEnabled(!running);
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
    m_close->setAccessibleName(running ? tr("Cancel") : tr("Close"));
}

} // namespace sinch::ui
