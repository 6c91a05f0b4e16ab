#pragma once

#include "editorlistpage.h"
#include "services/area.h"

#include <QJsonObject>
#include <QPointer>

class QAction;

namespace sinch {
class ApiClient;
class ResourceListModel;
}

namespace sinch::ui {

class MessageBox;
class WebhookEditor;

// Webhooks: the project's webhooks in a list, the chosen one in an editor beside it, and
// New (Ctrl+N), Edit (Enter) and Delete (Del) in a toolbar. Choosing a row reads the
// webhook from the server (get) into the editor; unsaved edits are never dropped without
// asking first (another row, New, another project), and a delete is confirmed first.
class WebhooksPage : public EditorListPage
{
    Q_OBJECT
public:
    WebhooksPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    ResourceListModel *model() const; // the base's, as its own type
    WebhookEditor *editor() const;
    // Selects the row of webhook `id` (without opening anything else); false when not listed.
    bool selectWebhook(const QString &id) { return selectKey(id); }

    // Selects webhook `id` and opens it in the editor (asking first if that would drop
    // unsaved edits), once the list has it.
    void openWebhook(QString id);

public slots:
    void newWebhook() { openNewEditor(); }
    void editCurrent() { editCurrentRow(); }
    void deleteCurrent();

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
    QString leaveHint() const override;
    void updateActions() override;

private:
    Area m_area;
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QString m_selectAfterRefresh; // a saved webhook's row, once the list has it
    QString m_openWhenListed;     // openWebhook() waiting for the list
};

} // namespace sinch::ui
