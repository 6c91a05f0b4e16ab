// The RCS sender wizard as an assembly of the editing parts: the session over the create
// request, the binder, a FormHost showing one step, the findings, the server's refusals,
// the brand card preview and the frame's buttons and keys. This file lays them out and
// wires them; the steps are their own FormParts (rcs*step.cpp).
#include "rcssenderwizard.h"
#include "editing/busybutton.h"

#include "rcsbasicsstep.h"
#include "rcs/rcsupdatelocktext.h"
#include "rcsbrandstep.h"
#include "rcscountriesstep.h"
#include "rcs/questionnaire/rcsquestionnaireform.h"
#include "rcsreviewstep.h"
#include "rcstestnumbersstep.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "editing/serverfindings.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "rcs/preview/rcsbrandpreviewwidget.h"
#include "preview/remoteimageprobe.h"
#include "domain/jsonpath.h"
#include "rules/rcssenderrules.h"
#include "rules/templatevalidator.h"
#include "services/rcssenderrequest.h"
#include "services/rcssenderservice.h"

#include <QJsonArray>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

namespace sinch::ui {

namespace {

using rules::Finding;
using rules::RcsSenderRules;

const QStringList kTopLevel{QStringLiteral("region"), QStringLiteral("billingCategory"), QStringLiteral("useCase"),
                            QStringLiteral("details")};
const char *const kBrandFields[] = {"name", "description", "color", "logoUrl", "bannerUrl", "privacyPolicyUrl", "termsOfServiceUrl"};

// The request the wizard edits: the sender's own (an existing one) or an empty one with
// every field the steps show, so each is bound from the start.
QJsonObject startDocument(const QJsonObject &sender)
{
    QJsonObject doc = RcsSenderService::requestFromSender(sender);
    for (const QString &key : {QStringLiteral("region"), QStringLiteral("billingCategory"), QStringLiteral("useCase")})
        if (!doc.contains(key))
            doc.insert(key, QString());
    QJsonObject details = doc.value(QLatin1String("details")).toObject();
    QJsonObject brand = details.value(QLatin1String("brand")).toObject();
    for (const char *field : kBrandFields)
        if (!brand.contains(QLatin1String(field)))
            brand.insert(QLatin1String(field), QString());
    details.insert(QStringLiteral("brand"), brand);
    if (!details.contains(QLatin1String("countries")))
        details.insert(QStringLiteral("countries"), QJsonArray());
    if (!details.contains(QLatin1String("testNumbers")))
        details.insert(QStringLiteral("testNumbers"), QJsonArray());
    doc.insert(QStringLiteral("details"), details);
    return doc;
}

// Which step shows a path.
RcsSenderWizard::Step stepOf(const QString &path)
{
    if (path.startsWith(QLatin1String("details.brand")))
        return RcsSenderWizard::Brand;
    if (path.startsWith(QLatin1String("details.countries")))
        return RcsSenderWizard::Countries;
    if (path.startsWith(QLatin1String("details.questionnaire")))
        return RcsSenderWizard::Questionnaire;
    if (path.startsWith(QLatin1String("details.testNumbers")))
        return RcsSenderWizard::TestNumbers;
    if (path.startsWith(QLatin1String("details")))
        return RcsSenderWizard::Review;
    return RcsSenderWizard::Basics;
}

} // namespace

struct RcsSenderWizard::Private
{
    static QString tr(const char *s) { return RcsSenderWizard::tr(s); }

    RcsSenderWizard *q;
    RcsSenderService service;
    QJsonObject sender;
    RcsWizardContext context;
    MessageBox *box;
    EditSession *session;
    FieldBinder *binder;
    FormHost *form = nullptr;
    FindingsList *findingsList = nullptr;
    RcsBrandPreviewWidget *preview = nullptr;
    QListWidget *steps = nullptr;
    MessageBar *bar = nullptr;
    QPushButton *backButton = nullptr;
    QPushButton *nextButton = nullptr;
    QPushButton *finishButton = nullptr;
    EditStatusLabel *status = nullptr;
    QList<Finding> findings;
    // The questionnaire's own (its questions come from the API): kept when its step is
    // left, as the answers they are about are.
    QList<Finding> questionnaireFindings;
    ServerFindings serverFindings;
    QPointer<ApiJob> job;
    Step step = Basics;
    QString projectKey;
    QPointer<ApiClient> client;
    bool closing = false;

