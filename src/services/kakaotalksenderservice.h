#pragma once

#include "api/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The KakaoTalk senders (plus friends) of one project as typed calls, keyed by their
// plusFriendId. Each call returns the running job; its finished() carries the sender
// (KakaotalkSenderDto), except delete and delete changes (204). The contract's IDs of
// this family are mixed (KakaotalkSendersController_* and SendersController_*): that is
// one more reason no caller should spell them.
//
// The lifecycle: create (submitted, or a draft) -> registerSender (Kakao sends a token to
// the admin phone, state VERIFYING) -> verify(token) -> Kakao's review -> ACTIVE.
class KakaotalkSenderService
{
public:
    KakaotalkSenderService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    static ApiRequest listRequest();
    ApiJob *get(const QString &plusFriendId) const;
    // `sender`: plusFriendId and details (KakaotalkInputSenderDto); a draft needs no details.
    ApiJob *create(const QJsonObject &sender, bool submit) const;
    ApiJob *update(const QString &plusFriendId, const QJsonObject &details, bool submit) const;
    ApiJob *registerSender(const QString &plusFriendId) const;
    // `token`: the digits Kakao sent to the admin phone. The contract takes a number; a
    // token that is not all digits goes as text, for the server's 400 to name it.
    ApiJob *verify(const QString &plusFriendId, const QString &token) const;
    ApiJob *remove(const QString &plusFriendId) const;
    ApiJob *removeChanges(const QString &plusFriendId) const;

    // The category tree a sender's three category codes are chosen from.
    ApiJob *senderCategories() const;
    static QJsonArray categoriesIn(const ApiResult &result);

private:
    ApiJob *call(const QString &operationId, const QString &plusFriendId, const QJsonObject &body = QJsonObject()) const;

    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
