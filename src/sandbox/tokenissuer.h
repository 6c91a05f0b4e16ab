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
    QString issue(int ttlSeconds);
    bool isValid(const QString &token) const;
    void expireAll();
    int issuedCount() const { return m_issued; }

private:
    QHash<QString, QDateTime> m_expiry;
    int m_issued = 0;
};

} // namespace sinch::sandbox
