#pragma once

#include "editing/listededitor.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QUndoStack;

namespace sinch {
class ApiClient;
class DraftStore;
class KakaotalkTemplateCategories;
}

namespace sinch::ui {

class AlimtalkPreviewWidget;
class KakaotalkTemplateSync;

// The KakaoTalk AlimTalk template editor, assembled from the editing parts
// (docs/architecture.md): an EditSession over {details, consoleExamples} (the examples are
// the console's own and never sent), a FormHost showing the KakaotalkTemplateForm, the
// findings of KakaotalkTemplateRules as the user types, the server's refusals (400, Kakao's
// 424) on their fields, Save draft (Ctrl+S) and Submit for review (Ctrl+Enter) through
// KakaotalkTemplateSync, the review state in a banner, drafts autosaved, and the AlimTalk
// preview following every keystroke with the findings marked (a click on a part goes to its field).
class KakaotalkTemplateEditor : public QWidget, public ListedEditor
{
    Q_OBJECT
public:
    struct Context
    {
        ApiClient *client = nullptr;
        QString projectKey;
        QString plusFriendId;
        QString channelName; // the sender's name, shown above the preview's message
        QPointer<KakaotalkTemplateCategories> categories;
        DraftStore *drafts = nullptr; // none: nothing is written to disk
        // "Send test…" of an approved template (the button is there when set): the server's
        // version and the document with the editor's examples.
        std::function<void(QWidget *editor, const QJsonObject &serverTemplate, const QJsonObject &document)> sendTest = {};
    };

    // `server`: the template as the server has it (empty for a new one).
    KakaotalkTemplateEditor(const Context &ctx, const QJsonObject &server, QWidget *parent = nullptr);
    ~KakaotalkTemplateEditor() override;

    QString plusFriendId() const;
    QString templateCode() const;
    QString listKey() const override { return templateCode(); }
    bool isExisting() const { return !templateCode().isEmpty(); }
    // A row of the list read again (F5): it may show a create that got no answer made.
    bool rowRead(const QJsonObject &row);
    QString projectKey() const override;
    QString title() const override;
    QJsonObject document() const;
    QJsonObject serverTemplate() const;
    QUndoStack *undoStack() const;
    bool isDirty() const override;
    bool isBusy() const;
    QList<rules::Finding> findings() const;
    QString messageText() const;
    QString reviewText() const;
    void focusFirstField() override;
    void showNotice(const QString &text) override;
    bool canSave() const override;
    void save(std::function<void(bool saved)> done) override;
    // The editor is closing: an unsaved edit stays in the drafts, an edit undone (or
    // discarded) back to the server's version leaves none. Nothing is written after it.
    void finish() override;

    AlimtalkPreviewWidget *preview() const;
    // What a preview shows: the details being edited, as they would be sent, and the
    // examples of the variables (name -> example).
    QJsonObject previewDetails() const;
    QJsonObject previewExamples() const;

public slots:
    void saveDraft();
    void submit();
    // Reads the template again (the review's decision).
    void refresh();
    // Back to what was last saved (the steps stay for redo).
    void discard() override;

signals:
    void saved(const QJsonObject &serverTemplate);
    void dirtyChanged(bool dirty);
    void findingsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
