#pragma once

#include "rules/finding.h"

#include <QList>
#include <QPointer>
#include <QScrollArea>
#include <functional>

namespace sinch::ui {

class EditSession;
class FieldBinder;
class FormPart;

// Shows one FormPart of an editor at a time and keeps it in step with the document.
// The rule every editor relies on: no edit handler ever deletes the widget whose signal
// it is handling. A page that must be replaced (another part selected, or the document's
// structure changed under it) is replaced after the current event: the old page is hidden
// at once and deleted by the event loop, so a key press still inside a text field, a
// combo box inside activated() or a button inside clicked() outlives its own signal. The
// field that had the focus gets it back on the new page, with its cursor; when a button
// had it (Add footer, Add button), the field it added gets it, scrolled into view.
class FormHost : public QScrollArea
{
    Q_OBJECT
public:
    using Factory = std::function<FormPart *()>;

    FormHost(EditSession *session, FieldBinder *binder, QWidget *parent = nullptr);

    // Builds the page now (another part was selected: no edit is on its way).
    void showPart(const Factory &factory);
    // After a change of the document: in place when the page can follow it, else a new
    // page after the current event.
    void follow();
    bool isRebuildPending() const { return m_rebuildPending; }
    FormPart *part() const;
    // Marks the fields that have findings (kept for the pages built later).
    void setFindings(const QList<rules::Finding> &findings);

    // Tab runs from `before` through the page's fields in order, then through `after`'s
    // focusable children, then to `last`.
    void setFocusNeighbours(QWidget *before, const QList<QWidget *> &after, QWidget *last);
    // Re-links the focus chain (rows were added in place).
    void chainFocus();
    // Puts the keyboard in the page's first field that takes text (else its first field).
    void focusFirstField();

signals:
    void pageBuilt();

private:
    void build();
    // Scrolls `field` into sight once the page is laid out.
    void keepInSight(QWidget *field);
    void focusAddedField(QWidget *page, const QList<QString> &hadPaths);

    EditSession *m_session;
    FieldBinder *m_binder;
    QList<rules::Finding> m_findings;
    Factory m_factory;
    QString m_structure;
    bool m_rebuildPending = false;
    QPointer<QWidget> m_before;
    QList<QPointer<QWidget>> m_after;
    QPointer<QWidget> m_last;
};

} // namespace sinch::ui
