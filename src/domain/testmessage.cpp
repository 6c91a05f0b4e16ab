#include "testmessage.h"

#include "templatevariables.h"

#include "rules/kakaotalktemplaterules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sinch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sinch::TestMessage", text);
}

} // namespace

QList<TestMessage::Parameter> TestMessage::whatsappParameters(const QJsonObject &details)
{
    QList<Parameter> out;
    for (const QJsonValue &v : details.value(QLatin1String("components")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        const QString text = c.value(QLatin1String("text")).toString();
        if (type == QLatin1String("HEADER") && c.value(QLatin1String("format")).toString() == QLatin1String("TEXT")
            && TemplateVariables::count(text) > 0) {
            out << Parameter{QStringLiteral("header[1]text"), tr("{{1}} in the header"),
                             c.value(QLatin1String("example")).toString()};
        } else if (type == QLatin1String("BODY")) {
            const QJsonArray examples = c.value(QLatin1String("examples")).toArray();
            for (int n = 1; n <= TemplateVariables::count(text); ++n)
                out << Parameter{QStringLiteral("body[%1]text").arg(n), tr("{{%1}} in the body").arg(n),
                                 examples.at(n - 1).toString()};
        }
    }
    return out;
}

QList<TestMessage::Parameter> TestMessage::kakaotalkParameters(const QJsonObject &details, const QJsonObject &examples)
{
    QList<Parameter> out;
    QStringList seen;
    for (const QString &v : rules::KakaotalkTemplateRules::variables(details.value(QLatin1String("content")).toString())) {
        if (v.isEmpty() || seen.contains(v))
            continue;
        seen << v;
        out << Parameter{v, QStringLiteral("#{%1}").arg(v), examples.value(v).toString()};
    }
    return out;
}

QString TestMessage::bcp47(const QString &language)
{
    const QStringList parts = language.split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QString();
    QString out = parts.first().toLower();
    for (int i = 1; i < parts.size(); ++i)
        out += QLatin1Char('-') + (parts.at(i).size() == 2 ? parts.at(i).toUpper() : parts.at(i));
    return out;
}

bool TestMessage::sameLanguage(const QString &a, const QString &b)
{
    return bcp47(a).compare(bcp47(b), Qt::CaseInsensitive) == 0;
}

QString TestMessage::normalizedNumber(const QString &typed)
{
    QString out = typed.trimmed();
    out.remove(QRegularExpression(QStringLiteral("[\\s\\-().]")));
    if (out.startsWith(QLatin1String("00")))
        out = QLatin1Char('+') + out.mid(2);
    return out;
}

bool TestMessage::isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return re.match(number).hasMatch();
}

QJsonObject TestMessage::sendRequest(const QString &appId, const QString &channel, const QString &number,
                                     const QString &templateId, const QString &language,
                                     const QList<QPair<QString, QString>> &parameters)
{
    QJsonObject values;
    for (const auto &p : parameters)
        values.insert(p.first, p.second);
    QJsonObject reference{{QStringLiteral("template_id"), templateId},
                          // A channel template (WhatsApp's, KakaoTalk's) has no versions of its own.
                          {QStringLiteral("version"), QString()},
                          {QStringLiteral("language_code"), bcp47(language)}};
    if (!values.isEmpty())
        reference.insert(QStringLiteral("parameters"), values);
    const QJsonObject identity{{QStringLiteral("channel"), channel}, {QStringLiteral("identity"), number}};
    // AppMessage.message is one of the message kinds (the contract's schema, not its
    // examples' text_message wrapper: KNOWN-DEFECTS.md).
    return QJsonObject{
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("identified_by"),
            QJsonObject{{QStringLiteral("channel_identities"), QJsonArray{identity}}}}}},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("message"),
            QJsonObject{{QStringLiteral("channel_template"), QJsonObject{{channel, reference}}}}}}},
        {QStringLiteral("channel_priority_order"), QJsonArray{channel}},
    };
}

QJsonObject TestMessage::textRequest(const QString &appId, const QString &channel, const QString &number, const QString &text)
{
    QJsonObject body = sendRequest(appId, channel, number, QString(), QString(), {});
    body.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), text}}}});
    return body;
}

QJsonObject TestMessage::channelTemplate(const QJsonObject &sendRequest, const QString &channel)
{
    return sendRequest.value(QLatin1String("message")).toObject().value(QLatin1String("message")).toObject()
        .value(QLatin1String("channel_template")).toObject().value(channel).toObject();
}

} // namespace sinch
