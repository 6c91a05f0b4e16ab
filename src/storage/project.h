#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace sinch {

enum class AuthMode { Basic, OAuth2 };

QString authModeToString(AuthMode mode);          // "basic" / "oauth2"
AuthMode authModeFromString(const QString &text); // unknown -> OAuth2

// A project the user added: everything but the key secret, which lives only in the OS
// keychain (CredentialStore), keyed by the stable local id.
struct Project
{
    QUuid id;                 // stable local id; never changes, keys the keychain entry
    QString displayName;
    QString projectId;        // Sinch project ID (usually a UUID)
    QString keyId;            // access key ID (usually a UUID)
    AuthMode authMode = AuthMode::OAuth2;
    QUrl baseUrl = defaultBaseUrl();
    QUrl tokenUrl = defaultTokenUrl();
    // The Conversation API's regional host (one of the contract's servers: EU or US; the
    // sandbox's own port for the sandbox project), for the app list and test sends.
    QUrl conversationUrl = defaultConversationUrl();
    bool sandbox = false;     // the built-in emulator's project (never persisted)

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://provisioning.api.sinch.com")); }
    static QUrl defaultTokenUrl() { return QUrl(QStringLiteral("https://auth.sinch.com/oauth2/token")); }
    // The contract's first server (EU).
    static QUrl defaultConversationUrl();

    // Problems that make the project unusable (empty IDs, bad URLs ...), as sentences
    // that say what to do. Empty when the project can be saved.
    QStringList errors() const;
    // Odd but allowed (an ID that is not a UUID, plain http to a non-loopback host ...).
    QStringList warnings() const;

    bool operator==(const Project &o) const;
    bool operator!=(const Project &o) const { return !(*this == o); }
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::Project)
