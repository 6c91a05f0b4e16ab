#pragma once

#include "domain/templatedocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>

class QUndoCommand;
class QUndoStack;

namespace sinch {
class Clock;
class ClockTimer;
class DraftStore;
}

namespace sinch::ui {

// One document being edited, without widgets: the JSON document (edited by path), the
// undo stack every edit goes through, typing sessions (keys typed into one field merge
// into one undo step until endTyping()), the dirty state and the local draft, autosaved
// every few seconds while dirty. Every editor of the console is built on one: the form
// parts push edits here, the outline, preview and validation follow changed().
class EditSession : public QObject
{
    Q_OBJECT
public:
    // Timers (autosave) run on `clock` (the system clock for nullptr).
    explicit EditSession(const QJsonObject &document, Clock *clock = nullptr, QObject *parent = nullptr);
    ~EditSession() override;

    TemplateDocument &document() { return m_document; }
    const TemplateDocument &document() const { return m_document; }
    QJsonObject json() const { return m_document.json(); }
    QJsonValue value(const QString &path) const { return m_document.value(path); }
    QUndoStack *undoStack() const { return m_stack; }

    // --- Edits: each one undo step (`typing` edits of one field merge) ---
    void set(const QString &path, const QJsonValue &value, bool typing = false, const QString &text = QString());
    void insert(const QString &listPath, int index, const QJsonValue &value, const QString &text);
    void remove(const QString &listPath, int index, const QString &text);
    void move(const QString &listPath, int from, int to, const QString &text);
    void replace(const QJsonObject &document, const QString &text);
    void push(QUndoCommand *command);
    // A field lost the focus (or a non-typing edit comes): the next keys start a new step.
    void endTyping() { ++m_typingSession; }

    // --- Dirty state ---
    bool isDirty() const;
    int unsavedChanges() const; // fields and items changed since the last save (at least 1 when dirty)
    void setClean();            // what is on the server now
    // Back to what was last saved, by undo: the steps stay for redo, as a person's Ctrl+Z would.
    void undoToClean();

    // --- The local draft ---
    // What a draft says besides the document (asked each time one is written).
    struct DraftInfo {
        QString projectKey;
        QString title;
        QString kind;
        QJsonObject original; // the server's version the edit started from
    };
    void setDrafts(DraftStore *drafts, const QString &key, std::function<DraftInfo()> info);
    // Drafts kept under `prefix`: an existing document's at prefix + `id`; a new one's (`id`
    // empty) at prefix + "new-<uuid>", taking up the first new document left unsaved there.
    // A kept draft that differs from the document comes back as one undoable step named
    // `stepText`; returns whether one did.
    bool resumeDrafts(DraftStore *drafts, const QString &prefix, const QString &id, std::function<DraftInfo()> info,
                      const QString &stepText);
    QString draftKey() const { return m_draftKey; }
    void setDraftKey(const QString &key) { m_draftKey = key; }
    bool writeDraft(QString *error = nullptr);
    void removeDraft();
    QDateTime autosavedAt() const { return m_autosavedAt; }
    ClockTimer *autosaveTimer() const { return m_autosave; }
    // The autosave interval of sessions made from now on (5 s unless a test run shortens it).
    static void setAutosaveInterval(int msecs);
    static int autosaveInterval();
    // The editor is closing: an unsaved edit stays in the drafts (an edit undone back to
    // the server's version removes its draft). After it the session writes no more drafts.
    // The destructor does the same for an owner that did not call it.
    void finish();
    // Closing without keeping anything: the draft goes too.
    void discard();

signals:
    void changed(const QString &path);
    void dirtyChanged(bool dirty);
    void stepsChanged(); // the undo index moved: the unsaved count may have changed
    void draftWritten();
    void draftFailed(const QString &error);

private:
    void autosave();

    TemplateDocument m_document;
    QUndoStack *m_stack;
    ClockTimer *m_autosave;
    int m_typingSession = 0;
    quint64 m_changes = 0;
    quint64 m_autosavedChanges = 0;
    QDateTime m_autosavedAt;
    DraftStore *m_drafts = nullptr;
    QString m_draftKey;
    std::function<DraftInfo()> m_draftInfo;
    bool m_discarded = false;
};

} // namespace sinch::ui
