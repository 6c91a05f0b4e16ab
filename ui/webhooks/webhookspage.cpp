#include "webhookspage.h"

#include "pagetoolbar.h"
#include "webhookeditor.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/resourcelistmodel.h"
#include "services/webhookservice.h"

#include <QAction>
#include <QLabel>
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
    : EditorListPage(box, tr("Choose a webhook to edit it, or create one (Ctrl+N)."), parent)
    , m_area(area)
    , m_client(client)
    , m_box(box)
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.title);
    setDefaultHiddenColumns(area.hiddenColumnsAtFirst());

    m_new = addPageAction(QStringLiteral("webhooks.new"), tr("&New webhook"), QStringLiteral("add"), tr("Create a webhook (Ctrl+N)"));
    PageToolBar::makeNewAction(m_new);
    connect(m_new, &QAction::triggered, this, &WebhooksPage::newWebhook);
    // Enter and Del belong to the list: in the editor's fields they edit text.
    m_edit = addPageAction(QStringLiteral("webhooks.edit"), tr("&Edit"), QStringLiteral("document-edit"),
                           tr("Edit the selected webhook (Enter)"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &WebhooksPage::editCurrent);
    m_delete = addPageAction(QStringLiteral("webhooks.delete"), tr("&Delete…"), QStringLiteral("edit-delete"),
                             tr("Delete the selected webhook (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &WebhooksPage::deleteCurrent);
    toolBar()->setObjectName(QStringLiteral("webhooksToolBar"));
    toolBar()->setAccessibleName(tr("Webhook actions"));
    filterRow()->insertStretch(1, 1);

    setUpList(tr("Webhooks list"));
    connect(view(), &QTreeView::doubleClicked, this, &WebhooksPage::editCurrent);
    placeholder()->setObjectName(QStringLiteral("webhookPlaceholder"));
    auto *detail = new QVBoxLayout(splitter()->widget(1));
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(editorPage());
    splitter()->setObjectName(QStringLiteral("webhooksSplitter"));
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    updateActions();
    updateState();
}

WebhooksPage::~WebhooksPage() = default;

WebhookEditor *WebhooksPage::editor() const
{
    return qobject_cast<WebhookEditor *>(editorWidget());
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
    connect(model, &ResourceListModel::refreshed, this, [this, model] {
        // A save of the open webhook that got no answer (a create too): a row read now may
        // show it made.
        if (WebhookEditor *open = editor())
            for (int row = 0; row < model->rowCount() && !open->rowRead(model->item(row)); ++row) {}
        if (!m_selectAfterRefresh.isEmpty() && selectWebhook(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
        if (!m_openWhenListed.isEmpty())
            openWebhook(m_openWhenListed);
        updateActions();
    });
    connect(model, &ResourceListModel::pageLoaded, this, [this] {
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
    if (editor())
        keepOrCloseEditor(editor()->projectKey() != projectKey(),
                          tr("These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) "
                             "and they go to that project, or choose another row to discard them."));
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
QString WebhooksPage::keyOf(const QJsonObject &row) const { return row.value(kId).toString(); }
QString WebhooksPage::leaveHint() const
{
    return tr("Save sends them to the server, Discard throws them away, Cancel goes back to the editor.");
}

ApiJob *WebhooksPage::readRow(const QString &key)
{
    return m_client ? WebhookService(m_client, projectKey()).get(key) : nullptr;
}

QWidget *WebhooksPage::createEditor(const QJsonObject &resource)
{
    auto *editor = new WebhookEditor(m_client, projectKey(), resource);
    connect(editor, &WebhookEditor::saved, this, [this, editor](const QJsonObject &saved) {
        if (editor->projectKey() != projectKey()) {
            closeEditor(); // saved to the project it came from; this list is another's
            return;
        }
        if (!isSavingToLeave())
            m_selectAfterRefresh = saved.value(kId).toString();
        if (model())
            model()->refresh();
    });
    return editor;
}

void WebhooksPage::openWebhook(QString id) // a copy: it may be m_openWhenListed, cleared here
{
    m_openWhenListed.clear();
    if (editor() && editor()->webhookId() == id) {
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
    const bool row = !currentRow().isEmpty();
    m_new->setEnabled(model() != nullptr);
    m_edit->setEnabled(row);
    m_delete->setEnabled(row);
}

void WebhooksPage::deleteCurrent()
{
    const QJsonObject webhook = currentRow();
    const QString id = keyOf(webhook);
    if (id.isEmpty() || !m_box || !m_client)
        return;
    const QString target = webhook.value(QLatin1String("target")).toString();
    m_box->confirm(
        this, tr("Delete webhook"), tr("Delete the webhook that sends to this address? Its events stop at once."),
        tr("Delete"), this,
        [this, id, target] {
            ApiJob *job = WebhookService(m_client, projectKey()).remove(id);
            connect(job, &ApiJob::finished, this, [this, id, target](const ApiResult &result) {
                if (!result.ok() && result.httpStatus != 404) {
                    errorBar()->showError(result.error);
                    return;
                }
                // Said, as the other pages say a deletion: the row just goes otherwise.
                errorBar()->showMessage(MessageBar::Level::Info, tr("The webhook to %1 was deleted.").arg(target));
                errorBar()->setRetryVisible(false);
                if (editor() && editor()->webhookId() == id)
                    closeEditor();
                refresh();
            });
        },
        target);
}

} // namespace sinch::ui
