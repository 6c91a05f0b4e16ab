#pragma once

#include "editing/serverfindings.h"
#include "editing/simpleformpart.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QPushButton;

namespace sinch {
struct ApiResult;
}

namespace sinch::ui {

class EditSession;
class FieldBinder;
class FindingsList;
class FormHost;
class MessageBar;

// A small editor assembled from the editing parts for a document of a few flat fields:
// an EditSession (undo, typing steps; no draft store, so what is typed, secrets included,
// never reaches the disk), one SimpleFormPart in a FormHost, findings as the user types
// (from `rules`), the server's refusals on their fields (ServerFindings), and Save (Ctrl+S)
// and Cancel in the EditorFrame's bottom row. It does not talk to the server: the owner
// sends what saveRequested() carries and reports back with saved() or refused(), so the
// same editor serves a create and an update of any such resource.
class SimpleFormEditor : public QWidget
{
    Q_OBJECT
public:
    using Rules = std::function<QList<rules::Finding>(const QJsonObject &)>;

    SimpleFormEditor(const QString &title, const QList<SimpleField> &fields, const QJsonObject &document, Rules rules,
                     QWidget *parent = nullptr);
    ~SimpleFormEditor() override;

    void setSaveText(const QString &text, const QString &toolTip);
    QJsonObject document() const;
    // The fields that differ from the document as it was given or last saved.
    QJsonObject changes() const;
    QList<rules::Finding> findings() const { return m_findings; }
    bool isDirty() const;
    EditSession *session() const { return m_session; }
    MessageBar *messageBar() const { return m_bar; }
    void focusFirstField();

    // The owner's send is on its way (buttons disabled, the bar says so) or over.
    void setBusy(bool busy, const QString &text = QString());
    // The server took the document: it is the clean state now.
    void saved();
    // The server refused: its findings on their fields, the rest in the bar; nothing typed is lost.
    void refused(const ApiResult &result);

public slots:
    // Refuses with the first error focused, else emits saveRequested().
    void save();

signals:
    void saveRequested(const QJsonObject &document);
    void cancelRequested();

private:
    void validate();

    EditSession *m_session;
    FieldBinder *m_binder;
    FormHost *m_form;
    FindingsList *m_findingsList;
    MessageBar *m_bar;
    QPushButton *m_save;
    QPushButton *m_cancel;
    Rules m_rules;
    QList<rules::Finding> m_findings;
    QJsonObject m_clean;
    QStringList m_topLevel;
    QString m_firstPath;
    bool m_busy = false;
    ServerFindings m_serverFindings;
};

} // namespace sinch::ui
