#pragma once

#include "editing/listededitor.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QWidget>
#include <memory>

class QUndoStack;

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

// The webhook editor, assembled from the editing parts (docs/architecture.md): an
// EditSession over {target, secret, triggers}, a FormHost showing the WebhookForm, the
// findings as the user types, the server's refusals on their fields, and Save (Ctrl+S:
// create, or PATCH of the changed fields) and Replace (PUT of every field) in the
// EditorFrame's bottom row. The session gets no draft store: the secret is never written
// to disk.
class WebhookEditor : public QWidget, public ListedEditor
{
    Q_OBJECT
public:
    // `server`: the webhook as the server has it (empty for a new one).
    WebhookEditor(ApiClient *client, const QString &projectKey, const QJsonObject &server, QWidget *parent = nullptr);
    ~WebhookEditor() override;

    QString webhookId() const;
    QString listKey() const override { return webhookId(); }
    bool isExisting() const { return !webhookId().isEmpty(); }
    QString title() const override;
    QJsonObject document() const;
    QUndoStack *undoStack() const;
    bool isDirty() const override;
    bool isBusy() const;
    QList<rules::Finding> findings() const;
    QString messageText() const;
    // A notice above the form (the edits belong to another project than the list's).
    void showNotice(const QString &text) override;
    QString projectKey() const override;
    void focusFirstField() override;
    bool canSave() const override { return !isBusy(); }
    void save(std::function<void(bool saved)> done) override;

public slots:
    void save();
    void replace();
    // Puts the document back to what was last saved (no step to undo: the user chose to drop it).
    void discard() override;
    // A webhook as the list, read again, has it: after a save (or a create) whose answer
    // never came, the save is taken as made when the row shows it (no "refresh to check"
    // left over); true then.
    bool rowRead(const QJsonObject &row);

signals:
    void saved(const QJsonObject &webhook);
    void dirtyChanged(bool dirty);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
