// The sender editor as an assembly of the editing parts: the session, the binder, one
// FormHost page (SenderForm), the findings, the server side (SenderChannel's create and
// update) and the frame's buttons and keys. This file lays them out and wires them.
#include "sendereditor.h"
#include "editing/busybutton.h"

#include "senderform.h"

#include "api/apijob.h"
#include "api/apiresult.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "editing/refusalnotice.h"
#include "editing/serverfindings.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "rules/templatevalidator.h"

#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace sinch::ui {

struct SenderEditor::Private
{
    static QString tr(const char *s) { return SenderEditor::tr(s); }

    SenderEditor *q;
    SenderChannel channel;
    QJsonObject sender;
    SenderChannel::Request request;
    QList<SenderChannel::FormField> fields; // the form's, in its order (for the findings')
    std::function<QJsonArray()> categories;
    MessageBox *box;
    EditSession *session;
    FieldBinder *binder;
    FormHost *form = nullptr;
    FindingsList *findingsList = nullptr;
    MessageBar *bar = nullptr;
    QPushButton *draftButton = nullptr;
    QPushButton *submitButton = nullptr;
    EditStatusLabel *status = nullptr;
    QList<rules::Finding> findings;
    ServerFindings serverFindings;
    QPointer<ApiJob> job;
    bool closing = false;
    bool unanswered = false; // the last update got no answer: it may have been made
    std::unique_ptr<RefusalNotice> refusal; // over `bar`
    rules::Mode refusedFor = rules::Mode::Draft; // the send the form last refused

    Private(SenderEditor *editor, const SenderChannel &c, const QJsonObject &s, std::function<QJsonArray()> cats,
            MessageBox *b)
        : q(editor)
        , channel(c)
        , sender(s)
        , request(s.isEmpty() ? SenderChannel::Request::Create : SenderChannel::Request::Update)
        , fields(c.formFields(request))
        , categories(std::move(cats))
        , box(b)
        , session(new EditSession(c.startDocument(s), nullptr, editor))
        , binder(new FieldBinder(editor))
    {
    }

    void showForm()
    {
        form->showPart([this] { return new SenderForm(session, binder, channel, request, categories); });
    }

    QList<rules::Finding> check(rules::Mode mode) const
    {
        return rules::SenderRules::check(channel.rulesChannel(), request, SenderChannel::cleaned(session->json()), mode);
    }

    void validate()
    {
        findings = serverFindings.mergeInto(check(rules::Mode::Submit), *session);
        // In the form's order, as a person reads it down (the rules check in their own).
        const auto place = [this](const rules::Finding &f) {
            for (qsizetype i = 0; i < fields.size(); ++i)
                if (f.path == fields.at(i).path || f.path.startsWith(fields.at(i).path + QLatin1Char('.'))
                    || (fields.at(i).kind == SenderChannel::FormField::Kind::Category && f.path.contains(QLatin1String("CategoryCode"))))
                    return i;
            return fields.size();
        };
        std::stable_sort(findings.begin(), findings.end(),
                         [&place](const rules::Finding &a, const rules::Finding &b) { return place(a) < place(b); });
        form->setFindings(findings);
        findingsList->setFindings(findings);
    }

    void updateButtons()
    {
        status->refresh();
        const bool busy = !job.isNull();
        BusyButton::setEnabled(draftButton, !busy);
        BusyButton::setEnabled(submitButton, !busy);
        const QString why = busy ? tr("Waiting for the server's answer…") : QString();
        draftButton->setToolTip(busy ? why : tr("Save the sender as a draft: nothing goes to review (Ctrl+S)"));
        submitButton->setToolTip(busy ? why : tr("Send the sender to review (Ctrl+Return)"));
    }

    void focusPath(const QString &path)
    {
        QWidget *w = binder->widgetFor(path);
        if (!w && path.contains(QLatin1String("CategoryCode")))
            if (auto *part = qobject_cast<SenderForm *>(form->part()))
                w = part->categoryButton();
        if (w)
            w->setFocus(Qt::OtherFocusReason);
    }

    bool refuse(rules::Mode mode)
    {
        validate();
        for (const rules::Finding &f : check(mode)) {
            if (!f.isError())
                continue;
            refusedFor = mode;
            refusal->refuse(tr("Not sent: %1").arg(f.message));
            focusPath(f.path);
            return true;
        }
        return false;
    }

