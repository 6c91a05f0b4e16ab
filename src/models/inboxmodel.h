#pragma once

#include "domain/activity.h"
#include "storage/activitystore.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>


namespace sinch {

// The unified inbox as a list, newest first, over the ActivityStore: a filter (the store's
// Query), rows read in chunks as the view scrolls (canFetchMore / fetchMore), so 50,000
// stored activities open as fast as 200. When the store changes, the rows it added are
// inserted where they belong (at the top, for what a sync brings), rows that left the filter
// are removed and changed read flags are dataChanged: a view keeps its selection and scroll
// position. Only a new filter resets the model.
class InboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ActivityRole = Qt::UserRole + 1, // sinch::Activity
        KeyRole,                         // QString: Activity::key()
        TypeRole,
        CreatedRole,                     // QDateTime (UTC)
        AuthorRole,
        CommentRole,
        StateRole,
        ProjectRole,
        ChannelRole,
        KindRole,                        // QString: FeedRef::kindName()
        FeedTitleRole,
        FeedKeyRole,
        ReadRole,                        // bool
    };
    Q_ENUM(Role)

    explicit InboxModel(ActivityStore *store, QObject *parent = nullptr);

    void setFilter(const ActivityStore::Query &filter);
    ActivityStore::Query filter() const { return m_filter; }
    // Rows read at once (first load and every fetchMore).
    void setChunkSize(int n) { m_chunk = qMax(1, n); }
    int chunkSize() const { return m_chunk; }
    // Every row the filter matches, loaded or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Activity activity(int row) const { return m_rows.value(row); }
    bool markRead(int row, bool read = true);
    int markAllRead();
    int unreadCount() const;
    // "order_update · EN_US — Comment by Ada: Please fix the footer" (ActivityLabel's words)
    static QString summary(const Activity &a);

public slots:
    // Reads the filter's first chunk again (a reset).
    void reload();

private:
    void followStore();
    void removeMissing(const QSet<QString> &keep);

    QPointer<ActivityStore> m_store;
    ActivityStore::Query m_filter;
    QList<Activity> m_rows;
    QStringList m_keys; // of m_rows, computed once a row
    int m_total = 0;
    int m_chunk = 200;
    bool m_changing = false; // inside fetchMore() or followStore()
};

} // namespace sinch
