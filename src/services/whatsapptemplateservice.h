#pragma once

#include "api/apirequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;
struct ApiResult;

// The WhatsApp template operations of one project as typed calls: views and editors ask
// for "the template of this name and language", never for an operation ID. Each call
// returns the running job (cancel it, or connect to finished); the static readers turn a
// result into what was asked for.
class WhatsappTemplateService
{
public:
    WhatsappTemplateService(ApiClient *client, QString projectKey);

    bool isConnected() const;
    // The first page of the project's templates (whole templates), for a Pager.
    static ApiRequest listRequest();
    ApiJob *get(const QString &name, const QString &language) const;
    // The languages the server has for `name` (a 404 answers "none": the name is free).
    ApiJob *languagesOf(const QString &name) const;
    static QStringList languagesIn(const ApiResult &result);
    // A new template (POST), or the next version of the one at name + language (PATCH), as a
    // draft or submitted for review. `document` is the create-request shape.
    ApiJob *create(const QJsonObject &document, bool submit) const;
    ApiJob *update(const QString &name, const QString &language, const QJsonObject &document, bool submit) const;
    // One language (or, with an empty language, every language of the name). Without
    // `deleteSubmitted` only a draft is removed (the approved version stays).
    ApiJob *remove(const QString &name, const QString &language, bool deleteSubmitted) const;
    // Analytics of one template against others over a timeframe ("7", "30", "60", "90" days).
    ApiJob *compare(const QString &name, const QString &language, const QString &otherName, const QString &otherLanguage,
                    const QString &timeframe) const;

    // The request body of a save: `details` always goes, with its components.
    static QJsonObject saveBody(const QJsonObject &document, bool submit);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
