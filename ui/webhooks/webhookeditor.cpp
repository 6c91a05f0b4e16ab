// The webhook editor as an assembly of the editing parts: the session, the binder, one
// FormHost page (WebhookForm), the findings, the server side (WebhookSync) and the frame's
// buttons and keys. This file lays them out and wires them.
#include "webhookeditor.h"
#include "editing/busybutton.h"

#include "webhookform.h"
#include "webhooksync.h"

#include "api/apiclient.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/refusalnotice.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "editing/serverfindings.h"
#include "icons.h"
#include "messagebar.h"
#include "rules/templatevalidator.h"
#include "rules/webhookrules.h"

#include <algorithm>
#include <memory>
#include <QJsonArray>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace sinch::ui {

namespace {

const QStringList kFields{QStringLiteral("target"), QStringLiteral("secret"), QStringLiteral("triggers")};

QJsonObject startDocument(const QJsonObject &server)
{
    QJsonObject doc = WebhookService::inputBody(server);
    if (!doc.contains(QLatin1String("target")))
        doc.insert(QStringLiteral("target"), QString());
    if (!doc.contains(QLatin1String("triggers")))
        doc.insert(QStringLiteral("triggers"), QJsonArray());
    doc.insert(QStringLiteral("secret"), QString()); // the server never returns it
    return doc;
}

} // namespace

struct WebhookEditor::Private
{
    static QString tr(const char *s) { return WebhookEditor::tr(s); }

    WebhookEditor *q;
    EditSession *session;
    FieldBinder *binder;
    WebhookSync *sync;
    FormHost *form = nullptr;
    FindingsList *findingsList = nullptr;
    MessageBar *bar = nullptr;
    std::unique_ptr<RefusalNotice> refusal; // over `bar`
    QPushButton *saveButton = nullptr;
    QPushButton *replaceButton = nullptr;
    EditStatusLabel *status = nullptr;
    QList<rules::Finding> findings;
    ServerFindings serverFindings;
    bool replacing = false; // the last attempt was a replace: its rules show until a save
    QString projectKey;

    Private(WebhookEditor *editor, ApiClient *client, const QString &projectKey, const QJsonObject &server)
        : q(editor)
        , session(new EditSession(startDocument(server), nullptr, editor))
        , binder(new FieldBinder(editor))
        , sync(new WebhookSync(client, projectKey, server, editor))
        , projectKey(projectKey)
    {
    }

    rules::WebhookRules::Mode mode() const
    {
        using Mode = rules::WebhookRules::Mode;
        if (!sync->isExisting())
            return Mode::Create;
        return replacing ? Mode::Replace : Mode::Update;
    }

    void showForm()
    {
        form->showPart([this] { return new WebhookForm(session, binder, sync->id()); });
    }

    void validate()
    {
        findings = serverFindings.mergeInto(rules::WebhookRules::check(session->json(), mode()), *session);
        form->setFindings(findings);
        findingsList->setFindings(findings);
    }

    void updateButtons()
    {
        status->refresh();
        BusyButton::setEnabled(saveButton, !sync->isBusy());
        BusyButton::setEnabled(replaceButton, !sync->isBusy());
        replaceButton->setVisible(sync->isExisting());
        saveButton->setText(sync->isExisting() ? tr("Save changes") : tr("Create webhook"));
        saveButton->setAccessibleName(tr("Save"));
    }

