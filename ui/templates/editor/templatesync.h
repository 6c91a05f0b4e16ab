#pragma once

#include "api/apiresult.h"
#include "services/whatsapptemplateservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>


namespace sinch {
class ApiClient;
class ApiJob;
class Clock;
class ClockTimer;
class TemplateConflictCheck;
}

namespace sinch::ui {

// The server side of one WhatsApp template in an editor, without widgets: the server's
// version (the contract's WhatsappTemplateDto) and the name and language that address
// it, saving (POST for a new template, PATCH after) as a draft or for review, and the
// review: while the pending changes are IN_PROGRESS the server takes no edits, and the
// review is asked again every 30 seconds until it ends. A PATCH goes only after the
// template was read again and found as the editor started from it (TemplateConflictCheck):
// else conflict() lets the user choose.
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    TemplateSync(ApiClient *client, const QString &projectKey, const QJsonObject &serverTemplate,
                 const QJsonObject &document, Clock *clock = nullptr, QObject *parent = nullptr);
    ~TemplateSync() override;

    bool isExisting() const { return !m_server.isEmpty(); }
    QJsonObject server() const { return m_server; }
    QString name() const { return m_name; }
    QString language() const { return m_language; }
    bool isConnected() const;
    bool isBusy() const; // a save is on its way
    // Stops waiting for the save in flight (or the read before it): it fails as stopped, an
    // answer that never came.
    void stopWaiting();
    bool isInReview() const;
    ClockTimer *reviewTimer() const { return m_reviewTimer; }

    // Sends `document` (the create-request shape) as a draft or for review; an existing
    // template changed on the server since server() was read is not sent: conflict().
    void send(const QJsonObject &document, bool submit);
    // Sends `document` over whatever the server has now (the user chose to overwrite).
    void overwrite(const QJsonObject &document, bool submit);
    // Takes `server` as the version edits start from (the user loaded theirs).
    void adopt(const QJsonObject &server) { setServer(server); }
    // The template is gone from the server (deleted meanwhile): the next send creates it.
    void forgetServer() { setServer({}); }
    // Reads the server's version again (also every 30 s while in review).
    void checkReview();

signals:
    // A save's answer; on success server() is the new version already.
    void sent(const sinch::ApiResult &result, bool submit, const QJsonObject &sentDocument);
    // The review was asked; `ended`: it was running and is over now (server() says how).
    void reviewChecked(const sinch::ApiResult &result, bool ended);
    void serverChanged();
    // Another save happened since server() was read: `theirs` is the server's version now.
    void conflict(const QJsonObject &theirs, bool submit);

private:
    void setServer(const QJsonObject &server);
    void onChecked(const sinch::ApiResult &result, bool conflicted);

    WhatsappTemplateService m_templates;
    QJsonObject m_server;
    QString m_name;
    QString m_language;
    QPointer<ApiJob> m_job;
    QPointer<ApiJob> m_reviewJob;
    TemplateConflictCheck *m_conflicts;
    QJsonObject m_checked; // what send() is to PATCH once the check allows
    bool m_checkedSubmit = false;
    ClockTimer *m_reviewTimer;
};

} // namespace sinch::ui
