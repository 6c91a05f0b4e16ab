#pragma once

#include "domain/activity.h"

#include <QPointer>
#include "editing/refusalnotice.h"

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;
class QToolButton;

namespace sinch {
class ApiClient;
class ActivityFeedModel;
class Clock;
}

namespace sinch::ui {

class CommentBox;
class MessageBar;

// The activity feed of one resource with its comment box: the entries newest first (paged
// as the user scrolls, refreshed in place), and a comment posted shows at once above them
// ("sending…") until the feed has it; a post that fails goes back into the box with a
// message that says so. Used by every resource with a feed (FeedRef::Kind).
class ActivityFeedView : public QWidget
{
    Q_OBJECT
public:
    ActivityFeedView(ApiClient *client, Clock *clock, QWidget *parent = nullptr);
    ~ActivityFeedView() override;

    // Shows this resource's feed (an invalid reference: none, with a note why).
    void setFeed(const FeedRef &feed, const QString &noFeedText = QString());
    const FeedRef &feed() const { return m_feed; }
    void refresh();

    ActivityFeedModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QListView *pendingList() const { return m_pendingList; }
    CommentBox *commentBox() const { return m_box; }
    MessageBar *messageBar() const { return m_bar; }
    QString stateText() const;
    int pendingCount() const;

signals:
    // A comment the server took (for the inbox and notifications).
    void commentPosted(const sinch::Activity &activity);

private:
    void post(const QString &text);
    void dropSent();
    void updateState();

    QPointer<ApiClient> m_client;
    Clock *m_clock;
    FeedRef m_feed;
    ActivityFeedModel *m_model = nullptr;
    MessageBar *m_bar;
    RefusalNotice m_postFailure; // the bar's "not posted", until a post goes through
    QLabel *m_state;
    QToolButton *m_refresh;
    QListView *m_pendingList;
    QStandardItemModel *m_pending;
    QListView *m_list;
    CommentBox *m_box;
    QString m_noFeedText;
};

} // namespace sinch::ui
