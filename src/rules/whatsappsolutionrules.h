#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace sinch::rules {

// The rules of a new WhatsApp solution in the form's flat shape {name, accessToken,
// businessManager} (sent as WhatsappSolutionInputDto, the name under details): each is
// required, and the business manager is one of the contract's public ones.
class WhatsappSolutionRules
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappSolutionRules)

public:
    // WhatsappInputBusinessManagersPublicDocumentation, in the contract's order.
    static const QStringList &businessManagers();
    static QList<Finding> check(const QJsonObject &solution);
};

} // namespace sinch::rules
