#include "templatepathwords.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace sinch {

namespace {

bool isIndex(const QString &segment, int *index)
{
    bool ok = false;
    *index = segment.toInt(&ok);
    return ok && *index >= 0;
}

} // namespace

QString TemplatePathWords::of(const QJsonObject &document, const QString &path)
{
    QStringList rest = path.split(QLatin1Char('.'));
    QStringList words;
    if (rest.size() >= 2 && rest.at(0) == QLatin1String("details") && rest.at(1) == QLatin1String("components")) {
        rest.erase(rest.begin(), rest.begin() + 2);
        component(document.value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray(), rest,
                  &words);
    } else {
        if (rest.size() > 1 && rest.at(0) == QLatin1String("details"))
            rest.removeFirst(); // the details' own settings: the time to live
        for (const QString &segment : std::as_const(rest))
            words << fieldWord(segment);
    }
    return words.isEmpty() ? path : words.join(QStringLiteral(" · "));
}

void TemplatePathWords::component(const QJsonArray &components, QStringList rest, QStringList *words)
{
    int index = 0;
    if (rest.isEmpty() || !isIndex(rest.first(), &index)) {
        *words << tr("Components");
        return;
    }
    rest.removeFirst();
    const QJsonObject c = components.at(index).toObject();
    *words << componentWord(c.value(QLatin1String("type")).toString());
    int item = 0;
    if (rest.size() >= 2 && rest.at(0) == QLatin1String("buttons") && isIndex(rest.at(1), &item)) {
        *words << buttonWord(item);
        rest.erase(rest.begin(), rest.begin() + 2);
    } else if (rest.size() >= 2 && rest.at(0) == QLatin1String("cards") && isIndex(rest.at(1), &item)) {
        *words << tr("Card %1").arg(item + 1);
        rest.erase(rest.begin(), rest.begin() + 2);
        if (!rest.isEmpty() && rest.first() == QLatin1String("components")) {
            rest.removeFirst();
            const QJsonArray cardComponents =
                c.value(QLatin1String("cards")).toArray().at(item).toObject().value(QLatin1String("components")).toArray();
            component(cardComponents, rest, words);
            return;
        }
    }
    for (const QString &segment : std::as_const(rest)) {
        if (isIndex(segment, &item) && !words->isEmpty())
            words->last() += QLatin1Char(' ') + QString::number(item + 1); // "Examples 2"
        else
            *words << fieldWord(segment);
    }
}

QString TemplatePathWords::componentWord(const QString &type)
{
    if (type == QLatin1String("HEADER"))
        return tr("Header");
    if (type == QLatin1String("BODY"))
        return tr("Body");
    if (type == QLatin1String("FOOTER"))
        return tr("Footer");
    if (type == QLatin1String("BUTTONS"))
        return tr("Buttons");
    if (type == QLatin1String("CAROUSEL"))
        return tr("Carousel");
    return type.isEmpty() ? tr("Component") : type;
}

QString TemplatePathWords::buttonWord(int index)
{
    return tr("Button %1").arg(index + 1);
}

QString TemplatePathWords::fieldWord(const QString &key)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("allowCategoryChange"), QT_TR_NOOP("Allow category change")},
        {QStringLiteral("messageSendTtlSeconds"), QT_TR_NOOP("Time to live")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("examples"), QT_TR_NOOP("Examples")},
        {QStringLiteral("example"), QT_TR_NOOP("Example")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("type"), QT_TR_NOOP("Kind")},
        {QStringLiteral("url"), QT_TR_NOOP("Web address")},
        {QStringLiteral("mimeType"), QT_TR_NOOP("File type")},
        {QStringLiteral("phoneNumber"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("buttons"), QT_TR_NOOP("Buttons")},
        {QStringLiteral("codeExpirationMinutes"), QT_TR_NOOP("Code expires after (minutes)")},
        {QStringLiteral("addSecurityRecommendation"), QT_TR_NOOP("Security note")},
        {QStringLiteral("otpType"), QT_TR_NOOP("Code button")},
        {QStringLiteral("autofillText"), QT_TR_NOOP("Autofill text")},
        {QStringLiteral("packageName"), QT_TR_NOOP("Android package")},
        {QStringLiteral("signatureHash"), QT_TR_NOOP("App signature hash")},
        {QStringLiteral("flowId"), QT_TR_NOOP("Flow")},
        {QStringLiteral("flowAction"), QT_TR_NOOP("Flow action")},
        {QStringLiteral("navigateScreen"), QT_TR_NOOP("First screen")},
        {QStringLiteral("couponCode"), QT_TR_NOOP("Coupon code")},
        {QStringLiteral("cards"), QT_TR_NOOP("Cards")},
    };
    const char *word = words.value(key);
    return word ? tr(word) : key;
}

} // namespace sinch
