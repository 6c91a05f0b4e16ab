#include "formhost.h"

#include "editsession.h"
#include "fieldbinder.h"
#include "formpart.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace sinch::ui {

FormHost::FormHost(EditSession *session, FieldBinder *binder, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_binder(binder)
{
    setObjectName(QStringLiteral("form"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // Tab goes into its fields (chainFocus)
}

FormPart *FormHost::part() const
{
    return qobject_cast<FormPart *>(widget());
}

void FormHost::showPart(const Factory &factory)
{
    m_factory = factory;
    build();
}

void FormHost::follow()
{
    FormPart *current = part();
    if (current && current->structure() == m_structure) {
        current->updateInPlace();
    } else if (!m_rebuildPending && m_factory) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_rebuildPending)
                build();
        });
    }
    m_binder->refresh(m_session->document());
}

void FormHost::setFindings(const QList<rules::Finding> &findings)
{
    m_findings = findings;
    m_binder->setFindings(findings);
}

void FormHost::build()
{
    m_rebuildPending = false;
    if (!m_factory)
        return;
    // Keep the focused field (and its cursor) across the rebuild.
    QString focusPath;
    int cursor = -1;
    // Or, when a button of the page had the focus ("Add footer", "Add button"), the fields
    // the page had: the focus goes to the first one it did not have, what was just added.
    bool focusOnButton = false;
    QList<QString> hadPaths;
    if (QWidget *f = QApplication::focusWidget(); f && isAncestorOf(f)) {
        focusPath = m_binder->pathOf(f);
        if (auto *p = qobject_cast<QPlainTextEdit *>(f))
            cursor = p->textCursor().position();
        else if (auto *e = qobject_cast<QLineEdit *>(f))
            cursor = e->cursorPosition();
        focusOnButton = focusPath.isEmpty();
        if (focusOnButton)
            hadPaths = m_binder->paths();
    }
    m_binder->clear();
    FormPart *page = m_factory();
    m_structure = page->structure();
    // The old page goes after the event being handled: hidden now, deleted by the loop.
    if (QWidget *old = takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    setWidget(page);
    connect(page, &FormPart::rowsChanged, this, [this] {
        m_binder->setFindings(m_findings);
        chainFocus();
    });
    chainFocus();
    m_binder->refresh(m_session->document());
    m_binder->setFindings(m_findings);
    if (!focusPath.isEmpty()) {
        if (QWidget *w = m_binder->widgetFor(focusPath)) {
            w->setFocus();
            if (auto *p = qobject_cast<QPlainTextEdit *>(w); p && cursor >= 0) {
                QTextCursor c = p->textCursor();
                c.setPosition(qMin(cursor, p->document()->characterCount() - 1));
                p->setTextCursor(c);
            } else if (auto *e = qobject_cast<QLineEdit *>(w); e && cursor >= 0) {
                e->setCursorPosition(cursor);
            }
            keepInSight(w); // the new page starts scrolled to its top (a button moved by Alt+Up)
        }
    } else if (focusOnButton) {
        focusAddedField(page, hadPaths);
    }
    emit pageBuilt();
}

void FormHost::focusFirstField()
{
    if (QWidget *page = widget())
        focusAddedField(page, {}); // every field is new to a person who has just opened it
}

void FormHost::focusAddedField(QWidget *page, const QList<QString> &hadPaths)
{
    // The button that had the focus went with the old page: without this the focus would
    // leave the editor (the window gives it to its first field, the project switcher), and
    // the new field would be out of sight at the page's top. It goes to the first field
    // added that takes text (a button's kind is chosen before its Add: its label comes
    // next), else the first added, else the page's first field.
    QWidget *firstField = nullptr;
    QWidget *firstAdded = nullptr;
    QWidget *firstAddedText = nullptr;
    for (QWidget *w : page->findChildren<QWidget *>()) { // in the order the page made them
        const QString path = m_binder->pathOf(w);
        if (path.isEmpty() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (!firstField)
            firstField = w;
        if (hadPaths.contains(path))
            continue;
        if (!firstAdded)
            firstAdded = w;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)) {
            firstAddedText = w;
            break;
        }
    }
    QWidget *target = firstAddedText ? firstAddedText : firstAdded ? firstAdded : firstField ? firstField : page;
    target->setFocus(Qt::OtherFocusReason);
    keepInSight(target);
}

void FormHost::keepInSight(QWidget *field)
{
    // After the layout has placed the new page's rows.
    QTimer::singleShot(0, this, [this, shown = QPointer<QWidget>(field)] {
        if (shown)
            ensureWidgetVisible(shown);
    });
}

void FormHost::setFocusNeighbours(QWidget *before, const QList<QWidget *> &after, QWidget *last)
{
    m_before = before;
    m_after.clear();
    for (QWidget *w : after)
        m_after.append(w);
    m_last = last;
    chainFocus();
}

void FormHost::chainFocus()
{
    // A page set into the scroll area would otherwise join the window's focus chain at its end.
    QWidget *page = widget();
    if (!page)
        return;
    // Without a widget before it (a dialog's form comes first), the chain starts at the
    // page's first field.
    QWidget *previous = m_before;
    QList<QWidget *> containers{page};
    for (const QPointer<QWidget> &w : std::as_const(m_after))
        if (w)
            containers.append(w);
    for (QWidget *container : std::as_const(containers)) {
        for (QWidget *w : container->findChildren<QWidget *>()) {
            // A row just added is hidden until the layout shows it: only what was hidden
            // on purpose stays out.
            const bool hiddenOnPurpose = w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide);
            // A combo box's popup list is a window of its own: not part of the chain.
            if (!(w->focusPolicy() & Qt::TabFocus) || hiddenOnPurpose || w->focusProxy()
                || w->window() != (previous ? previous : page)->window())
                continue;
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (m_last && previous)
        QWidget::setTabOrder(previous, m_last);
}

} // namespace sinch::ui
