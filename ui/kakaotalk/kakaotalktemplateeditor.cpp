// The KakaoTalk template editor as an assembly of the editing parts: the session, the
// binder, one FormHost page (KakaotalkTemplateForm), the edits without widgets
// (KakaotalkTemplateEdits), the findings, the server side (KakaotalkTemplateSync), the
// review banner, the AlimTalk preview, and the frame's buttons and keys.
#include "kakaotalktemplateeditor.h"
#include "editing/busybutton.h"

#include "alimtalkpreviewwidget.h"

#include "kakaotalktemplateedits.h"
#include "kakaotalktemplateform.h"
#include "kakaotalktemplatesync.h"

#include "domain/kakaotalktemplateview.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "editing/serverfindings.h"
#include "icons.h"
#include "messagebar.h"
#include "rules/templatevalidator.h"
#include "storage/draftstore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace sinch::ui {

struct KakaotalkTemplateEditor::Private
{
    static QString tr(const char *s) { return KakaotalkTemplateEditor::tr(s); }

    KakaotalkTemplateEditor *q;
    Context ctx;
    EditSession *session;
    KakaotalkTemplateEdits edits;
    FieldBinder *binder;
    KakaotalkTemplateSync *sync;
    FormHost *form = nullptr;
    FindingsList *findingsList = nullptr;
    MessageBar *bar = nullptr;
    MessageBar *reviewBar = nullptr;
    AlimtalkPreviewWidget *preview = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *submitButton = nullptr;
    QPushButton *refreshButton = nullptr;
    QPushButton *sendTestButton = nullptr;
    EditStatusLabel *status = nullptr;
    QList<rules::Finding> findings;
    ServerFindings serverFindings;
    QString formCode; // the code the form was built with (empty: a new template's form)
    bool lastSubmit = false;     // what the last send asked for, for Retry
    QString savedText;           // the bar's "Draft saved." or "Submitted…", until it no longer holds
    bool savedSubmitted = false;
    bool lastFailedSave = false; // the last failure was a save (else a refresh)

    Private(KakaotalkTemplateEditor *editor, const Context &c, const QJsonObject &server)
        : q(editor)
        , ctx(c)
        , session(new EditSession(server.isEmpty() ? KakaotalkTemplateEdits::newTemplate() : KakaotalkTemplateEdits::fromServer(server),
                                  nullptr, editor))
        , edits(session)
        , binder(new FieldBinder(editor))
        , sync(new KakaotalkTemplateSync(c.client, c.projectKey, c.plusFriendId, server, editor))
    {
    }

    QJsonObject request() const { return KakaotalkTemplateEdits::request(session->json()); }
    // The name a phone shows above the message: the sender's, else its search ID.
    QString channelName() const { return ctx.channelName.isEmpty() ? sync->plusFriendId() : ctx.channelName; }

    // A field of `path`, or of the part holding it (a preview part stands for a button's
    // or the card's fields: its first one takes the keyboard).
    QWidget *fieldFor(const QString &path) const
    {
        for (const char *suffix : {"", ".name", ".type"})
            if (QWidget *w = binder->widgetFor(path + QLatin1String(suffix)))
                return w;
        return binder->widgetFor(QStringLiteral("details.content"));
    }

    void setUpDrafts()
    {
        const QString prefix = ctx.projectKey + QStringLiteral("/kakaotalk/") + ctx.plusFriendId + QLatin1Char('/');
        const auto info = [this] {
            return EditSession::DraftInfo{ctx.projectKey, q->title(), QStringLiteral("kakaotalk-template"), sync->server()};
        };
        if (session->resumeDrafts(ctx.drafts, prefix, sync->isExisting() ? sync->code() : QString(), info, tr("Restore draft")))
            bar->showMessage(MessageBar::Level::Info,
                             tr("Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.").arg(q->title()));
    }

    void showForm()
    {
        KakaotalkFormContext c;
        c.session = session;
        c.binder = binder;
        c.edits = &edits;
        c.categories = ctx.categories;
        c.plusFriendId = sync->plusFriendId();
        c.code = formCode = sync->code();
        form->showPart([c] { return new KakaotalkTemplateForm(c); });
    }

