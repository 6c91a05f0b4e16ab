#include "areapages.h"

#include "activity/activityfeedview.h"
#include "bundles/bundlespage.h"
#include "conversation/channelspage.h"
#include "documentpage.h"
#include "inbox/inboxpage.h"
#include "kakaotalk/kakaotalkcategoriespage.h"
#include "kakaotalk/kakaotalktemplatespage.h"
#include "overviewpage.h"
#include "projects/projectmanager.h"
#include "rcs/senders/rcssenderspage.h"
#include "rcs/upscales/rcsupscalespage.h"
#include "resourcelistpage.h"
#include "senders/senderpage.h"
#include "services/areacatalog.h"
#include "templates/list/templatefilterbar.h"
#include "templates/list/templatespage.h"
#include "webhooks/webhookspage.h"
#include "whatsapp/accountpage.h"
#include "whatsapp/flowspage.h"
#include "whatsapp/solutionspage.h"

#include <QSettings>
#include <QStackedWidget>

#include <algorithm>

namespace sinch::ui {

namespace {
// Each list page's layout (its list's width, its columns) under its area's id.
QString layoutGroup(const QString &areaId)
{
    return QStringLiteral("window/lists/") + areaId;
}
}

AreaPages::AreaPages(QStackedWidget *stack, ApiClient *client, MessageBox *box, ProjectManager *projects, QSettings *settings,
                     QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_client(client)
    , m_box(box)
    , m_projects(projects)
    , m_settings(settings)
{
}

QWidget *AreaPages::ensure(const QString &areaId)
{
    if (QWidget *p = m_pages.value(areaId))
        return p;
    const Area area = AreaCatalog::find(areaId);
    QWidget *page = nullptr;
    if (areaId == QLatin1String("whatsapp.templates")) {
        page = new TemplatesPage(m_client, m_box, m_stack);
    } else if (areaId == QLatin1String("webhooks")) {
        page = new WebhooksPage(area, m_client, m_box, m_stack);
    } else if (areaId == QLatin1String("kakaotalk.templates")) {
        auto *kakao = new KakaotalkTemplatesPage(area, m_client, m_box, m_stack);
        kakao->setSettings(m_settings);
        kakao->setDrafts(m_drafts);
        kakao->setTestRecipients(m_projects ? m_projects->store() : nullptr);
        page = kakao;
    } else if (areaId == QLatin1String("bundles")) {
        page = new BundlesPage(m_client, m_stack);
    } else if (areaId == QLatin1String("whatsapp.senders") || areaId == QLatin1String("kakaotalk.senders")) {
        auto *senders = new SenderPage(area, m_client, m_box, m_stack);
        senders->setDrafts(m_drafts);
        page = senders;
    } else if (areaId == QLatin1String("whatsapp.account")) {
        page = new AccountPage(area, m_client, m_box, m_stack);
    } else if (areaId == QLatin1String("whatsapp.flows")) {
        page = new FlowsPage(area, m_client, m_stack);
    } else if (areaId == QLatin1String("whatsapp.solutions")) {
        page = new SolutionsPage(area, m_client, m_box, m_stack);
    } else if (areaId == QLatin1String("rcs.senders")) {
        auto *rcs = new RcsSendersPage(area, m_client, m_box, m_stack);
        rcs->setDrafts(m_drafts);
        rcs->setTestRecipients(m_projects ? m_projects->store() : nullptr);
        page = rcs;
    } else if (areaId == QLatin1String("rcs.upscales")) {
        page = new RcsUpscalesPage(m_client, m_box, m_stack);
    } else if (areaId == QLatin1String("conversation.channels")) {
        page = new ChannelsPage(m_client, m_stack);
    } else if (areaId == QLatin1String("kakaotalk.categories")) {
        page = new KakaotalkCategoriesPage(m_client, m_stack);
    } else switch (area.kind) {
    case Area::Kind::Overview:
        page = new OverviewPage(m_projects, m_stack);
        break;
    case Area::Kind::List:
        page = new ResourceListPage(area, m_client, m_stack);
        break;
    case Area::Kind::Document:
        page = new DocumentPage(area, m_client, m_stack);
        break;
    case Area::Kind::Inbox:
        if (m_inbox)
            page = new InboxPage(m_inbox, nullptr, m_stack);
        break;
    case Area::Kind::Feed:
        page = new ActivityFeedView(m_client, nullptr, m_stack);
        page->setObjectName(QStringLiteral("page.") + area.id);
        page->setProperty("areaId", area.id);
        break;
    }
    if (!page)
        return nullptr;
    if (auto *list = qobject_cast<ListPage *>(page); list && m_settings)
        list->restoreLayout(*m_settings, layoutGroup(areaId));
    m_stack->addWidget(page);
    m_pages.insert(areaId, page);
    emit pageCreated(areaId, page);
    return page;
}

void AreaPages::setProject(QWidget *page, const QString &key, const QUuid &project)
{
    if (auto *list = qobject_cast<ListPage *>(page))
        list->setProject(key);
    else if (auto *feed = qobject_cast<ActivityFeedView *>(page))
        feed->setFeed(AreaCatalog::feedOf(AreaCatalog::find(page->property("areaId").toString()), key),
                      tr("Choose a project to see its activity."));
    else if (auto *doc = qobject_cast<DocumentPage *>(page))
        doc->setProject(key);
    else if (auto *channels = qobject_cast<ChannelsPage *>(page))
        channels->setProject(key);
    else if (auto *categories = qobject_cast<KakaotalkCategoriesPage *>(page))
        categories->setProject(key);
    else if (auto *account = qobject_cast<AccountPage *>(page))
        account->setProject(key);
    else if (auto *bundles = qobject_cast<BundlesPage *>(page))
        bundles->setProject(key);
    else if (auto *upscales = qobject_cast<RcsUpscalesPage *>(page))
        upscales->setProject(key);
    else if (auto *overview = qobject_cast<OverviewPage *>(page))
        overview->setCurrentProject(project);
}

bool AreaPages::refresh(QWidget *page)
{
    if (auto *list = qobject_cast<ListPage *>(page))
        list->refresh();
    else if (auto *inbox = qobject_cast<InboxPage *>(page))
        inbox->refresh();
    else if (auto *feed = qobject_cast<ActivityFeedView *>(page))
        feed->refresh();
    else if (auto *doc = qobject_cast<DocumentPage *>(page))
        doc->refresh();
    else if (auto *channels = qobject_cast<ChannelsPage *>(page))
        channels->refresh();
    else if (auto *categories = qobject_cast<KakaotalkCategoriesPage *>(page))
        categories->refresh();
    else if (auto *account = qobject_cast<AccountPage *>(page))
        account->refresh();
    else if (auto *bundles = qobject_cast<BundlesPage *>(page))
        bundles->refresh();
    else if (auto *upscales = qobject_cast<RcsUpscalesPage *>(page))
        upscales->refresh();
    else if (auto *overview = qobject_cast<OverviewPage *>(page))
        overview->refresh();
    else
        return false;
    return true;
}

void AreaPages::focusFirstField(QWidget *page)
{
    // The next in the chain may be a label that takes no focus, and setFocus would give it
    // the keyboard anyway.
    QWidget *w = page;
    do
        w = w ? w->nextInFocusChain() : nullptr;
    while (w && w != page && !(page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)));
    if (w && w != page)
        w->setFocus(Qt::TabFocusReason);
}

void AreaPages::focusFilter(QWidget *page)
{
    if (auto *list = qobject_cast<ResourceListPage *>(page))
        list->focusFilter();
    else if (auto *templates = qobject_cast<TemplatesPage *>(page))
        templates->focusFilter();
    else if (auto *inbox = qobject_cast<InboxPage *>(page))
        inbox->focusFilter();
    else if (auto *channels = qobject_cast<ChannelsPage *>(page))
        channels->focusFilter();
    else if (auto *categories = qobject_cast<KakaotalkCategoriesPage *>(page))
        categories->focusFilter();
    else if (auto *kakao = qobject_cast<KakaotalkTemplatesPage *>(page))
        kakao->focusFilter();
    else if (auto *whatsapp = qobject_cast<AreaListPage *>(page))
        whatsapp->focusFilter();
}

bool AreaPages::canShowOnlyState(const QString &areaId)
{
    if (areaId == QLatin1String("whatsapp.templates"))
        return true; // its filter bar's state
    // A list page offers the area's filters, the state among them where the area has it.
    const Area area = AreaCatalog::find(areaId);
    return std::any_of(area.filters.cbegin(), area.filters.cend(),
                       [](const Area::Filter &f) { return f.parameter == QLatin1String("filterStates"); });
}

bool AreaPages::showOnlyState(QWidget *page, const QString &state)
{
    if (auto *list = qobject_cast<ResourceListPage *>(page))
        return list->showOnlyState(state);
    if (auto *templates = qobject_cast<TemplatesPage *>(page))
        return templates->filterBar()->showOnlyState(state);
    return false;
}

void AreaPages::selectItem(QWidget *page, const QJsonObject &item)
{
    if (auto *list = qobject_cast<ResourceListPage *>(page))
        list->selectItem(item);
    else if (auto *webhooks = qobject_cast<WebhooksPage *>(page))
        webhooks->openWebhook(item.value(QLatin1String("id")).toString());
}

void AreaPages::forgetProject(const QString &key)
{
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *list = qobject_cast<ListPage *>(page); list && list->projectKey() == key)
            list->setProject(QString());
        else if (auto *feed = qobject_cast<ActivityFeedView *>(page); feed && feed->feed().projectKey == key)
            setProject(feed, QString(), QUuid());
    }
}

void AreaPages::saveState(QSettings *settings) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (auto *list = qobject_cast<ListPage *>(it.value()))
            list->saveLayout(*settings, layoutGroup(it.key()));
}

} // namespace sinch::ui
