#pragma once

#include "domain/jsondiff.h"
#include "rules/finding.h"
#include "rules/whatsapptemplaterules.h"

#include <QJsonObject>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

class QDateTime;
class QTimer;
class QUndoStack;

namespace sinch {
class ApiClient;
class Clock;
class ClockTimer;
class DraftStore;
}

namespace sinch::ui {

class MessageBox;
class ActivityFeedView;
class PreviewOverlay;
class WhatsappPreviewWidget;

// One WhatsApp template in a tab: outline | form of the selected part | live preview,
// findings at the bottom, Save draft (Ctrl+S) and Submit for review (Ctrl+Enter). Every
// edit is an undo command on one QUndoStack; dirty means "the stack is not clean". The
// document is the contract's create-request shape; unknown fields survive any edit.
// Validation runs on every change; a server 400 lands on its fields. The local draft is
// autosaved every few seconds while dirty and on destruction.
//
// A template on the server comes with its server version (the contract's
// WhatsappTemplateDto: state, category, rejectionCode, changes, details ...): its name and
// language are shown, not editable; the edit rules apply (the category changes only in a
// draft or after an INCORRECT_CATEGORY rejection); and when it has an approved version
// and pending changes or local edits, "Compare with approved" shows the approved preview
// beside the edited one with the changed fields listed below. The preview follows the
// selection: the selected part is outlined and a selected card scrolled into view.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    struct Context {
        ApiClient *client = nullptr;
        QString projectKey;
        DraftStore *drafts = nullptr;
        MessageBox *messageBox = nullptr;
        // The project around a NEW template (its templates, the names deleted lately):
        // asked on every validation; unset = no project rules.
        std::function<rules::ProjectTemplates()> projectTemplates = {};
        // Autosave, the name look-up and review polling run on it (nullptr: the system clock).
        Clock *clock = nullptr;
        // "Send test…" of an approved template (the button is there when set): the server's
        // version and the document with the editor's examples.
        std::function<void(QWidget *editor, const QJsonObject &serverTemplate, const QJsonObject &document)> sendTest = {};
    };

    // `document`: what to edit (the create-request shape). `serverTemplate`: the server's
    // version of an existing template (the full WhatsappTemplateDto), empty for a new one.
    TemplateEditor(const Context &context, const QJsonObject &document, const QJsonObject &serverTemplate = QJsonObject(),
                   QWidget *parent = nullptr);
    ~TemplateEditor() override;

    bool isExisting() const;          // on the server (opened from it, or saved)
    QJsonObject serverTemplate() const; // as last read or saved; empty for a new template

    QJsonObject document() const;
    void setDocument(const QJsonObject &doc); // one undoable step
    // A draft kept under `draftKey` comes back as one undoable edit over what the editor
    // opened with: unsaved until saved, and kept under the same key until then.
    void restoreDraft(const QString &draftKey, const QJsonObject &document);
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

    // --- Compare with approved ---
    // Whether there is something to compare: an approved version (a `state` and
    // `details`) and pending `changes` or local edits.
    bool canCompare() const;
    bool isComparing() const;
    void setComparing(bool on);
    // From the approved version to the document, by JSON path (empty when not comparing).
    QList<JsonChange> changesFromApproved() const;

    // The previews (the approved one is shown only while comparing) and what they mark.
    // The template's activity and comments (a tab beside the preview).
    ActivityFeedView *activityView() const;
    // The side's Activity tab instead of the preview.
    void showActivity();
    WhatsappPreviewWidget *preview() const;
    WhatsappPreviewWidget *approvedPreview() const;
    PreviewOverlay *previewOverlay() const;
    PreviewOverlay *approvedOverlay() const;

    ClockTimer *autosaveTimer() const;
    // The bar showing save/import errors and notices (empty when hidden).
    QString messageText() const;
    bool isBusy() const;
    // The server's pending changes are IN_PROGRESS: it takes no edits, Save and Submit wait.
    bool isInReview() const;
    // Reads the server's version again (also every 30 s while in review, and "Check now").
    void checkReview(); // a save or submit is on its way

public slots:
    // Checks the document again (the project's templates changed: a name may be taken now).
    void revalidate();
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
    // Offers back edits of this template kept in the local drafts (see the constructor).
    void offerKeptDraft(const QJsonObject &document, const QDateTime &savedAt);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
