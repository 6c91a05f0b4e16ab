#include "webhookspage.h"

#include "webhookeditor.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/resourcelistmodel.h"
#include "services/webhookservice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
const QString kId = QStringLiteral("id");
}

WebhooksPage::WebhooksPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : ListPage(new QSortFilterProxyModel, new QWidget, parent)
    , m_area(area)
    , m_client(client)
    , m_box(box)
    , m_toolBar(new QToolBar(this))
    , m_detailLayout(new QVBoxLayout(splitter()->widget(1)))
    , m_placeholder(new QLabel(tr("Choose a webhook to edit it, or create one (Ctrl+N).")))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.title);
    proxyModel()->setSortRole(ResourceListModel::SortRole);

    m_new = makeAction(QStringLiteral("webhooks.new"), tr("&New webhook"), QStringLiteral("add"), tr("Create a webhook (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &WebhooksPage::newWebhook);
    // Enter and Del belong to the list: in the editor's fields they edit text.
    m_edit = makeAction(QStringLiteral("webhooks.edit"), tr("&Edit"), QStringLiteral("document-edit"),
                        tr("Edit the selected webhook (Enter)"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &WebhooksPage::editCurrent);
    m_delete = makeAction(QStringLiteral("webhooks.delete"), tr("&Delete…"), QStringLiteral("edit-delete"),
                          tr("Delete the selected webhook (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &WebhooksPage::deleteCurrent);

    m_toolBar->setObjectName(QStringLiteral("webhooksToolBar"));
    m_toolBar->setAccessibleName(tr("Webhook actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_new, m_edit, m_delete});
    filterRow()->insertWidget(0, m_toolBar);
    filterRow()->insertStretch(1, 1);

    QTreeView *list = view();
    list->setAccessibleName(tr("Webhooks list"));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSortingEnabled(true);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    list->header()->setStretchLastSection(true);
    // The selection, not the current index, says which webhook the user chose: focus
    // entering the list makes its first row current without anyone choosing it.
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksPage::rowChosen);
    connect(list, &QTreeView::doubleClicked, this, &WebhooksPage::editCurrent);

    m_placeholder->setObjectName(QStringLiteral("webhookPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLayout->addWidget(m_placeholder);
    splitter()->setObjectName(QStringLiteral("webhooksSplitter"));
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    updateActions();
    updateState();
}

WebhooksPage::~WebhooksPage() = default;

QAction *WebhooksPage::makeAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    auto *a = new QAction(Icons::get(icon), text, this);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    return a;
}

WebhookEditor *WebhooksPage::editor() const
{
    return m_editor;
}

QList<QAction *> WebhooksPage::pageActions() const
{
    return {m_new, m_edit, m_delete};
}

ResourceListModel *WebhooksPage::model() const
{
    return static_cast<ResourceListModel *>(pagedModel());
}

PagedListModel *WebhooksPage::createModel(const QString &projectKey)
{
    if (!m_client)
        return nullptr;
    auto *model = new ResourceListModel(m_client, projectKey, WebhookService::listRequest(), m_area.columns, m_area.keyPaths, this);
    model->setObjectName(QStringLiteral("model.") + m_area.id);
    connect(model, &ResourceListModel::refreshed, this, [this] {
        if (!m_selectAfterRefresh.isEmpty() && selectWebhook(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
        if (!m_openWhenListed.isEmpty())
            openWebhook(m_openWhenListed);
        updateActions();
    });
    connect(model, &ResourceListModel::pageLoaded, this, [this] {
        view()->resizeColumnToContents(0);
        if (!m_openWhenListed.isEmpty())
            openWebhook(m_openWhenListed);
        updateActions();
    });
    return model;
}

void WebhooksPage::modelChanged()
{
    // Another project: an editor of this one's webhook has no place there, unless it holds
    // unsaved edits: they stay, saved to their own project (Ctrl+S) or discarded by the user.
    if (m_editor && m_editor->isDirty() && m_editor->projectKey() != projectKey())
        m_editor->showNotice(tr("These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) "
                                "and they go to that project, or choose another row to discard them."));
    else
        closeEditor();
    if (model())
        model()->refresh();
    updateActions();
}

QString WebhooksPage::countText() const
{
    if (!model() || !model()->hasLoadedOnce())
        return QString();
    return tr("%n webhook(s)", nullptr, model()->rowCount());
}

QString WebhooksPage::noItemsText() const { return m_area.emptyText + QLatin1Char(' ') + tr("(Ctrl+N)"); }
QString WebhooksPage::nothingShownText() const { return noItemsText(); }
QString WebhooksPage::noProjectText() const { return tr("Choose a project to see its webhooks."); }
QString WebhooksPage::loadingText() const { return tr("Loading webhooks…"); }

QJsonObject WebhooksPage::currentWebhook() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.first().data(ResourceListModel::JsonRole).toJsonObject();
}

bool WebhooksPage::selectWebhook(const QString &id)
{
    const QScopedValueRollback<bool> quiet(m_selecting, true); // chosen by the page, not the user
    const int row = model() && !id.isEmpty() ? model()->rowOfKey(id) : -1;
    if (row < 0) {
        view()->selectionModel()->clear();
        return false;
    }
    view()->setCurrentIndex(proxyModel()->mapFromSource(model()->index(row, 0)));
    return true;
}

void WebhooksPage::openWebhook(QString id) // a copy: it may be m_openWhenListed, cleared here
{
    m_openWhenListed.clear();
    if (m_editor && m_editor->webhookId() == id) {
        selectWebhook(id);
        return;
    }
    if (!model() || model()->rowOfKey(id) < 0) {
        if (model() && model()->canFetchMore())
            model()->fetchMore();
        if (!model() || !model()->isDone())
            m_openWhenListed = id; // its page (or the project's list) has not come yet
        return;
    }
    // As if the user chose the row: the editor follows, after asking about unsaved edits.
    view()->setCurrentIndex(proxyModel()->mapFromSource(model()->index(model()->rowOfKey(id), 0)));
    view()->scrollTo(view()->currentIndex());
}

void WebhooksPage::updateActions()
{
    const bool row = !currentWebhook().isEmpty();
    m_new->setEnabled(model() != nullptr);
    m_edit->setEnabled(row);
    m_delete->setEnabled(row);
}

void WebhooksPage::rowChosen()
{
    updateActions();
    const QString id = currentWebhook().value(kId).toString();
    if (m_selecting || id.isEmpty() || (m_editor && m_editor->webhookId() == id))
        return;
    leaveEditor([this, id] { load(id, false); },
                [this] {
                    // Back to the row being edited (none for a new webhook).
                    selectWebhook(m_editor ? m_editor->webhookId() : QString());
                    updateActions();
                });
}

void WebhooksPage::leaveEditor(const std::function<void()> &go, const std::function<void()> &stay)
{
    if (!m_editor || !m_editor->isDirty() || !m_box) {
        go();
        return;
    }
    m_box->askToDiscard(this, m_editor->title(), tr("Cancel goes back to the editor, where Ctrl+S saves them."), this, go, stay);
}

void WebhooksPage::load(const QString &id, bool focus)
{
    if (m_loading)
        m_loading->cancel();
    if (!m_client)
        return;
    m_loading = WebhookService(m_client, projectKey()).get(id);
    connect(m_loading, &ApiJob::finished, this, [this, focus](const ApiResult &result) {
        if (result.error.isCancelled())
            return;
        m_loading = nullptr;
        if (!result.ok()) {
            errorBar()->showError(result.error);
            if (result.httpStatus == 404)
                refresh(); // deleted elsewhere
            return;
        }
        openEditor(result.json.object());
        if (focus)
            m_editor->focusFirstField();
    });
}

void WebhooksPage::openEditor(const QJsonObject &webhook)
{
    // What the user opened last wins over a webhook still being read.
    if (m_loading)
        m_loading->cancel();
    closeEditor();
    m_placeholder->hide();
    m_editor = new WebhookEditor(m_client, projectKey(), webhook);
    m_detailLayout->addWidget(m_editor);
    m_editor->show(); // now, not on the next turn of the event loop as the layout would
    connect(m_editor, &WebhookEditor::saved, this, [this](const QJsonObject &saved) {
        if (m_editor->projectKey() != projectKey()) {
            closeEditor(); // saved to the project it came from; this list is another's
            return;
        }
        m_selectAfterRefresh = saved.value(kId).toString();
        if (model())
            model()->refresh();
    });
}

void WebhooksPage::closeEditor()
{
    if (!m_editor)
        return;
    // Never deleted inside one of its own signals: hidden now, deleted by the event loop.
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = nullptr;
    m_placeholder->show();
}

void WebhooksPage::newWebhook()
{
    if (!model())
        return;
    leaveEditor([this] {
        selectWebhook(QString());
        updateActions();
        openEditor(QJsonObject());
        m_editor->focusFirstField();
    });
}

void WebhooksPage::editCurrent()
{
    const QString id = currentWebhook().value(kId).toString();
    if (id.isEmpty())
        return;
    if (m_editor && m_editor->webhookId() == id)
        m_editor->focusFirstField();
    else
        leaveEditor([this, id] { load(id, true); });
}

void WebhooksPage::deleteCurrent()
{
    const QJsonObject webhook = currentWebhook();
    const QString id = webhook.value(kId).toString();
    if (id.isEmpty() || !m_box || !m_client)
        return;
    const QString target = webhook.value(QLatin1String("target")).toString();
    m_box->confirm(this, tr("Delete webhook"),
                   tr("Delete the webhook that sends to %1? Its events stop at once.").arg(target), tr("Delete"), this,
                   [this, id] {
                       ApiJob *job = WebhookService(m_client, projectKey()).remove(id);
                       connect(job, &ApiJob::finished, this, [this, id](const ApiResult &result) {
                           if (!result.ok() && result.httpStatus != 404) {
                               errorBar()->showError(result.error);
                               return;
                           }
                           if (m_editor && m_editor->webhookId() == id)
                               closeEditor();
                           refresh();
                       });
                   });
}

} // namespace sinch::ui