    // Refuses a send with errors: the first one gets the focus, the bar says why.
    bool refuse()
    {
        validate();
        for (const rules::Finding &f : std::as_const(findings)) {
            if (!f.isError())
                continue;
            refusal->refuse(tr("Not sent: %1").arg(f.message));
            if (QWidget *w = binder->widgetFor(f.path))
                w->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }

    void send(WebhookSync::Kind kind)
    {
        session->endTyping();
        if (sync->isBusy()) {
            q->settleSave(false);
            return;
        }
        replacing = kind == WebhookSync::Kind::Replace;
        if (refuse()) {
            q->settleSave(false);
            return;
        }
        if (sync->isExisting() && kind == WebhookSync::Kind::Save && sync->changes(session->json()).isEmpty()) {
            bar->showMessage(MessageBar::Level::Info, tr("Nothing changed since the last save."));
            q->settleSave(true); // the server has it all already
            return;
        }
        bar->showWaiting(sync->isExisting() ? tr("Saving…") : tr("Creating the webhook…"), [this] { sync->stopWaiting(); });
        sync->send(kind, session->json());
    }

    void onSaved(const QJsonObject &webhook)
    {
        const bool created = form->part() && form->part()->structure() != sync->id();
        replacing = false;
        serverFindings.clear();
        // The server has the secret now: the field goes back to "unchanged", so the secret
        // stays on screen no longer than needed and a Replace asks for it again.
        if (!session->value(QStringLiteral("secret")).toString().isEmpty())
            session->set(QStringLiteral("secret"), QString(), false, tr("Forget the secret"));
        session->setClean();
        bar->showMessage(MessageBar::Level::Info, created ? tr("Webhook created.") : tr("Saved."));
        if (created)
            showForm(); // now with its ID; not inside a field's signal (the answer came from the network)
        validate();
        updateButtons();
        emit q->saved(webhook);
        q->settleSave(true);
    }

    void onFailed(const ApiResult &result)
    {
        QList<rules::Finding> refused = rules::TemplateValidator::fromValidationErrors(result.error.validationErrors);
        if (result.error.errorCode == QLatin1String("webhook_exists"))
            refused << rules::Finding{QStringLiteral("target"), rules::Severity::Error,
                                      tr("Another webhook of this project already sends to this URL."),
                                      QStringLiteral("server.webhook_exists"), QString()};
        const QList<rules::Finding> general = serverFindings.take(refused, *session, kFields);
        if (general.size() == refused.size() || refused.isEmpty()) // the same again may go through
            bar->showErrorWithRetry(result.error, [this] { send(replacing ? WebhookSync::Kind::Replace : WebhookSync::Kind::Save); });
        else
            bar->showMessage(MessageBar::Level::Error, tr("The server refused the fields marked in red."), result.error.details());
        validate();
        q->settleSave(false);
    }
};

WebhookEditor::WebhookEditor(ApiClient *client, const QString &projectKey, const QJsonObject &server, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, client, projectKey, server))
{
    setObjectName(QStringLiteral("webhookEditor"));
    setAccessibleName(tr("Webhook editor"));
    auto *frame = EditorFrame::fill(this);
    d->bar = frame->messageBar();
    d->refusal = std::make_unique<RefusalNotice>(d->bar);

    d->form = new FormHost(d->session, d->binder);
    d->form->setMinimumWidth(320);
    d->findingsList = new FindingsList;
    frame->setColumns({d->form}, {1}, {460}, d->findingsList);

    d->saveButton = frame->addButton(Icons::get(QStringLiteral("document-save")), tr("Create webhook"), QStringLiteral("saveButton"));
    d->saveButton->setToolTip(tr("Create the webhook, or send the changed fields (Ctrl+S)"));
    d->replaceButton = frame->addButton(QIcon(), tr("Replace"), QStringLiteral("replaceButton"), 12);
    d->replaceButton->setAccessibleName(tr("Replace"));
    d->replaceButton->setToolTip(tr("Send every field, the secret included, in place of the server's webhook"));
    d->status = new EditStatusLabel(d->session);
    frame->setStatus(d->status);

    EditorFrame::addEditKeys(this, undoStack(), [this] { save(); });
    connect(d->saveButton, &QPushButton::clicked, this, qOverload<>(&WebhookEditor::save));
    connect(d->replaceButton, &QPushButton::clicked, this, &WebhookEditor::replace);
    connect(d->session, &EditSession::changed, this, [this] {
        d->validate();
        d->form->follow();
        const auto error = std::find_if(d->findings.cbegin(), d->findings.cend(), [](const rules::Finding &f) { return f.isError(); });
        d->refusal->follow(error == d->findings.cend() ? QString() : tr("Not sent: %1").arg(error->message));
    });
    connect(d->session, &EditSession::dirtyChanged, this, [this](bool dirty) {
        d->updateButtons();
        emit dirtyChanged(dirty);
    });
    connect(d->session, &EditSession::stepsChanged, d->status, &EditStatusLabel::refresh);
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->session->set(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, d->session, &EditSession::endTyping);
    connect(d->findingsList, &FindingsList::pathActivated, this, [this](const QString &path) {
        if (QWidget *w = d->binder->widgetFor(path))
            w->setFocus(Qt::OtherFocusReason);
    });
    connect(d->sync, &WebhookSync::busyChanged, this, [this] { d->updateButtons(); });
    connect(d->sync, &WebhookSync::saved, this, [this](const QJsonObject &webhook) { d->onSaved(webhook); });
    connect(d->sync, &WebhookSync::failed, this, [this](const ApiResult &result) { d->onFailed(result); });

    d->form->setFocusNeighbours(nullptr, {}, d->findingsList);
    setTabOrder(d->findingsList, d->saveButton);
    setTabOrder(d->saveButton, d->replaceButton);
    d->showForm();
    d->validate();
    d->updateButtons();
}

WebhookEditor::~WebhookEditor()
{
    // The children outlive `d` (QWidget deletes them after this body): nothing they emit
    // while going away may reach the editor.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

QString WebhookEditor::webhookId() const { return d->sync->id(); }
QJsonObject WebhookEditor::document() const { return d->session->json(); }
QUndoStack *WebhookEditor::undoStack() const { return d->session->undoStack(); }
bool WebhookEditor::isDirty() const { return d->session->isDirty(); }
bool WebhookEditor::isBusy() const { return d->sync->isBusy(); }
QList<rules::Finding> WebhookEditor::findings() const { return d->findings; }
void WebhookEditor::showNotice(const QString &text)
{
    d->bar->showMessage(MessageBar::Level::Warning, text);
}

QString WebhookEditor::projectKey() const
{
    return d->projectKey;
}

QString WebhookEditor::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
void WebhookEditor::save() { d->send(WebhookSync::Kind::Save); }

bool WebhookEditor::rowRead(const QJsonObject &row)
{
    return d->sync->settleFrom(row, d->session->json());
}

void WebhookEditor::save(std::function<void(bool saved)> done)
{
    awaitSave(std::move(done));
    save();
}
void WebhookEditor::replace() { d->send(WebhookSync::Kind::Replace); }

QString WebhookEditor::title() const
{
    const QUrl url(d->session->value(QStringLiteral("target")).toString());
    if (!isExisting())
        return tr("New webhook");
    return url.host().isEmpty() ? tr("Webhook %1").arg(webhookId()) : tr("Webhook to %1").arg(url.host());
}

void WebhookEditor::focusFirstField()
{
    if (QWidget *w = d->binder->widgetFor(QStringLiteral("target")))
        w->setFocus(Qt::OtherFocusReason);
}

void WebhookEditor::discard()
{
    d->session->undoToClean();
}

} // namespace sinch::ui