    Private(RcsSenderWizard *wizard, ApiClient *client, const QString &project, const QJsonObject &server, MessageBox *messageBox)
        : q(wizard)
        , service(client, project)
        , sender(server)
        , box(messageBox)
        , session(new EditSession(startDocument(server), nullptr, wizard))
        , binder(new FieldBinder(wizard))
        , projectKey(project)
        , client(client)
    {
        context.existing = !server.value(QLatin1String("id")).toString().isEmpty();
        context.state = server.value(QLatin1String("state")).toString();
        if (client)
            context.images = new RemoteImageProbe(client->networkAccessManager(), wizard);
    }

    // The preview shows the logo and banner as fetched for their checks (placeholders until then).
    void updatePreview()
    {
        const QJsonObject doc = session->json();
        preview->setBrand(doc);
        const auto imageAt = [&](const QString &path) {
            const RemoteImageProbe::Result *r = context.images ? context.images->known(QUrl(JsonPath::value(doc, path).toString().trimmed()))
                                                               : nullptr;
            return r ? r->image : QImage();
        };
        preview->setImages(imageAt(QStringLiteral("details.brand.logoUrl")), imageAt(QStringLiteral("details.brand.bannerUrl")));
    }

    QString id() const { return sender.value(QLatin1String("id")).toString(); }

    // The launch questionnaire of the chosen use case and countries, built from the API's
    // questions; its answers go into this session's request (details.questionnaire).
    FormPart *questionnaireForm()
    {
        auto *form = new RcsQuestionnaireForm(session, binder, client, projectKey);
        QStringList countries;
        for (const QJsonValue &c : session->value(QStringLiteral("details.countries")).toArray())
            countries << c.toString();
        form->setUseCase(session->value(QStringLiteral("useCase")).toString());
        form->setCountries(countries);
        QObject::connect(
            form, &RcsQuestionnaireForm::findingsChanged, q,
            [this](const QList<Finding> &found) {
                questionnaireFindings = found;
                validate();
            },
            Qt::QueuedConnection);
        return form;
    }

    FormPart *makeStep(Step s)
    {
        switch (s) {
        case Basics:
            return new RcsBasicsStep(session, binder, context, sender.value(QLatin1String("hostingRegion")).toString());
        case Brand:
            return new RcsBrandStep(session, binder, context);
        case Countries:
            return new RcsCountriesStep(session, binder, context);
        case Questionnaire:
            return questionnaireForm();
        case TestNumbers:
            return new RcsTestNumbersStep(session, binder, context);
        case Review:
        case StepCount:
            break;
        }
        return new RcsReviewStep(session, binder, context);
    }

    // The keyboard into the step shown (Next and Back leave it on a button that may be
    // gone or disabled there, and Qt then gives it to Cancel): its first field, or Finish.
    void focusStep()
    {
        if (step == Review && finishButton->isEnabled())
            finishButton->setFocus(Qt::TabFocusReason);
        else
            form->focusFirstField();
    }

    void showStep(Step s)
    {
        session->endTyping();
        step = s;
        form->showPart([this, s] { return makeStep(s); });
        steps->setCurrentRow(int(s));
        showFindings();
        updateButtons();
    }

    QList<Finding> check() const
    {
        QList<Finding> out = RcsSenderRules::check(session->json(), context.existing ? RcsSenderRules::Request::Update
                                                                                     : RcsSenderRules::Request::Create);
        out << questionnaireFindings;
        // The brand card needs a name before anything else of the brand means much.
        if (session->value(QStringLiteral("details.brand.name")).toString().trimmed().isEmpty())
            out.prepend(Finding{QStringLiteral("details.brand.name"), rules::Severity::Error,
                                tr("Enter the brand name people see at the top of your messages."),
                                QStringLiteral("rcs.wizard.brand.name"), QString()});
        return out;
    }

