#include "kakaotalktemplatespage.h"

#include "pagetoolbar.h"
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
#include <QLabel>
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
    : EditorListPage(box, tr("Choose a template to edit it, or create one (Ctrl+N)."), parent)
    , m_area(area)
    , m_client(client)
    , m_box(box)
    , m_senders(new KakaotalkSenderChooser(client))
    , m_filters(new KakaotalkTemplateFilters)
    , m_tabs(new QTabWidget(splitter()->widget(1)))
    , m_feed(new ActivityFeedView(client, nullptr))
    , m_removal(new KakaotalkTemplateRemoval(client, box, this))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.title);
    setDefaultHiddenColumns(area.hiddenColumnsAtFirst());

    m_new = addPageAction(QStringLiteral("kakaotalkTemplates.new"), tr("&New template"), QStringLiteral("add"),
                          tr("Create a template (Ctrl+N)"));
    PageToolBar::makeNewAction(m_new);
    connect(m_new, &QAction::triggered, this, &KakaotalkTemplatesPage::newTemplate);
    m_delete = addPageAction(QStringLiteral("kakaotalkTemplates.delete"), tr("&Delete…"), QStringLiteral("edit-delete"),
                             tr("Delete the selected template (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &KakaotalkTemplatesPage::deleteCurrent);
    m_deleteChanges = addPageAction(QStringLiteral("kakaotalkTemplates.deleteChanges"), tr("Delete draft &changes…"),
                                    QStringLiteral("edit-undo"), tr("Delete the pending changes of the selected template"));
    connect(m_deleteChanges, &QAction::triggered, this, &KakaotalkTemplatesPage::deleteChangesOfCurrent);
    toolBar()->setObjectName(QStringLiteral("kakaotalkTemplatesToolBar"));
    toolBar()->setAccessibleName(tr("Template actions"));
    buildFilters();

    setUpList(tr("Templates list"));
    placeholder()->setObjectName(QStringLiteral("templatePlaceholder"));
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_tabs->addTab(editorPage(), tr("Template"));
    m_tabs->addTab(m_feed, tr("Activity"));
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
    // Without senders the page has no list to retry: Retry and F5 read the senders again.
    connect(m_senders, &KakaotalkSenderChooser::failed, this, [this](const ApiError &error) {
        errorBar()->showErrorWithRetry(error, [this] { m_senders->reload(); });
    });
    updateActions();
    updateState();
}

KakaotalkTemplatesPage::~KakaotalkTemplatesPage() = default;

void KakaotalkTemplatesPage::refresh()
{
    if (!m_senders->hasFailed()) {
        ListPage::refresh();
        return;
    }
    errorBar()->dismiss();
    m_senders->reload();
}

void KakaotalkTemplatesPage::buildFilters()
{
    // A row of their own under the toolbar's: beside it, the sender and three filters
    // squeezed the toolbar's buttons behind its » button.
    auto *senderLabel = new QLabel(tr("Sen&der:"));
    senderLabel->setBuddy(m_senders);
    auto *row = new QHBoxLayout;
    row->addWidget(senderLabel);
    row->addWidget(m_senders);
    row->addWidget(m_filters);
    row->addStretch(1);
    pageLayout()->insertLayout(pageLayout()->indexOf(filterRow()) + 1, row);
    connect(m_filters, &KakaotalkTemplateFilters::changed, this, &KakaotalkTemplatesPage::reload);
}

void KakaotalkTemplatesPage::setSettings(QSettings *settings) { m_senders->setSettings(settings); }
KakaotalkTemplateListModel *KakaotalkTemplatesPage::model() const { return static_cast<KakaotalkTemplateListModel *>(pagedModel()); }
void KakaotalkTemplatesPage::focusFilter() { m_filters->focusName(); }
KakaotalkTemplateEditor *KakaotalkTemplatesPage::editor() const { return qobject_cast<KakaotalkTemplateEditor *>(editorWidget()); }
QString KakaotalkTemplatesPage::keyOf(const QJsonObject &row) const { return row.value(kCode).toString(); }

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
    // Mid-reload (no project for a moment) the editor stays as it is.
    if (editor() && !projectKey().isEmpty())
        keepOrCloseEditor(editor()->projectKey() != projectKey() || editor()->plusFriendId() != m_sender,
                          tr("These unsaved edits are of a template of another sender or project. Save them "
                             "(Ctrl+S) and they go there, or choose another row to discard them."));
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

void KakaotalkTemplatesPage::rowsArrived()
{
    // A save of the open new template that got no answer: a row read now may show it made.
    if (KakaotalkTemplateEditor *open = editor(); open && model())
        for (int row = 0; row < model()->rowCount() && !open->rowRead(model()->item(row)); ++row) {}
    if (!m_selectAfterRefresh.isEmpty() && selectKey(m_selectAfterRefresh)) {
        const QString code = std::exchange(m_selectAfterRefresh, QString());
        if (code == std::exchange(m_openAfterSelect, QString()) && !(editor() && editor()->templateCode() == code))
            leaveEditor([this, code] { load(code, false); },
                        [this] { selectKey(editor() ? editor()->templateCode() : QString()); });
    }
    updateActions();
}

void KakaotalkTemplatesPage::openTemplate(const QString &plusFriendId, const QString &code, bool activity)
{
    m_selectAfterRefresh = m_openAfterSelect = code;
    m_activityAfterOpen = activity;
    if (plusFriendId == m_sender && model() && model()->hasLoadedOnce())
        rowsArrived(); // it may be listed already; if not, the refresh brings it
    if (!m_selectAfterRefresh.isEmpty() && plusFriendId == m_sender && model())
        model()->refresh();
    else if (plusFriendId != m_sender)
        m_senders->prefer(plusFriendId);
}

void KakaotalkTemplatesPage::updateActions()
{
    const QJsonObject t = currentRow();
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

QString KakaotalkTemplatesPage::leaveHint() const
{
    return tr("Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.");
}

ApiJob *KakaotalkTemplatesPage::readRow(const QString &code)
{
    return m_client ? KakaotalkTemplateService(m_client, projectKey()).get(m_sender, code) : nullptr;
}

QWidget *KakaotalkTemplatesPage::createEditor(const QJsonObject &serverTemplate)
{
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
    auto *editor = new KakaotalkTemplateEditor(ctx, serverTemplate);
    connect(editor, &KakaotalkTemplateEditor::saved, this, [this, editor](const QJsonObject &saved) {
        if (editor->projectKey() != projectKey() || editor->plusFriendId() != m_sender) {
            closeEditor(); // saved where it came from; this list is another's
            return;
        }
        if (m_feed->feed().ids.value(1) != editor->templateCode())
            showFeed();
        else
            m_feed->refresh();
        if (!isSavingToLeave())
            m_selectAfterRefresh = saved.value(kCode).toString();
        if (model())
            model()->refresh();
    });
    return editor;
}

void KakaotalkTemplatesPage::editorOpened()
{
    if (std::exchange(m_activityAfterOpen, false))
        m_tabs->setCurrentWidget(m_feed);
    else
        m_tabs->setCurrentIndex(0);
    showFeed();
}

void KakaotalkTemplatesPage::showFeed()
{
    if (!editor()->isExisting()) {
        m_feed->setFeed(FeedRef(), tr("A new template has no activity yet: it starts once the template is saved."));
        return;
    }
    FeedRef feed;
    feed.projectKey = projectKey();
    feed.kind = FeedRef::Kind::KakaotalkTemplate;
    feed.ids = {editor()->plusFriendId(), editor()->templateCode()};
    feed.title = editor()->title();
    m_feed->setFeed(feed);
}

void KakaotalkTemplatesPage::editorClosed()
{
    m_feed->setFeed(FeedRef(), tr("Choose a template to see its activity."));
}

void KakaotalkTemplatesPage::deleteCurrent()
{
    m_removal->removeTemplate(projectKey(), m_sender, currentRow());
}

void KakaotalkTemplatesPage::deleteChangesOfCurrent()
{
    m_removal->removeChanges(projectKey(), m_sender, currentRow());
}

void KakaotalkTemplatesPage::removed(const QString &code, bool changesOnly)
{
    if (editor() && editor()->templateCode() == code) {
        closeEditor();
        if (changesOnly)
            load(code, false); // what is left of it
    }
    m_selectAfterRefresh = changesOnly ? code : QString();
    refresh();
}

} // namespace sinch::ui
