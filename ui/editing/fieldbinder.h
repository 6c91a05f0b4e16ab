#pragma once

#include "rules/finding.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// Binds the editor's input widgets to JSON paths of the template document. Creates each
// widget with its accessible name and object name ("field:<path>"), reports what the user
// changed with edited() (the editor turns it into an undo command; the binder never
// writes the document itself), refreshes widgets from the document after any change
// (undo, redo, import) without echoing an edit, marks widgets that have findings (a red
// or amber frame, the message as tooltip and accessible description) and reports a
// field losing focus, where the editor starts a new undo step.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(QObject *parent = nullptr);

    QLineEdit *lineEdit(const QString &path, const QString &accessibleName, const QString &placeholder = QString());
    QPlainTextEdit *plainText(const QString &path, const QString &accessibleName);
    QComboBox *combo(const QString &path, const QString &accessibleName,
                     const QList<QPair<QString, QJsonValue>> &items);
    // `min` shows `specialText` and stands for "not set" (the key is removed).
    QSpinBox *spin(const QString &path, const QString &accessibleName, int min, int max,
                   const QString &specialText = QString());
    QCheckBox *check(const QString &path, const QString &text);
    // A list of strings picked from `items` (value, text): one checkable row each, the
    // array at `path` holding the checked values in the items' order.
    QListWidget *checkList(const QString &path, const QString &accessibleName,
                           const QList<QPair<QString, QString>> &items);

    // Forgets all widgets (the form is being rebuilt; the widgets are deleted by their parent).
    void clear();
    // Forgets one widget (a row removed in place); it no longer reports edits.
    void unbind(const QString &path);
    void refresh(const TemplateDocument &document);
    void setFindings(const QList<rules::Finding> &findings);
    // Marks one widget with its findings (frame colour, messages as tooltip and accessible
    // description), for widgets a form manages itself.
    static void mark(QWidget *widget, const QList<rules::Finding> &findings);

    // The widget for a path: the one bound to it, or to the longest path it lies under,
    // or the first one bound below it.
    QWidget *widgetFor(const QString &path) const;
    QString pathOf(const QWidget *widget) const;
    QList<QString> paths() const { return m_widgets.keys(); }
    // The tooltip a widget keeps under its findings' messages (a read-only field's reason).
    static void setBaseToolTip(QWidget *widget, const QString &tip);
    // Gives a control that is not bound to a path the binder's key handling (undo keys
    // for the editor, Alt+Up/Down for a combo box's own list).
    void watchKeys(QWidget *widget);

signals:
    // `typing` edits of one field merge into one undo step.
    void edited(const QString &path, const QJsonValue &value, bool typing);
    void focusLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bind(QWidget *widget, const QString &path, const QString &accessibleName);
    void release(QWidget *widget);

    QHash<QString, QPointer<QWidget>> m_widgets;
    bool m_refreshing = false;
};

} // namespace sinch::ui
