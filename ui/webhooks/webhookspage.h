#pragma once

#include "listpage.h"
#include "services/area.h"

#include <QJsonObject>
#include <QPointer>
#include <functional>

class QAction;
class QLabel;
class QToolBar;
class QVBoxLayout;

namespace sinch {
class ApiClient;
class ApiJob;
class ResourceListModel;
}

namespace sinch::ui {

class MessageBox;
class WebhookEditor;

// Webhooks: the project's webhooks in a list, the chosen one in an editor beside it, and
// New (Ctrl+N), Edit (Enter) and Delete (Del) in a toolbar. Choosing a row reads the
// webhook from the server (get) into the editor; unsaved edits are never dropped without
// asking first (another row, New, another project), and a delete is confirmed first.
class WebhooksPage : public ListPage
{
    Q_OBJECT
public:
    WebhooksPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    ResourceListModel *model() const; // the base's, as its own type
    WebhookEditor *editor() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> pageActions() const;
    // Selects the row of webhook `id` (without opening anything else); false when not listed.
    bool selectWebhook(const QString &id);

    // Selects webhook `id` and opens it in the editor (asking first if that would drop
    // unsaved edits), once the list has it.
    void openWebhook(QString id);

public slots:
    void newWebhook();
    void editCurrent();
    void deleteCurrent();

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
    void rowChosen();
    // Runs `go` when nothing unsaved would be lost, or the user agrees to lose it;
    // `stay` otherwise.
    void leaveEditor(const std::function<void()> &go, const std::function<void()> &stay = {});
    void load(const QString &id, bool focus);
    void openEditor(const QJsonObject &webhook);
    void closeEditor();
    QJsonObject currentWebhook() const;
    void updateActions();

    Area m_area;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QVBoxLayout *m_detailLayout;
    QLabel *m_placeholder;
    QPointer<WebhookEditor> m_editor;
    QPointer<ApiJob> m_loading;
    QString m_selectAfterRefresh; // a saved webhook's row, once the list has it
    QString m_openWhenListed;     // openWebhook() waiting for the list
    bool m_selecting = false;     // the page selects a row itself
};

} // namespace sinch::ui
