#include "templatespage.h"

#include "templatelisttoolbar.h"
#include "domain/credentialfields.h"
#include "listloadfeedback.h"
#include "templatedeletion.h"
#include "templatedetailview.h"


#include "changesdiffdialog.h"
#include "comparedialog.h"
#include "messagebar.h"
#include "messagebox.h"
#include "templatefilterbar.h"
#include "templatefilterproxy.h"
#include "api/apiclient.h"
#include "models/templatelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

using M = TemplateListModel;

TemplatesPage::TemplatesPage(ApiClient *client, MessageBox *box, QWidget *parent)
    : ListPage(new TemplateFilterProxy, new TemplateDetailView, parent)
    , m_client(client)
    , m_box(box)
    , m_proxy(static_cast<TemplateFilterProxy *>(proxyModel()))
    , m_toolBar(new TemplateListToolBar(this, view()))
    , m_filters(new TemplateFilterBar(this))
    , m_detail(static_cast<TemplateDetailView *>(splitter()->widget(1)))
{
    setObjectName(QStringLiteral("page.whatsapp.templates"));
    setAccessibleName(tr("WhatsApp Templates"));
    m_deletion = new TemplateDeletion(client, box, this);
    connect(m_deletion, &TemplateDeletion::failed, errorBar(), &MessageBar::showError);
    connect(m_deletion, &TemplateDeletion::deleted, this,
            [this](const QString &name, const QString &language, bool deleteSubmitted, const QString &message) {
                errorBar()->showMessage(MessageBar::Level::Info, message);
                errorBar()->setRetryVisible(false);
                emit deleted(name, language, deleteSubmitted);
                if (model())
                    model()->refresh();
            });

    // Filter bar.
    connect(m_filters, &TemplateFilterBar::searchChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        // Show the matching languages of names with several; a name with one language
        // already shows it all on its own row.
        if (!text.isEmpty()) {
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                const QModelIndex name = m_proxy->index(r, 0);
                if (m_proxy->rowCount(name) > 1)
                    view()->expand(name);
            }
        }
        updateState();
    });
    connect(m_filters, &TemplateFilterBar::serverFilterChanged, this, &TemplatesPage::applyServerFilter);
    connect(m_filters, &TemplateFilterBar::localFilterChanged, this, [this] {
        m_proxy->setLanguage(m_filters->language());
        m_proxy->setCategory(m_filters->category());
        m_proxy->setNeverApprovedOnly(m_filters->neverApprovedOnly());
        updateState();
    });
    connect(m_filters, &TemplateFilterBar::analyticsRangeChanged, this, [this](const QString &range) {
        if (model())
            model()->setAnalyticsRange(range);
    });

    countLabel()->setAccessibleName(tr("Number of templates"));
    filterRow()->insertWidget(0, m_filters, 1);

    // The tree.
    view()->setAccessibleName(tr("Templates"));
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view()->setExpandsOnDoubleClick(false);
    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    view()->setSortingEnabled(true);
    view()->sortByColumn(M::NameColumn, Qt::AscendingOrder);
    view()->header()->setStretchLastSection(false);
    connect(view(), &QTreeView::customContextMenuRequested, this, &TemplatesPage::showContextMenu);
    connect(view(), &QTreeView::doubleClicked, this, &TemplatesPage::openCurrent);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplatesPage::showCurrent);
    // A filter that hides the chosen language's name row takes the current row away without
    // a currentChanged (only a removed sibling moves it): the details and actions follow.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!view()->currentIndex().isValid())
            showCurrent();
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TemplatesPage::updateActions);

    splitter()->setObjectName(QStringLiteral("templatesSplitter"));
    splitter()->setStretchFactor(1, 1);
    splitter()->setSizes({760, 320});

    connectActions();

    pageLayout()->setContentsMargins(8, 4, 8, 8);
    pageLayout()->insertWidget(1, m_toolBar);

    setTabOrder(m_filters->fields().constLast(), view());
    setTabOrder(view(), m_detail);
    updateState();
    updateActions();
}

void TemplatesPage::setClock(Clock *clock)
{
    m_filters->setClock(clock);
}

TemplatesPage::~TemplatesPage() = default;

