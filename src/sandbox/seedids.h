#pragma once

#include <QList>
#include <QString>

namespace sinch::sandbox {

// One Conversation API app of the seeded project: the app an RCS sender or the WhatsApp
// business names, and the channels it has connected.
struct SeedConversationApp
{
    QString key;           // what the seed calls it ("acme-retail")
    QString id;            // a ULID, as Conversation API app IDs are
    QString displayName;   // "Acme Retail"
    QString region;        // RcsConversationApiAppRegionsEnum: EU, US, BR
};

// The IDs the seed data hands out, in one place, so that the Provisioning API's answers,
// the Conversation API's answers and every test agree (CLARIFICATIONS.md, "Sandbox seed").
// Each ID is derived from the project ID and a key: the same on every run, different
// in another project.
class SeedIds
{
public:
    // The Conversation API apps of the seeded project: one for each seeded RCS brand and
    // one for the WhatsApp business.
    static QList<SeedConversationApp> conversationApps(const QString &projectId);
    // The app with `key`, or one with an empty id.
    static SeedConversationApp conversationApp(const QString &projectId, const QString &key);
    // The key of the app with `id` in the project, or empty.
    static QString conversationAppKey(const QString &projectId, const QString &id);
    // A ULID (26 characters of Crockford's base 32) made from a project and a key.
    static QString ulid(const QString &projectId, const QString &key);
    // FNV-1a of a text: the same on every run and platform, for seeded choices.
    static quint64 hash(const QString &text);
    // `length` letters and digits made from a seed, for generated credentials.
    static QString token(const QString &seed, int length);
    // The key of the WhatsApp business's app.
    static QString whatsappAppKey() { return QStringLiteral("acme-whatsapp"); }
};

} // namespace sinch::sandbox