    void validate()
    {
        findings = serverFindings.mergeInto(check(), *session);
        form->setFindings(findings);
        showFindings();
        preview->setFindings(findings);
        updateButtons();
    }

    // The findings of the steps reached so far: a step not yet opened has nothing to fix
    // yet (a brand name asked for on the first step read as a mistake there). The steps'
    // marks and the review show them all.
    void showFindings()
    {
        QList<Finding> reached;
        for (const Finding &f : findings)
            if (step == Review || stepOf(f.path) <= step)
                reached << f;
        findingsList->setFindings(reached);
    }

    QList<Finding> errorsOf(Step s) const
    {
        QList<Finding> out;
        for (const Finding &f : findings)
            if (f.isError() && (s == Review || stepOf(f.path) == s))
                out << f;
        return out;
    }

    void updateButtons()
    {
        status->refresh();
        const bool busy = !job.isNull();
        const QList<Finding> errors = errorsOf(step);
        backButton->setEnabled(step > Basics && !busy);
        backButton->setToolTip(step > Basics ? tr("Back to %1 (Alt+B)").arg(steps->item(int(step) - 1)->text())
                                             : tr("This is the first step."));
        nextButton->setVisible(step < Review);
        nextButton->setEnabled(step < Review && errors.isEmpty() && !busy);
        nextButton->setToolTip(errors.isEmpty() ? tr("Go on (Alt+N)") : tr("Fix this first: %1").arg(errors.first().message));
        finishButton->setVisible(step == Review);
        const QList<Finding> all = errorsOf(Review);
        BusyButton::setEnabled(finishButton, !busy);
        finishButton->setText(context.existing ? tr("&Finish: save the details") : tr("&Finish: create the sender"));
        finishButton->setToolTip(all.isEmpty() ? tr("Send it (Ctrl+S)") : tr("Fix this first: %1").arg(all.first().message));
        for (int i = 0; i < StepCount; ++i) {
            QListWidgetItem *item = steps->item(i);
            const bool bad = !errorsOf(Step(i)).isEmpty() && i != Review;
            item->setIcon(bad ? Icons::get(QStringLiteral("dialog-warning")) : QIcon());
            item->setToolTip(bad ? errorsOf(Step(i)).first().message : QString());
        }
    }

    void goTo(const QString &path)
    {
        const Step s = stepOf(path);
        if (s != step)
            showStep(s);
        if (QWidget *w = binder->widgetFor(path))
            w->setFocus(Qt::OtherFocusReason);
    }

    void save()
    {
        session->endTyping();
        if (job)
            return;
        validate();
        const QList<Finding> errors = errorsOf(Review);
        if (!errors.isEmpty()) {
            bar->showMessage(MessageBar::Level::Error, tr("Not sent: %1").arg(errors.first().message));
            goTo(errors.first().path);
            return;
        }
        bar->showWaiting(context.existing ? tr("Saving…") : tr("Creating the sender…"), [this] {
            if (job)
                job->stop(); // this request alone
        });
        job = context.existing ? service.update(id(), RcsSenderRequest::updateDetails(sender, session->json(), context.state))
                               : service.create(RcsSenderRequest::create(session->json()));
        QObject::connect(job, &ApiJob::finished, q, [this](const ApiResult &result) { onFinished(result); });
        updateButtons();
    }

