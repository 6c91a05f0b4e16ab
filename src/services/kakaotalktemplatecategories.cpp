#include "kakaotalktemplatecategories.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "services/kakaotalktemplateservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {
// Big pages: the whole tree is a few dozen subcategories in a handful of categories.
constexpr int kPageSize = 50;
}

KakaotalkTemplateCategories::KakaotalkTemplateCategories(ApiClient *client, QString projectKey, QString plusFriendId,
                                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_plusFriendId(std::move(plusFriendId))
{
}

bool KakaotalkTemplateCategories::isLoading() const
{
    return m_pager && m_pager->isFetching();
}

void KakaotalkTemplateCategories::load()
{
    if (!m_client || m_plusFriendId.isEmpty())
        return;
    delete m_pager;
    m_reading.clear();
    m_pager = new Pager(m_client, m_projectKey, KakaotalkTemplateService::categoriesRequest(m_plusFriendId), this);
    m_pager->setItemsKey(QStringLiteral("categories"));
    m_pager->setPageSize(Pager::pageSizeFor(KakaotalkTemplateService::categoriesRequest(m_plusFriendId).operationId, kPageSize));
    connect(m_pager, &Pager::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &c : items) {
            const QJsonObject category = c.toObject();
            for (const QJsonValue &s : category.value(QLatin1String("subcategories")).toArray()) {
                const QJsonObject sub = s.toObject();
                Entry e;
                e.code = sub.value(QLatin1String("code")).toString();
                e.name = sub.value(QLatin1String("name")).toString();
                e.nameEnglish = sub.value(QLatin1String("nameEnglish")).toString();
                e.groupName = category.value(QLatin1String("name")).toString();
                e.groupEnglish = category.value(QLatin1String("nameEnglish")).toString();
                e.inclusion = sub.value(QLatin1String("inclusion")).toString();
                if (!e.code.isEmpty())
                    m_reading << e;
            }
        }
    });
    connect(m_pager, &Pager::finished, this, [this] {
        m_entries = m_reading;
        m_loaded = true;
        emit loaded();
    });
    connect(m_pager, &Pager::failed, this, &KakaotalkTemplateCategories::failed);
    m_pager->fetchAll();
}

QString KakaotalkTemplateCategories::text(const Entry &e)
{
    const QString group = e.groupEnglish.isEmpty() ? e.groupName : e.groupEnglish;
    const QString name = e.nameEnglish.isEmpty() ? e.name : e.nameEnglish;
    QString out = group.isEmpty() ? name : group + QStringLiteral(" › ") + name;
    if (!e.name.isEmpty() && e.name != name)
        out += QStringLiteral(" (%1)").arg(e.name);
    return out;
}

QString KakaotalkTemplateCategories::textOf(const QString &code) const
{
    for (const Entry &e : m_entries)
        if (e.code == code)
            return text(e);
    return code;
}

QString KakaotalkTemplateCategories::nameOf(const QString &code) const
{
    for (const Entry &e : m_entries)
        if (e.code == code)
            return e.nameEnglish.isEmpty() || e.nameEnglish == e.name ? e.name
                                                                      : QStringLiteral("%1 (%2)").arg(e.name, e.nameEnglish);
    return code;
}

} // namespace sinch
