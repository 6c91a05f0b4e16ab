#include "resourcenavigator.h"

#include "areapages.h"
#include "documents/documentcontroller.h"
#include "kakaotalk/kakaotalktemplatespage.h"
#include "projects/projectmanager.h"
#include "quickopen/quickopenindex.h"
#include "resourcelistpage.h"
#include "services/areacatalog.h"

namespace sinch::ui {

ResourceNavigator::ResourceNavigator(Window window, AreaPages *pages, DocumentController *documents, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_pages(pages)
    , m_documents(documents)
{
}

bool ResourceNavigator::switchTo(const QString &projectKey)
{
    const QUuid project = ProjectManager::idFor(projectKey);
    if (!project.isNull() && project != m_window.currentProject())
        m_window.setCurrentProject(project);
    return ProjectManager::keyFor(m_window.currentProject()) == projectKey;
}

void ResourceNavigator::openQuickOpenEntry(const QuickOpenEntry &entry)
{
    switchTo(entry.projectKey);
    if (entry.areaId == QLatin1String("whatsapp.templates")) {
        // The index holds names and states only: the editor gets the whole template.
        m_documents->openTemplateByName(entry.projectKey, entry.item.value(QLatin1String("name")).toString(),
                                        entry.item.value(QLatin1String("language")).toString());
        return;
    }
    m_window.showArea(entry.areaId);
    if (auto *page = qobject_cast<KakaotalkTemplatesPage *>(m_pages->page(entry.areaId))) {
        page->openTemplate(entry.parentId, entry.item.value(QLatin1String("code")).toString());
        return;
    }
    AreaPages::selectItem(m_pages->page(entry.areaId), entry.item);
}

void ResourceNavigator::openFeed(const FeedRef &feed)
{
    if (!feed.isValid()) {
        m_window.showArea(QStringLiteral("inbox"));
        return;
    }
    if (!switchTo(feed.projectKey))
        return; // the project is gone
    if (feed.kind == FeedRef::Kind::WhatsappTemplate) {
        m_documents->openTemplateByName(feed.projectKey, feed.ids.value(0), feed.ids.value(1), true);
        return;
    }
    if (feed.kind == FeedRef::Kind::KakaotalkTemplate) {
        m_window.showArea(QStringLiteral("kakaotalk.templates"));
        if (auto *page = qobject_cast<KakaotalkTemplatesPage *>(m_pages->page(QStringLiteral("kakaotalk.templates"))))
            page->openTemplate(feed.ids.value(0), feed.ids.value(1), true);
        return;
    }
    const Area area = AreaCatalog::areaOfFeed(feed.kind);
    m_window.showArea(area.id);
    if (auto *list = qobject_cast<ResourceListPage *>(m_pages->page(area.id))) {
        FeedRef item = feed;
        item.kind = area.feedKind;
        item.ids = feed.ids.mid(0, area.feedIdPaths.size()); // a KakaoTalk template: its sender
        list->showActivityOf(item);
    }
}

} // namespace sinch::ui
