#include "inboxpage.h"

#include "shrinkablecombobox.h"

#include "editing/spinrangeguard.h"

#include "activity/activitydelegate.h"
#include "inboxcontroller.h"
#include "icons.h"
#include "filteredit.h"
#include "messagebar.h"

#include "api/clock.h"
#include "models/inboxmodel.h"
#include "services/inboxsync.h"
#include "services/notificationpolicy.h"
#include "storage/activitystore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sinch::ui {

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *c = new ShrinkableComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    return c;
}

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAccessibleName(text);
    b->setToolTip(tip);
    b->setIcon(Icons::get(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

InboxPage::InboxPage(InboxController *inbox, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_clock(Clock::orSystem(clock))
    , m_model(new InboxModel(inbox->store(), this))
    , m_storeBar(new MessageBar(this))
    , m_search(new FilterEdit(tr("Search comments (Ctrl+F)"), tr("Search comments"), this))
    , m_project(makeCombo(this, QStringLiteral("projectFilter"), tr("Project")))
    , m_channel(makeCombo(this, QStringLiteral("channelFilter"), tr("Channel")))
    , m_kind(makeCombo(this, QStringLiteral("kindFilter"), tr("Resource kind")))
    , m_type(makeCombo(this, QStringLiteral("typeFilter"), tr("Activity type")))
    , m_unread(new QCheckBox(tr("&Unread only"), this))
    , m_status(new QLabel(this))
    , m_syncNow(makeButton(this, tr("Sync now"), QStringLiteral("refresh"), tr("Ask every project for what is new")))
    , m_markAll(makeButton(this, tr("Mark all read"), QStringLiteral("approved"), tr("Mark every entry shown as read")))
    , m_notifications(makeButton(this, tr("Notifications"), QStringLiteral("info"),
                                 tr("Choose the projects whose review outcomes and comments notify you")))
    , m_interval(new QSpinBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("page.inbox"));
    setAccessibleName(tr("Inbox"));

    m_storeBar->setObjectName(QStringLiteral("storeBar"));
    m_storeBar->setRetryVisible(false);
    m_storeBar->hide();
    if (const QString message = inbox->store()->message(); !message.isEmpty()) {
        m_storeBar->showMessage(inbox->store()->isReadOnly() ? MessageBar::Level::Warning : MessageBar::Level::Info, message);
        m_storeBar->setRetryVisible(false);
    }

    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("WhatsApp"), QStringLiteral("whatsapp"));
    m_channel->addItem(tr("KakaoTalk"), QStringLiteral("kakaotalk"));
    m_channel->addItem(tr("RCS"), QStringLiteral("rcs"));
    m_kind->addItem(tr("All resources"), QString());
    m_kind->addItem(tr("Accounts"), QStringLiteral("account"));
    m_kind->addItem(tr("Senders"), QStringLiteral("sender"));
    m_kind->addItem(tr("Templates"), QStringLiteral("template"));
    m_type->addItem(tr("All activity"), QStringList());
    m_type->addItem(tr("Comments"), QStringList{QStringLiteral("COMMENT_ADDED")});
    m_type->addItem(tr("Review outcomes"), QStringList{Activity::kStateChanged});
    m_type->addItem(tr("Review steps"), QStringList{QStringLiteral("IN_PROGRESS"), QStringLiteral("APPROVED"),
                                                    QStringLiteral("REJECTED")});
    m_type->addItem(tr("Edits"), QStringList{QStringLiteral("CREATED"), QStringLiteral("EDITED"), QStringLiteral("DRAFT")});
    m_unread->setObjectName(QStringLiteral("unreadOnly"));
    m_unread->setAccessibleName(tr("Unread only"));
    updateProjects();

    connect(m_search, &QLineEdit::textChanged, this, &InboxPage::applyFilter);
    for (QComboBox *c : {m_project, m_channel, m_kind, m_type})
        connect(c, &QComboBox::activated, this, &InboxPage::applyFilter);
    connect(m_unread, &QCheckBox::toggled, this, &InboxPage::applyFilter);

    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setAccessibleName(tr("Sync status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setAccessibleName(tr("Minutes between syncs"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(inbox->intervalMinutes());
    SpinRangeGuard::watch(m_interval);
    connect(m_interval, &QSpinBox::valueChanged, inbox, &InboxController::setIntervalMinutes);
    connect(m_syncNow, &QToolButton::clicked, inbox->sync(), &InboxSync::syncNow);
    connect(m_markAll, &QToolButton::clicked, this, [this] { m_model->markAllRead(); });
    m_notifications->setPopupMode(QToolButton::InstantPopup);
    m_notifications->setMenu(new QMenu(m_notifications));
    connect(m_notifications->menu(), &QMenu::aboutToShow, this, &InboxPage::fillNotificationsMenu);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_project, m_channel, m_kind, m_type, m_unread})
        filters->addWidget(w);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_interval);
    for (QWidget *w : std::initializer_list<QWidget *>{m_syncNow, m_markAll, m_notifications})
        actions->addWidget(w);

    auto *delegate = new ActivityDelegate(InboxModel::ActivityRole, m_clock, this);
    delegate->setReadRole(InboxModel::ReadRole);
    delegate->setTitle([this](const Activity &a) {
        const QString what = a.feed.title.isEmpty() ? FeedRef::kindName(a.feed.kind) : a.feed.title;
        return tr("%1 · %2").arg(m_inbox->projectName(a.feed.projectKey), what);
    });
    m_view->setObjectName(QStringLiteral("inboxList"));
    m_view->setAccessibleName(tr("Inbox, newest first"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(delegate);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view, &QListView::clicked, this, &InboxPage::openRow);
    connect(m_view, &QListView::activated, this, &InboxPage::openRow);
    auto *unread = new QAction(tr("Mark unread"), m_view);
    unread->setShortcut(Qt::Key_U);
    unread->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(unread);
    connect(unread, &QAction::triggered, this, [this] {
        if (const QModelIndex i = m_view->currentIndex(); i.isValid())
            m_model->markRead(i.row(), false);
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_storeBar);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPage::updateEmptyState);
    connect(inbox->sync(), &InboxSync::syncingChanged, this, &InboxPage::updateStatus);
    connect(inbox->sync(), &InboxSync::synced, this, &InboxPage::updateStatus);
    connect(inbox->sync(), &InboxSync::synced, this, &InboxPage::hideSyncFailureOnceSynced);
    connect(inbox->sync(), &InboxSync::failed, this, &InboxPage::showSyncFailure);
    // A failure before the page was first opened (the sync at startup) is said too.
    for (const QString &project : m_inbox->projectKeys()) {
        if (const QString why = inbox->sync()->lastFailure(project); !why.isEmpty())
            showSyncFailure(project, why);
    }
    connect(inbox, &InboxController::unreadCountChanged, this, &InboxPage::updateStatus);
    applyFilter();
    updateStatus();
}

InboxPage::~InboxPage() = default;

void InboxPage::updateProjects()
{
    const QString current = m_project->currentData().toString();
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const QString &key : m_inbox->projectKeys())
        m_project->addItem(m_inbox->projectName(key), key);
    m_project->setCurrentIndex(qMax(0, m_project->findData(current)));
}

void InboxPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxPage::refresh()
{
    m_inbox->sync()->syncNow();
}

void InboxPage::applyFilter()
{
    ActivityStore::Query q;
    if (const QString p = m_project->currentData().toString(); !p.isEmpty())
        q.projects = {p};
    q.channel = m_channel->currentData().toString();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty()) {
        for (FeedRef::Kind k : FeedRef::allKinds()) {
            if (FeedRef::kindName(k).endsWith(QLatin1Char('.') + kind))
                q.kinds << k;
        }
    }
    q.types = m_type->currentData().toStringList();
    q.unreadOnly = m_unread->isChecked();
    q.text = m_search->text().trimmed();
    m_model->setFilter(q);
    updateEmptyState();
}

void InboxPage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Activity a = m_model->activity(index.row());
    m_model->markRead(index.row());
    emit openRequested(a.feed);
}

QString InboxPage::statusText() const
{
    return m_status->text();
}

QString InboxPage::emptyText() const
{
    return m_empty->text();
}

bool InboxPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void InboxPage::showSyncFailure(const QString &project, const QString &message)
{
    m_storeBar->showMessage(MessageBar::Level::Warning,
                            tr("%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.")
                                .arg(m_inbox->projectName(project), message));
    m_storeBar->setRetryAction(tr("Sync now"), [this] { m_inbox->sync()->syncNow(); });
    m_showsSyncFailure = true;
}

void InboxPage::hideSyncFailureOnceSynced()
{
    if (!m_showsSyncFailure)
        return; // the bar says something else (the database), or nothing
    const QStringList projects = m_inbox->projectKeys();
    if (std::any_of(projects.cbegin(), projects.cend(), [this](const QString &p) { return !m_inbox->sync()->lastFailure(p).isEmpty(); }))
        return;
    m_storeBar->hide();
    m_showsSyncFailure = false;
}

void InboxPage::updateStatus()
{
    QDateTime last;
    for (const QString &key : m_inbox->projectKeys()) {
        const QDateTime when = m_inbox->sync()->lastSync(key);
        if (when.isValid() && (!last.isValid() || when > last))
            last = when;
    }
    const int unread = qMax(0, m_inbox->unreadCount());
    QString text = m_inbox->sync()->isSyncing() ? tr("Syncing…")
                 : m_inbox->syncWaiting()        ? tr("Syncing once the pages' requests are in…")
                 : last.isValid()                ? tr("Synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                                                 : tr("Not synced yet");
    text += QStringLiteral(" · ") + tr("%n unread", nullptr, unread);
    m_status->setText(text);
    m_syncNow->setEnabled(!m_inbox->sync()->isSyncing());
}

void InboxPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    const ActivityStore::Query q = m_model->filter();
    const bool filtered = !q.projects.isEmpty() || !q.channel.isEmpty() || !q.kinds.isEmpty() || !q.types.isEmpty()
        || q.unreadOnly || !q.text.isEmpty();
    if (filtered)
        m_empty->setText(q.unreadOnly && q.text.isEmpty() ? tr("All read. Untick “Unread only” to see every entry.")
                                                          : tr("Nothing matches. Clear the search (Esc) or choose “All” in the filters."));
    else
        m_empty->setText(tr("Nothing yet. Comments, review outcomes and edits of every project's senders and templates "
                            "arrive here as the inbox syncs (Sync now asks at once)."));
    m_stack->setCurrentWidget(m_empty);
}

void InboxPage::fillNotificationsMenu()
{
    QMenu *menu = m_notifications->menu();
    menu->clear();
    NotificationPolicy *policy = m_inbox->policy();
    const QStringList keys = m_inbox->projectKeys();
    if (keys.isEmpty())
        menu->addAction(tr("No projects yet"))->setEnabled(false);
    for (const QString &key : keys) {
        QAction *a = menu->addAction(tr("Notify me about %1").arg(m_inbox->projectName(key)));
        a->setCheckable(true);
        a->setChecked(policy->isEnabled(key));
        connect(a, &QAction::toggled, this, [policy, key](bool on) { policy->setEnabled(key, on); });
    }
}

} // namespace sinch::ui
