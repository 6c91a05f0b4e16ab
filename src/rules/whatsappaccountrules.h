#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace sinch::rules {

// The rules of the WhatsApp account's input (WhatsappAccountInputDto on create,
// WhatsappUpdateAccountInputDto on update), checked as the user types. Lengths and the
// business managers are read from the contract.
class WhatsappAccountRules
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappAccountRules)

public:
    enum class Mode { Create, Update };

    struct Limits {
        int nameMin = 1;
        int nameMax = 255;
        int idMin = 1;
        int idMax = 255;
        QStringList businessManagers; // WhatsappInputBusinessManagers, in the contract's order
    };
    static const Limits &limits();

    static QList<Finding> check(const QJsonObject &account, Mode mode);
};

} // namespace sinch::rules