    void send(bool submit)
    {
        session->endTyping();
        if (job)
            return;
        if (refuse(submit ? rules::Mode::Submit : rules::Mode::Draft))
            return;
        if (unanswered) {
            checkThenSend(submit);
            return;
        }
        showWaiting(submit ? tr("Submitting…") : tr("Saving the draft…"));
        job = request == SenderChannel::Request::Create ? channel.create(session->json(), submit)
                                                        : channel.update(channel.idOf(sender), session->json(), submit);
        QObject::connect(job, &ApiJob::finished, q, [this, submit](const ApiResult &result) {
            job = nullptr;
            if (result.ok())
                onSaved(result.json.object(), submit);
            else
                onFailed(result, submit);
            updateButtons();
        });
        updateButtons();
    }

    // The bar says what waits for the server, with a Stop waiting for that request alone
    // (the job made just after this).
    void showWaiting(const QString &text)
    {
        bar->showWaiting(text, [this] {
            if (job)
                job->stop();
        });
    }

    // The last update got no answer: the sender is read first, and when it already holds
    // what the editor would send (submitted too, if this is a submit), that update went
    // through: the editor closes as saved instead of sending it again, which would start a
    // second review.
    void checkThenSend(bool submit)
    {
        showWaiting(tr("Checking whether the last save went through…"));
        job = channel.get(channel.idOf(sender));
        QObject::connect(job, &ApiJob::finished, q, [this, submit](const ApiResult &result) {
            job = nullptr;
            updateButtons();
            if (!result.ok()) {
                onFailed(result, submit);
                return;
            }
            unanswered = false;
            const QJsonObject server = result.json.object();
            const QString status = server.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
            if (SenderChannel::cleaned(channel.startDocument(server)) == SenderChannel::cleaned(session->json())
                && (!submit || status != QLatin1String("DRAFT"))) {
                onSaved(server, submit);
                return;
            }
            sender = server;
            send(submit);
        });
        updateButtons();
    }

    void onSaved(const QJsonObject &saved, bool submit)
    {
        serverFindings.clear();
        session->setClean();
        bar->showMessage(MessageBar::Level::Info, submit ? tr("Submitted.") : tr("Saved as a draft."));
        emit q->saved(saved);
        q->accept();
    }

    void onFailed(const ApiResult &result, bool submit)
    {
        unanswered = unanswered || (request == SenderChannel::Request::Update && result.error.outcomeUnknown());
        QList<rules::Finding> refused = rules::TemplateValidator::fromValidationErrors(result.error.validationErrors);
        // A conflict the server names by code belongs to the field that holds the key.
        if (result.error.errorCode == QLatin1String("plus_friend_id_used"))
            refused << rules::Finding{QStringLiteral("plusFriendId"), rules::Severity::Error,
                                      tr("Another sender of this project already uses this search ID: check the ID, "
                                         "or open that sender to edit it."),
                                      QStringLiteral("server.plus_friend_id_used"), QString()};
        const QList<rules::Finding> general = serverFindings.take(refused, *session, session->json().keys());
        if (refused.isEmpty() || general.size() == refused.size()) // the same again may go through
            bar->showErrorWithRetry(result.error, [this, submit] { send(submit); });
        else
            bar->showMessage(MessageBar::Level::Error, tr("The server refused the fields marked in red: correct them and send again."),
                             result.error.details());
        validate();
        for (const rules::Finding &f : refused)
            if (!general.contains(f)) {
                focusPath(f.path);
                break;
            }
    }
};

