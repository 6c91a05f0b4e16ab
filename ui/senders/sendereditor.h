#pragma once

#include "rules/finding.h"
#include "senderchannel.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

class QUndoStack;

namespace sinch {
struct ApiResult;
class DraftStore;
}

namespace sinch::ui {

class MessageBox;

// Creates a WhatsApp or KakaoTalk sender, or edits one's details, assembled from the
// editing parts (docs/architecture.md): an EditSession over the contract's create or
// update request, a FormHost showing the SenderForm, the SenderRules' findings as the user
// types, the server's refusals on their fields (ServerFindings: what was typed stays),
// and Save draft (Ctrl+S) and Submit (Ctrl+Return) in the EditorFrame's bottom row.
// Closing with unsaved edits asks first (through the MessageBox).
class SenderEditor : public QDialog
{
    Q_OBJECT
public:
    // `sender`: the sender to edit (empty: a new one). `categories`: KakaoTalk's category
    // tree, read when needed (it may arrive after the editor opens).
    SenderEditor(const SenderChannel &channel, const QJsonObject &sender, std::function<QJsonArray()> categories,
                 MessageBox *box, QWidget *parent = nullptr);
    ~SenderEditor() override;

    bool isNew() const;
    QJsonObject document() const;
    QList<rules::Finding> findings() const;
    QString messageText() const;
    bool isDirty() const;
    bool isBusy() const;
    QUndoStack *undoStack() const;
    // The categories arrived: the category row shows their names.
    void categoriesChanged();
    // Keeps what is typed in `drafts` (autosaved while unsaved, left there if the console
    // stops), and takes up what this sender's editor (or an unsaved new sender's) left there.
    void keepDrafts(DraftStore *drafts, const QString &projectKey);

public slots:
    void saveDraft();
    void submit();
    void reject() override;

signals:
    void saved(const QJsonObject &sender);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