    void onFinished(const ApiResult &result)
    {
        job.clear();
        if (result.ok()) {
            serverFindings.clear();
            sender = result.json.object();
            session->setClean();
            session->removeDraft();
            bar->showMessage(MessageBar::Level::Info, context.existing ? tr("Saved.") : tr("Sender created."));
            closing = true;
            emit q->saved(sender);
            q->accept();
            return;
        }
        // Nothing typed is lost: the refusals go on their fields, the values stay.
        const QList<Finding> refused = rules::TemplateValidator::fromValidationErrors(result.error.validationErrors);
        const QList<Finding> general = serverFindings.take(refused, *session, kTopLevel);
        if (refused.isEmpty() || general.size() == refused.size()) // the same again may go through
            bar->showErrorWithRetry(result.error, [this] { save(); });
        else
            bar->showMessage(MessageBar::Level::Error, tr("The server refused the fields marked in red."), result.error.details());
        validate();
        for (const Finding &f : findings)
            if (f.rule.startsWith(QLatin1String("server"))) {
                goTo(f.path);
                break;
            }
    }
};

RcsSenderWizard::RcsSenderWizard(ApiClient *client, const QString &projectKey, const QJsonObject &sender, MessageBox *box,
                                 QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, client, projectKey, sender, box))
{
    setObjectName(QStringLiteral("rcsSenderWizard"));
    const QString name = sender.value(QLatin1String("details")).toObject().value(QLatin1String("brand")).toObject()
                             .value(QLatin1String("name")).toString();
    setWindowTitle(d->context.existing ? tr("Edit RCS sender %1").arg(name) : tr("New RCS sender"));
    setAccessibleName(windowTitle());
    auto *frame = EditorFrame::fill(this);
    d->bar = frame->messageBar();
    if (d->context.existing && rules::RcsSenderRules::updateLock().states.contains(d->context.state)) {
        MessageBar *lock = frame->addBanner(QStringLiteral("lockBanner"), tr("Locked fields"));
        lock->showMessage(MessageBar::Level::Warning, tr("%1 The other fields are read-only.")
                                                          .arg(RcsUpdateLockText::reason(d->context.state)));
    }

    d->steps = new QListWidget;
    d->steps->setObjectName(QStringLiteral("wizardSteps"));
    d->steps->setAccessibleName(tr("Wizard steps"));
    for (const QString &text : {tr("1. Basics"), tr("2. Brand"), tr("3. Countries"), tr("4. Questionnaire"),
                                tr("5. Test numbers"), tr("6. Review")})
        d->steps->addItem(text);
    d->steps->setMaximumWidth(180);
    d->form = new FormHost(d->session, d->binder);
    d->form->setMinimumWidth(420);
    d->preview = new RcsBrandPreviewWidget;
    d->findingsList = new FindingsList;
    frame->setColumns({d->steps, d->form, d->preview}, {0, 1, 0}, {160, 520, 390}, d->findingsList);

    d->backButton = frame->addButton(QIcon(), tr("< &Back"), QStringLiteral("backButton"));
    d->backButton->setAccessibleName(tr("Back"));
    d->nextButton = frame->addButton(QIcon(), tr("&Next >"), QStringLiteral("nextButton"));
    d->nextButton->setAccessibleName(tr("Next"));
    d->nextButton->setDefault(true);
    d->finishButton = frame->addButton(Icons::get(QStringLiteral("document-save")), tr("&Finish"), QStringLiteral("finishButton"));
    d->finishButton->setAccessibleName(tr("Finish"));
    auto *cancel = frame->addButton(QIcon(), tr("Cancel"), QStringLiteral("cancelButton"), 12);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close the wizard; what you typed is kept as a draft (Esc)"));
    d->status = new EditStatusLabel(d->session);
    frame->setStatus(d->status);

    EditorFrame::addEditKeys(this, undoStack(), [this] { save(); });
    connect(d->backButton, &QPushButton::clicked, this, &RcsSenderWizard::back);
    connect(d->nextButton, &QPushButton::clicked, this, &RcsSenderWizard::next);
    connect(d->finishButton, &QPushButton::clicked, this, &RcsSenderWizard::save);
    connect(cancel, &QPushButton::clicked, this, &RcsSenderWizard::reject);
    connect(d->steps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { goToStep(Step(d->steps->row(item))); });
    connect(d->steps, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { goToStep(Step(d->steps->row(item))); });
    if (d->context.images)
        connect(d->context.images, &RemoteImageProbe::finished, this, [this] { d->updatePreview(); });
    connect(d->session, &EditSession::changed, this, [this] {
        d->updatePreview();
        d->validate();
        d->form->follow();
    });
    connect(d->session, &EditSession::stepsChanged, d->status, &EditStatusLabel::refresh);
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->session->set(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, d->session, &EditSession::endTyping);
    connect(d->findingsList, &FindingsList::pathActivated, this, &RcsSenderWizard::goTo);
    connect(d->preview, &RcsBrandPreviewWidget::partClicked, this, &RcsSenderWizard::goTo);

    d->form->setFocusNeighbours(d->steps, {d->preview}, d->findingsList);
    d->updatePreview();
    d->showStep(Basics);
    d->validate();
    resize(1180, 720);
}

