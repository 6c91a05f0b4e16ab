#pragma once

#include "rcs/wizard/rcssenderwizard.h"
#include "resourcelistpage.h"

#include <QPointer>

class QAction;
class QToolBar;

namespace sinch {
class DraftStore;
}

namespace sinch::ui {

class MessageBox;
class RcsSenderDetail;

// The RCS senders of a project: the list, the chosen sender in words (RcsSenderDetail, the
// token masked) beside its activity, and New (Ctrl+N) and Edit (Enter, double-click) that
// open the RcsSenderWizard. The raw JSON tab is left out: it would show the token.
class RcsSendersPage : public ResourceListPage
{
    Q_OBJECT

public:
    RcsSendersPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~RcsSendersPage() override;
    // Where the wizard keeps what is typed until it is sent.
    void setDrafts(DraftStore *drafts) { m_drafts = drafts; }

    RcsSenderDetail *senderDetail() const { return m_detail; }
    RcsSenderWizard *wizard() const { return m_wizard; }
    QToolBar *toolBar() const { return m_toolBar; }

public slots:
    void newSender();
    void editCurrent();

protected:
    void itemShown(const QJsonObject &item) override;
    void modelChanged() override;

private:
    void openWizard(const QJsonObject &sender);
    void updateActions();

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    DraftStore *m_drafts = nullptr;
    RcsSenderDetail *m_detail;
    QToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_edit;
    QPointer<RcsSenderWizard> m_wizard;
};

} // namespace sinch::ui
