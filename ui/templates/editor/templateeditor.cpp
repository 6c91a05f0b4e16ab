// The WhatsApp template editor as an assembly of the editing parts (docs/editing.md):
// an EditSession (document, undo, dirty state, drafts), a FormHost showing one FormPart
// per outline entry, the template's edits (WhatsappTemplateEdits), its server side
// (TemplateSync), the name look-up, the preview pane and the findings list. This file
// lays them out and wires them; what each does lives in its own class.
#include "templateeditor.h"
#include "templateeditor_p.h"

#include "namelookup.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "previewpane.h"
#include "templateprompts.h"
#include "templatesaveflow.h"
#include "templatesync.h"
#include "whatsapptemplateedits.h"
#include "parts/flowlist.h"

#include "domain/templatejsonfile.h"
#include "activity/activityfeedview.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "storage/draftstore.h"
#include "templates/whatsapppreviewwidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace sinch::ui {

namespace {

QString parentPath(const QString &path)
{
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    return dot < 0 ? QString() : path.left(dot);
}

} // namespace


TemplateEditor::TemplateEditor(const Context &context, const QJsonObject &document, const QJsonObject &serverTemplate,
                               QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, context, document, serverTemplate))
{
    setObjectName(QStringLiteral("templateEditor"));
    auto *frame = EditorFrame::fill(this);
    d->reviewBar = frame->addBanner(QStringLiteral("reviewBar"), tr("Review"));
    d->bar = frame->messageBar();

    d->tree = new OutlineView(d->outline);

    d->form = new FormHost(d->session, d->binder);
    d->form->setMinimumWidth(320);
    d->pane = new PreviewPane(document);
    d->findingsList = new FindingsList;
    // The preview, and the template's activity beside it in a tab.
    d->feed = new ActivityFeedView(context.client, context.clock);
    d->sideTabs = new QTabWidget;
    d->sideTabs->setObjectName(QStringLiteral("sideTabs"));
    d->sideTabs->setDocumentMode(true);
    d->sideTabs->addTab(d->pane, tr("Preview"));
    d->sideTabs->addTab(d->feed, tr("Activity"));
    frame->setColumns({d->tree, d->form, d->sideTabs}, {0, 1, 0}, {180, 460, 400}, d->findingsList);
    connect(d->sideTabs, &QTabWidget::currentChanged, this, [this] { d->updateFeed(); });
    d->columns = frame->columns();

    d->saveButton = frame->addButton(QIcon(), tr("Save draft"), QStringLiteral("saveButton"));
    d->submitButton = frame->addButton(QIcon(), tr("Submit for review"), QStringLiteral("submitButton"));
    d->compareButton = frame->addButton(Icons::get(QStringLiteral("view-split-left-right")), tr("Compare with approved"),
                                        QStringLiteral("compareButton"), 12);
    d->compareButton->setCheckable(true);
    if (context.sendTest) {
        d->sendTestButton = frame->addButton(QIcon(), tr("Send &test…"), QStringLiteral("sendTestButton"), 12);
        connect(d->sendTestButton, &QPushButton::clicked, this, [this, send = context.sendTest] {
            send(this, d->sync->server(), d->json());
        });
    }
    d->status = new EditStatusLabel(d->session);
    frame->setStatus(d->status);

    // Keys: save, submit, undo and redo of the one stack, move the selected button or card.
    EditorFrame::addEditKeys(this, undoStack(), [this] { saveDraft(); });
    EditorFrame::addKey(this, tr("Submit for review"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                        [this] { submit(); });
    auto moveSelected = [this](int delta) {
        if (!d->part.contains(QLatin1Char('/')))
            return;
        const int n = d->part.section(QLatin1Char('/'), 1).toInt();
        if (d->part.startsWith(QLatin1String("buttons/")))
            moveButton(n, n + delta);
        else
            moveCard(n, n + delta);
    };
    EditorFrame::addKey(this, tr("Move up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, [moveSelected] { moveSelected(-1); });
    EditorFrame::addKey(this, tr("Move down"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, [moveSelected] { moveSelected(1); });

    connect(d->saveButton, &QPushButton::clicked, this, &TemplateEditor::saveDraft);
    connect(d->submitButton, &QPushButton::clicked, this, &TemplateEditor::submit);
    connect(d->session, &EditSession::changed, this, [this] { d->onChanged(); });
    connect(d->session, &EditSession::dirtyChanged, this, [this](bool dirty) {
        emit dirtyChanged(dirty);
        d->updateStatus();
    });
    connect(d->session, &EditSession::stepsChanged, this, [this] { d->updateStatus(); });
    connect(d->session, &EditSession::draftWritten, this, [this] { d->updateStatus(); });
    connect(d->session, &EditSession::draftFailed, this, [this](const QString &error) {
        d->bar->showMessage(MessageBar::Level::Warning, tr("The local copy could not be saved: %1").arg(error));
    });
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->edits.fieldEdited(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, this, &TemplateEditor::endTyping);
    d->saveFlow = new TemplateSaveFlow(d->session, d->sync, &d->serverFindings, d->bar,
                                       [this](rules::Mode mode) { return d->check(mode); }, this);
    connect(d->saveFlow, &TemplateSaveFlow::serverChanged, this, [this] { d->onServerChanged(); });
    connect(d->saveFlow, &TemplateSaveFlow::findingsChanged, this, [this] { d->validate(); });
    connect(d->saveFlow, &TemplateSaveFlow::saved, this, &TemplateEditor::saved);
    connect(this, &TemplateEditor::findingsChanged, d->saveFlow, &TemplateSaveFlow::editorFindingsChanged);
    connect(d->reviewBar, &MessageBar::retryRequested, this, [this] {
        d->updateReviewState(); // the bar hid itself: it stays while the review runs
        d->sync->checkReview();
    });
    if (d->names)
        connect(d->names, &NameLookup::answered, this, [this](const QString &name) {
            if (d->session->value(QStringLiteral("name")).toString() == name)
                d->validate();
        });
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString part = d->outline->partAt(current);
        if (part.isEmpty() || part == d->part)
            return;
        endTyping();
        d->part = part;
        d->focusPath.clear();
        d->showForm();
        d->syncPreview(true);
    });
    // The field with the focus is outlined in the preview (a card's button, the body ...).
    d->focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !d->form->isAncestorOf(now))
            return;
        const QString path = d->binder->pathOf(now);
        if (path == d->focusPath)
            return;
        d->focusPath = path;
        d->syncPreview(false);
    });
    connect(d->compareButton, &QPushButton::toggled, this, &TemplateEditor::setComparing);
    connect(d->pane, &PreviewPane::pathActivated, this, [this](const QString &path) {
        // A removed part is gone from the document: go to where it was.
        goToPath(d->session->document().contains(path) ? path : parentPath(path));
    });
    connect(d->pane->preview(), &WhatsappPreviewWidget::partClicked, this, &TemplateEditor::goToPath);
    connect(d->outline, &OutlineModel::modelReset, this, [this] { d->restoreSelection(); });
    connect(d->outline, &OutlineModel::moveRequested, this, [this](const QString &list, int from, int to) {
        if (list == QLatin1String("buttons"))
            moveButton(from, to);
        else
            moveCard(from, to);
    });
    connect(d->findingsList, &FindingsList::pathActivated, this, &TemplateEditor::goToPath);
    // The cards' findings read alike ("Give one example for each variable…"): which card,
    // by the outline's part of the finding's path.
    d->findingsList->setPlaceNames([this](const QString &path) {
        const QString part = OutlineModel::partForPath(d->json(), path);
        return part.startsWith(QLatin1String("carousel/")) ? tr("Card %1").arg(part.section(QLatin1Char('/'), 1).toInt() + 1)
                                                           : QString();
    });

    // Edits of this template kept locally earlier (closed while in review, or a restore
    // declined at start-up): offered back once the tab is up.
    if (d->sync->isExisting() && d->ctx.drafts && d->ctx.messageBox) {
        if (const auto kept = d->ctx.drafts->find(draftKey()); kept && kept->document != document)
            QTimer::singleShot(0, this, [this, draft = *kept] {
                if (!d->draftRestored) // restoreDraft() took it back already
                    offerKeptDraft(draft.document, draft.savedAt);
            });
    }

    setFocusProxy(d->tree); // focusing the editor lands in its outline
    setTabOrder(d->tree, d->findingsList);
    setTabOrder(d->findingsList, d->saveButton);
    setTabOrder(d->saveButton, d->submitButton);
    setTabOrder(d->submitButton, d->compareButton);
    d->form->setFocusNeighbours(d->tree, {d->pane}, d->findingsList);

    d->lastTitle = title();
    d->validate();
    d->restoreSelection();
    d->showForm();
    d->updateReviewState();
    d->updateCompare();
    d->updateFeed();
    d->syncPreview(true);
}

