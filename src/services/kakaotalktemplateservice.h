#pragma once

#include "api/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The AlimTalk templates of one KakaoTalk sender (plusFriendId) as typed calls, keyed by
// their template code. Each call returns the running job; its finished() carries the
// template (KakaotalkTemplateDto), except delete and delete changes (204).
//
// The lifecycle: create (a DRAFT, or submitted: Kakao validates it at once and may refuse
// it with 424, then reviews it: changes IN_PROGRESS) -> APPROVED, or changes REJECTED (the
// reason is in the template's activity feed). An approved template is edited by update
// (its changes are a draft, or submitted), and its pending changes can be deleted.
class KakaotalkTemplateService
{
public:
    // What the list asks the server for: states (KakaotalkTemplateStates), statuses of the
    // pending changes (KakaotalkTemplateStatuses), a name prefix.
    struct Filter
    {
        QStringList states;
        QStringList statuses;
        QString templateName;
    };

    KakaotalkTemplateService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    // The first page of a sender's templates, for a paged model.
    static ApiRequest listRequest(const QString &plusFriendId, const Filter &filter = Filter());
    // The first page of the template categories a sender may use, for a Pager.
    static ApiRequest categoriesRequest(const QString &plusFriendId);

    ApiJob *get(const QString &plusFriendId, const QString &templateCode) const;
    // `details`: KakaotalkInputTemplateDetailsDto; `submit` sends it to Kakao at once (the
    // contract's default), else it is kept as a draft.
    ApiJob *create(const QString &plusFriendId, const QJsonObject &details, bool submit) const;
    // `details`: KakaotalkInputUpdateTemplateDetailsDto. The status always travels: the
    // contract's default of an update is a draft.
    ApiJob *update(const QString &plusFriendId, const QString &templateCode, const QJsonObject &details, bool submit) const;
    ApiJob *remove(const QString &plusFriendId, const QString &templateCode) const;
    // Discards the pending (draft or rejected) changes; the approved details stay.
    ApiJob *removeChanges(const QString &plusFriendId, const QString &templateCode) const;

    static QJsonArray templatesIn(const ApiResult &result);
    static QJsonArray categoriesIn(const ApiResult &result);
    // The template's words as they are being edited: the pending changes' details when
    // there are changes, else the approved details.
    static QJsonObject editedDetails(const QJsonObject &serverTemplate);

private:
    ApiJob *call(const QString &operationId, const QString &plusFriendId, const QString &templateCode,
                 const QJsonObject &body = QJsonObject()) const;

    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
