#pragma once

#include <QJsonArray>

namespace sinch::sandbox {

// The KakaoTalk category trees the sandbox serves (the contract's examples hold a part of
// each):
//  - sender categories (GET /kakaotalk/categories/senders, KakaotalkSenderCategoryDto):
//    twelve top-level business categories, three levels, Korean names (the DTO has no
//    English name), codes as in the contract's example (001, then 0001 under it);
//  - template categories of a sender (KakaotalkTemplateCategoryDto): every category and
//    subcategory the contract's enums name, each Korean name with its English one
//    (KakaotalkTemplateCategoryNames / ...EnglishNames), codes as the example's 001001;
//    "기타" (Others) is 999999, the default categoryCode of a template.
class SeedCategories
{
public:
    static QJsonArray senderCategories();
    static QJsonArray templateCategories();
};

} // namespace sinch::sandbox
