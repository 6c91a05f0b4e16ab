#include "tokenissuer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sinch::sandbox {

QString TokenIssuer::issue(int ttlSeconds, const QString &keyId)
{
    ++m_issued;
    QByteArray seed = QByteArray::number(m_issued);
    for (int i = 0; i < 4; ++i)
        seed += QByteArray::number(QRandomGenerator::global()->generate());
    const QString token = QStringLiteral("sbx.")
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_expiry.insert(token, QDateTime::currentDateTimeUtc().addSecs(ttlSeconds));
    m_keys.insert(token, keyId);
    return token;
}

bool TokenIssuer::isValid(const QString &token) const
{
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.constEnd() && QDateTime::currentDateTimeUtc() < *it;
}

QString TokenIssuer::keyOf(const QString &token) const
{
    return isValid(token) ? m_keys.value(token) : QString();
}

void TokenIssuer::expireAll()
{
    m_expiry.clear();
    m_keys.clear();
}

} // namespace sinch::sandbox