TemplateEditor::~TemplateEditor()
{
    // Nothing typed is lost: an unsaved edit stays in the local drafts (while `d` is alive
    // to name it).
    d->session->finish();
    // The children outlive `d` (QWidget deletes them after this body): nothing they emit
    // while going away may reach the editor.
    QObject::disconnect(d->focusConnection);
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

QJsonObject TemplateEditor::document() const { return d->json(); }
QUndoStack *TemplateEditor::undoStack() const { return d->session->undoStack(); }
bool TemplateEditor::isDirty() const { return d->session->isDirty(); }
QString TemplateEditor::draftKey() const { return d->session->draftKey(); }
bool TemplateEditor::isExisting() const { return d->sync->isExisting(); }
QJsonObject TemplateEditor::serverTemplate() const { return d->sync->server(); }
bool TemplateEditor::canCompare() const { return d->pane->canCompare(); }
bool TemplateEditor::isComparing() const { return d->pane->isComparing(); }
ActivityFeedView *TemplateEditor::activityView() const { return d->feed; }

void TemplateEditor::showActivity()
{
    d->sideTabs->setCurrentWidget(d->feed);
}
WhatsappPreviewWidget *TemplateEditor::preview() const { return d->pane->preview(); }
WhatsappPreviewWidget *TemplateEditor::approvedPreview() const { return d->pane->approvedPreview(); }
PreviewOverlay *TemplateEditor::previewOverlay() const { return d->pane->overlay(); }
PreviewOverlay *TemplateEditor::approvedOverlay() const { return d->pane->approvedOverlay(); }
QList<JsonChange> TemplateEditor::changesFromApproved() const { return d->pane->changes(); }
QList<rules::Finding> TemplateEditor::findings() const { return d->findings; }
ClockTimer *TemplateEditor::autosaveTimer() const { return d->session->autosaveTimer(); }
QString TemplateEditor::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
bool TemplateEditor::isBusy() const { return d->sync->isBusy(); }
bool TemplateEditor::isInReview() const { return d->sync->isInReview(); }
void TemplateEditor::checkReview() { d->sync->checkReview(); }
QString TemplateEditor::currentPart() const { return d->part; }

QString TemplateEditor::title() const
{
    const QString name = d->session->value(QStringLiteral("name")).toString();
    const QString language = d->session->value(QStringLiteral("language")).toString();
    if (name.isEmpty())
        return language.isEmpty() ? tr("New template") : tr("New template · %1").arg(language);
    return language.isEmpty() ? name : tr("%1 · %2").arg(name, language);
}

void TemplateEditor::setDocument(const QJsonObject &doc)
{
    d->session->replace(doc, tr("Replace template"));
}

void TemplateEditor::restoreDraft(const QString &draftKey, const QJsonObject &document)
{
    d->draftRestored = true;
    if (!draftKey.isEmpty())
        d->session->setDraftKey(draftKey);
    if (document != d->json())
        d->session->replace(document, tr("Restore draft"));
}

void TemplateEditor::setComparing(bool on)
{
    d->pane->setComparing(on);
    on = d->pane->isComparing();
    if (on)
        d->sideTabs->setCurrentWidget(d->pane);
    if (on != d->compareButton->isChecked()) {
        const QSignalBlocker block(d->compareButton);
        d->compareButton->setChecked(on);
    }
    const QList<int> sizes = d->columns->sizes();
    if (on && d->sizesBeforeCompare.isEmpty() && sizes.size() == 3) {
        // The previews' column widens into the form's for the second preview.
        d->sizesBeforeCompare = sizes;
        QList<int> wider = sizes;
        const int take = qMax(0, qMin(sizes.at(2), sizes.at(1) - d->form->minimumWidth()));
        wider[1] -= take;
        wider[2] += take;
        d->columns->setSizes(wider);
    } else if (!on && !d->sizesBeforeCompare.isEmpty()) {
        d->columns->setSizes(std::exchange(d->sizesBeforeCompare, {}));
    }
    d->syncPreview(true);
}

void TemplateEditor::selectPart(const QString &part)
{
    const QModelIndex idx = d->outline->indexForPart(part);
    if (!idx.isValid())
        return;
    if (part != d->part) {
        endTyping(); // another part's fields: the next keys are a new step
        d->focusPath.clear();
    }
    const bool changed = part != d->part;
    d->part = part;
    d->tree->setCurrentIndex(idx);
    if (d->shownPart != part)
        d->showForm();
    if (changed)
        d->syncPreview(true); // the preview shows the part chosen (a card comes in sideways)
}

void TemplateEditor::goToPath(const QString &path)
{
    selectPart(OutlineModel::partForPath(d->json(), path));
    // A finding about a list (a text's examples) goes to the list's first field.
    QWidget *w = d->binder->widgetFor(path);
    if (!w)
        w = d->binder->widgetFor(path + QStringLiteral(".0"));
    if (w) {
        d->form->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void TemplateEditor::setValue(const QString &path, const QJsonValue &value, bool typing)
{
    d->edits.fieldEdited(path, value, typing);
}

void TemplateEditor::endTyping()
{
    d->session->endTyping();
}

int TemplateEditor::addButton(const QString &type) { return d->edits.addButton(type); }
void TemplateEditor::removeButton(int index) { d->edits.removeButton(index); }
int TemplateEditor::addCard() { return d->edits.addCard(); }
int TemplateEditor::duplicateCard(int index) { return d->edits.duplicateCard(index); }
void TemplateEditor::removeCard(int index) { d->edits.removeCard(index); }
void TemplateEditor::applyCardStructure(int sourceCard) { d->edits.applyCardStructure(sourceCard); }
bool TemplateEditor::cardStructuresDiffer() const { return d->edits.cardStructuresDiffer(); }
int TemplateEditor::insertVariable(const QString &componentType, int cursorPos) { return d->edits.insertVariable(componentType, cursorPos); }
void TemplateEditor::setHeaderFormat(const QString &format) { d->edits.setHeaderFormat(format); }

void TemplateEditor::moveButton(int from, int to)
{
    const QString before = d->part;
    d->part = QStringLiteral("buttons/%1").arg(to); // the selection follows the button
    if (!d->edits.moveButton(from, to))
        d->part = before;
}

void TemplateEditor::moveCard(int from, int to)
{
    const QString before = d->part;
    d->part = QStringLiteral("carousel/%1").arg(to);
    if (!d->edits.moveCard(from, to))
        d->part = before;
}

void TemplateEditor::revalidate()
{
    d->validate();
}

void TemplateEditor::saveDraft()
{
    endTyping();
    d->saveFlow->send(false);
}

void TemplateEditor::submit()
{
    endTyping();
    d->saveFlow->send(true);
}

void TemplateEditor::requestClose(std::function<void(bool)> done)
{
    if (!isDirty() && !d->sync->isBusy()) {
        done(true);
        return;
    }
    if (!d->ctx.messageBox) {
        d->session->writeDraft(); // nobody to ask: keep the edit locally and close
        done(true);
        return;
    }
    // In review the server takes no edits now: they are kept here instead, offered back
    // when the template opens again.
    const bool keepLocally = d->sync->isInReview() && !d->sync->isBusy();
    const MessageBox::Prompt prompt = TemplatePrompts::close(title(), keepLocally);
    d->ctx.messageBox->ask(this, prompt, this, [this, done, keepLocally](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Save && keepLocally) {
            d->session->writeDraft();
            done(true);
        } else if (answer == QMessageBox::Save) {
            endTyping();
            d->saveFlow->send(false, done);
        } else if (answer == QMessageBox::Discard) {
            d->session->discard();
            done(true);
        } else {
            done(false);
        }
    });
}

void TemplateEditor::offerKeptDraft(const QJsonObject &document, const QDateTime &savedAt)
{
    const MessageBox::Prompt prompt = TemplatePrompts::keptDraft(title(), savedAt);
    d->ctx.messageBox->ask(this, prompt, this, [this, document](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Yes) {
            QJsonObject restored = document;
            restored.insert(QStringLiteral("name"), d->sync->name());
            restored.insert(QStringLiteral("language"), d->sync->language());
            setDocument(restored);
            d->bar->showMessage(MessageBar::Level::Info,
                                tr("Your local edits are back. Undo (Ctrl+Z) returns to the server's version."));
        } else if (answer == QMessageBox::Discard) {
            d->session->removeDraft();
        }
    });
}

void TemplateEditor::importJson(const QString &file)
{
    QString error;
    QJsonObject imported = TemplateJsonFile::read(file, &error);
    if (imported.isEmpty()) {
        d->bar->showMessage(MessageBar::Level::Error, error);
        return;
    }
    QString kept;
    if (d->sync->isExisting()) {
        // A template on the server keeps its name and language; the import edits its content.
        const bool other = (imported.contains(QLatin1String("name")) && imported.value(QLatin1String("name")).toString() != d->sync->name())
            || (imported.contains(QLatin1String("language")) && imported.value(QLatin1String("language")).toString() != d->sync->language());
        imported.insert(QStringLiteral("name"), d->sync->name());
        imported.insert(QStringLiteral("language"), d->sync->language());
        if (other)
            kept = QLatin1Char(' ') + tr("The name and language stay %1 · %2: a template on the server keeps them.")
                                          .arg(d->sync->name(), d->sync->language());
    }
    setDocument(imported);
    d->bar->showMessage(MessageBar::Level::Info,
                        tr("Imported %1. Undo (Ctrl+Z) brings the previous version back.").arg(QFileInfo(file).fileName()) + kept);
}

void TemplateEditor::exportJson(const QString &file) const
{
    QString error;
    if (!TemplateJsonFile::write(file, d->json(), &error))
        d->bar->showMessage(MessageBar::Level::Error, error);
    else
        d->bar->showMessage(MessageBar::Level::Info, tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace sinch::ui
