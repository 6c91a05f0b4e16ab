#include "templatesaveflow.h"

#include "saveconflictdialog.h"
#include "templatesync.h"
#include "domain/templatedocument.h"
#include "editing/editsession.h"
#include "editing/serverfindings.h"
#include "messagebar.h"

namespace sinch::ui {

TemplateSaveFlow::TemplateSaveFlow(EditSession *session, TemplateSync *sync, ServerFindings *serverFindings, MessageBar *bar,
                                   Check check, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
    , m_serverFindings(serverFindings)
    , m_bar(bar)
    , m_check(std::move(check))
{
    connect(m_sync, &TemplateSync::sent, this, &TemplateSaveFlow::onSent);
    connect(m_sync, &TemplateSync::reviewChecked, this, &TemplateSaveFlow::onReviewChecked);
    connect(m_sync, &TemplateSync::conflict, this, &TemplateSaveFlow::onConflict);
}

void TemplateSaveFlow::editorFindingsChanged()
{
    // A refusal for errors goes once they are fixed: it no longer says what is true. Asked
    // only when the editor's findings changed (most keystrokes change none), and a draft's
    // errors are among the submission's, so a fix always changes them.
    if (m_refusedAs && !rules::hasErrors(m_check(*m_refusedAs))) {
        m_refusedAs.reset();
        if (m_bar->text() == m_refusal) // not a message shown since
            m_bar->dismiss();
    }
}

void TemplateSaveFlow::finish(bool ok)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(ok);
}

void TemplateSaveFlow::send(bool submit, std::function<void(bool)> done)
{
    if (m_sync->isBusy())
        return;
    m_done = std::move(done);
    const rules::Mode mode = submit ? rules::Mode::Submit : rules::Mode::Draft;
    int errors = 0;
    QString first;
    for (const rules::Finding &f : m_check(mode)) {
        if (f.isError() && !errors++)
            first = f.message;
    }
    if (errors) {
        // The first error and how many more stop this send: a draft is stopped by fewer
        // errors than the list shows, so a total would not match the list.
        QString text = (submit ? tr("Not submitted: %1") : tr("Not saved: %1")).arg(first);
        if (errors > 1)
            text += QLatin1Char(' ') + (submit ? tr("(%n more error(s) to fix before a submission)", nullptr, errors - 1)
                                               : tr("(%n more error(s) to fix before a draft saves)", nullptr, errors - 1));
        m_bar->showMessage(MessageBar::Level::Error, text);
        m_refusedAs = mode;
        m_refusal = m_bar->text();
        finish(false);
        return;
    }
    m_refusedAs.reset();
    if (m_sync->isInReview()) {
        m_session->writeDraft();
        m_bar->showMessage(MessageBar::Level::Warning,
                           tr("Not sent: the changes are in review and the server takes no edits until the review "
                              "ends. Your edits are kept in the local draft."));
        finish(false);
        return;
    }
    if (!m_sync->isConnected()) {
        m_bar->showMessage(MessageBar::Level::Error, tr("Not connected to a project."));
        finish(false);
        return;
    }
    if (!submit && m_sync->isExisting() && !m_session->isDirty()) {
        // Nothing sent for nothing changed: a request that could fail (and then say the
        // change "may or may not have been made") about no change at all.
        m_bar->showMessage(MessageBar::Level::Info, tr("Nothing to save: the server has every change."));
        finish(true);
        return;
    }
    m_bar->showWaiting(submit ? tr("Submitting for review…") : tr("Saving the draft…"), [this] { m_sync->stopWaiting(); });
    m_sync->send(m_session->json(), submit);
    emit serverChanged(); // busy now: Save and Submit wait
}

void TemplateSaveFlow::showReviewState(MessageBar *banner) const
{
    if (!m_sync->isInReview()) {
        banner->hide();
        return;
    }
    banner->showMessage(MessageBar::Level::Info,
                        tr("These changes are in review. The server takes no edits until the review ends: what you "
                           "change here stays in a local draft, and Save draft and Submit for review wait. The review is "
                           "checked every "
                           "30 seconds."));
    banner->setRetryText(tr("Check now"));
    banner->setRetryVisible(true);
}

void TemplateSaveFlow::onSent(const ApiResult &r, bool submit, const QJsonObject &sent)
{
    if (r.ok()) {
        if (m_session->json() == sent)
            m_session->setClean();
        m_session->removeDraft();
        m_serverFindings->clear();
        m_bar->showMessage(MessageBar::Level::Info, submit ? tr("Submitted for review.") : tr("Draft saved."));
        emit serverChanged();
        emit saved(r.json.object());
        finish(true);
        return;
    }
    if (r.error.errorCode == QLatin1String("template_not_found") && m_sync->isExisting()) {
        onDeletedMeanwhile(submit);
        return;
    }
    if (r.error.errorCode == QLatin1String("template_name_recently_used")) {
        refuseName(tr("Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take "
                      "the name again until then. Choose another name.")
                       .arg(m_session->value(QStringLiteral("name")).toString()));
        return;
    }
    if (r.error.httpStatus == 409 && m_sync->isExisting())
        m_sync->checkReview(); // reviewed elsewhere meanwhile? the banner follows the server
    static const QStringList topLevel{QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("category"),
                                      QStringLiteral("allowCategoryChange"), QStringLiteral("details")};
    const QList<rules::Finding> refused = rules::TemplateValidator::fromValidationErrors(r.error.validationErrors);
    QStringList general;
    for (const rules::Finding &f : m_serverFindings->take(refused, *m_session, topLevel))
        general << f.message;
    const int onFields = int(refused.size() - general.size());
    emit findingsChanged();
    if (!general.isEmpty())
        m_bar->showMessage(MessageBar::Level::Error, tr("The server refused the template: %1").arg(general.join(QLatin1Char(' '))),
                           r.error.details());
    else if (onFields)
        m_bar->showMessage(MessageBar::Level::Error, tr("The server refused %n field(s); they are marked.", nullptr, onFields),
                           r.error.details());
    else // the same again may go through
        m_bar->showErrorWithRetry(r.error, [this, submit] { send(submit); });
    emit serverChanged();
    finish(false);
}

void TemplateSaveFlow::onDeletedMeanwhile(bool submit)
{
    // Gone from the server: the editor goes on as a new template's, with the edits kept.
    const QString name = m_sync->name();
    const bool knownToMeta = m_sync->server().contains(QLatin1String("state")); // not only a draft
    m_sync->forgetServer();
    m_serverFindings->clear();
    if (knownToMeta) { // refuseName says the server changed
        refuseName(tr("Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new "
                      "template; WhatsApp takes a deleted template's name again only after 30 days, so give it another "
                      "name and save.")
                       .arg(name));
        return;
    }
    m_bar->showMessage(MessageBar::Level::Warning,
                       tr("Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a "
                          "new template.")
                           .arg(name));
    m_bar->setRetryAction(tr("Create again"), [this, submit] { send(submit); });
    emit serverChanged();
    finish(false);
}

void TemplateSaveFlow::refuseName(const QString &text)
{
    rules::Finding taken;
    taken.path = QStringLiteral("name");
    taken.message = tr("WhatsApp keeps a deleted template's name for 30 days: choose another name.");
    taken.rule = QStringLiteral("server");
    m_serverFindings->take({taken}, *m_session, {QStringLiteral("name")}); // marked until the name changes
    emit findingsChanged();
    m_bar->showMessage(MessageBar::Level::Error, text);
    emit serverChanged();
    finish(false);
}

void TemplateSaveFlow::onConflict(const QJsonObject &theirs, bool submit)
{
    emit serverChanged(); // not busy any more: the user decides
    const QJsonObject theirDocument = TemplateDocument::fromServerTemplate(theirs);
    const QString title = QStringLiteral("%1 · %2").arg(m_sync->name(), m_sync->language());
    auto *dialog = new SaveConflictDialog(title, theirDocument, m_session->json(), m_bar->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, theirs, theirDocument, submit](int choice) {
        if (choice == SaveConflictDialog::Overwrite) {
            m_sync->overwrite(m_session->json(), submit);
            emit serverChanged();
            return; // finished when the answer comes
        }
        if (choice == SaveConflictDialog::LoadTheirs) {
            m_sync->adopt(theirs);
            m_session->replace(theirDocument, tr("Load their version"));
            m_session->setClean();
            m_session->removeDraft();
            m_bar->showMessage(MessageBar::Level::Info,
                               tr("Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs."));
        } else {
            m_bar->showMessage(MessageBar::Level::Warning,
                               tr("Not saved: the template was changed on the server since you opened it. Your edits are "
                                  "kept; save again to compare and choose."));
        }
        emit serverChanged();
        finish(false);
    });
    dialog->open();
}

void TemplateSaveFlow::onReviewChecked(const ApiResult &r, bool ended)
{
    if (!r.ok()) {
        if (!r.error.isCancelled())
            m_bar->showError(r.error);
        emit serverChanged();
        return;
    }
    if (ended) {
        const QJsonObject server = m_sync->server();
        const QJsonObject changes = server.value(QLatin1String("changes")).toObject();
        const QString code = changes.value(QLatin1String("rejectionCode")).toString(server.value(QLatin1String("rejectionCode")).toString());
        if (changes.value(QLatin1String("status")).toString() == QLatin1String("REJECTED")
            || (changes.isEmpty() && server.value(QLatin1String("state")).toString() == QLatin1String("REJECTED")))
            m_bar->showMessage(MessageBar::Level::Warning,
                               code.isEmpty() ? tr("The review has ended: the changes were rejected. Edit them and submit again.")
                                              : tr("The review has ended: the changes were rejected (%1). Edit them and submit again.").arg(code));
        else
            m_bar->showMessage(MessageBar::Level::Info, tr("The review has ended: the changes were approved. You can edit and save again."));
        emit saved(server);
    }
    emit serverChanged();
}

} // namespace sinch::ui
