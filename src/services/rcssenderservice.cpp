#include "rcssenderservice.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/apirequest.h"
#include "rules/contractlimits.h"
#include "rules/schemavalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace sinch {

namespace {
const QString kId = QStringLiteral("senderId");
const QString kNumber = QStringLiteral("testNumber");
const QString kDetails = QStringLiteral("details");
// The request's own fields (RcsSenderInputDto and its details); what the server adds to a
// sender (id, state, authToken, callbackUrl ...) never travels back.
const QLatin1String kInputFields[] = {QLatin1String("region"), QLatin1String("billingCategory"), QLatin1String("useCase")};
const QLatin1String kDetailFields[] = {QLatin1String("brand"), QLatin1String("testNumbers"), QLatin1String("countries"),
                                       QLatin1String("questionnaire")};

QJsonObject inputDetails(const QJsonObject &details)
{
    QJsonObject out;
    for (const QLatin1String &field : kDetailFields)
        if (details.contains(field))
            out.insert(field, details.value(field));
    return out;
}
} // namespace

RcsSenderService::RcsSenderService(ApiClient *client, QString projectKey)
    : m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

ApiRequest RcsSenderService::listRequest()
{
    return ApiRequest(QStringLiteral("RcsSendersController_listSenders_v1"));
}

ApiJob *RcsSenderService::list(const QString &nameFilter) const
{
    ApiRequest request = listRequest();
    if (!nameFilter.isEmpty())
        request.arg(QStringLiteral("filterSenderName"), nameFilter);
    return m_client->call(m_projectKey, request);
}

ApiJob *RcsSenderService::get(const QString &id) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("RcsSendersController_getSender_v1")).path(kId, id));
}

QJsonObject RcsSenderService::createBody(const QJsonObject &input)
{
    QJsonObject body;
    for (const QLatin1String &field : kInputFields)
        if (input.contains(field))
            body.insert(field, input.value(field));
    if (input.contains(kDetails))
        body.insert(kDetails, inputDetails(input.value(kDetails).toObject()));
    return body;
}

QJsonObject RcsSenderService::updateBody(const QJsonObject &details)
{
    return QJsonObject{{kDetails, inputDetails(details)}};
}

QJsonObject RcsSenderService::requestFromSender(const QJsonObject &sender)
{
    return createBody(sender);
}

ApiJob *RcsSenderService::create(const QJsonObject &input) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(createBody(input)));
}

ApiJob *RcsSenderService::update(const QString &id, const QJsonObject &details) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("RcsSendersController_updateSender_v1"))
                                            .path(kId, id).json(updateBody(details)));
}

ApiJob *RcsSenderService::questionnaire(const QString &useCase, const QStringList &countries) const
{
    ApiRequest request(QStringLiteral("QuestionnaireController_getQuestions_v1"));
    request.path(QStringLiteral("useCase"), useCase);
    // An array in the query, form style exploded (the contract's default): countries=GB&countries=FR.
    for (const QString &country : countries)
        request.arg(QStringLiteral("countries"), country.toUpper());
    return m_client->call(m_projectKey, request);
}

ApiJob *RcsSenderService::launch(const QString &senderId) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_launchSender_v1")).path(kId, senderId));
}

ApiJob *RcsSenderService::addTestNumbers(const QString &senderId, const QStringList &numbers) const
{
    const QJsonObject body{{QStringLiteral("testNumbers"), QJsonArray::fromStringList(numbers)}};
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_addTestNumbers_v1"))
                                            .path(kId, senderId).json(body));
}

ApiJob *RcsSenderService::resendInvite(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_retryTestNumber_v1"))
                                            .path(kId, senderId).path(kNumber, number));
}

ApiJob *RcsSenderService::capabilities(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_getTestNumberCapabilities_v1"))
                                            .path(kId, senderId).path(kNumber, number));
}

ApiJob *RcsSenderService::removeTestNumber(const QString &senderId, const QString &number) const
{
    return m_client->call(m_projectKey, ApiRequest(QStringLiteral("SendersController_deleteTestNumber_v1"))
                                            .path(kId, senderId).path(kNumber, number));
}

namespace {
QJsonObject testNumbersSchema()
{
    using rules::ContractLimits;
    return ContractLimits::property(ContractLimits::properties(QStringLiteral("RcsTestNumbersInputDto")),
                                    QStringLiteral("testNumbers"));
}
}

int RcsSenderService::maxTestNumbers()
{
    return rules::ContractLimits::intOf(testNumbersSchema(), "maxItems", 20);
}

QString RcsSenderService::testNumberProblem(const QString &number)
{
    const QString format = testNumbersSchema().value(QLatin1String("items")).toObject().value(QLatin1String("format")).toString();
    return rules::SchemaValidator::formatProblem(number, format);
}

} // namespace sinch
