#include "rcssenderspage.h"

#include "rcssenderdetail.h"

#include "icons.h"
#include "models/resourcelistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace sinch::ui {

RcsSendersPage::RcsSendersPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : ResourceListPage(area, client, parent)
    , m_client(client)
    , m_box(box)
    , m_detail(new RcsSenderDetail)
    , m_toolBar(new QToolBar(this))
{
    m_new = new QAction(Icons::get(QStringLiteral("add")), tr("&New sender…"), this);
    m_new->setObjectName(QStringLiteral("rcsSenders.new"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Create an RCS sender in the wizard (Ctrl+N)"));
    addAction(m_new);
    connect(m_new, &QAction::triggered, this, &RcsSendersPage::newSender);
    m_edit = new QAction(Icons::get(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("rcsSenders.edit"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &RcsSendersPage::editCurrent);
    connect(view(), &QTreeView::doubleClicked, this, &RcsSendersPage::editCurrent);

    m_toolBar->setObjectName(QStringLiteral("rcsSendersToolBar"));
    m_toolBar->setAccessibleName(tr("Sender actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_new, m_edit});
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_toolBar);
    actions->addStretch(1);
    pageLayout()->insertLayout(1, actions);

    // The sender in words first, its activity beside; no raw JSON (it holds the token).
    if (QTabWidget *tabs = detailTabs()) {
        const int json = tabs->indexOf(detailView());
        if (json >= 0)
            tabs->removeTab(json);
        tabs->insertTab(0, m_detail, tr("Sender"));
        tabs->setCurrentIndex(0);
    }
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    updateActions();
}

RcsSendersPage::~RcsSendersPage() = default;

void RcsSendersPage::itemShown(const QJsonObject &item)
{
    m_detail->setSender(item);
    updateActions();
}

void RcsSendersPage::modelChanged()
{
    ResourceListPage::modelChanged();
    m_detail->setSender(QJsonObject());
    updateActions();
}

void RcsSendersPage::updateActions()
{
    const bool project = !projectKey().isEmpty();
    m_new->setEnabled(project && !m_wizard);
    m_new->setToolTip(!project ? tr("Choose a project first.")
                               : m_wizard ? tr("The wizard is open.") : tr("Create an RCS sender in the wizard (Ctrl+N)"));
    const bool chosen = !m_detail->sender().isEmpty();
    m_edit->setEnabled(chosen && !m_wizard);
    m_edit->setToolTip(!chosen ? tr("Choose a sender in the list first.")
                               : m_wizard ? tr("The wizard is open.") : tr("Edit the chosen sender in the wizard (Enter)"));
}

void RcsSendersPage::newSender()
{
    openWizard(QJsonObject());
}

void RcsSendersPage::editCurrent()
{
    if (m_edit->isEnabled())
        openWizard(m_detail->sender());
}

void RcsSendersPage::openWizard(const QJsonObject &sender)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new RcsSenderWizard(m_client, projectKey(), sender, m_box, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->keepDrafts(m_drafts);
    connect(m_wizard, &RcsSenderWizard::saved, this, [this](const QJsonObject &saved) {
        m_detail->setSender(saved);
        if (model())
            model()->refresh();
    });
    connect(m_wizard, &QDialog::finished, this, [this] {
        m_wizard.clear(); // it deletes itself on close
        updateActions();
    });
    m_wizard->open();
    updateActions();
}

} // namespace sinch::ui
