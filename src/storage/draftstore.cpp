#include "draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace sinch {

namespace {

QJsonObject toJson(const DraftStore::Draft &d)
{
    return QJsonObject{{QStringLiteral("key"), d.key},
                       {QStringLiteral("projectKey"), d.projectKey},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("document"), d.document},
                       {QStringLiteral("original"), d.original},
                       {QStringLiteral("savedAt"), d.savedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<DraftStore::Draft> fromFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    DraftStore::Draft d;
    d.key = o.value(QLatin1String("key")).toString();
    if (d.key.isEmpty())
        return std::nullopt;
    d.projectKey = o.value(QLatin1String("projectKey")).toString();
    d.title = o.value(QLatin1String("title")).toString();
    d.kind = o.value(QLatin1String("kind")).toString();
    d.document = o.value(QLatin1String("document")).toObject();
    d.original = o.value(QLatin1String("original")).toObject();
    d.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    return d;
}

} // namespace

DraftStore::DraftStore(const QString &directory) : m_dir(directory)
{
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

// A readable, file-system safe name (letters, digits, '-', '_' from the key, cut short)
// plus a hash of the whole key, so different keys never share a file.
QString DraftStore::fileFor(const QString &key) const
{
    QString readable;
    for (const QChar c : key) {
        if (readable.size() >= 60)
            break;
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        readable += safe ? c : QLatin1Char('_');
    }
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_dir + QLatin1Char('/') + readable + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

bool DraftStore::save(const Draft &draft, QString *error)
{
    if (draft.key.isEmpty()) {
        if (error)
            *error = QStringLiteral("A draft needs a key.");
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("Cannot create the drafts folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    Draft d = draft;
    if (!d.savedAt.isValid())
        d.savedAt = QDateTime::currentDateTimeUtc();
    QSaveFile file(fileFor(d.key));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson(d)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool DraftStore::remove(const QString &key)
{
    return QFile::remove(fileFor(key));
}

QList<DraftStore::Draft> DraftStore::all() const
{
    QList<Draft> out;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (auto d = fromFile(dir.filePath(name)))
            out << *d;
    }
    std::sort(out.begin(), out.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return out;
}

std::optional<DraftStore::Draft> DraftStore::find(const QString &key) const
{
    auto d = fromFile(fileFor(key));
    if (d && d->key != key)
        return std::nullopt;
    return d;
}

} // namespace sinch
