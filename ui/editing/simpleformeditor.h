#pragma once

#include "editing/serverfindings.h"
#include "editing/simpleformpart.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QPushButton;

namespace sinch {
class ApiJob;
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
// (from `rules`), the server's refusals on their fields (ServerFindings), and Save (Ctrl+S,
// or Enter in a field) and Cancel in the EditorFrame's bottom row. It does not talk to the
// server: the owner sends what saveRequested() carries through its typed service and hands
// the job to track(), so the same editor serves a create and an update of any such resource.
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

    // Waits for the owner's send: busy meanwhile (Save disabled, the bar says `busyText`
    // beside a Stop waiting that stops this request); a refusal shows on its fields and in
    // the bar with nothing typed lost, a success makes the document the clean state and
    // runs `done`.
    void track(ApiJob *job, const QString &busyText, std::function<void(const ApiResult &)> done);
    bool isBusy() const { return m_busy; }

public slots:
    // Refuses with the first error focused, else emits saveRequested().
    void save();

signals:
    void saveRequested(const QJsonObject &document);
    void cancelRequested();
    void busyChanged(bool busy);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void validate();
    void setBusy(bool busy);
    void saved();
    void refused(const ApiResult &result);

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
