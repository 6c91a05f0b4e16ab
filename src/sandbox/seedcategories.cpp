#include "seedcategories.h"

#include "schemasampler.h"

#include "api/operations.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sinch::sandbox {

namespace {

// A sender category and its third level, "|"-separated ("병원|종합병원|피부과").
struct Branch
{
    const char *name;
    const char *leaves;
};

struct SenderCategory
{
    const char *name;
    Branch branches[4];
};

const SenderCategory kSenderCategories[] = {
    {"건강", {{"병원", "종합병원|피부과|성형외과"}, {"약국", "약국"}, {"의료기기/의약품", "의료기기/의약품"},
             {"건강식품/건강정보", "건강식품/건강정보"}}},
    {"교육", {{"학교", "유치원|초등학교|중고등학교|대학교"}, {"학원", "어학원|입시학원|예체능학원"},
             {"온라인교육", "이러닝|자격증"}, {nullptr, nullptr}}},
    {"금융", {{"은행", "시중은행|인터넷은행"}, {"카드", "신용카드|체크카드"}, {"보험", "생명보험|손해보험"},
             {"증권/투자", "증권사|자산운용"}}},
    {"쇼핑", {{"종합몰", "오픈마켓|백화점"}, {"패션/잡화", "의류|신발/가방"}, {"식품", "신선식품|가공식품"},
             {"가전/디지털", "가전|휴대폰"}}},
    {"여행/숙박", {{"여행사", "국내여행|해외여행"}, {"숙박", "호텔|펜션/리조트"}, {"항공", "항공사"}, {nullptr, nullptr}}},
    {"음식", {{"음식점", "한식|양식|카페/디저트"}, {"배달", "배달앱|프랜차이즈"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"생활/편의", {{"통신", "이동통신|인터넷/IPTV"}, {"공공요금", "전기|가스"}, {"택배/물류", "택배"}, {nullptr, nullptr}}},
    {"문화/여가", {{"공연/전시", "공연|전시"}, {"영화", "영화관"}, {"스포츠", "피트니스|골프"}, {nullptr, nullptr}}},
    {"부동산", {{"중개", "부동산중개"}, {"분양/임대", "아파트 분양|오피스 임대"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"자동차", {{"판매", "신차|중고차"}, {"정비", "정비소|세차"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"공공기관", {{"정부기관", "중앙행정기관|지방자치단체"}, {"공기업", "공기업"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"IT/전자", {{"소프트웨어", "앱/서비스|게임"}, {"하드웨어", "컴퓨터/주변기기"}, {nullptr, nullptr}, {nullptr, nullptr}}},
};

// Template subcategories by category, Korean and English names as the contract's two
// enums spell them (the enums are each sorted in their own language, so the pairs are
// written out here).
struct Subcategory
{
    const char *name;
    const char *nameEnglish;
};

struct TemplateCategory
{
    const char *code;   // the category's three digits ("999" for Others, whose one is 999999)
    const char *name;
    const char *nameEnglish;
    Subcategory subcategories[8];
};

const TemplateCategory kTemplateCategories[] = {
    {"001", "회원", "Membership", {{"회원가입", "Join membership"}, {"인증/비밀번호/로그인", "Authentication/Password/Login"},
                                   {"회원정보/회원혜택", "Membership information/Member ship benefits"}}},
    {"002", "구매", "Purchase", {{"구매완료", "Purchase completed"}, {"상품가입", "Product subscription"},
                                 {"진행상태", "Purchase status"}, {"구매취소", "Purchase cancellation"},
                                 {"구매예약/입고알림", "Pre-order/Stock alerts"}}},
    {"003", "예약", "Reservation", {{"예약완료/예약내역", "Completed reservations/Reservation history"},
                                    {"예약상태", "Reservation status"}, {"예약취소", "Reservation cancellation"},
                                    {"예약알림/리마인드", "Notification/Reminder"}}},
    {"004", "서비스이용", "Customer service", {{"이용안내/공지", "Information/Notification"}, {"신청접수", "Application reception"},
                                               {"처리완료", "Notification for treated demands"}, {"이용도구", "Tools for use"},
                                               {"방문서비스", "Visiting service"}, {"피드백 요청", "Feedback request"},
                                               {"구매감사/이용확인", "Greeting message/Order confirmation"},
                                               {"리마인드", "Reminder message"}}},
    {"005", "리포팅", "Reports", {{"피드백", "Feedback"}, {"요금청구", "Billing"}, {"계약/견적", "Contract/Quote"},
                                  {"안전/피해예방", "Safety/Damage prevention"}, {"뉴스레터", "Newsletter"},
                                  {"거래알림", "Transaction notification"}}},
    {"006", "배송", "Shipping", {{"배송상태", "Shipping status"}, {"배송예정", "Shipping estimation"},
                                 {"배송완료", "Shipping completed"}, {"배송실패", "Failed shipment"}}},
    {"007", "법적고지", "Legal notification", {{"수신동의", "Consent of reception"}, {"개인정보", "Privacy"},
                                                {"약관변경", "Change of terms and conditions"}, {"휴면 관련", "Dormant account related"}}},
    {"008", "업무알림", "Business notification", {{"주문/예약", "Order/Reservation"},
                                                  {"내부 업무 알림", "Internal business notification"}}},
    {"009", "쿠폰/포인트", "Coupon/Points", {{"쿠폰발급", "Coupon issuance"}, {"쿠폰사용", "Notification for coupon use"},
                                           {"포인트적립", "Earn points"}, {"포인트사용", "Use of points"},
                                           {"쿠폰/포인트안내", "Information coupon/Points"}}},
    {"999", "기타", "Others", {{"기타", "Others"}}},
};

QString code(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

QJsonObject senderCategory(const QString &parentCode, int depth, const QString &categoryCode, const QString &name,
                           const QJsonArray &subcategories)
{
    return QJsonObject{{QStringLiteral("parentCode"), parentCode}, {QStringLiteral("depth"), depth},
                       {QStringLiteral("code"), categoryCode}, {QStringLiteral("name"), name},
                       {QStringLiteral("subcategories"), subcategories}};
}

} // namespace

QJsonArray SeedCategories::senderCategories()
{
    QJsonArray top;
    int t = 0;
    for (const SenderCategory &category : kSenderCategories) {
        const QString topCode = code(++t, 3);
        QJsonArray second;
        int b = 0;
        for (const Branch &branch : category.branches) {
            if (!branch.name)
                continue;
            const QString branchCode = code(++b, 4);
            QJsonArray third;
            int l = 0;
            for (const QString &leaf : QString::fromUtf8(branch.leaves).split(QLatin1Char('|')))
                third << senderCategory(branchCode, 3, code(++l, 4), leaf, QJsonArray());
            second << senderCategory(topCode, 2, branchCode, QString::fromUtf8(branch.name), third);
        }
        top << senderCategory(QString(), 1, topCode, QString::fromUtf8(category.name), second);
    }
    return top;
}

QJsonArray SeedCategories::templateCategories()
{
    // The contract's example words what some subcategories include and exclude.
    QHash<QString, QJsonObject> described;
    const Operation *op = Operations::instance().find(QStringLiteral("CategoriesController_getTemplateCategories_v1"));
    for (const QJsonValue &c : SchemaSampler::responseExample(op->definition(), 200).toObject()
                                   .value(QLatin1String("categories")).toArray())
        for (const QJsonValue &sub : c.toObject().value(QLatin1String("subcategories")).toArray())
            described.insert(sub.toObject().value(QLatin1String("code")).toString(), sub.toObject());
    QJsonArray out;
    for (const TemplateCategory &category : kTemplateCategories) {
        QJsonArray subcategories;
        int n = 0;
        for (const Subcategory &sub : category.subcategories) {
            if (!sub.name)
                continue;
            const QString subCode = QLatin1String(category.code) + code(category.code[0] == '9' ? 999 : ++n, 3);
            const QJsonObject example = described.value(subCode);
            subcategories << QJsonObject{{QStringLiteral("code"), subCode},
                                         {QStringLiteral("name"), QString::fromUtf8(sub.name)},
                                         {QStringLiteral("nameEnglish"), QLatin1String(sub.nameEnglish)},
                                         {QStringLiteral("groupName"), QString::fromUtf8(category.name)},
                                         {QStringLiteral("inclusion"), example.value(QLatin1String("inclusion")).toString()},
                                         {QStringLiteral("exclusion"), example.value(QLatin1String("exclusion")).toString()}};
        }
        out << QJsonObject{{QStringLiteral("name"), QString::fromUtf8(category.name)},
                           {QStringLiteral("nameEnglish"), QLatin1String(category.nameEnglish)},
                           {QStringLiteral("subcategories"), subcategories}};
    }
    return out;
}

} // namespace sinch::sandbox
