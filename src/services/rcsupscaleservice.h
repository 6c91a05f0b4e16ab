#pragma once

#include "api/apirequest.h"

#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class ApiJob;
class Pager;

// RCS upscales (an RCS sender joined to an SMS number in a country, so that one
// Conversation API app sends on both) and the upscale senders (RCS senders that can be
// upscaled), typed. Each call returns the running job.
class RcsUpscaleService
{
public:
    RcsUpscaleService(ApiClient *client, QString projectKey);

    // The first page of upscales (RcsRcsUpscaleListDto.upscales), the largest the server gives.
    static ApiRequest listRequest();
    ApiJob *list() const;
    ApiJob *get(const QString &upscaleId) const;
    // countryCode from RcsInputUpscaleCountryCodes; the SMS number by its ID (32 hex digits,
    // "uuid without hyphens").
    ApiJob *create(const QString &countryCode, const QString &rcsSenderId, const QString &smsNumberId) const;
    ApiJob *remove(const QString &upscaleId) const;
    // Tries a failed upscale (UPSCALING_FAILED, DOWNSCALING_FAILED) again; 409 otherwise.
    ApiJob *retry(const QString &upscaleId) const;

    static ApiRequest senderListRequest();
    // Every page of a list (listRequest(), senderListRequest()), owned by `parent`.
    Pager *allPages(const ApiRequest &list, QObject *parent) const;
    ApiJob *senders() const;
    ApiJob *sender(const QString &senderId) const;

    // What is wrong with an SMS number ID for the contract's format ("uuid without
    // hyphens"); empty when nothing is.
    static QString smsNumberIdProblem(const QString &id);
    // The countries an upscale may be created in, in the contract's order.
    static QStringList countries();

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
