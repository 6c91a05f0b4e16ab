#include "activityfeedmodel.h"

#include "domain/activitylabel.h"
#include "services/activityservice.h"

namespace sinch {

ActivityFeedModel::ActivityFeedModel(ApiClient *client, const FeedRef &feed, QObject *parent)
    : ResourceListModel(client, feed.projectKey, ActivityService::listRequest(feed),
                        {Column{tr("Created"), QStringLiteral("created")}, Column{tr("Type"), QStringLiteral("type")},
                         Column{tr("Author"), QStringLiteral("author")}, Column{tr("Comment"), QStringLiteral("comment")}},
                        {}, // entries have no ID: each is keyed by all its fields
                        parent)
    , m_feed(feed)
{
    setItemsKey(QStringLiteral("notifications"));
}

Activity ActivityFeedModel::activity(int row) const
{
    return Activity::fromJson(item(row), m_feed);
}

QVariant ActivityFeedModel::data(const QModelIndex &index, int role) const
{
    if (role == ActivityRole && index.isValid())
        return QVariant::fromValue(activity(index.row()));
    // What a screen reader says of the row: the type in words, as the delegate paints it.
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.isValid() && index.column() == TypeColumn)
        return ActivityLabel::of(activity(index.row()));
    return ResourceListModel::data(index, role);
}

} // namespace sinch
