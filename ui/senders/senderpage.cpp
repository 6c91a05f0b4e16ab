#include "senderpage.h"

#include "pagetoolbar.h"
#include "senderdetail.h"
#include "sendereditor.h"
#include "senderverificationdialog.h"

#include "api/apijob.h"
#include "api/apiresult.h"
#include "domain/enumtext.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/resourcelistmodel.h"
#include "services/kakaotalksenderservice.h"

#include <QAction>
#include <memory>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace sinch::ui {

namespace {

SenderNextStep::Channel channelOf(const Area &area)
{
    return area.feedKind == FeedRef::Kind::KakaotalkSender ? SenderNextStep::Channel::Kakaotalk
                                                           : SenderNextStep::Channel::Whatsapp;
}

QString changesStatus(const QJsonObject &sender)
{
    return sender.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
}

} // namespace

SenderPage::SenderPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : ResourceListPage(area, client, parent)
    , m_client(client)
    , m_box(box)
    , m_channel(channelOf(area), client, QString())
    , m_senderDetail(new SenderDetail(m_channel))
    , m_toolBar(new PageToolBar(this))
{
    const bool wa = m_channel.channel() == SenderChannel::Channel::Whatsapp;
    m_new = m_toolBar->addPageAction(QStringLiteral("senders.new"), tr("&New sender…"), QStringLiteral("add"),
                                     tr("Create a sender (Ctrl+N)"));
    PageToolBar::makeNewAction(m_new);
    connect(m_new, &QAction::triggered, this, &SenderPage::newSender);
    m_edit = m_toolBar->addPageAction(QStringLiteral("senders.edit"), tr("&Edit…"), QStringLiteral("document-edit"), QString());
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &SenderPage::editCurrent);
    connect(view(), &QTreeView::doubleClicked, this, &SenderPage::editCurrent);
    m_verify = m_toolBar->addPageAction(QStringLiteral("senders.verify"), wa ? tr("&Verify number…") : tr("&Verify sender…"),
                                        QStringLiteral("dialog-ok"), QString());
    connect(m_verify, &QAction::triggered, this, &SenderPage::verifyCurrent);
    m_deleteChanges = m_toolBar->addPageAction(QStringLiteral("senders.deleteChanges"), tr("Delete &changes…"),
                                               QStringLiteral("edit-undo"), QString());
    connect(m_deleteChanges, &QAction::triggered, this, &SenderPage::deleteChanges);
    m_delete = m_toolBar->addPageAction(QStringLiteral("senders.delete"), tr("&Delete…"), QStringLiteral("edit-delete"), QString());
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &SenderPage::deleteCurrent);

    m_toolBar->setObjectName(QStringLiteral("sendersToolBar"));
    m_toolBar->setAccessibleName(tr("Sender actions"));
    // The actions in a row of their own above the filters (after the error bar).
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_toolBar);
    actions->addStretch(1);
    pageLayout()->insertLayout(1, actions);

    // The sender in words first; its JSON and its activity in the further tabs.
    if (QTabWidget *tabs = detailTabs()) {
        tabs->insertTab(0, m_senderDetail, tr("Sender"));
        tabs->setTabText(1, tr("JSON"));
        tabs->setCurrentIndex(0);
    }
    // The sender's words need more room than the list's columns.
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    connect(m_senderDetail, &SenderDetail::actionRequested, this, [this](SenderNextStep::Action action) {
        switch (action) {
        case SenderNextStep::Action::RequestCode:
        case SenderNextStep::Action::EnterCode:
            verifyCurrent();
            break;
        case SenderNextStep::Action::SubmitChanges:
        case SenderNextStep::Action::FixChanges:
            editCurrent();
            break;
        default:
            break;
        }
    });
    updateActions();
}

SenderPage::~SenderPage() = default;

SenderEditor *SenderPage::editor() const { return m_editor; }
SenderVerificationDialog *SenderPage::verificationDialog() const { return m_verification; }

QJsonObject SenderPage::currentSender() const
{
    return m_senderDetail->sender();
}

void SenderPage::modelChanged()
{
    m_channel = SenderChannel(m_channel.channel(), m_client, projectKey());
    m_senderDetail->setChannel(m_channel);
    m_senderDetail->setSender(QJsonObject());
    m_codeRequested.clear();
    ResourceListPage::modelChanged();
    loadCategories();
    updateActions();
}

void SenderPage::itemShown(const QJsonObject &item)
{
    m_senderDetail->setSender(item, m_codeRequested.contains(m_channel.idOf(item)));
    updateActions();
}

void SenderPage::loadCategories()
{
    if (m_channel.channel() != SenderChannel::Channel::Kakaotalk || !m_client || projectKey().isEmpty()
        || !m_categories.isEmpty() || m_categoriesJob)
        return;
    m_categoriesJob = m_channel.categories();
    connect(m_categoriesJob, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_categoriesJob = nullptr;
        if (!result.ok())
            return; // the codes show instead of the names; the picker says it has none
        m_categories = KakaotalkSenderService::categoriesIn(result);
        m_senderDetail->setCategories(m_categories);
        if (m_editor)
            m_editor->categoriesChanged();
    });
}

