#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

namespace sinch {

// The template editor's document: a WhatsApp template in the contract's create-request
// shape ({name, language, category, allowCategoryChange, details: {components, ...}}),
// edited by JSON path ("details.components.1.buttons.0.text": object keys and array
// indexes separated by dots; the empty path is the whole document). Fields the console
// does not know are kept as they are, so a read-modify-write never drops data.
//
// Every change emits changed(path) with the path of the value that changed (for list
// operations the list's path).
class TemplateDocument : public QObject
{
    Q_OBJECT
public:
    explicit TemplateDocument(QObject *parent = nullptr);
    explicit TemplateDocument(const QJsonObject &json, QObject *parent = nullptr);

    QJsonObject json() const { return m_json; }
    void setJson(const QJsonObject &json);

    // The value at `path`; undefined when nothing is there.
    QJsonValue value(const QString &path) const;
    bool contains(const QString &path) const { return !value(path).isUndefined(); }
    // Sets the value at `path`, creating missing objects (and arrays, for a numeric
    // segment one past the end) on the way. An undefined value removes the key (or the
    // array element). False when the path runs through a value that is neither.
    bool set(const QString &path, const QJsonValue &value);
    // List operations on the array at `listPath` (created when missing for insert).
    bool insert(const QString &listPath, int index, const QJsonValue &value);
    QJsonValue remove(const QString &listPath, int index); // the removed value (undefined on failure)
    bool move(const QString &listPath, int from, int to);  // `to` is the final index

    // Components by type ("HEADER", "BODY", ...): their index in details.components, -1
    // when absent; the path ("details.components.N") or empty.
    int componentIndex(const QString &type) const;
    QString componentPath(const QString &type) const;
    // Where a new component of `type` goes so that the canonical order HEADER, BODY,
    // FOOTER, BUTTONS, CAROUSEL holds.
    int componentInsertIndex(const QString &type) const;

    // Variables of a BODY or text HEADER component at `componentPath`: inserts a new
    // {{n}} at `cursorPos` of its text, numbered after the variables before it; the ones
    // after it are renumbered and every example stays with its variable (a new empty
    // example goes in for the new one). Returns the new variable's number, 0 on failure.
    int insertVariable(const QString &componentPath, int cursorPos);

    // The document (create-request shape) of a template from the server (the contract's
    // WhatsappTemplateDto): the pending `changes.details` when there are changes, else the
    // `details`; with `approved`, the approved `details` whatever is pending.
    // `components` is always there.
    static QJsonObject fromServerTemplate(const QJsonObject &serverTemplate, bool approved = false);
    // Whether a template from the server has an approved version (a `state` and its
    // `details`) besides what is being edited.
    static bool hasApprovedVersion(const QJsonObject &serverTemplate);
    // What "New template" starts from: no name yet, English (US), utility, and the body
    // every template needs, so the first thing to do is to type it.
    static QJsonObject newTemplate();

    // --- Pure helpers (used by the editor's undo commands) ---
    static QStringList splitPath(const QString &path);
    static QJsonValue valueAt(const QJsonValue &root, const QStringList &segments);
    // Returns false when the path cannot be built; `root` is unchanged then.
    static bool setAt(QJsonValue &root, const QStringList &segments, const QJsonValue &value);

    // Variable numbers in order of appearance in `text` ({{1}} ... {{n}}).
    static QList<int> variables(const QString &text);
    static int variableCount(const QString &text);
    // The component with a {{n}} inserted at cursorPos (see insertVariable); *number gets n.
    static QJsonObject withVariableInserted(const QJsonObject &component, int cursorPos, int *number = nullptr);
    // Renumbers the variables of a BODY/HEADER component 1..n in order of first
    // appearance; each example moves with its variable.
    static QJsonObject withVariablesRenumbered(const QJsonObject &component);

    // A carousel card's structure: header format, component types and button kinds in
    // order ("HEADER:IMAGE|BODY|BUTTONS:QUICK_REPLY,URL").
    static QString cardStructure(const QJsonObject &card);
    // `card` rebuilt with the structure of `source`: the components and buttons `card`
    // already has in the same place keep their contents (and unknown fields); what is
    // new starts from `source`'s kinds with empty texts.
    static QJsonObject withCardStructure(const QJsonObject &card, const QJsonObject &source);
    // An empty card with `source`'s structure (for "Add card").
    static QJsonObject emptyCardLike(const QJsonObject &source);

signals:
    void changed(const QString &path);

private:
    QJsonObject m_json;
};

} // namespace sinch