SenderEditor::SenderEditor(const SenderChannel &channel, const QJsonObject &sender, std::function<QJsonArray()> categories,
                           MessageBox *box, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, channel, sender, std::move(categories), box))
{
    setObjectName(QStringLiteral("senderEditor"));
    const bool wa = channel.channel() == SenderChannel::Channel::Whatsapp;
    setWindowTitle(isNew() ? (wa ? tr("New WhatsApp sender") : tr("New KakaoTalk sender"))
                           : tr("Edit sender %1").arg(channel.titleOf(sender)));
    setAccessibleName(tr("Sender editor"));
    auto *frame = EditorFrame::fill(this);
    d->bar = frame->messageBar();
    d->refusal = std::make_unique<RefusalNotice>(d->bar);

    d->form = new FormHost(d->session, d->binder);
    d->form->setMinimumWidth(420);
    d->findingsList = new FindingsList;
    frame->setColumns({d->form}, {1}, {560}, d->findingsList);

    d->draftButton = frame->addButton(Icons::get(QStringLiteral("document-save")), tr("Save &draft"), QStringLiteral("saveDraft"));
    d->draftButton->setAccessibleName(tr("Save draft"));
    d->submitButton = frame->addButton(Icons::get(QStringLiteral("mail-send")), tr("S&ubmit"), QStringLiteral("submit"), 12);
    d->submitButton->setAccessibleName(tr("Submit"));
    // Closing as Esc does: asked first when the draft would be lost.
    QPushButton *cancel = frame->addButton(QIcon(), tr("Cancel"), QStringLiteral("cancelButton"), 12);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &SenderEditor::reject);
    d->submitButton->setDefault(false);
    d->draftButton->setAutoDefault(false);
    d->submitButton->setAutoDefault(false);
    d->status = new EditStatusLabel(d->session);
    frame->setStatus(d->status);

    EditorFrame::addEditKeys(this, undoStack(), [this] { saveDraft(); });
    EditorFrame::addKey(this, tr("Submit"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                        [this] { submit(); });
    connect(d->draftButton, &QPushButton::clicked, this, &SenderEditor::saveDraft);
    connect(d->submitButton, &QPushButton::clicked, this, &SenderEditor::submit);
    connect(d->session, &EditSession::changed, this, [this] {
        d->validate();
        // A refusal goes once its problem is fixed, or names the next one.
        const QList<rules::Finding> left = d->check(d->refusedFor);
        const auto error = std::find_if(left.cbegin(), left.cend(), [](const rules::Finding &f) { return f.isError(); });
        d->refusal->follow(error == left.cend() ? QString() : tr("Not sent: %1").arg(error->message));
        d->form->follow();
    });
    connect(d->session, &EditSession::dirtyChanged, this, [this] { d->updateButtons(); });
    connect(d->session, &EditSession::stepsChanged, d->status, &EditStatusLabel::refresh);
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->session->set(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, d->session, &EditSession::endTyping);
    connect(d->findingsList, &FindingsList::pathActivated, this, [this](const QString &path) { d->focusPath(path); });

    d->form->setFocusNeighbours(nullptr, {}, d->findingsList);
    setTabOrder(d->findingsList, d->draftButton);
    setTabOrder(d->draftButton, d->submitButton);
    setTabOrder(d->submitButton, cancel);
    d->showForm();
    d->validate();
    d->updateButtons();
    resize(760, wa ? 720 : 560); // KakaoTalk has five fields
    // The dialog opens with the cursor in its first field (QDialog keeps a focus set before
    // it shows); it gave the findings list the focus, and the first keys went nowhere.
    d->form->focusFirstField();
}

SenderEditor::~SenderEditor()
{
    // The draft is settled while the title can still be asked (a member of this class).
    d->session->finish();
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

bool SenderEditor::isNew() const { return d->request == SenderChannel::Request::Create; }
QJsonObject SenderEditor::document() const { return d->session->json(); }
QList<rules::Finding> SenderEditor::findings() const { return d->findings; }
QString SenderEditor::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
bool SenderEditor::isDirty() const { return d->session->isDirty(); }
bool SenderEditor::isBusy() const { return !d->job.isNull(); }
QUndoStack *SenderEditor::undoStack() const { return d->session->undoStack(); }
void SenderEditor::saveDraft() { d->send(false); }
void SenderEditor::submit() { d->send(true); }

void SenderEditor::categoriesChanged()
{
    if (FormPart *part = d->form->part())
        part->updateInPlace();
}

void SenderEditor::keepDrafts(DraftStore *drafts, const QString &projectKey)
{
    const bool wa = d->channel.channel() == SenderChannel::Channel::Whatsapp;
    const QString kind = wa ? QStringLiteral("whatsapp-sender") : QStringLiteral("kakaotalk-sender");
    const auto info = [this, projectKey, kind] { return EditSession::DraftInfo{projectKey, windowTitle(), kind, d->sender}; };
    if (d->session->resumeDrafts(drafts, projectKey + QLatin1Char('/') + kind + QLatin1Char('/'),
                                 isNew() ? QString() : d->channel.idOf(d->sender), info, tr("Restore draft")))
        d->bar->showMessage(MessageBar::Level::Info, tr("What you typed here last time is back. Undo (Ctrl+Z) drops it."));
}

void SenderEditor::reject()
{
    if (d->closing || !d->session->isDirty() || !d->box) {
        QDialog::reject();
        return;
    }
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Unsaved changes");
    p.text = tr("Discard what you typed in %1?").arg(windowTitle());
    p.informativeText = tr("Cancel goes back to the editor, where Ctrl+S saves a draft.");
    p.buttons = QMessageBox::Discard | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Cancel;
    d->box->ask(this, p, this, [this](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Discard)
            return;
        d->closing = true;
        d->session->discard();
        QDialog::reject();
    });
}

} // namespace sinch::ui
