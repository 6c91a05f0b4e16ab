#include "credentialfields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sinch {

namespace {

// Half of a pair: masked only when its credential sits beside it (an authName alone, as
// in a list filter, names nothing secret).
struct PairedName
{
    QLatin1String name;
    QLatin1String credential;
};
const PairedName kPaired[] = {{QLatin1String("authName"), QLatin1String("authToken")}};

QString normalised(QStringView name)
{
    QString n = name.toString().toLower();
    n.remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return n;
}

bool pairedWithCredential(const QJsonObject &o, const QString &key)
{
    for (const PairedName &p : kPaired)
        if (key == p.name && o.contains(p.credential))
            return true;
    return false;
}

} // namespace

QString CredentialFields::maskText()
{
    return QStringLiteral("[redacted]");
}

bool CredentialFields::isCredentialName(QStringView name)
{
    // secret, keySecret, client_secret, password, Authorization, apiKey, access_token,
    // authToken, facebookToken, longLivedAccessToken, refresh_token, and Meta's
    // single-use facebookCode.
    const QString n = normalised(name);
    static const char *const kParts[] = {"secret", "password", "passwd", "authorization", "apikey", "credential", "facebookcode"};
    for (const char *part : kParts) {
        if (n.contains(QLatin1String(part)))
            return true;
    }
    // A list of them too: a bundle's SMS app has accessTokens.
    return (n.endsWith(QLatin1String("token")) || n.endsWith(QLatin1String("tokens")))
        && !n.endsWith(QLatin1String("pagetoken")) && !n.endsWith(QLatin1String("pagetokens"));
}

QJsonValue CredentialFields::mask(const QJsonValue &document)
{
    if (document.isObject()) {
        QJsonObject o = document.toObject();
        const QJsonObject original = o;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool secret = isCredentialName(it.key()) || pairedWithCredential(original, it.key());
            if (secret && !it.value().isNull())
                it.value() = maskText();
            else
                it.value() = mask(it.value());
        }
        return o;
    }
    if (document.isArray()) {
        QJsonArray a = document.toArray();
        for (int i = 0; i < a.size(); ++i)
            a[i] = mask(a.at(i));
        return a;
    }
    return document;
}

QString CredentialFields::maskedJsonText(const QJsonDocument &document)
{
    const QJsonValue masked = mask(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    const QJsonDocument out = masked.isArray() ? QJsonDocument(masked.toArray()) : QJsonDocument(masked.toObject());
    return QString::fromUtf8(out.toJson(QJsonDocument::Indented));
}

} // namespace sinch
