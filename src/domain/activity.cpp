#include "activity.h"

#include "activitykeybuilder.h"

namespace sinch {

namespace {
constexpr char kSepChar = '|';
const QChar kSep = QLatin1Char(kSepChar);

struct KindInfo
{
    FeedRef::Kind kind;
    const char *name;
    int ids;
};

constexpr KindInfo kKinds[] = {
    {FeedRef::Kind::WhatsappAccount, "whatsapp.account", 0},
    {FeedRef::Kind::WhatsappSender, "whatsapp.sender", 1},
    {FeedRef::Kind::WhatsappTemplate, "whatsapp.template", 2},
    {FeedRef::Kind::KakaotalkSender, "kakaotalk.sender", 1},
    {FeedRef::Kind::KakaotalkTemplate, "kakaotalk.template", 2},
    {FeedRef::Kind::RcsAccount, "rcs.account", 0},
    {FeedRef::Kind::RcsSender, "rcs.sender", 1},
};

const KindInfo &info(FeedRef::Kind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}
} // namespace

bool FeedRef::isValid() const
{
    return !projectKey.isEmpty() && ids.size() == idCount(kind);
}

QString FeedRef::key() const
{
    // Appended, not joined: the inbox makes one for every entry it stores.
    const char *name = info(kind).name;
    qsizetype size = projectKey.size() + qsizetype(qstrlen(name)) + 1;
    for (const QString &id : ids)
        size += id.size() + 1;
    QString key;
    key.reserve(size);
    key += projectKey;
    key += kSep;
    key += QLatin1String(name);
    for (const QString &id : ids) {
        key += kSep;
        key += id;
    }
    return key;
}

QString FeedRef::channel() const
{
    return kindName(kind).section(QLatin1Char('.'), 0, 0);
}

QString FeedRef::kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

bool FeedRef::kindFromName(const QString &name, Kind *kind)
{
    for (const KindInfo &k : kKinds) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QList<FeedRef::Kind> FeedRef::allKinds()
{
    QList<Kind> all;
    for (const KindInfo &k : kKinds)
        all.append(k.kind);
    return all;
}

int FeedRef::idCount(Kind kind)
{
    return info(kind).ids;
}

FeedRef FeedRef::fromKey(const QString &key, const QString &title)
{
    const QStringList parts = key.split(kSep);
    FeedRef ref;
    if (parts.size() < 2 || !kindFromName(parts.at(1), &ref.kind))
        return FeedRef();
    ref.projectKey = parts.at(0);
    ref.ids = parts.mid(2);
    ref.title = title;
    return ref;
}

QString Activity::key() const
{
    return keyIn(feed.key());
}

QString Activity::keyIn(const QString &feedKey) const
{
    return QString::fromUtf8(keyUtf8In(feedKey.toUtf8()));
}

QByteArray Activity::keyUtf8In(const QByteArray &feedKeyUtf8) const
{
    ActivityKeyBuilder builder;
    return builder.keyUtf8(*this, feedKeyUtf8).toByteArray();
}

Activity Activity::fromJson(const QJsonObject &json, const FeedRef &feed)
{
    Activity a;
    a.feed = feed;
    a.type = json.value(QLatin1String("type")).toString();
    a.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODateWithMs).toUTC();
    a.author = json.value(QLatin1String("author")).toString();
    a.comment = json.value(QLatin1String("comment")).toString();
    return a;
}

QJsonObject Activity::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), type},
                     {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)}};
    if (!author.isEmpty())
        json.insert(QStringLiteral("author"), author);
    if (!comment.isEmpty())
        json.insert(QStringLiteral("comment"), comment);
    return json;
}

} // namespace sinch
