#include "kakaotalktemplatespage.h"

#include "kakaotalksenderchooser.h"
#include "kakaotalktemplatefilters.h"
#include "kakaotalktemplateremoval.h"
#include "kakaotalktemplateeditor.h"
#include "kakaotalktemplateedits.h"
#include "conversation/sendtestdialog.h"

#include "activity/activityfeedview.h"
#include "api/apiclient.h"
#include "api/apijob.h"
#include "domain/kakaotalktemplateview.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/kakaotalktemplatelistmodel.h"
#include "services/kakaotalktemplatecategories.h"
#include "services/kakaotalktemplateservice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace sinch::ui {

namespace {
const QString kCode = QStringLiteral("code");

QString changesStatus(const QJsonObject &t)
{
    return t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
}
} // namespace

KakaotalkTemplatesPage::KakaotalkTemplatesPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : ListPage(new QSortFilterProxyModel, new QWidget, parent)
    , m_area(area)
    , m_client(client)
    , m_box(box)
    , m_senders(new KakaotalkSenderChooser(client))
    , m_filters(new KakaotalkTemplateFilters)
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(splitter()->widget(1)))
    , m_placeholder(new QLabel(tr("Choose a template to edit it, or create one (Ctrl+N).")))
    , m_feed(new ActivityFeedView(client, nullptr))
    , m_removal(new KakaotalkTemplateRemoval(client, box, this))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.title);
    proxyModel()->setSortRole(ResourceListModel::SortRole);

    m_new = makeAction(QStringLiteral("kakaotalkTemplates.new"), tr("&New template"), QStringLiteral("add"), tr("Create a template (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &KakaotalkTemplatesPage::newTemplate);
    m_delete = makeAction(QStringLiteral("kakaotalkTemplates.delete"), tr("&Delete…"), QStringLiteral("edit-delete"),
                          tr("Delete the selected template (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &KakaotalkTemplatesPage::deleteCurrent);
    m_deleteChanges = makeAction(QStringLiteral("kakaotalkTemplates.deleteChanges"), tr("Delete draft &changes…"),
                                 QStringLiteral("edit-undo"), tr("Delete the pending changes of the selected template"));
    connect(m_deleteChanges, &QAction::triggered, this, &KakaotalkTemplatesPage::deleteChangesOfCurrent);
    m_toolBar->setObjectName(QStringLiteral("kakaotalkTemplatesToolBar"));
    m_toolBar->setAccessibleName(tr("Template actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_new, m_delete, m_deleteChanges});
    for (QAction *a : {m_new, m_delete, m_deleteChanges})
        if (QWidget *w = m_toolBar->widgetForAction(a))
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    filterRow()->insertWidget(0, m_toolBar);
    buildFilters();

    QTreeView *list = view();
    list->setAccessibleName(tr("Templates list"));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSortingEnabled(true);
    list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    list->header()->setStretchLastSection(true);
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KakaotalkTemplatesPage::rowChosen);

    auto *editorPage = new QWidget;
    m_editorLayout = new QVBoxLayout(editorPage);
    m_editorLayout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setObjectName(QStringLiteral("templatePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_editorLayout->addWidget(m_placeholder);
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_tabs->addTab(editorPage, tr("Tem&plate"));
    m_tabs->addTab(m_feed, tr("Activit&y"));
    m_feed->setFeed(FeedRef(), tr("Choose a template to see its activity."));
    auto *detail = new QVBoxLayout(splitter()->widget(1));
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_tabs);
    splitter()->setObjectName(QStringLiteral("kakaotalkTemplatesSplitter"));
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);

    connect(m_removal, &KakaotalkTemplateRemoval::removed, this, &KakaotalkTemplatesPage::removed);
    connect(m_removal, &KakaotalkTemplateRemoval::failed, errorBar(), &MessageBar::showError);
    connect(m_senders, &KakaotalkSenderChooser::chosen, this, &KakaotalkTemplatesPage::senderChosen);
    connect(m_senders, &KakaotalkSenderChooser::loadingChanged, this, [this] { updateState(); });
    updateActions();
    updateState();
}

KakaotalkTemplatesPage::~KakaotalkTemplatesPage() = default;

void KakaotalkTemplatesPage::buildFilters()
{
    auto *senderLabel = new QLabel(tr("Sen&der:"));
    senderLabel->setBuddy(m_senders);
    filterRow()->insertWidget(1, senderLabel);
    filterRow()->insertWidget(2, m_senders);
    filterRow()->insertWidget(3, m_filters);
    filterRow()->insertStretch(4, 1);
    connect(m_filters, &KakaotalkTemplateFilters::changed, this, &KakaotalkTemplatesPage::reload);
}

QAction *KakaotalkTemplatesPage::makeAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    auto *a = new QAction(Icons::get(icon), text, this);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    return a;
}

void KakaotalkTemplatesPage::setSettings(QSettings *settings) { m_senders->setSettings(settings); }
KakaotalkTemplateListModel *KakaotalkTemplatesPage::model() const { return static_cast<KakaotalkTemplateListModel *>(pagedModel()); }
QList<QAction *> KakaotalkTemplatesPage::pageActions() const { return {m_new, m_delete, m_deleteChanges}; }
void KakaotalkTemplatesPage::focusFilter() { m_filters->focusName(); }
KakaotalkTemplateEditor *KakaotalkTemplatesPage::editor() const { return m_editor; }

PagedListModel *KakaotalkTemplatesPage::createModel(const QString &projectKey)
{
    if (!m_client)
        return nullptr;
    if (m_senders->projectKey() != projectKey) {
        m_sender.clear();
        m_senders->setProject(projectKey); // chosen() brings the model
        return nullptr;
    }
    if (m_sender.isEmpty())
        return nullptr;
    auto *model = new KakaotalkTemplateListModel(m_client, projectKey, m_sender, KakaotalkTemplateService::listRequest(m_sender, m_filters->filter()),
                                                 m_area.columns, this);
    model->setObjectName(QStringLiteral("model.") + m_area.id);
    if (m_categories)
        model->setCategoryNames([c = m_categories](const QString &code) { return c ? c->nameOf(code) : code; });
    connect(model, &ResourceListModel::refreshed, this, &KakaotalkTemplatesPage::rowsArrived);
    connect(model, &ResourceListModel::pageLoaded, this, &KakaotalkTemplatesPage::rowsArrived);
    return model;
}

void KakaotalkTemplatesPage::fitColumns()
{
    // The words fit; the code, last, takes what is left.
    for (int c = 0; model() && c + 1 < model()->columnCount(); ++c)
        view()->resizeColumnToContents(c);
}

void KakaotalkTemplatesPage::senderChosen(const QString &plusFriendId)
{
    if (plusFriendId == m_sender && model())
        return;
    leaveEditor(
        [this, plusFriendId] {
            m_sender = plusFriendId;
            m_senders->remember();
            delete m_categories;
            m_categories = nullptr;
            if (!plusFriendId.isEmpty()) {
                m_categories = new KakaotalkTemplateCategories(m_client, projectKey(), plusFriendId, this);
                connect(m_categories, &KakaotalkTemplateCategories::loaded, this, [this] {
                    if (model() && m_categories)
                        model()->setCategoryNames([c = m_categories](const QString &code) { return c ? c->nameOf(code) : code; });
                });
                m_categories->load();
            }
            reload();
        },
        [this] { m_senders->showChosen(m_sender); });
}

void KakaotalkTemplatesPage::reload()
{
    const QString key = projectKey();
    if (key.isEmpty())
        return;
    setProject(QString());
    setProject(key);
}

void KakaotalkTemplatesPage::modelChanged()
{
    if (m_editor && (m_editor->projectKey() != projectKey() || m_editor->plusFriendId() != m_sender)) {
        if (m_editor->isDirty() && !projectKey().isEmpty())
            m_editor->showNotice(tr("These unsaved edits are of a template of another sender or project. Save them "
                                    "(Ctrl+S) and they go there, or choose another row to discard them."));
        else if (!projectKey().isEmpty())
            closeEditor();
    }
    if (model())
        model()->refresh();
    updateActions();
}

QString KakaotalkTemplatesPage::countText() const
{
    if (!model() || !model()->hasLoadedOnce())
        return QString();
    return tr("%n template(s)", nullptr, model()->rowCount());
}

QString KakaotalkTemplatesPage::noItemsText() const
{
    return m_filters->isFiltering() ? tr("No template of %1 matches these filters. Choose All states and Any changes, or clear the name.").arg(m_sender)
                    : m_area.emptyText;
}

QString KakaotalkTemplatesPage::nothingShownText() const { return noItemsText(); }
QString KakaotalkTemplatesPage::loadingText() const { return tr("Loading the templates of %1…").arg(m_sender); }

QString KakaotalkTemplatesPage::noProjectText() const
{
    if (projectKey().isEmpty())
        return tr("Choose a project to see its KakaoTalk templates.");
    if (m_senders->isLoading())
        return tr("Loading the project's KakaoTalk senders…");
    if (m_senders->hasFailed())
        return tr("The project's KakaoTalk senders could not be read. Refresh (F5) to try again.");
    return tr("Templates belong to a KakaoTalk sender, and this project has none yet. Register one under "
              "KakaoTalk › Senders first.");
}

QJsonObject KakaotalkTemplatesPage::currentTemplate() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.first().data(ResourceListModel::JsonRole).toJsonObject();
}

void KakaotalkTemplatesPage::rowsArrived()
{
    fitColumns();
    if (!m_selectAfterRefresh.isEmpty() && selectCode(m_selectAfterRefresh)) {
        const QString code = std::exchange(m_selectAfterRefresh, QString());
        if (code == std::exchange(m_openAfterSelect, QString()) && !(m_editor && m_editor->templateCode() == code))
            leaveEditor([this, code] { load(code); },
                        [this] { selectCode(m_editor ? m_editor->templateCode() : QString()); });
    }
    updateActions();
}

void KakaotalkTemplatesPage::openTemplate(const QString &plusFriendId, const QString &code)
{
    m_selectAfterRefresh = m_openAfterSelect = code;
    if (plusFriendId == m_sender && model() && model()->hasLoadedOnce())
        rowsArrived(); // it may be listed already; if not, the refresh brings it
    if (!m_selectAfterRefresh.isEmpty() && plusFriendId == m_sender && model())
        model()->refresh();
    else if (plusFriendId != m_sender)
        m_senders->prefer(plusFriendId);
}

bool KakaotalkTemplatesPage::selectCode(const QString &code)
{
    const QScopedValueRollback<bool> quiet(m_selecting, true);
    const int row = model() && !code.isEmpty() ? model()->rowOfKey(code) : -1;
    if (row < 0) {
        view()->selectionModel()->clear();
        return false;
    }
    view()->setCurrentIndex(proxyModel()->mapFromSource(model()->index(row, 0)));
    return true;
}

void KakaotalkTemplatesPage::updateActions()
{
    const QJsonObject t = currentTemplate();
    const QString status = changesStatus(t);
    m_new->setEnabled(model() != nullptr);
    m_new->setToolTip(model() ? tr("Create a template (Ctrl+N)") : tr("Choose a sender first"));
    m_delete->setEnabled(!t.isEmpty());
    m_delete->setToolTip(t.isEmpty() ? tr("Select a template to delete it") : tr("Delete the selected template (Del)"));
    const bool changes = !status.isEmpty() && status != QLatin1String("IN_PROGRESS");
    m_deleteChanges->setEnabled(changes);
    m_deleteChanges->setToolTip(t.isEmpty() ? tr("Select a template whose pending changes should go")
                                : status.isEmpty() ? tr("The selected template has no pending changes")
                                : !changes ? tr("Not while Kakao reviews the changes")
                                           : tr("Delete the pending changes; the approved template stays as it is"));
}

void KakaotalkTemplatesPage::rowChosen()
{
    updateActions();
    const QString code = currentTemplate().value(kCode).toString();
    if (m_selecting || code.isEmpty() || (m_editor && m_editor->templateCode() == code))
        return;
    leaveEditor([this, code] { load(code); },
                [this] {
                    selectCode(m_editor ? m_editor->templateCode() : QString());
                    updateActions();
                });
}

void KakaotalkTemplatesPage::leaveEditor(const std::function<void()> &go, const std::function<void()> &stay)
{
    if (!m_editor || !m_editor->isDirty() || !m_box) {
        go();
        return;
    }
    m_box->askToDiscard(this, m_editor->title(), tr("Cancel goes back to the editor, where Ctrl+S saves them as a draft."), this,
                        [this, go] {
                            if (m_editor)
                                m_editor->discard(); // its draft is not offered again
                            go();
                        },
                        stay);
}

void KakaotalkTemplatesPage::load(const QString &code)
{
    if (m_loading)
        m_loading->cancel();
    if (!m_client)
        return;
    m_loading = KakaotalkTemplateService(m_client, projectKey()).get(m_sender, code);
    connect(m_loading, &ApiJob::finished, this, [this](const ApiResult &result) {
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
    });
}

void KakaotalkTemplatesPage::openEditor(const QJsonObject &serverTemplate)
{
    if (m_loading)
        m_loading->cancel();
    closeEditor();
    m_placeholder->hide();
    KakaotalkTemplateEditor::Context ctx;
    ctx.client = m_client;
    ctx.projectKey = projectKey();
    ctx.plusFriendId = m_sender;
    ctx.channelName = m_senders->plusFriendId() == m_sender ? m_senders->senderName() : QString();
    ctx.categories = m_categories;
    ctx.drafts = m_drafts;
    ctx.sendTest = [this](QWidget *editor, const QJsonObject &server, const QJsonObject &document) {
        // The approved version is what is sent; its variables take the editor's examples.
        const QJsonObject details = server.value(QLatin1String("details")).toObject();
        SendTestDialog::Subject subject;
        subject.channel = QStringLiteral("KAKAOTALK");
        subject.templateId = server.value(QLatin1String("code")).toString();
        subject.language = details.value(QLatin1String("language")).toString();
        subject.title = tr("%1 · %2").arg(details.value(QLatin1String("name")).toString(), subject.templateId);
        subject.parameters = TestMessage::kakaotalkParameters(
            details, document.value(KakaotalkTemplateEdits::kExamplesKey).toObject());
        auto *dialog = new SendTestDialog({m_client, projectKey(), m_box, m_recipients}, subject, editor);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    m_editor = new KakaotalkTemplateEditor(ctx, serverTemplate);
    m_editorLayout->addWidget(m_editor);
    m_editor->show();
    m_tabs->setCurrentIndex(0);
    const auto showFeed = [this] {
        FeedRef feed;
        feed.projectKey = projectKey();
        feed.kind = FeedRef::Kind::KakaotalkTemplate;
        feed.ids = {m_editor->plusFriendId(), m_editor->templateCode()};
        feed.title = m_editor->title();
        if (m_editor->isExisting())
            m_feed->setFeed(feed);
        else
            m_feed->setFeed(FeedRef(), tr("A new template has no activity yet: it starts once the template is saved."));
    };
    showFeed();
    connect(m_editor, &KakaotalkTemplateEditor::saved, this, [this, showFeed](const QJsonObject &saved) {
        if (m_editor->projectKey() != projectKey() || m_editor->plusFriendId() != m_sender) {
            closeEditor(); // saved where it came from; this list is another's
            return;
        }
        if (m_feed->feed().ids.value(1) != m_editor->templateCode())
            showFeed();
        else
            m_feed->refresh();
        m_selectAfterRefresh = saved.value(kCode).toString();
        if (model())
            model()->refresh();
    });
}

void KakaotalkTemplatesPage::closeEditor()
{
    if (!m_editor)
        return;
    // Its draft is settled now, before another editor looks for one; the widget is never
    // deleted inside one of its own signals: hidden now, deleted by the event loop.
    m_editor->finish();
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = nullptr;
    m_placeholder->show();
    m_feed->setFeed(FeedRef(), tr("Choose a template to see its activity."));
}

void KakaotalkTemplatesPage::newTemplate()
{
    if (!model())
        return;
    leaveEditor([this] {
        selectCode(QString());
        updateActions();
        openEditor(QJsonObject());
        m_editor->focusFirstField();
    });
}

void KakaotalkTemplatesPage::deleteCurrent()
{
    m_removal->removeTemplate(projectKey(), m_sender, currentTemplate());
}

void KakaotalkTemplatesPage::deleteChangesOfCurrent()
{
    m_removal->removeChanges(projectKey(), m_sender, currentTemplate());
}

void KakaotalkTemplatesPage::removed(const QString &code, bool changesOnly)
{
    if (m_editor && m_editor->templateCode() == code) {
        closeEditor();
        if (changesOnly)
            load(code); // what is left of it
    }
    m_selectAfterRefresh = changesOnly ? code : QString();
    refresh();
}

} // namespace sinch::ui
