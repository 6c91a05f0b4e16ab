// The small editor of a few flat fields as an assembly of the editing parts (see
// docs/architecture.md): this file lays them out and wires them.
#include "simpleformeditor.h"
#include "busybutton.h"

#include "api/apijob.h"
#include "api/apiresult.h"
#include "editing/editorframe.h"
#include "editing/editsession.h"
#include "editing/editstatuslabel.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "editing/formhost.h"
#include "icons.h"
#include "messagebar.h"
#include "rules/templatevalidator.h"

#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>

namespace sinch::ui {

SimpleFormEditor::SimpleFormEditor(const QString &title, const QList<SimpleField> &fields, const QJsonObject &document,
                                   Rules rules, QWidget *parent)
    : QWidget(parent)
    , m_session(new EditSession(document, nullptr, this))
    , m_binder(new FieldBinder(this))
    , m_rules(std::move(rules))
    , m_clean(document)
    , m_topLevel(document.keys())
    , m_firstPath(fields.isEmpty() ? QString() : fields.first().path)
{
    setAccessibleName(title);
    auto *frame = EditorFrame::fill(this);
    m_bar = frame->messageBar();
    m_form = new FormHost(m_session, m_binder);
    m_form->setMinimumWidth(320);
    m_findingsList = new FindingsList;
    frame->setColumns({m_form}, {1}, {460}, m_findingsList);

    m_save = frame->addButton(Icons::get(QStringLiteral("document-save")), tr("Save"), QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setToolTip(tr("Send to the server (Ctrl+S)"));
    m_cancel = frame->addButton(QIcon(), tr("Cancel"), QStringLiteral("cancelButton"), 12);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Close the form without sending it"));
    frame->setStatus(new EditStatusLabel(m_session));

    EditorFrame::addEditKeys(this, m_session->undoStack(), [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, &SimpleFormEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &SimpleFormEditor::cancelRequested);
    connect(m_session, &EditSession::changed, this, [this] {
        validate();
        m_form->follow();
    });
    connect(m_binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        m_session->set(path, value, typing);
    });
    connect(m_binder, &FieldBinder::focusLeft, m_session, &EditSession::endTyping);
    connect(m_findingsList, &FindingsList::pathActivated, this, [this](const QString &path) {
        if (QWidget *w = m_binder->widgetFor(path))
            w->setFocus(Qt::OtherFocusReason);
    });

    m_form->setFocusNeighbours(nullptr, {}, m_findingsList);
    setTabOrder(m_findingsList, m_save);
    setTabOrder(m_save, m_cancel);
    m_form->showPart([this, title, fields] { return new SimpleFormPart(m_session, m_binder, title, fields); });
    validate();
}

SimpleFormEditor::~SimpleFormEditor()
{
    // The children outlive the members' use (QWidget deletes them after this body).
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void SimpleFormEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field sends the form, as in a dialog: a line edit or a closed list box
    // passes the key up to here (a text box keeps it for its new line, a button clicks).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier && m_form->isAncestorOf(focusWidget())) {
        event->accept();
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SimpleFormEditor::setSaveText(const QString &text, const QString &toolTip)
{
    m_save->setText(text);
    m_save->setToolTip(toolTip);
}

QJsonObject SimpleFormEditor::document() const
{
    return m_session->json();
}

QJsonObject SimpleFormEditor::changes() const
{
    QJsonObject out;
    const QJsonObject doc = document();
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (m_clean.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    return out;
}

bool SimpleFormEditor::isDirty() const
{
    return m_session->isDirty();
}

void SimpleFormEditor::focusFirstField()
{
    if (QWidget *w = m_binder->widgetFor(m_firstPath))
        w->setFocus(Qt::OtherFocusReason);
}

void SimpleFormEditor::validate()
{
    m_findings = m_serverFindings.mergeInto(m_rules ? m_rules(document()) : QList<rules::Finding>(), *m_session);
    m_form->setFindings(m_findings);
    m_findingsList->setFindings(m_findings);
}

void SimpleFormEditor::save()
{
    m_session->endTyping();
    if (m_busy)
        return;
    validate();
    for (const rules::Finding &f : std::as_const(m_findings)) {
        if (!f.isError())
            continue;
        m_bar->showMessage(MessageBar::Level::Error, tr("Not sent: %1").arg(f.message));
        if (QWidget *w = m_binder->widgetFor(f.path))
            w->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_bar->dismiss();
    emit saveRequested(document());
}

void SimpleFormEditor::track(ApiJob *job, const QString &busyText, std::function<void(const ApiResult &)> done)
{
    setBusy(true);
    m_bar->showWaiting(busyText, [job = QPointer<ApiJob>(job)] {
        if (job)
            job->stop();
    });
    connect(job, &ApiJob::finished, this, [this, done = std::move(done)](const ApiResult &result) {
        if (result.error.isCancelled()) {
            setBusy(false);
            return;
        }
        if (!result.ok()) {
            refused(result);
            return;
        }
        saved();
        done(result); // last: it may close the editor
    });
}

void SimpleFormEditor::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    BusyButton::setEnabled(m_save, !busy);
    m_save->setToolTip(busy ? tr("Waiting for the server's answer") : tr("Send to the server (Ctrl+S)"));
    if (changed)
        emit busyChanged(busy);
}

void SimpleFormEditor::saved()
{
    setBusy(false);
    m_serverFindings.clear();
    m_clean = document();
    m_session->setClean();
    m_bar->dismiss();
    validate();
}

void SimpleFormEditor::refused(const ApiResult &result)
{
    setBusy(false);
    const QList<rules::Finding> refusedFields = rules::TemplateValidator::fromValidationErrors(result.error.validationErrors);
    const QList<rules::Finding> general = m_serverFindings.take(refusedFields, *m_session, m_topLevel);
    if (refusedFields.isEmpty() || general.size() == refusedFields.size()) // the same again may go through
        m_bar->showErrorWithRetry(result.error, [this] { save(); });
    else
        m_bar->showMessage(MessageBar::Level::Error, tr("The server refused the fields marked in red."), result.error.details());
    validate();
}

} // namespace sinch::ui
