#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;

// The RCS launch questionnaire of one project as a typed call: the questions the API asks
// for a use case and the sender's countries (RcsSenderDetailsQuestionnaireBaseDto, read by
// RcsQuestionnaire::parse). The lead may fold it into RcsSenderService.
class RcsQuestionnaireService
{
public:
    RcsQuestionnaireService(ApiClient *client, QString projectKey);

    // GET /rcs/questionnaire/{useCase}?countries=GB&countries=FR: general and verification,
    // and the section of each country that has one.
    ApiJob *questions(const QString &useCase, const QStringList &countries) const;

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
