#include "seedids.h"

#include <QCryptographicHash>

namespace sinch::sandbox {

namespace {

// The seeded apps: each RCS brand of SeedData has its own; the WhatsApp business one.
const struct
{
    const char *key;
    const char *displayName;
    const char *region;
} kApps[] = {
    {"acme-retail", "Acme Retail", "EU"},
    {"acme-bank", "Acme Bank", "US"},
    {"acme-travel", "Acme Travel", "EU"},
    {"acme-energy", "Acme Energy", "EU"},
    {"acme-whatsapp", "Acme WhatsApp", "EU"},
};

QByteArray digest(const QString &seed)
{
    return QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString SeedIds::ulid(const QString &projectId, const QString &key)
{
    static const char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray bytes = digest(projectId + QStringLiteral("/conversation-app/") + key);
    // "01H": a timestamp prefix of this decade, as real app IDs have.
    QString out = QStringLiteral("01H");
    for (int i = 0; out.size() < 26; ++i)
        out += QLatin1Char(kCrockford[quint8(bytes.at(i)) % 32]);
    return out;
}

quint64 SeedIds::hash(const QString &text)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QString SeedIds::token(const QString &seed, int length)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray bytes = digest(seed);
    while (bytes.size() < length)
        bytes += digest(QString::fromLatin1(bytes.toHex()));
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[quint8(bytes.at(i)) % 62]);
    return out;
}

QList<SeedConversationApp> SeedIds::conversationApps(const QString &projectId)
{
    QList<SeedConversationApp> out;
    for (const auto &a : kApps)
        out << SeedConversationApp{QLatin1String(a.key), ulid(projectId, QLatin1String(a.key)),
                                   QLatin1String(a.displayName), QLatin1String(a.region)};
    return out;
}

SeedConversationApp SeedIds::conversationApp(const QString &projectId, const QString &key)
{
    for (const SeedConversationApp &app : conversationApps(projectId))
        if (app.key == key)
            return app;
    return SeedConversationApp();
}

QString SeedIds::conversationAppKey(const QString &projectId, const QString &id)
{
    for (const SeedConversationApp &app : conversationApps(projectId))
        if (app.id == id)
            return app.key;
    return QString();
}

} // namespace sinch::sandbox
