#pragma once

#include "domain/activity.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace sinch {
class Clock;
class InboxModel;
}

namespace sinch::ui {

class InboxController;
class MessageBar;

// Inbox: every activity of every resource of every project, newest first, from the local
// store (it opens at once, offline too). Filters by project, channel, resource kind, type
// and unread; a search over comments; when it last synced, Sync now, how often, which
// projects notify. Clicking an entry (or Enter) marks it read and opens its resource; U
// marks the current entry unread again.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    InboxPage(InboxController *inbox, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~InboxPage() override;

    InboxModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QString statusText() const;
    QString emptyText() const;
    bool isShowingEmptyState() const;
    void focusFilter();
    // Asks every project for what is new now (F5).
    void refresh();
    // Projects may have come or gone: the project filter and its names follow.
    void updateProjects();

signals:
    void openRequested(const sinch::FeedRef &feed);

private:
    void applyFilter();
    void openRow(const QModelIndex &index);
    void updateStatus();
    void showSyncFailure(const QString &project, const QString &message);
    // The sync failure's message goes once every project synced again.
    void hideSyncFailureOnceSynced();
    void updateEmptyState();
    void fillNotificationsMenu();

    InboxController *m_inbox;
    Clock *m_clock;
    InboxModel *m_model;
    MessageBar *m_storeBar;
    bool m_showsSyncFailure = false;
    QLineEdit *m_search;
    QComboBox *m_project;
    QComboBox *m_channel;
    QComboBox *m_kind;
    QComboBox *m_type;
    QCheckBox *m_unread;
    QLabel *m_status;
    QToolButton *m_syncNow;
    QToolButton *m_markAll;
    QToolButton *m_notifications;
    QSpinBox *m_interval;
    QStackedWidget *m_stack;
    QListView *m_view;
    QLabel *m_empty;
};

} // namespace sinch::ui