RcsSenderWizard::~RcsSenderWizard()
{
    // The last draft is written now, while the draft info (this wizard's title) can still be read.
    d->session->finish();
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void RcsSenderWizard::keepDrafts(DraftStore *drafts)
{
    if (!drafts)
        return;
    const QString kind = QStringLiteral("rcs-sender");
    const auto info = [this, kind] { return EditSession::DraftInfo{d->projectKey, windowTitle(), kind, d->sender}; };
    if (d->session->resumeDrafts(drafts, d->projectKey + QLatin1Char('/') + kind + QLatin1Char('/'), d->id(), info,
                                 tr("Take up the unfinished wizard")))
        d->bar->showMessage(MessageBar::Level::Info, tr("The wizard you left unfinished is back. Undo (Ctrl+Z) drops it."));
}

bool RcsSenderWizard::isNew() const { return !d->context.existing; }
RcsSenderWizard::Step RcsSenderWizard::step() const { return d->step; }
QJsonObject RcsSenderWizard::document() const { return d->session->json(); }
QList<rules::Finding> RcsSenderWizard::findings() const { return d->findings; }
QList<rules::Finding> RcsSenderWizard::stepErrors(Step step) const { return d->errorsOf(step); }
bool RcsSenderWizard::isBusy() const { return !d->job.isNull(); }
QUndoStack *RcsSenderWizard::undoStack() const { return d->session->undoStack(); }
RcsBrandPreviewWidget *RcsSenderWizard::preview() const { return d->preview; }
QString RcsSenderWizard::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
void RcsSenderWizard::goTo(const QString &path) { d->goTo(path); }
void RcsSenderWizard::save() { d->save(); }

void RcsSenderWizard::goToStep(Step step)
{
    // Later steps open once the ones before them are complete.
    for (int s = Basics; s < int(step); ++s) {
        const QList<rules::Finding> errors = d->errorsOf(Step(s));
        if (!errors.isEmpty()) {
            d->bar->showMessage(MessageBar::Level::Warning, tr("Finish %1 first: %2").arg(d->steps->item(s)->text(), errors.first().message));
            d->steps->setCurrentRow(int(d->step));
            return;
        }
    }
    d->bar->dismiss();
    d->showStep(step);
}

void RcsSenderWizard::next()
{
    const QList<rules::Finding> errors = d->errorsOf(d->step);
    if (!errors.isEmpty()) {
        d->goTo(errors.first().path);
        return;
    }
    if (d->step < Review) {
        goToStep(Step(d->step + 1));
        d->focusStep();
    }
}

void RcsSenderWizard::back()
{
    if (d->step > Basics) {
        goToStep(Step(d->step - 1));
        d->focusStep();
    }
}

void RcsSenderWizard::reject()
{
    if (d->closing || !d->session->isDirty() || !d->box) {
        d->session->finish();
        QDialog::reject();
        return;
    }
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Unfinished wizard");
    p.text = tr("Keep what you typed for the next time you open the wizard?");
    p.informativeText = tr("Discard drops it; Cancel goes back to the wizard.");
    p.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Save;
    p.acceptText = tr("Keep as draft");
    d->box->ask(this, p, this, [this](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Cancel)
            return;
        d->closing = true;
        if (answer == QMessageBox::Discard)
            d->session->discard();
        else
            d->session->finish();
        QDialog::reject();
    });
}

} // namespace sinch::ui
