#pragma once

#include "resourcelistpage.h"
#include "senderchannel.h"
#include "pagetoolbar.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

class QAction;

namespace sinch {
class DraftStore;
}

namespace sinch::ui {

class MessageBox;
class SenderDetail;
class SenderEditor;
class SenderVerificationDialog;

// The WhatsApp or KakaoTalk senders of a project: the list (columns in words, filters by
// state and by pending changes), the chosen sender as a person reads it (SenderDetail:
// state badge, what to do next and the button that does it, live values with the pending
// changes beside them), its activity, and the actions in a toolbar: New (Ctrl+N) and Edit
// open the SenderEditor, Verify… the SenderVerificationDialog (register, then the code),
// Delete changes… and Delete… ask first. An action that the sender's state does not allow
// is disabled, and its tooltip says why.
class SenderPage : public ResourceListPage
{
    Q_OBJECT
public:
    SenderPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    // Where the editor keeps what is typed until it is saved (none: nothing is written).
    void setDrafts(DraftStore *drafts) { m_drafts = drafts; }
    ~SenderPage() override;

    const SenderChannel &channel() const { return m_channel; }
    SenderDetail *senderDetail() const { return m_senderDetail; }
    QToolBar *toolBar() const { return m_toolBar; }
    SenderEditor *editor() const;
    SenderVerificationDialog *verificationDialog() const;
    QJsonObject currentSender() const;
    QJsonArray categories() const { return m_categories; }

public slots:
    void newSender();
    void editCurrent();
    void verifyCurrent();
    void deleteChanges();
    void deleteCurrent();

protected:
    void itemShown(const QJsonObject &item) override;
    void modelChanged() override;

private:
    void updateActions();
    void openEditor(const QJsonObject &sender);
    // A sender just created or saved: shown now, its row selected once the list has it.
    void showSaved(const QJsonObject &saved);
    void loadCategories();
    // Reads `id` again (after an action) and shows it; the list follows.
    void reload(const QString &id);
    void runAction(ApiJob *job, const QString &done);

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    DraftStore *m_drafts = nullptr;
    SenderChannel m_channel;
    SenderDetail *m_senderDetail;
    PageToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_verify;
    QAction *m_deleteChanges;
    QAction *m_delete;
    QPointer<SenderEditor> m_editor;
    QPointer<SenderVerificationDialog> m_verification;
    QPointer<ApiJob> m_categoriesJob;
    QJsonArray m_categories;
    QSet<QString> m_codeRequested; // senders a code was asked for since they were read
};

} // namespace sinch::ui