void SenderPage::updateActions()
{
    const QJsonObject s = currentSender();
    const bool chosen = !s.isEmpty();
    const QString status = changesStatus(s);
    const bool reviewing = status == QLatin1String("IN_PROGRESS");
    // A dialog that has finished may wait for its deletion: only an open one counts.
    const bool busy = (m_editor && m_editor->isVisible()) || (m_verification && m_verification->isVisible());
    m_new->setEnabled(model() != nullptr && !busy);

    m_edit->setEnabled(chosen && !reviewing && !busy);
    m_edit->setToolTip(!chosen ? tr("Select a sender to edit it")
                       : reviewing ? tr("The changes are being reviewed: edit once the review has decided")
                                   : tr("Edit the selected sender's details (Enter)"));

    const bool verifiable = chosen && (m_channel.canRegister(s) || m_channel.canVerify(s, true));
    m_verify->setEnabled(verifiable && !busy);
    m_verify->setToolTip(!chosen ? tr("Select a sender to register and verify it")
                         : verifiable ? tr("Ask for a verification %1 and enter it").arg(m_channel.codeName())
                                      : tr("The sender is “%1”: it needs no verification now")
                                            .arg(EnumText::words(s.value(QLatin1String("state")).toString())));

    const bool hasChanges = !status.isEmpty();
    m_deleteChanges->setEnabled(hasChanges && !reviewing && !busy);
    m_deleteChanges->setToolTip(!chosen ? tr("Select a sender to delete its pending changes")
                                : !hasChanges ? tr("The sender has no pending changes")
                                : reviewing ? tr("The changes are being reviewed and cannot be deleted now")
                                            : tr("Discard the pending changes; the live details stay"));
    m_delete->setEnabled(chosen && !busy);
    m_delete->setToolTip(chosen ? tr("Delete the selected sender (Del)") : tr("Select a sender to delete it"));
}

void SenderPage::newSender()
{
    if (!model())
        return;
    openEditor(QJsonObject());
}

void SenderPage::editCurrent()
{
    if (m_edit->isEnabled())
        openEditor(currentSender());
}

void SenderPage::openEditor(const QJsonObject &sender)
{
    if (m_editor) {
        m_editor->raise();
        return;
    }
    loadCategories();
    m_editor = new SenderEditor(m_channel, sender, [this] { return m_categories; }, m_box, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->keepDrafts(m_drafts, projectKey());
    connect(m_editor, &SenderEditor::saved, this, [this](const QJsonObject &saved) {
        errorBar()->hide();
        showSaved(saved);
    });
    connect(m_editor, &QDialog::finished, this, &SenderPage::updateActions, Qt::QueuedConnection);
    m_editor->open();
    updateActions();
}

void SenderPage::showSaved(const QJsonObject &saved)
{
    itemShown(saved); // at once; the list selects its row once it has read it again
    if (!model())
        return;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(model(), &ResourceListModel::refreshed, this, [this, saved, once] {
        QObject::disconnect(*once);
        selectItem(saved);
    });
    model()->refresh();
}

void SenderPage::verifyCurrent()
{
    const QJsonObject s = currentSender();
    if (s.isEmpty() || m_verification)
        return;
    const QString id = m_channel.idOf(s);
    m_verification = new SenderVerificationDialog(m_channel, s, m_codeRequested.contains(id), this);
    m_verification->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_verification, &SenderVerificationDialog::codeRequested, this, [this, id] {
        m_codeRequested.insert(id);
        reload(id);
    });
    connect(m_verification, &SenderVerificationDialog::verified, this, [this, id] {
        m_codeRequested.remove(id);
        reload(id);
    });
    connect(m_verification, &QDialog::finished, this, &SenderPage::updateActions, Qt::QueuedConnection);
    m_verification->open();
    updateActions();
}

void SenderPage::reload(const QString &id)
{
    if (id.isEmpty() || !m_client)
        return;
    ApiJob *job = m_channel.get(id);
    connect(job, &ApiJob::finished, this, [this, id](const ApiResult &result) {
        if (!result.ok())
            return;
        if (m_channel.idOf(currentSender()) == id || currentSender().isEmpty())
            itemShown(result.json.object());
        if (model())
            model()->refresh();
    });
}

void SenderPage::runAction(ApiJob *job, const QString &done)
{
    connect(job, &ApiJob::finished, this, [this, done](const ApiResult &result) {
        if (!result.ok() && result.httpStatus != 404) {
            errorBar()->showError(result.error);
            return;
        }
        errorBar()->showMessage(MessageBar::Level::Info, done);
        errorBar()->setRetryVisible(false);
        if (model())
            model()->refresh();
    });
}

void SenderPage::deleteChanges()
{
    const QJsonObject s = currentSender();
    if (!m_deleteChanges->isEnabled() || !m_box)
        return;
    const QString id = m_channel.idOf(s);
    m_box->confirm(this, tr("Delete pending changes"),
                   tr("Delete the pending changes of %1? The live details stay as they are.").arg(m_channel.titleOf(s)),
                   tr("Delete changes"), this, [this, id] {
                       ApiJob *job = m_channel.removeChanges(id);
                       runAction(job, tr("The pending changes were deleted."));
                       connect(job, &ApiJob::finished, this, [this, id] { reload(id); });
                   });
}

void SenderPage::deleteCurrent()
{
    const QJsonObject s = currentSender();
    if (s.isEmpty() || !m_box)
        return;
    const QString id = m_channel.idOf(s);
    m_box->confirm(this, tr("Delete sender"),
                   tr("Delete the sender %1? It stops sending at once and cannot be restored.").arg(m_channel.titleOf(s)),
                   tr("Delete"), this, [this, id] {
                       m_senderDetail->setSender(QJsonObject());
                       runAction(m_channel.remove(id), tr("The sender was deleted."));
                   });
}

} // namespace sinch::ui
