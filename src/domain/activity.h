#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sinch {

// One resource with an activity feed (and a comments endpoint beside it): the WhatsApp
// and RCS accounts, WhatsApp senders and templates (name + language), KakaoTalk senders
// and templates, RCS senders. Every feed of the contract has the same shape, so one
// reference names them all.
struct FeedRef
{
    enum class Kind {
        WhatsappAccount,
        WhatsappSender,
        WhatsappTemplate,
        KakaotalkSender,
        KakaotalkTemplate,
        RcsAccount,
        RcsSender,
    };

    QString projectKey;
    Kind kind = Kind::WhatsappAccount;
    QStringList ids;   // the path values in order: a sender's ID; a template's name and language; ...
    QString title;     // what a person calls it ("order_update · EN_US"); not part of the key

    bool isValid() const;
    // "projectKey|whatsapp.template|order_update|EN_US": the same for the same feed, always.
    QString key() const;
    QString channel() const;   // "whatsapp", "kakaotalk", "rcs"
    static QString kindName(Kind kind);            // "whatsapp.template"
    static bool kindFromName(const QString &name, Kind *kind);
    static QList<Kind> allKinds();
    // How many path values a kind takes (0 for the accounts).
    static int idCount(Kind kind);

    static FeedRef fromKey(const QString &key, const QString &title = QString());
    bool operator==(const FeedRef &other) const { return key() == other.key(); }
};

// One entry of a feed: the contract's notification (type, created, author, comment) and
// the feed it came from. Feeds carry no IDs; key() tells entries apart.
struct Activity
{
    FeedRef feed;
    QString type;        // CREATED, COMMENT_ADDED, EDITED, IN_PROGRESS ...
    QDateTime created;   // UTC
    QString author;
    QString comment;
    // A review outcome is a new state of the resource, not an entry of its feed: the inbox
    // records it as an activity of type kStateChanged with the state reached here.
    QString state;
    bool read = false;

    static inline const QString kStateChanged = QStringLiteral("STATE_CHANGED");

    bool isComment() const { return !comment.isEmpty(); }
    // Feed key + time + type + a hash of author, comment and state: one key per entry, stable across reads.
    QString key() const;
    // key() with its feed's key already made (feed.key()): a batch of one feed's entries.
    QString keyIn(const QString &feedKey) const;
    // keyIn() as UTF-8, from the feed key's UTF-8: what the inbox store hashes, 50,000 at a
    // sync, without making (and converting) a QString for each (ActivityKeyBuilder, which
    // makes it, also reuses its buffers from one entry to the next).
    QByteArray keyUtf8In(const QByteArray &feedKeyUtf8) const;
    static Activity fromJson(const QJsonObject &json, const FeedRef &feed);
    QJsonObject toJson() const; // the contract's shape
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::Activity)
