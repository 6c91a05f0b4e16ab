// What the WhatsApp template editor does after each change: validation, the status and the
// buttons, the outline's selection, the preview's highlight, the activity feed. The parts it
// is assembled from are set up in templateeditor.cpp.
#include "templateeditor_p.h"
#include "editing/busybutton.h"


#include "namelookup.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "previewpane.h"
#include "templatesaveflow.h"
#include "templatesync.h"
#include "whatsapptemplateedits.h"
#include "parts/flowlist.h"
#include "parts/templateparts.h"

#include "domain/enumtext.h"
#include "domain/templatedocument.h"
#include "activity/activityfeedview.h"
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
#include "rules/templatevalidator.h"
#include "rules/whatsapptemplaterules.h"
#include "templates/whatsapppreviewwidget.h"

#include <QApplication>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace sinch::ui {

TemplateEditor::Private::Private(TemplateEditor *editor, const Context &c, const QJsonObject &json, const QJsonObject &serverTemplate)
    : q(editor)
    , ctx(c)
    , session(new EditSession(json, c.clock, editor))
    , edits(session)
    , sync(new TemplateSync(c.client, c.projectKey, serverTemplate, json, c.clock, editor))
    , flows(new FlowList(c.client, c.projectKey, editor))
    , binder(new FieldBinder(editor))
    , outline(new OutlineModel(editor))
{
    const QString key = ctx.projectKey + QStringLiteral("/whatsapp/")
        + (sync->isExisting() ? sync->name() + QLatin1Char('/') + sync->language()
                              : QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    session->setDrafts(ctx.drafts, key, [this] {
        return EditSession::DraftInfo{ctx.projectKey, q->title(), QStringLiteral("whatsapp-template"), sync->server()};
    });
    if (!sync->isExisting() && ctx.client) {
        names = new NameLookup(ctx.client, ctx.projectKey, ctx.clock, editor);
        names->nameChanged(session->value(QStringLiteral("name")).toString());
    }
    outline->setDocument(json);
}

TemplateFormContext TemplateEditor::Private::formContext()
{
    TemplateFormContext c;
    c.session = session;
    c.binder = binder;
    c.edits = &edits;
    c.flows = flows;
    c.selectPart = [this](const QString &p) { q->selectPart(p); };
    c.server = [this] { return sync->server(); };
    c.name = sync->name();
    c.language = sync->language();
    return c;
}

void TemplateEditor::Private::showForm()
{
    shownPart = part;
    form->showPart([this] { return TemplateParts::create(part, formContext()); });
}

QList<rules::Finding> TemplateEditor::Private::check(rules::Mode mode) const
{
    const bool existing = sync->isExisting();
    QList<rules::Finding> out = rules::TemplateValidator::validateWhatsappEdit(json(), existing ? sync->server() : QJsonObject(), mode);
    // A new template also meets its project: name + language taken, a name deleted lately.
    if (!existing && (ctx.projectTemplates || names)) {
        rules::ProjectTemplates project;
        if (ctx.projectTemplates)
            project = ctx.projectTemplates();
        const QString name = session->value(QStringLiteral("name")).toString();
        if (names)
            for (const QString &language : names->languages(name))
                project.existing.insert(rules::ProjectTemplates::key(name, language));
        out += rules::WhatsappTemplateRules::checkInProject(json(), project);
    }
    return out;
}

void TemplateEditor::Private::validate()
{
    // Most keystrokes change no finding: then nothing is marked again.
    QList<rules::Finding> now = serverFindings.mergeInto(check(rules::Mode::Submit), *session);
    if (validated && now == findings)
        return;
    validated = true;
    findings = std::move(now);
    form->setFindings(findings);
    outline->setFindings(findings);
    pane->preview()->setFindings(findings);
    findingsList->setFindings(findings);
    emit q->findingsChanged();
}

void TemplateEditor::Private::updateStatus()
{
    status->refresh();
    const QString t = q->title();
    if (t != lastTitle) {
        lastTitle = t;
        emit q->titleChanged(t);
    }
    const bool locked = sync->isInReview();
    BusyButton::setEnabled(saveButton, !sync->isBusy() && !locked);
    BusyButton::setEnabled(submitButton, !sync->isBusy() && !locked);
    const QString why = locked ? QLatin1Char('\n') + tr("Not while the changes are in review") : QString();
    saveButton->setToolTip(tr("Save draft (Ctrl+S)") + why);
    submitButton->setToolTip(tr("Submit for review (Ctrl+Enter)") + why);
}

void TemplateEditor::Private::updateReviewState()
{
    saveFlow->showReviewState(reviewBar);
    updateStatus();
}

void TemplateEditor::Private::updateCompare()
{
    pane->setServer(sync->server());
    compareButton->setEnabled(pane->canCompare());
    compareButton->setToolTip(pane->compareHint());
    if (sendTestButton) {
        const QString state = sync->server().value(QLatin1String("state")).toString();
        const bool approved = state == QLatin1String("APPROVED");
        sendTestButton->setEnabled(approved);
        sendTestButton->setToolTip(approved ? tr("Send the approved template to a phone through the Conversation API")
                                   : sync->isExisting() ? tr("Only an approved template can be sent; this one is “%1”.").arg(EnumText::words(state))
                                                        : tr("Save and submit the template; once approved it can be sent as a test."));
    }
}

void TemplateEditor::Private::onChanged()
{
    outline->setDocument(json());
    pane->setDocument(json());
    validate();
    restoreSelection();
    if (shownPart != part)
        showForm();
    else
        form->follow(); // in place, or a new page after this event
    updateStatus();
    updateCompare();
    syncPreview(true);
    if (names)
        names->nameChanged(session->value(QStringLiteral("name")).toString());
}

void TemplateEditor::Private::syncPreview(bool scroll)
{
    pane->highlight(OutlineModel::pathForPart(json(), part), focusPath, scroll);
}

void TemplateEditor::Private::restoreSelection()
{
    QModelIndex idx = outline->indexForPart(part);
    if (!idx.isValid()) {
        // The part went away (a removed button): its parent, or the one before it.
        const QString kind = part.section(QLatin1Char('/'), 0, 0);
        const int n = part.section(QLatin1Char('/'), 1).toInt();
        idx = outline->indexForPart(QStringLiteral("%1/%2").arg(kind).arg(n - 1));
        if (!idx.isValid())
            idx = outline->indexForPart(kind);
    }
    if (tree->currentIndex() != idx)
        tree->setCurrentIndex(idx);
}

void TemplateEditor::Private::onServerChanged()
{
    if (names && sync->isExisting())
        names->stop(); // on the server now: its name is its own
    updateReviewState();
    validate();
    form->follow(); // name and language are now the server's
    updateCompare();
    updateFeed();
}

void TemplateEditor::Private::updateFeed()
{
    if (sideTabs->currentWidget() != feed)
        return; // read when it is looked at
    FeedRef ref;
    if (sync->isExisting()) {
        ref.projectKey = ctx.projectKey;
        ref.kind = FeedRef::Kind::WhatsappTemplate;
        ref.ids = {sync->name(), sync->language()};
        ref.title = ref.ids.join(QStringLiteral(" · "));
    }
    feed->setFeed(ref, QObject::tr("Save the template to start its activity: comments, edits and review steps."));
}

} // namespace sinch::ui
