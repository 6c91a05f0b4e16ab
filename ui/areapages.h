#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUuid>

class QSettings;
class QStackedWidget;
class QWidget;

namespace sinch {
class ApiClient;
class DraftStore;
}

namespace sinch::ui {

class InboxController;
class MessageBox;
class ProjectManager;

// The pages of the navigation's areas (overview, lists, the templates page, the account
// document), each made on its first visit into the window's stack, with its splitter
// state from the settings; and what every page is asked to do whatever its kind: show a
// project, read again, put the keyboard in its filter, keep its layout.
class AreaPages : public QObject
{
    Q_OBJECT
public:
    AreaPages(QStackedWidget *stack, ApiClient *client, MessageBox *box, ProjectManager *projects, QSettings *settings,
              QObject *parent = nullptr);

    QWidget *page(const QString &areaId) const { return m_pages.value(areaId); }
    // What the inbox page shows (set before its first visit).
    void setInbox(InboxController *inbox) { m_inbox = inbox; }
    // Where editors made by pages keep their local drafts (none: nothing is written).
    void setDrafts(DraftStore *drafts) { m_drafts = drafts; }
    // The area's page, made now if it is the first visit.
    QWidget *ensure(const QString &areaId);

    // Shows `project` on `page` (an empty key: none; `project` is the overview's choice).
    static void setProject(QWidget *page, const QString &key, const QUuid &project);
    // False when the page has nothing to read again.
    static bool refresh(QWidget *page);
    static void focusFilter(QWidget *page);
    // Gives the keyboard to the first of `page`'s own fields that Tab would reach (F6 from
    // the navigation); none yet, as on a page still loading, leaves the focus where it is.
    static void focusFirstField(QWidget *page);
    // Whether the page of `areaId` can show only the items in one state (showOnlyState).
    static bool canShowOnlyState(const QString &areaId);
    // Filters a list page to the items in `state` (the overview's number of them); false
    // where its list cannot be filtered so.
    static bool showOnlyState(QWidget *page, const QString &state);
    // Selects `item` (a row's JSON, as the quick-open index has it) on a list page.
    static void selectItem(QWidget *page, const QJsonObject &item);
    // Every page that shows `key` forgets it (the project changed or is gone).
    void forgetProject(const QString &key);
    void saveState(QSettings *settings) const;

signals:
    void pageCreated(const QString &areaId, QWidget *page);

private:
    QStackedWidget *m_stack;
    ApiClient *m_client;
    MessageBox *m_box;
    ProjectManager *m_projects;
    QSettings *m_settings;
    InboxController *m_inbox = nullptr;
    DraftStore *m_drafts = nullptr;
    QHash<QString, QWidget *> m_pages;
};

} // namespace sinch::ui
