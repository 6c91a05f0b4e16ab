#pragma once

#include "api/apiresult.h"
#include "services/kakaotalktemplateservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace sinch {
class ApiJob;
}

namespace sinch::ui {

// The server side of the KakaoTalk template editor: the template as the server has it, its
// saves (POST of a new template, PATCH of one on the server, as a draft or submitted for
// Kakao's review), its refresh (GET, every 30 s while in review) and, once Kakao rejected
// its changes, the reason, which the contract gives only in the template's activity feed.
class KakaotalkTemplateSync : public QObject
{
    Q_OBJECT
public:
    KakaotalkTemplateSync(ApiClient *client, const QString &projectKey, const QString &plusFriendId,
                          const QJsonObject &server, QObject *parent = nullptr);
    ~KakaotalkTemplateSync() override;

    QString plusFriendId() const { return m_plusFriendId; }
    QString code() const { return m_server.value(QLatin1String("code")).toString(); }
    bool isExisting() const { return !code().isEmpty(); }
    QJsonObject server() const { return m_server; }
    QString state() const;          // APPROVED, REJECTED or empty (never approved)
    QString changesStatus() const;  // DRAFT, IN_PROGRESS, REJECTED or empty (no changes)
    bool isInReview() const { return changesStatus() == QLatin1String("IN_PROGRESS"); }
    QString rejectionReason() const { return m_reason; }
    bool isBusy() const { return !m_job.isNull(); }
    // Stops waiting for the request in flight (a save, or its look-up first): it fails as
    // stopped, an answer that never came.
    void stopWaiting();
    // A row of the template list read again: when it is the template a create that got no
    // answer made (its name), and the editor holds what that create sent (`request`), this
    // is that template now, saved (saved()). Else false, and the next save looks it up.
    bool settleFrom(const QJsonObject &row, const QJsonObject &request);

    // `request`: {details} of the create request (KakaotalkTemplateEdits::request()). After
    // a create that got no answer (it may have been made), the next save looks for the
    // template by its name first, and changes it if it is there.
    void save(const QJsonObject &request, bool submit);
    void refresh();
    // The details of an update (KakaotalkInputUpdateTemplateDetailsDto): no language, and a
    // null for an optional text the server has that the edit removed.
    static QJsonObject updateDetails(const QJsonObject &details, const QJsonObject &serverDetails);

signals:
    void saved(const QJsonObject &serverTemplate, bool submitted);
    void refreshed(const QJsonObject &serverTemplate);
    void reasonChanged();
    // `saving`: a save failed (else the refresh did).
    void failed(const sinch::ApiResult &result, bool saving);
    void busyChanged(bool busy);

private:
    void send(const QJsonObject &request, bool submit);
    void take(const QJsonObject &serverTemplate);
    static QString nameOf(const QJsonObject &serverTemplate); // what a create's look-up matches
    void readReason();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QString m_plusFriendId;
    KakaotalkTemplateService m_service;
    QJsonObject m_server;
    QString m_reason;
    QPointer<ApiJob> m_job;
    bool m_createUnanswered = false; // the last create's outcome is unknown
    QJsonObject m_unansweredDetails;  // what it sent
    bool m_unansweredSubmit = false;
    QPointer<ApiJob> m_reasonJob;
    QTimer *m_poll;
};

} // namespace sinch::ui
