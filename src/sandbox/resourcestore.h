#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch::sandbox {

// One entry of an item's activity feed. Kept as plain strings and made JSON only when a feed
// is read: the seed records some two thousand of them before the sandbox answers at all.
struct ResourceActivity
{
    QString type;
    QString created;   // an RFC 3339 timestamp
    QString comment;   // empty: none
    QString author;

    QJsonObject toJson() const;
};

// One resource family's state: objects keyed by id in creation order, each with its own
// activity feed (newest first when listed). The objects are stored as the API shows them
// plus internal fields whose names start with "_" (stripped by view()).
class ResourceStore
{
public:
    bool contains(const QString &id) const { return m_items.contains(id); }
    QJsonObject get(const QString &id) const { return m_items.value(id); }
    void put(const QString &id, const QJsonObject &object);
    bool remove(const QString &id);
    QStringList ids() const { return m_order; }
    QList<QJsonObject> values() const;
    int size() const { return m_order.size(); }

    void addActivity(const QString &id, const ResourceActivity &activity);
    // The feed as the API lists it, newest first.
    QJsonArray activities(const QString &id) const;
    // The feed as recorded, oldest first, and its replacement (the seed dates its histories).
    QList<ResourceActivity> activityHistory(const QString &id) const { return m_activities.value(id); }
    void setActivityHistory(const QString &id, const QList<ResourceActivity> &history) { m_activities.insert(id, history); }

    // The object without its internal "_" fields.
    static QJsonObject view(const QJsonObject &object);

private:
    QStringList m_order;
    QHash<QString, QJsonObject> m_items;
    QHash<QString, QList<ResourceActivity>> m_activities;
};

} // namespace sinch::sandbox
