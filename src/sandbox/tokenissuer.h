#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sinch::sandbox {

// The OAuth2 side of the emulator: issues opaque bearer tokens with a lifetime and
// checks them; expireAll() makes every token issued so far invalid.
class TokenIssuer
{
public:
    // A token for the access key `keyId` (the projects it may reach are the key's).
    QString issue(int ttlSeconds, const QString &keyId = QString());
    bool isValid(const QString &token) const;
    // The key a valid token was issued to; empty for an unknown or expired token.
    QString keyOf(const QString &token) const;
    void expireAll();
    int issuedCount() const { return m_issued; }

private:
    QHash<QString, QDateTime> m_expiry;
    QHash<QString, QString> m_keys; // token -> key ID
    int m_issued = 0;
};

} // namespace sinch::sandbox
