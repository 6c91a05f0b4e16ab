#pragma once

#include "rules/finding.h"

#include <QJsonObject>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace sinch {
class ApiClient;
class DraftStore;
}

namespace sinch::ui {

class MessageBox;

// One WhatsApp template in a tab: outline | form of the selected part | live preview,
// findings at the bottom, Save draft (Ctrl+S) and Submit for review (Ctrl+Enter). Every
// edit is an undo command on one QUndoStack; dirty means "the stack is not clean". The
// document is the contract's create-request shape; unknown fields survive any edit.
// Validation runs on every change; a server 400 lands on its fields. The local draft is
// autosaved every few seconds while dirty and on destruction.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    struct Context {
        ApiClient *client = nullptr;
        QString projectKey;
        DraftStore *drafts = nullptr;
        MessageBox *messageBox = nullptr;
    };

    TemplateEditor(const Context &context, const QJsonObject &document, bool existing, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    QJsonObject document() const;
    void setDocument(const QJsonObject &doc); // one undoable step
    QUndoStack *undoStack() const;
    bool isDirty() const;
    QString title() const;  // "order_update · EN_US"
    QString draftKey() const;
    QList<rules::Finding> findings() const;
    void requestClose(std::function<void(bool)> done); // asks via MessageBox only when something would be lost

    // --- Editing API (what the outline and the forms do; tests and the main window use it too) ---
    // The selected part: "settings", "header", "body", "footer", "buttons", "buttons/N",
    // "carousel", "carousel/N".
    QString currentPart() const;
    void selectPart(const QString &part);
    // Selects the part of a JSON path and focuses its field (a finding's "go there").
    void goToPath(const QString &path);
    // Sets one value by JSON path; `typing` merges with the previous edit of the same
    // field until a field loses focus (endTyping()).
    void setValue(const QString &path, const QJsonValue &value, bool typing = false);
    void endTyping();
    // type: QUICK_REPLY, URL, PHONE_NUMBER, OTP, FLOW. Returns the new button's index.
    int addButton(const QString &type);
    void removeButton(int index);
    void moveButton(int from, int to);
    // Carousel: created on the first addCard(); a new card copies card 0's structure.
    int addCard();
    int duplicateCard(int index);
    void removeCard(int index);
    void moveCard(int from, int to);
    void applyCardStructure(int sourceCard);
    bool cardStructuresDiffer() const;
    // Inserts {{n}} at `cursorPos` of the BODY (or text HEADER) text; returns n.
    int insertVariable(const QString &componentType, int cursorPos);
    void setHeaderFormat(const QString &format); // empty = no header

    QTimer *autosaveTimer() const;
    // The bar showing save/import errors and notices (empty when hidden).
    QString messageText() const;
    bool isBusy() const; // a save or submit is on its way

public slots:
    void saveDraft();
    void submit();
    void importJson(const QString &file);
    void exportJson(const QString &file) const;

signals:
    void titleChanged(const QString &title);
    void dirtyChanged(bool dirty);
    void saved(const QJsonObject &serverTemplate);
    void findingsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
