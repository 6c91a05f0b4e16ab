#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The WhatsApp account of one project (a singleton: GET answers 404 account_not_found
// until it is created, a second create 409 account_exists) and the embedded-signup helpers
// beside it, as typed calls. Each call returns the running job; its finished() carries the
// account (WhatsappAccountDto) where the contract answers with one.
class WhatsappAccountService
{
public:
    WhatsappAccountService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    ApiJob *get() const;
    // `account`: WhatsappAccountInputDto (companyLegalName, clientBusinessManagerId and
    // optionally businessManager); the details come back as IN_PROGRESS changes.
    ApiJob *create(const QJsonObject &account) const;
    // `changes`: WhatsappUpdateAccountInputDto. Only a rejected account can be updated
    // (409 account_not_updatable otherwise); the changes then go back to the review.
    ApiJob *update(const QJsonObject &changes) const;
    // Turns on Meta's template insights (424 template_insights_not_yet_available until the
    // account is onboarded).
    ApiJob *enableTemplateAnalytics() const;
    // Exchanges the Embedded Signup's user token for a long-lived one (valid 60 days).
    // The answer carries a secret: read it with tokenIn() and keep it nowhere.
    ApiJob *createLongLivedAccessToken(const QString &facebookToken, const QString &businessManager = QString()) const;
    // The WhatsApp Business Accounts a token reaches, with their shared numbers.
    ApiJob *listWabaDetails(const QString &facebookToken, const QString &businessManager = QString()) const;

    static QString tokenIn(const ApiResult &result);
    // Whether a failed get means "this project has no account yet".
    static bool isMissingAccount(const ApiResult &result);

private:
    static QJsonObject tokenBody(const QString &facebookToken, const QString &businessManager);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
