#pragma once

#include "domain/activity.h"
#include "models/resourcelistmodel.h"

namespace sinch {

// One activity feed (of an account, a sender or a template), newest first, paged as the
// view scrolls and refreshed in place: a ResourceListModel over the feed's list operation,
// its entries keyed by all their fields (feeds carry no IDs), read back as Activity.
class ActivityFeedModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum ActivityRoles {
        ActivityRole = SortRole + 1, // QVariant of sinch::Activity
    };
    enum Columns { CreatedColumn, TypeColumn, AuthorColumn, CommentColumn }; // as the constructor lists them

    ActivityFeedModel(ApiClient *client, const FeedRef &feed, QObject *parent = nullptr);

    const FeedRef &feed() const { return m_feed; }
    Activity activity(int row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    FeedRef m_feed;
};

} // namespace sinch
