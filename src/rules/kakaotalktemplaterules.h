#pragma once

#include "finding.h"

#include <QJsonObject>
#include <QStringList>

namespace sinch::rules {

// The rules of TEMPLATE-RULES.md for a KakaoTalk AlimTalk template in the contract's
// create-request shape (KakaotalkInputTemplateDto: {status, details: {name, language,
// content, messageType, emphasizeType, categoryCode, securityFlag, extra, title, subtitle,
// imageName, imageUrl, buttons}}). Lengths, counts and enums are read from the contract at
// run time (see limits()); cross-field rules, the rules the contract states only in prose
// ("Field 'type' must have unique values across items") and Kakao's known rejection risks
// (warnings) are written here. Paths are the API's ("details.buttons.0.linkMo").
class KakaotalkTemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(KakaotalkTemplateRules)

public:
    struct Range {
        int min = 0;
        int max = 0;
    };
    struct Limits {
        Range name{1, 150};
        Range content{1, 1000};
        Range title{1, 50};
        Range subtitle{1, 50};
        Range extra{1, 500};
        Range imageName{1, 250};
        Range categoryCode{1, 6};
        int maxButtons = 5;
        Range ordering{1, 5};
        Range buttonName{1, 14};
        Range link{1, 500};
        QStringList languages;
        QStringList messageTypes;
        QStringList emphasizeTypes;
        QStringList buttonTypes;
    };
    // Read once from KakaotalkInputTemplateDetailsDto and KakaotalkInputButtonDto; the
    // numbers above are only what is used if the contract stops saying.
    static const Limits &limits();

    static QList<Finding> check(const QJsonObject &input, Mode mode);

    // The variable names of `text` ("#{name}" gives "name"), in order of appearance.
    static QStringList variables(const QString &text);

    // Rules that exist only in the reviewers' practice, not in the contract. Phones wrap
    // a title at about 23 characters and show 2 lines; Android cuts a subtitle after 18.
    static constexpr int kTitleLineChars = 23;
    static constexpr int kTitleLines = 2;
    static constexpr int kSubtitleShown = 18;
    // An APP_LINK button needs this many of linkMo, schemeIos and schemeAndroid.
    static constexpr int kAppLinksNeeded = 2;
};

} // namespace sinch::rules
