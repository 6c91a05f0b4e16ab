#pragma once
// WhatsApp templates of the create request's shape for the validation and lint benchmarks:
// text, text/media/location headers, footers, quick replies and URL buttons, carousels,
// authentication, in several languages and categories. Deterministic.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bench {

inline QJsonObject carouselTemplate(int cards, int n = 0)
{
    QJsonArray list;
    for (int i = 0; i < cards; ++i) {
        list << QJsonObject{{"components", QJsonArray{
            QJsonObject{{"type", "HEADER"}, {"format", "IMAGE"}, {"example", QJsonObject{{"url", QString("https://cdn.example.com/%1/%2.png").arg(n).arg(i)}}}},
            QJsonObject{{"type", "BODY"}, {"text", QString("Card %1 with a short text about {{1}}.").arg(i)}, {"examples", QJsonArray{"shoes"}}},
            QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "More"}},
                QJsonObject{{"type", "URL"}, {"text", "Buy"}, {"url", QString("https://shop.example.com/%1").arg(i)}}}}}}}};
    }
    return QJsonObject{{"name", QString("carousel_%1").arg(n)}, {"language", "EN_US"}, {"category", "MARKETING"},
                       {"details", QJsonObject{{"components", QJsonArray{
                           QJsonObject{{"type", "BODY"}, {"text", "Our picks for you, {{1}}, this week."}, {"examples", QJsonArray{"Ana"}}},
                           QJsonObject{{"type", "CAROUSEL"}, {"cards", list}}}}}}};
}

// The n-th of a varied set (nine layouts in turn; carousels of 2 to 4 cards).
inline QJsonObject variedTemplate(int n)
{
    static const char *const languages[] = {"EN_US", "DE", "FR", "ES_ES", "PT_BR", "IT", "JA", "NL"};
    const int kind = n % 9;
    if (kind == 7) {
        QJsonObject t = carouselTemplate(2 + n % 3, n);
        t.insert("language", languages[n % 8]);
        return t;
    }
    QJsonArray components;
    QString category = n % 4 == 0 ? "MARKETING" : "UTILITY";
    if (kind == 8) {
        category = "AUTHENTICATION";
        components << QJsonObject{{"type", "BODY"}, {"addSecurityRecommendation", true}}
                   << QJsonObject{{"type", "FOOTER"}, {"codeExpirationMinutes", 10}}
                   << QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "OTP"}, {"otpType", "COPY_CODE"}, {"text", "Copy code"}}}}};
    } else {
        if (kind == 1 || kind == 4)
            components << QJsonObject{{"type", "HEADER"}, {"format", kind == 1 ? "IMAGE" : "DOCUMENT"},
                                      {"example", QJsonObject{{"url", QString("https://cdn.example.com/%1.%2").arg(n).arg(kind == 1 ? "png" : "pdf")}}}};
        else if (kind == 2)
            components << QJsonObject{{"type", "HEADER"}, {"format", "TEXT"}, {"text", "Order {{1}}"}, {"example", "A-1"}};
        else if (kind == 5)
            components << QJsonObject{{"type", "HEADER"}, {"format", "LOCATION"}};
        components << QJsonObject{{"type", "BODY"}, {"text", QString("Hi {{1}}, your order {{2}} (number %1) has shipped and arrives soon.").arg(n)},
                                  {"examples", QJsonArray{"Ana", "A-1"}}};
        if (kind % 2 == 0)
            components << QJsonObject{{"type", "FOOTER"}, {"text", "Reply STOP to opt out"}};
        if (kind == 6)
            components << QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Track"}},
                QJsonObject{{"type", "URL"}, {"text", "Open"}, {"url", "https://shop.example.com/{{1}}"}, {"example", "https://shop.example.com/a"}}}}};
        else if (kind != 3)
            components << QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Yes"}},
                                                                                  QJsonObject{{"type", "QUICK_REPLY"}, {"text", "No"}}}}};
    }
    return QJsonObject{{"name", QString("template_%1").arg(n)}, {"language", languages[n % 8]}, {"category", category},
                       {"details", QJsonObject{{"components", components}}}};
}

} // namespace bench
