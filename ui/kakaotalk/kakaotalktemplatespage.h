#pragma once

#include "listpage.h"
#include "services/area.h"

#include <QJsonObject>
#include <QPointer>
#include <functional>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;
class QToolBar;
class QVBoxLayout;

namespace sinch {
class ApiClient;
class ApiJob;
class DraftStore;
class KakaotalkTemplateCategories;
class KakaotalkTemplateListModel;
class ProjectStore;
}

namespace sinch::ui {

class ActivityFeedView;
class KakaotalkSenderChooser;
class KakaotalkTemplateFilters;
class KakaotalkTemplateRemoval;
class KakaotalkTemplateEditor;
class MessageBox;

// KakaoTalk › Templates: the AlimTalk templates of one sender (chosen in the filter row,
// remembered per project), filtered by state, pending changes and name (asked of the
// server), the chosen one in an editor beside the list with its activity in a second tab,
// and New (Ctrl+N), Delete (Del) and Delete draft changes in a toolbar. Unsaved edits are
// never dropped without asking first; deletes are confirmed first.
class KakaotalkTemplatesPage : public ListPage
{
    Q_OBJECT
public:
    KakaotalkTemplatesPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~KakaotalkTemplatesPage() override;

    void setSettings(QSettings *settings);
    void setDrafts(DraftStore *drafts) { m_drafts = drafts; }
    // Where "Send test…" keeps the numbers it sent to (none: not kept).
    void setTestRecipients(ProjectStore *store) { m_recipients = store; }

    KakaotalkTemplateListModel *model() const;
    KakaotalkTemplateEditor *editor() const;
    ActivityFeedView *feedView() const { return m_feed; }
    QTabWidget *detailTabs() const { return m_tabs; }
    KakaotalkSenderChooser *senderChooser() const { return m_senders; }
    QString plusFriendId() const { return m_sender; }
    QList<QAction *> pageActions() const;
    void focusFilter();
    // Shows `code` of `plusFriendId` in the editor (from the inbox or a notification): the
    // sender is chosen, its list read, the template selected and opened.
    void openTemplate(const QString &plusFriendId, const QString &code);

public slots:
    void newTemplate();
    void deleteCurrent();
    void deleteChangesOfCurrent();

protected:
    PagedListModel *createModel(const QString &projectKey) override;
    void modelChanged() override;
    QString countText() const override;
    QString noItemsText() const override;
    QString nothingShownText() const override;
    QString noProjectText() const override;
    QString loadingText() const override;

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, const QString &tip);
    void buildFilters();
    void fitColumns();
    void senderChosen(const QString &plusFriendId);
    void reload();
    void rowChosen();
    void leaveEditor(const std::function<void()> &go, const std::function<void()> &stay = {});
    void load(const QString &code);
    void openEditor(const QJsonObject &serverTemplate);
    void closeEditor();
    bool selectCode(const QString &code);
    QJsonObject currentTemplate() const;
    void updateActions();
    void removed(const QString &code, bool changesOnly);
    void rowsArrived();

    Area m_area;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    DraftStore *m_drafts = nullptr;
    ProjectStore *m_recipients = nullptr;
    KakaotalkSenderChooser *m_senders;
    QString m_sender;
    QPointer<KakaotalkTemplateCategories> m_categories;
    KakaotalkTemplateFilters *m_filters;
    QToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_deleteChanges;
    QTabWidget *m_tabs;
    QVBoxLayout *m_editorLayout;
    QLabel *m_placeholder;
    ActivityFeedView *m_feed;
    QPointer<KakaotalkTemplateEditor> m_editor;
    KakaotalkTemplateRemoval *m_removal;
    QPointer<ApiJob> m_loading;
    QString m_selectAfterRefresh;
    QString m_openAfterSelect; // selected by openTemplate(): opened too
    bool m_selecting = false;
};

} // namespace sinch::ui
