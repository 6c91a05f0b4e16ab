#include "transfer/exportlayout.h"

#include "domain/credentialfields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sinch {

QString ExportLayout::segment(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || (c == '.' && i > 0);
        if (plain)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("%%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("%00") : out;
}

QString ExportLayout::fileFor(const QString &areaId, const QStringList &keys)
{
    QStringList parts = areaId.split(QLatin1Char('.'));
    if (keys.isEmpty())
        return parts.join(QLatin1Char('/')) + QStringLiteral(".json");
    for (const QString &k : keys)
        parts << segment(k);
    return parts.join(QLatin1Char('/')) + QStringLiteral(".json");
}

QString ExportLayout::feedFile(const FeedRef &feed)
{
    QStringList parts{QStringLiteral("activities"), FeedRef::kindName(feed.kind)};
    if (feed.ids.isEmpty())
        return parts.join(QLatin1Char('/')) + QStringLiteral(".json");
    for (const QString &id : feed.ids)
        parts << segment(id);
    return parts.join(QLatin1Char('/')) + QStringLiteral(".json");
}

QJsonObject ExportLayout::feedDocument(const FeedRef &feed, const QList<Activity> &activities)
{
    QJsonArray entries;
    for (const Activity &a : activities)
        entries << a.toJson();
    return QJsonObject{{QStringLiteral("feed"), FeedRef::kindName(feed.kind)},
                       {QStringLiteral("ids"), QJsonArray::fromStringList(feed.ids)},
                       {QStringLiteral("title"), feed.title},
                       {QStringLiteral("activities"), entries}};
}

QByteArray ExportLayout::documentText(const QJsonValue &json)
{
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    return CredentialFields::maskedJsonText(doc).toUtf8();
}

ExportLayout::WriteResult ExportLayout::writeIfChanged(const QString &directory, const QString &relative,
                                                       const QByteArray &text, QString *error)
{
    const QString path = QDir(directory).filePath(relative);
    {
        QFile existing(path);
        if (existing.size() == text.size() && existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
            return WriteResult::Unchanged;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder of %1").arg(relative);
        return WriteResult::Failed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(relative, file.errorString());
        return WriteResult::Failed;
    }
    return WriteResult::Written;
}

} // namespace sinch
