#include "activityfeedview.h"

#include "activitydelegate.h"
#include "commentbox.h"
#include "icons.h"
#include "listloadfeedback.h"
#include "messagebar.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/clock.h"
#include "models/activityfeedmodel.h"
#include "services/activityservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
// The pending model's roles: the Activity (as the feed's), and whether the server has it.
constexpr int kActivityRole = ActivityFeedModel::ActivityRole;
constexpr int kSentRole = ActivityFeedModel::ActivityRole + 1;

QListView *makeList(QWidget *parent, ActivityDelegate *delegate)
{
    auto *list = new QListView(parent);
    list->setItemDelegate(delegate);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return list;
}
} // namespace

ActivityFeedView::ActivityFeedView(ApiClient *client, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(Clock::orSystem(clock))
    , m_bar(new MessageBar(this))
    , m_postFailure(m_bar)
    , m_state(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_pending(new QStandardItemModel(this))
    , m_box(new CommentBox(this))
{
    setObjectName(QStringLiteral("activityFeed"));
    setAccessibleName(tr("Activity"));
    auto *delegate = new ActivityDelegate(kActivityRole, m_clock, this);
    m_list = makeList(this, delegate);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setAccessibleName(tr("Activity, newest first"));
    m_pendingList = makeList(this, delegate);
    m_pendingList->setObjectName(QStringLiteral("pendingComments"));
    m_pendingList->setAccessibleName(tr("Comments being posted"));
    m_pendingList->setModel(m_pending);
    m_pendingList->setMaximumHeight(120);
    m_pendingList->setFocusPolicy(Qt::NoFocus);
    m_pendingList->hide();

    m_bar->hide();
    connect(m_bar, &MessageBar::retryRequested, this, [this] {
        if (m_model)
            m_model->retry();
    });
    m_state->setObjectName(QStringLiteral("feedState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    m_refresh->setIcon(Icons::get(QStringLiteral("refresh"), QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Read the activity again"));
    m_refresh->setAccessibleName(tr("Refresh activity"));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &ActivityFeedView::refresh);
    m_box->setMaxLength(ActivityService::maxCommentLength());
    connect(m_box, &CommentBox::postRequested, this, &ActivityFeedView::post);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_state, 1);
    header->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addLayout(header);
    layout->addWidget(m_pendingList);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_box);
    setFeed(FeedRef());
}

ActivityFeedView::~ActivityFeedView() = default;

void ActivityFeedView::setFeed(const FeedRef &feed, const QString &noFeedText)
{
    if (m_model && feed == m_feed)
        return;
    m_feed = feed;
    m_noFeedText = noFeedText;
    ActivityFeedModel *old = m_model;
    m_model = nullptr;
    m_pending->clear();
    m_pendingList->hide();
    m_bar->hide();
    if (feed.isValid() && m_client) {
        m_model = new ActivityFeedModel(m_client, feed, this);
        ListLoadFeedback::connect(m_model, this, m_bar, [this] { updateState(); });
        connect(m_model, &ActivityFeedModel::refreshed, this, &ActivityFeedView::dropSent);
        connect(m_model, &ActivityFeedModel::pageLoaded, this, &ActivityFeedView::dropSent);
    }
    m_list->setModel(m_model);
    delete old;
    m_box->setEnabled(m_model);
    if (m_model)
        m_model->refresh();
    updateState();
}

void ActivityFeedView::refresh()
{
    if (m_model)
        m_model->refresh();
}

int ActivityFeedView::pendingCount() const
{
    return m_pending->rowCount();
}

QString ActivityFeedView::stateText() const
{
    return m_state->text();
}

void ActivityFeedView::updateState()
{
    QString text;
    if (!m_model) {
        text = m_noFeedText.isEmpty() ? tr("Choose an item to see its activity.") : m_noFeedText;
    } else {
        switch (m_model->emptyState()) {
        case PagedListModel::EmptyState::Loading:
            text = tr("Loading activity…");
            break;
        case PagedListModel::EmptyState::Failed:
            text = tr("The activity could not be read. See the message above.");
            break;
        case PagedListModel::EmptyState::Empty:
            text = tr("No activity yet. Comments, edits and review steps appear here.");
            break;
        case PagedListModel::EmptyState::HasRows:
            text = m_feed.title.isEmpty() ? tr("Activity") : tr("Activity of %1").arg(m_feed.title);
            break;
        }
    }
    m_state->setText(text);
}

void ActivityFeedView::post(const QString &text)
{
    if (!m_model || !m_client)
        return;
    Activity mine;
    mine.feed = m_feed;
    mine.type = QStringLiteral("COMMENT_ADDED");
    mine.comment = text;
    mine.author = tr("You · sending…");
    mine.created = m_clock->now();
    auto *item = new QStandardItem;
    item->setData(QVariant::fromValue(mine), kActivityRole);
    item->setData(false, kSentRole);
    m_pending->insertRow(0, item);
    m_pendingList->show();

    const QPersistentModelIndex row = item->index();
    ApiJob *job = ActivityService(m_client, m_feed.projectKey).comment(m_feed, text);
    const FeedRef feed = m_feed;
    connect(job, &ApiJob::finished, this, [this, row, text, feed, mine](const ApiResult &result) {
        if (!(feed == m_feed) || !row.isValid())
            return; // another resource is shown now: its feed will have the comment
        if (!result.ok()) {
            m_pending->removeRow(row.row());
            m_pendingList->setVisible(m_pending->rowCount() > 0);
            m_box->restore(text);
            m_postFailure.refuse(tr("The comment was not posted: %1 It is back in the box; post it again when you are ready.")
                                     .arg(result.error.userText()),
                                 result.error.details());
            m_bar->setRetryVisible(false);
            return;
        }
        m_postFailure.follow(QString()); // a failure said before is over: this post went through
        // Sent: it stays here until the feed shows it, so it never blinks away.
        Activity sent = mine;
        sent.author = tr("You");
        m_pending->setData(row, QVariant::fromValue(sent), kActivityRole);
        m_pending->setData(row, true, kSentRole);
        emit commentPosted(sent);
        m_model->refresh();
    });
}

void ActivityFeedView::dropSent()
{
    // A sent comment leaves the pending list once the feed holds a comment with its text.
    QSet<QString> inFeed;
    for (int r = 0; r < m_model->rowCount(); ++r)
        inFeed.insert(m_model->activity(r).comment);
    for (int r = m_pending->rowCount() - 1; r >= 0; --r) {
        const QModelIndex i = m_pending->index(r, 0);
        if (i.data(kSentRole).toBool() && inFeed.contains(i.data(kActivityRole).value<Activity>().comment))
            m_pending->removeRow(r);
    }
    m_pendingList->setVisible(m_pending->rowCount() > 0);
}

} // namespace sinch::ui
