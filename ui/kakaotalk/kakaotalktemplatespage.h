#pragma once

#include "editorlistpage.h"
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
class KakaotalkTemplatesPage : public EditorListPage
{
    Q_OBJECT
public:
    KakaotalkTemplatesPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~KakaotalkTemplatesPage() override;
    void refresh() override;

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
    void focusFilter();
    // Shows `code` of `plusFriendId` in the editor (from the inbox or a notification): the
    // sender is chosen, its list read, the template selected and opened.
    // `activity`: showing its Activity tab (an inbox entry about it), not the form.
    void openTemplate(const QString &plusFriendId, const QString &code, bool activity = false);

public slots:
    void newTemplate() { openNewEditor(); }
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

    QString keyOf(const QJsonObject &row) const override;
    ApiJob *readRow(const QString &key) override;
    QWidget *createEditor(const QJsonObject &resource) override;
    void editorOpened() override;
    void editorClosed() override;
    QString leaveHint() const override;
    void updateActions() override;

private:
    void buildFilters();
    void senderChosen(const QString &plusFriendId);
    void reload();
    void removed(const QString &code, bool changesOnly);
    void rowsArrived();
    void showFeed();

    Area m_area;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    DraftStore *m_drafts = nullptr;
    ProjectStore *m_recipients = nullptr;
    KakaotalkSenderChooser *m_senders;
    QString m_sender;
    QPointer<KakaotalkTemplateCategories> m_categories;
    KakaotalkTemplateFilters *m_filters;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_deleteChanges;
    QTabWidget *m_tabs;
    ActivityFeedView *m_feed;
    KakaotalkTemplateRemoval *m_removal;
    QString m_selectAfterRefresh;
    QString m_openAfterSelect; // selected by openTemplate(): opened too
    bool m_activityAfterOpen = false; // and shown on its Activity tab
};

} // namespace sinch::ui