    void validate()
    {
        findings = serverFindings.mergeInto(rules::TemplateValidator::validateKakaotalk(request(), rules::Mode::Submit), *session);
        form->setFindings(findings);
        findingsList->setFindings(findings);
        preview->setTemplate(q->previewDetails(), q->previewExamples(), channelName());
        preview->setFindings(findings);
        emit q->findingsChanged();
    }

    void updateButtons()
    {
        status->refresh();
        if (sendTestButton) {
            const bool approved = sync->state() == QLatin1String("APPROVED");
            sendTestButton->setEnabled(approved);
            sendTestButton->setToolTip(approved ? tr("Send the approved template to a phone through the Conversation API")
                                                : tr("Only a template Kakao approved can be sent."));
        }
        const bool locked = sync->isInReview();
        const QString why = locked ? QLatin1Char('\n') + tr("Not while Kakao reviews the template") : QString();
        BusyButton::setEnabled(saveButton, !sync->isBusy() && !locked);
        BusyButton::setEnabled(submitButton, !sync->isBusy() && !locked);
        saveButton->setToolTip(tr("Keep the template as a draft, not sent to Kakao (Ctrl+S)") + why);
        submitButton->setToolTip(tr("Send the template to Kakao's review (Ctrl+Enter)") + why);
        refreshButton->setVisible(sync->isExisting());
        BusyButton::setEnabled(refreshButton, !sync->isBusy());
    }

    // "Draft saved." or "Submitted for Kakao's review." while they still hold: gone once the
    // document has unsaved changes again, or the review is decided (the banner says how).
    void dropStaleSaved()
    {
        if (savedText.isEmpty() || bar->isHidden() || bar->text() != savedText)
            return;
        if (session->isDirty() || (savedSubmitted && !sync->isInReview())) {
            bar->dismiss();
            savedText.clear();
        }
    }

    void showReviewState()
    {
        dropStaleSaved();
        const QString status = sync->changesStatus();
        using L = MessageBar::Level;
        if (!sync->isExisting())
            reviewBar->dismiss();
        else if (status == QLatin1String("IN_PROGRESS"))
            reviewBar->showMessage(L::Info, tr("Kakao is reviewing this template: Save draft and Submit for review wait for its decision, "
                                               "which is checked every 30 seconds."));
        else if (status == QLatin1String("REJECTED"))
            reviewBar->showMessage(L::Error, sync->rejectionReason().isEmpty()
                                                 ? tr("Kakao rejected the template. Edit it and submit again, or delete the draft changes.")
                                                 : tr("Kakao rejected the template: \"%1\" Edit it and submit again, or delete the draft changes.")
                                                       .arg(sync->rejectionReason()));
        else if (status == QLatin1String("DRAFT"))
            reviewBar->showMessage(L::Warning, tr("A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready."));
        else if (sync->state() == QLatin1String("APPROVED"))
            reviewBar->showMessage(L::Info, tr("Approved by Kakao: ready to send."));
        else
            reviewBar->showMessage(L::Info, KakaotalkTemplateView::stateText(sync->server()));
        // The banner's button asks for the decision now, while there is one to wait for.
        reviewBar->setRetryVisible(sync->isInReview());
        updateButtons();
    }