void TemplatesPage::connectActions()
{
    const TemplateListToolBar *bar = m_toolBar;
    connect(bar->newTemplate, &QAction::triggered, this, &TemplatesPage::newRequested);
    connect(bar->open, &QAction::triggered, this, &TemplatesPage::openCurrent);
    connect(bar->compareApproved, &QAction::triggered, this, &TemplatesPage::compareWithApproved);
    connect(bar->compareAnalytics, &QAction::triggered, this, &TemplatesPage::compareAnalytics);
    connect(bar->deleteChanges, &QAction::triggered, this, &TemplatesPage::deletePendingChanges);
    connect(bar->deleteLanguage, &QAction::triggered, this, &TemplatesPage::deleteLanguage);
    connect(bar->deleteAll, &QAction::triggered, this, &TemplatesPage::deleteAllLanguages);
    connect(bar->copyJson, &QAction::triggered, this, &TemplatesPage::copyAsJson);
}

QAction *TemplatesPage::action(const QString &objectName) const
{
    for (QAction *a : pageActions()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QTextBrowser *TemplatesPage::detailView() const
{
    return m_detail;
}

QLineEdit *TemplatesPage::searchEdit() const { return m_filters->searchEdit(); }
QLineEdit *TemplatesPage::namePrefixEdit() const { return m_filters->namePrefixEdit(); }
QComboBox *TemplatesPage::stateCombo() const { return m_filters->stateCombo(); }
QComboBox *TemplatesPage::statusCombo() const { return m_filters->statusCombo(); }
QComboBox *TemplatesPage::languageCombo() const { return m_filters->languageCombo(); }
QComboBox *TemplatesPage::categoryCombo() const { return m_filters->categoryCombo(); }
QComboBox *TemplatesPage::rangeCombo() const { return m_filters->rangeCombo(); }

TemplateListModel *TemplatesPage::model() const
{
    return static_cast<TemplateListModel *>(pagedModel());
}

PagedListModel *TemplatesPage::createModel(const QString &projectKey)
{
    if (!m_client)
        return nullptr;
    auto *model = new TemplateListModel(m_client, projectKey, this);
    model->setObjectName(QStringLiteral("model.whatsapp.templates"));
    model->setAnalyticsRange(m_filters->analyticsRange());
    connect(model, &M::pageLoaded, this, &TemplatesPage::updateLanguages);
    connect(model, &M::dataChanged, this, [this]() {
        showCurrent();
        updateActions();
    });
    return model;
}

void TemplatesPage::modelChanged()
{
    m_detail->clearRow();
    applyServerFilter();
    updateActions();
}

void TemplatesPage::fitColumns()
{
    // Widths for what the columns hold, from the font and the rows read so far (a view that
    // is not shown yet cannot measure its rows), at least a sample of what later rows may
    // hold, and never less than the column's title.
    const QFontMetrics fm(view()->font());
    const int rows = qMin(model()->rowCount(), 200);
    QHeaderView *h = view()->header();
    const auto fit = [&](int column, const QString &sample) {
        int widest = fm.horizontalAdvance(sample);
        for (int r = 0; r < rows; ++r)
            widest = qMax(widest, fm.horizontalAdvance(model()->index(r, column).data().toString()));
        h->resizeSection(column, qMax(widest + 24, h->sectionSizeHint(column)));
    };
    view()->resizeColumnToContents(M::NameColumn);
    h->resizeSection(M::NameColumn, qBound(160, h->sectionSize(M::NameColumn) + 24, 320));
    fit(M::LanguageColumn, QStringLiteral("EN_US, PT_BR · 10 missing"));
    fit(M::CategoryColumn, QStringLiteral("AUTHENTICATION"));
    fit(M::StateColumn, QStringLiteral("Approved · changes in review"));
    fit(M::QualityColumn, QStringLiteral("Medium"));
    fit(M::RejectionColumn, QStringLiteral("INCORRECT_CATEGORY"));
    fit(M::ModifiedColumn, QStringLiteral("2025-12-31 23:59"));
    for (int c = M::SentColumn; c < M::ColumnCount; ++c)
        fit(c, QStringLiteral("1,000,000"));
}

void TemplatesPage::applyServerFilter()
{
    const TemplateListModel::Filter filter = m_filters->takeServerFilter();
    if (model())
        model()->setFilter(filter);
}

void TemplatesPage::setCanCreate(bool can)
{
    m_canCreate = can;
    updateActions();
}

void TemplatesPage::showSaved(const QString &key, const QJsonObject &serverTemplate)
{
    if (key != projectKey() || !model())
        return;
    model()->updateTemplate(serverTemplate);
    showCurrent(); // the details pane of the row shown
    refresh();
}

void TemplatesPage::focusFilter()
{
    m_filters->focusSearch();
}

void TemplatesPage::updateLanguages()
{
    if (model())
        m_filters->setLanguages(model()->projectLanguages());
}

QString TemplatesPage::countText() const
{
    const int loaded = model()->templateCount();
    const int total = model()->totalSize();
    if (m_filters->filtersLocally())
        return tr("%1 of %2 names shown").arg(m_proxy->rowCount()).arg(model()->rowCount());
    if (total > loaded)
        return tr("%1 of %2 loaded").arg(loaded).arg(total);
    if (model()->hasLoadedOnce() && loaded > 0)
        return tr("%n template(s)", nullptr, loaded) + QStringLiteral(" · ") + tr("%n name(s)", nullptr, model()->rowCount());
    return QString();
}

QString TemplatesPage::noItemsText() const
{
    const bool serverFilter = m_filters->filtersOnServer();
    const QString prefix = model()->filter().namePrefix;
    if (!prefix.isEmpty() && !serverFilter)
        return tr("No template name starts with “%1”. Clear the name filter to see all.").arg(prefix);
    if (!prefix.isEmpty())
        return tr("No template starting with “%1” in this state. Clear the name filter, choose “All states” "
                  "and “Any changes” to see all.").arg(prefix);
    // A template Meta rejected before it was ever approved has no state, only rejected
    // changes, though its row reads "Rejected": say where those are.
    if (model()->filter().states == QStringList{QStringLiteral("REJECTED")})
        return tr("No template was rejected after an approval. Templates rejected before they were ever approved "
                  "have no state: choose “All states” and “Changes rejected” to see them.");
    if (serverFilter)
        return tr("No templates in this state. Choose “All states” and “Any changes” to see all.");
    return tr("No templates yet. Create one (Ctrl+N)");
}

QString TemplatesPage::nothingShownText() const
{
    return tr("Nothing matches these filters. Clear the search (Esc) or choose “All languages” and "
              "“All categories”.");
}

QString TemplatesPage::noProjectText() const
{
    return tr("Choose a project to see its WhatsApp templates.");
}

QString TemplatesPage::loadingText() const
{
    return tr("Loading templates…");
}

QString TemplatesPage::loadFailedText() const
{
    return tr("The templates could not be loaded. See the message above.");
}

QJsonObject TemplatesPage::currentTemplate() const
{
    const QModelIndex cur = view()->currentIndex();
    if (!cur.isValid())
        return QJsonObject();
    QJsonObject t = cur.data(M::JsonRole).toJsonObject();
    if (t.isEmpty() && m_proxy->rowCount(cur.siblingAtColumn(0)) == 1)
        t = m_proxy->index(0, 0, cur.siblingAtColumn(0)).data(M::JsonRole).toJsonObject();
    return t;
}

QString TemplatesPage::currentName() const
{
    return view()->currentIndex().data(M::NameRole).toString();
}

QList<QJsonObject> TemplatesPage::selectedTemplates() const
{
    QList<QJsonObject> out;
    const QModelIndexList rows = view()->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows) {
        const QJsonObject t = i.data(M::JsonRole).toJsonObject();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

bool TemplatesPage::select(const QString &name, const QString &language)
{
    if (!model())
        return false;
    const QModelIndex src = model()->indexOf(name, language);
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid())
        return false;
    if (idx.parent().isValid())
        view()->expand(idx.parent());
    view()->setCurrentIndex(idx);
    view()->scrollTo(idx);
    return true;
}

void TemplatesPage::updateActions()
{
    const QJsonObject t = currentTemplate();
    const bool isLanguage = !t.isEmpty();
    const bool haveName = !currentName().isEmpty();
    const bool changes = t.contains(QLatin1String("changes"));
    m_toolBar->newTemplate->setEnabled(model() != nullptr && m_canCreate);
    m_toolBar->open->setEnabled(isLanguage);
    m_toolBar->deleteLanguage->setEnabled(isLanguage);
    m_toolBar->deleteAll->setEnabled(haveName);
    // Pending changes next to an approved (or paused ...) version; a template that was
    // never approved has nothing to fall back to.
    m_toolBar->deleteChanges->setEnabled(changes && t.contains(QLatin1String("state")));
    m_toolBar->compareApproved->setEnabled(changes && t.contains(QLatin1String("details")));
    m_toolBar->compareAnalytics->setEnabled(selectedTemplates().size() == 2);
    m_toolBar->copyJson->setEnabled(haveName);
    emit selectionActionsUpdate();
}

void TemplatesPage::addSelectionActions(const QList<QAction *> &actions, const QList<QAction *> &deletions)
{
    m_toolBar->addSelectionActions(actions, deletions);
    for (QAction *a : actions + deletions)
        view()->addAction(a);
    m_selectionActions += actions + deletions;
    updateActions();
}

void TemplatesPage::showCurrent()
{
    updateActions();
    m_detail->showRow(view()->currentIndex());
}

void TemplatesPage::showContextMenu(const QPoint &pos)
{
    if (!view()->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    m_toolBar->fillContextMenu(&menu, m_selectionActions);
    menu.exec(view()->viewport()->mapToGlobal(pos));
}

void TemplatesPage::openCurrent()
{
    const QModelIndex cur = view()->currentIndex();
    const QJsonObject t = currentTemplate();
    if (!t.isEmpty()) {
        emit openRequested(t);
        return;
    }
    if (cur.isValid()) {
        const QModelIndex name = cur.siblingAtColumn(0);
        view()->setExpanded(name, !view()->isExpanded(name));
    }
}

void TemplatesPage::deleteLanguage()
{
    const QJsonObject t = currentTemplate();
    if (!t.isEmpty())
        m_deletion->deleteLanguage(projectKey(), t.value(QLatin1String("name")).toString(), t.value(QLatin1String("language")).toString());
}

void TemplatesPage::deleteAllLanguages()
{
    const QString name = currentName();
    if (!name.isEmpty() && model())
        m_deletion->deleteAllLanguages(projectKey(), name, model()->indexOf(name).data(M::LanguagesRole).toStringList());
}

void TemplatesPage::deletePendingChanges()
{
    const QJsonObject t = currentTemplate();
    if (t.contains(QLatin1String("changes")) && t.contains(QLatin1String("state")))
        m_deletion->deletePendingChanges(projectKey(), t.value(QLatin1String("name")).toString(),
                                         t.value(QLatin1String("language")).toString());
}

void TemplatesPage::compareWithApproved()
{
    const QJsonObject t = currentTemplate();
    if (!t.contains(QLatin1String("changes")) || !t.contains(QLatin1String("details")))
        return;
    auto *dialog = new ChangesDiffDialog(t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TemplatesPage::compareAnalytics()
{
    const QList<QJsonObject> two = selectedTemplates();
    if (two.size() != 2 || !m_client)
        return;
    auto *dialog = new CompareDialog(m_client, projectKey(), two.at(0), two.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TemplatesPage::copyAsJson()
{
    QList<QJsonObject> list = selectedTemplates();
    if (list.isEmpty()) {
        const QModelIndex name = model() ? model()->indexOf(currentName()) : QModelIndex();
        for (int r = 0; name.isValid() && r < model()->rowCount(name); ++r)
            list << model()->templateAt(model()->index(r, 0, name));
    }
    if (list.isEmpty())
        return;
    // One template as an object, several as a list of them.
    QJsonArray all;
    for (const QJsonObject &o : std::as_const(list))
        all << o;
    const QJsonDocument doc = list.size() == 1 ? QJsonDocument(list.first()) : QJsonDocument(all);
    QApplication::clipboard()->setText(CredentialFields::maskedJsonText(doc));
}

} // namespace sinch::ui
