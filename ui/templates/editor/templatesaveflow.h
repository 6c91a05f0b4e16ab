#pragma once

#include "api/apiresult.h"
#include "rules/finding.h"
#include "rules/templatevalidator.h"

#include <QObject>
#include <functional>
#include <optional>

namespace sinch::ui {

class EditSession;
class MessageBar;
class ServerFindings;
class TemplateSync;

// Saving a template from its editor and hearing how it went: refused while errors remain
// (the first one said), kept locally while the changes are in review, sent otherwise;
// the answer marks the fields the server refused, says the rest, and cleans the session
// and its draft on success. A review that ends is reported (approved, or rejected with
// its code). A save that would overwrite another's shows both (SaveConflictDialog) and
// overwrites, loads theirs or keeps editing as chosen. Messages go to the editor's bar.
class TemplateSaveFlow : public QObject
{
    Q_OBJECT
public:
    using Check = std::function<QList<rules::Finding>(rules::Mode)>;

    TemplateSaveFlow(EditSession *session, TemplateSync *sync, ServerFindings *serverFindings, MessageBar *bar,
                     Check check, QObject *parent = nullptr);

    // `done(ok)` is called once the save has ended (or was not started).
    void send(bool submit, std::function<void(bool)> done = {});
    // While the changes are in review `banner` says so and offers "Check now"; else it hides.
    void showReviewState(MessageBar *banner) const;
    // The editor's findings changed: a refusal whose errors are fixed goes.
    void editorFindingsChanged();

signals:
    void serverChanged();                         // saved, or the review was asked
    void findingsChanged();                       // the server refused fields
    void saved(const QJsonObject &serverTemplate); // the list refreshes

private:
    void onSent(const ApiResult &result, bool submit, const QJsonObject &sent);
    void onReviewChecked(const ApiResult &result, bool ended);
    // Saved elsewhere meanwhile: theirs beside mine, and the user chooses.
    void onConflict(const QJsonObject &theirs, bool submit);
    // The template was deleted on the server since it was opened: it becomes a new one.
    void onDeletedMeanwhile(bool submit);
    // The name is WhatsApp's for 30 days after a deletion: marked, and `text` says so.
    void refuseName(const QString &text);
    void finish(bool ok);

    EditSession *m_session;
    TemplateSync *m_sync;
    ServerFindings *m_serverFindings;
    MessageBar *m_bar;
    Check m_check;
    std::function<void(bool)> m_done;
    std::optional<rules::Mode> m_refusedAs; // the bar says a send of this kind was refused for errors
    QString m_refusal;                      // in these words
};

} // namespace sinch::ui
