// What WhatsApp writes into an authentication template itself is shown in the template's
// language, whatever the console's: a German template previews German words in an English
// console (it showed the English ones), from the console's German catalogue.
#include "templates/templatelanguagetexts.h"
#include "templates/whatsapppreviewrenderer.h"
#include "templates/previewoptions.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using sinch::ui::TemplateLanguageTexts;
using sinch::ui::WhatsappPreviewRenderer;

namespace {

const char *const kContext = "sinch::ui::WhatsappPreviewRenderer";

QJsonObject authTemplate(const QString &language)
{
    return QJsonObject{{"name", "login_code"}, {"language", language}, {"category", "AUTHENTICATION"},
                       {"details", QJsonObject{{"components", QJsonArray{
                           QJsonObject{{"type", "BODY"}, {"addSecurityRecommendation", true}},
                           QJsonObject{{"type", "FOOTER"}, {"codeExpirationMinutes", 5}},
                           QJsonObject{{"type", "BUTTONS"}, {"buttons", QJsonArray{QJsonObject{{"type", "OTP"}, {"otpType", "COPY_CODE"},
                                                                                              {"text", "Copy code"}}}}}}}}}};
}

} // namespace

class TstTemplateLanguageTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TemplateLanguageTexts::setCatalogueDirectory(QStringLiteral(SINCH_QM_DIR)); }

    void catalogueOfATemplateLanguage()
    {
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("DE")), QStringLiteral("de"));
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("ES_MX")), QStringLiteral("es"));
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("PT_BR")), QStringLiteral("pt_BR"));
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("PT_PT")), QString()); // not Brazil's words
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("EN_US")), QString());
        QCOMPARE(TemplateLanguageTexts::catalogueFor(QStringLiteral("DESERT")), QString());
    }

    void wordsInTheTemplatesLanguage()
    {
        const char *code = "*{{1}}* is your verification code.";
        const QString german = TemplateLanguageTexts::translate(QStringLiteral("DE"), kContext, code);
        QVERIFY2(german != QLatin1String(code) && german.contains(QLatin1String("{{1}}")), qPrintable(german));
        QCOMPARE(TemplateLanguageTexts::translate(QStringLiteral("EN_US"), kContext, code), QString::fromLatin1(code));
        QCOMPARE(TemplateLanguageTexts::translate(QStringLiteral("JA"), kContext, code), QString::fromLatin1(code));
        const QString expires = TemplateLanguageTexts::translate(QStringLiteral("FR"), kContext, "This code expires in %n minutes.", 5);
        QVERIFY2(expires.contains(QLatin1String("5")) && !expires.contains(QLatin1String("%n"))
                     && !expires.contains(QLatin1String("expires")), qPrintable(expires));
    }

    void previewFollowsTheTemplateNotTheConsole()
    {
        sinch::ui::PreviewOptions options;
        const QImage english = WhatsappPreviewRenderer::render(authTemplate(QStringLiteral("EN_US")), options);
        const QImage german = WhatsappPreviewRenderer::render(authTemplate(QStringLiteral("DE")), options);
        const QImage japanese = WhatsappPreviewRenderer::render(authTemplate(QStringLiteral("JA")), options);
        QVERIFY(!english.isNull());
        QVERIFY(german != english);    // the console speaks English; the template German
        QCOMPARE(japanese, english);   // no catalogue for Japanese: English words
    }
};

QTEST_MAIN(TstTemplateLanguageTexts)
#include "tst_templatelanguagetexts.moc"
