#include "resourcestore.h"

namespace sinch::sandbox {

QJsonObject ResourceActivity::toJson() const
{
    QJsonObject out{{QStringLiteral("type"), type}, {QStringLiteral("created"), created}};
    if (!comment.isEmpty())
        out.insert(QStringLiteral("comment"), comment);
    out.insert(QStringLiteral("author"), author);
    return out;
}

void ResourceStore::put(const QString &id, const QJsonObject &object)
{
    if (!m_items.contains(id))
        m_order << id;
    m_items.insert(id, object);
}

bool ResourceStore::remove(const QString &id)
{
    if (!m_items.remove(id))
        return false;
    m_order.removeAll(id);
    m_activities.remove(id);
    return true;
}

QList<QJsonObject> ResourceStore::values() const
{
    QList<QJsonObject> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out << m_items.value(id);
    return out;
}

void ResourceStore::addActivity(const QString &id, const ResourceActivity &activity)
{
    m_activities[id].append(activity);
}

QJsonArray ResourceStore::activities(const QString &id) const
{
    QJsonArray out;
    const QList<ResourceActivity> list = m_activities.value(id);
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        out << it->toJson();
    return out;
}

QJsonObject ResourceStore::view(const QJsonObject &object)
{
    QJsonObject out = object;
    for (const QString &key : object.keys())
        if (key.startsWith(QLatin1Char('_')))
            out.remove(key);
    return out;
}

} // namespace sinch::sandbox
