#pragma once

#include <QString>

class QJsonArray;

namespace sinch::rules {

class FindingCollector;

// The rules of a WhatsApp template's buttons, its own or a carousel card's: how many of each
// kind, labels, URLs and their variables, phone numbers, one-time passwords, flows. Part of
// WhatsappTemplateRules::check(), whose messages (and translations) they share.
class WhatsappButtonRules
{
public:
    // `path` is the component's; `inCard`: the buttons of a carousel card (at most two, and
    // only quick replies, URLs and phone numbers).
    static void check(FindingCollector &c, const QString &path, const QJsonArray &buttons, const QString &category, bool inCard);
};

} // namespace sinch::rules