    // Refuses a send with errors: the first one gets the focus, the bar says why.
    bool refuse(rules::Mode mode)
    {
        validate();
        for (const rules::Finding &f : rules::TemplateValidator::validateKakaotalk(request(), mode)) {
            if (!f.isError())
                continue;
            bar->showMessage(MessageBar::Level::Error, tr("Not sent: %1").arg(f.message));
            bar->setRetryVisible(false); // the same would be refused again: the field needs a change
            if (QWidget *w = binder->widgetFor(f.path))
                w->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }

    void send(bool submit)
    {
        session->endTyping();
        if (sync->isBusy() || sync->isInReview() || refuse(submit ? rules::Mode::Submit : rules::Mode::Draft)) {
            q->settleSave(false);
            return;
        }
        lastSubmit = submit;
        bar->showWaiting(submit ? tr("Submitting to Kakao…") : tr("Saving the draft…"), [this] { sync->stopWaiting(); });
        sync->save(request(), submit);
    }

    void onSaved(const QJsonObject &server, bool submitted)
    {
        const bool created = formCode != sync->code();
        serverFindings.clear();
        session->removeDraft();
        // The code is known now: later drafts of this template go under it.
        session->setDraftKey(ctx.projectKey + QStringLiteral("/kakaotalk/") + ctx.plusFriendId + QLatin1Char('/') + sync->code());
        session->setClean();
        if (submitted && !sync->isInReview()) {
            bar->dismiss(); // decided already: the review banner says how
        } else {
            bar->showMessage(MessageBar::Level::Info, submitted ? tr("Submitted for Kakao's review.") : tr("Draft saved."));
            savedText = bar->text();
            savedSubmitted = submitted;
        }
        if (created)
            showForm(); // with its code now; the answer came from the network, not a field's signal
        validate();
        showReviewState();
        emit q->saved(server);
        q->settleSave(true);
    }

    void onFailed(const ApiResult &result)
    {
        const QList<rules::Finding> refused = rules::TemplateValidator::fromValidationErrors(result.error.validationErrors);
        const QList<rules::Finding> general = serverFindings.take(refused, *session, {QStringLiteral("details")});
        if (refused.isEmpty() || general.size() == refused.size())
            bar->showError(result.error);
        else
            bar->showMessage(MessageBar::Level::Error,
                             result.httpStatus == 424 ? tr("Kakao refused the fields marked in red; what you typed is kept.")
                                                      : tr("The server refused the fields marked in red; what you typed is kept."),
                             result.error.details());
        if (!refused.isEmpty() && general.size() != refused.size())
            bar->setRetryVisible(false); // the fields need a change first
        validate();
    }
};

KakaotalkTemplateEditor::KakaotalkTemplateEditor(const Context &ctx, const QJsonObject &server, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, ctx, server))
{
    setObjectName(QStringLiteral("kakaotalkTemplateEditor"));
    setAccessibleName(tr("KakaoTalk template editor"));
    auto *frame = EditorFrame::fill(this);
    d->bar = frame->messageBar();
    d->reviewBar = frame->addBanner(QStringLiteral("reviewBanner"), tr("Review state"));
    d->reviewBar->setRetryText(tr("Check n&ow"));
    connect(d->reviewBar, &MessageBar::retryRequested, this, &KakaotalkTemplateEditor::refresh);
    // Retry on a refused save sends the same again (a draft or a submission).
    connect(d->bar, &MessageBar::retryRequested, this, [this] {
        if (d->lastFailedSave)
            d->send(d->lastSubmit);
        else
            refresh();
    });

    d->form = new FormHost(d->session, d->binder);
    d->form->setMinimumWidth(360);
    d->preview = new AlimtalkPreviewWidget;
    d->preview->setObjectName(QStringLiteral("alimtalkPreview"));
    d->findingsList = new FindingsList;
    frame->setColumns({d->form, d->preview}, {3, 2}, {520, d->preview->sizeHint().width()}, d->findingsList);
    d->preview->setMinimumWidth(d->preview->sizeHint().width()); // the phone's width: lines break as they will

    d->saveButton = frame->addButton(Icons::get(QStringLiteral("document-save")), tr("&Save draft"), QStringLiteral("saveDraftButton"));
    d->saveButton->setAccessibleName(tr("Save draft"));
    d->submitButton = frame->addButton(Icons::get(QStringLiteral("mail-send")), tr("Submit for revie&w"), QStringLiteral("submitButton"), 6);
    d->submitButton->setAccessibleName(tr("Submit for review"));
    d->refreshButton = frame->addButton(Icons::get(QStringLiteral("view-refresh")), tr("Refresh"), QStringLiteral("refreshButton"), 12);
    d->refreshButton->setAccessibleName(tr("Refresh review state"));
    d->refreshButton->setToolTip(tr("Read the template and its review state from the server"));
    if (ctx.sendTest) {
        d->sendTestButton = frame->addButton(QIcon(), tr("Send &test…"), QStringLiteral("sendTestButton"), 12);
        connect(d->sendTestButton, &QPushButton::clicked, this, [this, send = ctx.sendTest] {
            send(this, d->sync->server(), d->session->json());
        });
    }
    d->status = new EditStatusLabel(d->session);
    frame->setStatus(d->status);

    EditorFrame::addEditKeys(this, undoStack(), [this] { saveDraft(); });
    EditorFrame::addKey(this, tr("Submit for review"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                        [this] { submit(); });
    // Alt+Up/Down in a button's fields move that button (combo boxes keep them for their lists).
    const auto moveFocusedButton = [this](int by) {
        const QString path = d->binder->pathOf(QApplication::focusWidget());
        const int index = KakaotalkTemplateEdits::buttonOf(path);
        if (index < 0 || !d->edits.moveButton(index, index + by))
            return;
        // The keyboard goes with the button that moved (the host would keep it on the path).
        const QString moved = d->edits.buttonPath(index + by) + path.mid(d->edits.buttonPath(index).size());
        connect(d->form, &FormHost::pageBuilt, this, [this, moved] {
            if (QWidget *w = d->binder->widgetFor(moved))
                w->setFocus(Qt::OtherFocusReason);
        }, Qt::SingleShotConnection);
    };
    EditorFrame::addKey(this, tr("Move button up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, [moveFocusedButton] { moveFocusedButton(-1); });
    EditorFrame::addKey(this, tr("Move button down"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, [moveFocusedButton] { moveFocusedButton(1); });

    connect(d->saveButton, &QPushButton::clicked, this, &KakaotalkTemplateEditor::saveDraft);
    connect(d->submitButton, &QPushButton::clicked, this, &KakaotalkTemplateEditor::submit);
    connect(d->refreshButton, &QPushButton::clicked, this, &KakaotalkTemplateEditor::refresh);
    connect(d->session, &EditSession::changed, this, [this] {
        d->validate();
        d->form->follow();
    });
    connect(d->session, &EditSession::dirtyChanged, this, [this](bool dirty) {
        d->dropStaleSaved();
        d->updateButtons();
        emit dirtyChanged(dirty);
    });
    connect(d->session, &EditSession::stepsChanged, d->status, &EditStatusLabel::refresh);
    connect(d->session, &EditSession::draftWritten, d->status, &EditStatusLabel::refresh);
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->edits.fieldEdited(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, d->session, &EditSession::endTyping);
    const auto goToField = [this](const QString &path) {
        if (QWidget *w = d->fieldFor(path))
            w->setFocus(Qt::OtherFocusReason);
    };
    connect(d->findingsList, &FindingsList::pathActivated, this, goToField);
    // A click on a part of the preview goes to its field, as in the WhatsApp editor.
    connect(d->preview, &AlimtalkPreviewWidget::partClicked, this, goToField);
    connect(d->sync, &KakaotalkTemplateSync::busyChanged, this, [this] { d->updateButtons(); });
    connect(d->sync, &KakaotalkTemplateSync::saved, this, [this](const QJsonObject &t, bool submitted) { d->onSaved(t, submitted); });
    connect(d->sync, &KakaotalkTemplateSync::refreshed, this, [this](const QJsonObject &t) {
        // The decision came: an unedited document follows the server's version.
        if (!d->session->isDirty() && !d->sync->isInReview()) {
            const QJsonObject fresh = KakaotalkTemplateEdits::fromServer(t);
            if (fresh.value(QLatin1String("details")) != d->session->value(QStringLiteral("details"))) {
                QJsonObject doc = fresh;
                if (d->session->json().contains(KakaotalkTemplateEdits::kExamplesKey))
                    doc.insert(KakaotalkTemplateEdits::kExamplesKey, d->session->json().value(KakaotalkTemplateEdits::kExamplesKey));
                d->session->replace(doc, tr("Take the server's version"));
                d->session->setClean();
            }
        }
        d->showReviewState();
        emit saved(t);
    });
    connect(d->sync, &KakaotalkTemplateSync::reasonChanged, this, [this] { d->showReviewState(); });
    connect(d->sync, &KakaotalkTemplateSync::failed, this, [this](const ApiResult &result, bool saving) {
        d->lastFailedSave = saving;
        d->onFailed(result);
        if (saving)
            settleSave(false);
    });

    d->form->setFocusNeighbours(nullptr, {d->preview}, d->findingsList);
    setTabOrder(d->findingsList, d->saveButton);
    setTabOrder(d->saveButton, d->submitButton);
    setTabOrder(d->submitButton, d->refreshButton);
    d->showForm();
    d->setUpDrafts();
    d->validate();
    d->showReviewState();
}

KakaotalkTemplateEditor::~KakaotalkTemplateEditor()
{
    // The draft is settled while the title and the server's version can still be asked.
    d->session->finish();
    // The children outlive `d`: nothing they emit while going away may reach the editor.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

QString KakaotalkTemplateEditor::plusFriendId() const { return d->sync->plusFriendId(); }
QString KakaotalkTemplateEditor::templateCode() const { return d->sync->code(); }
QString KakaotalkTemplateEditor::projectKey() const { return d->ctx.projectKey; }
QJsonObject KakaotalkTemplateEditor::document() const { return d->session->json(); }
QJsonObject KakaotalkTemplateEditor::serverTemplate() const { return d->sync->server(); }
QUndoStack *KakaotalkTemplateEditor::undoStack() const { return d->session->undoStack(); }
bool KakaotalkTemplateEditor::isDirty() const { return d->session->isDirty(); }
bool KakaotalkTemplateEditor::isBusy() const { return d->sync->isBusy(); }
QList<rules::Finding> KakaotalkTemplateEditor::findings() const { return d->findings; }
QString KakaotalkTemplateEditor::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
QString KakaotalkTemplateEditor::reviewText() const { return d->reviewBar->isVisibleTo(this) ? d->reviewBar->text() : QString(); }
AlimtalkPreviewWidget *KakaotalkTemplateEditor::preview() const { return d->preview; }
QJsonObject KakaotalkTemplateEditor::previewDetails() const { return d->request().value(QLatin1String("details")).toObject(); }
QJsonObject KakaotalkTemplateEditor::previewExamples() const
{
    return d->session->value(KakaotalkTemplateEdits::kExamplesKey).toObject();
}
void KakaotalkTemplateEditor::saveDraft() { d->send(false); }

bool KakaotalkTemplateEditor::canSave() const { return !d->sync->isBusy() && !d->sync->isInReview(); }

void KakaotalkTemplateEditor::save(std::function<void(bool saved)> done)
{
    awaitSave(std::move(done));
    d->send(false); // a draft: what Ctrl+S saves
}
void KakaotalkTemplateEditor::submit() { d->send(true); }
void KakaotalkTemplateEditor::refresh() { d->sync->refresh(); }
bool KakaotalkTemplateEditor::rowRead(const QJsonObject &row) { return d->sync->settleFrom(row, d->request()); }
void KakaotalkTemplateEditor::showNotice(const QString &text) { d->bar->showMessage(MessageBar::Level::Warning, text); }
void KakaotalkTemplateEditor::finish() { d->session->finish(); }

QString KakaotalkTemplateEditor::title() const
{
    const QString name = d->session->value(QStringLiteral("details.name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    return isExisting() ? tr("Template %1").arg(templateCode()) : tr("New template");
}

void KakaotalkTemplateEditor::focusFirstField()
{
    if (QWidget *w = d->binder->widgetFor(QStringLiteral("details.name")))
        w->setFocus(Qt::OtherFocusReason);
}

void KakaotalkTemplateEditor::discard()
{
    d->session->undoToClean();
}

} // namespace sinch::ui
