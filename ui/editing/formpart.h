#pragma once

#include <QString>
#include <QWidget>
#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sinch::ui {

class EditSession;
class FieldBinder;

// One page of an editor's form: the fields of one part of the document (KeePassXC's edit
// pages). A part builds its widgets once, binds its inputs to JSON paths through the
// FieldBinder (which writes every edit to the session as an undo step and shows values
// and findings), and updates in place what can change without a new page (rows that
// follow a count). When the document changes in a way the page cannot follow, its
// structure() differs and the FormHost builds a new page after the current event.
class FormPart : public QWidget
{
    Q_OBJECT
public:
    FormPart(EditSession *session, FieldBinder *binder, const QString &title, QWidget *parent = nullptr);

    // A key of what the page's widgets were built for; a different key asks for a new page.
    virtual QString structure() const { return QString(); }
    // Follows a change of the document in place (the binder refreshes the bound values).
    virtual void updateInPlace() {}

    // Takes the row of `field` out of `layout` (rows that follow a count): its widgets are
    // hidden now and deleted by the event loop, as `field` may be the one being handled.
    static void dropRow(QFormLayout *layout, QWidget *field);

signals:
    // Rows were added or removed in place: the host marks their findings and links them
    // into the focus chain.
    void rowsChanged();

protected:
    EditSession *session() const { return m_session; }
    FieldBinder *binder() const { return m_binder; }
    QFormLayout *form() const { return m_form; }

    // Building blocks shared by every part.
    QPushButton *actionButton(const QString &text, const std::function<void()> &onClick);
    QPushButton *removeButton(const QString &text, const QString &accessibleName, const std::function<void()> &onClick);
    // A push button in a row of its own at its natural width, at the right (removals) or left.
    static QHBoxLayout *compactRow(QPushButton *button, bool right);
    static QLabel *hint(const QString &text);
    // A value shown, not edited: selectable plain text, named for screen readers.
    static QLabel *fixedValue(const QString &objectName, const QString &text, const QString &accessibleName,
                              const QString &tip);
    // A long identifier shown, not edited (a template's code, a UUID): a read-only field that
    // scrolls within itself and copies whole, where a label would be as wide as the identifier
    // (Qt breaks no line inside one) and push the form past its column.
    static QLineEdit *fixedIdentifier(const QString &objectName, const QString &text, const QString &accessibleName,
                                      const QString &tip);

private:
    EditSession *m_session;
    FieldBinder *m_binder;
    QFormLayout *m_form;
};

} // namespace sinch::ui
