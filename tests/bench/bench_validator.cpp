// How expensive is validating a template on every keystroke? Measures
// TemplateValidator::validateWhatsapp (contract schema + hand-written rules) on a small
// text template and on a 10-card carousel, as a ratio to a baseline taken in the same
// process: serialising and re-parsing the same JSON, which the editor does anyway.
#include "rules/templatevalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace sinch::rules;

namespace {

QJsonObject textTemplate()
{
    return QJsonDocument::fromJson(
               "{\"name\":\"order_update\",\"language\":\"EN_US\",\"category\":\"UTILITY\",\"details\":{\"components\":["
               "{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\",\"example\":\"A-1\"},"
               "{\"type\":\"BODY\",\"text\":\"Hi {{1}}, your order {{2}} has shipped and arrives soon.\",\"examples\":[\"Ana\",\"A-1\"]},"
               "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"},"
               "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Track\"},"
               "{\"type\":\"URL\",\"text\":\"Open\",\"url\":\"https://shop.example.com/{{1}}\",\"example\":\"https://shop.example.com/a\"}]}]}}")
        .object();
}

QJsonObject carouselTemplate(int cards)
{
    QJsonArray list;
    for (int i = 0; i < cards; ++i) {
        list << QJsonObject{{"components", QJsonArray{
            QJsonObject{{"type", "HEADER"}, {"format", "IMAGE"}, {"example", QJsonObject{{"url", QString("https://cdn.example.com/%1.png").arg(i)}}}},
            QJsonObject{{"type", "BODY"}, {"text", QString("Card %1 with a short text about {{1}}.").arg(i)}, {"examples", QJsonArray{"shoes"}}},
            QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "More"}},
                QJsonObject{{"type", "URL"}, {"text", "Buy"}, {"url", QString("https://shop.example.com/%1").arg(i)}}}}}}}};
    }
    return QJsonObject{{"name", "big_carousel"}, {"language", "EN_US"}, {"category", "MARKETING"},
                       {"details", QJsonObject{{"components", QJsonArray{
                           QJsonObject{{"type", "BODY"}, {"text", "Our picks for you, {{1}}, this week."}, {"examples", QJsonArray{"Ana"}}},
                           QJsonObject{{"type", "CAROUSEL"}, {"cards", list}}}}}}};
}

double nsPer(int rounds, const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        work();
    return double(t.nsecsElapsed()) / rounds;
}

void measure(const char *name, const QJsonObject &input)
{
    const int rounds = 2000;
    volatile int sink = 0;
    nsPer(200, [&] { sink = sink + TemplateValidator::validateWhatsapp(input).size(); }); // warm-up
    const double baseline = nsPer(rounds, [&] {
        sink = sink + QJsonDocument::fromJson(QJsonDocument(input).toJson(QJsonDocument::Compact)).object().size();
    });
    const double validate = nsPer(rounds, [&] { sink = sink + TemplateValidator::validateWhatsapp(input).size(); });
    std::printf("%-22s validate %8.1f us   baseline (JSON round trip) %7.1f us   ratio %5.1fx   findings %lld\n", name,
                validate / 1000, baseline / 1000, validate / baseline,
                qlonglong(TemplateValidator::validateWhatsapp(input).size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    measure("text template", textTemplate());
    measure("10-card carousel", carouselTemplate(10));
    return 0;
}
