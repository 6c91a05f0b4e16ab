#include "isocountrynames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QtEndian>

namespace sinch {

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Code -> the English names iso-codes gives it (the gettext catalogues' msgids): the
// short one a person uses ("South Korea") first where it has one, then its list name.
QHash<QString, QStringList> englishNames()
{
    QHash<QString, QStringList> out;
    const QJsonArray all = QJsonDocument::fromJson(readData(QStringLiteral("iso-codes/json/iso_3166-1.json")))
                               .object().value(QLatin1String("3166-1")).toArray();
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        QStringList names;
        for (const char *key : {"common_name", "name"})
            if (const QString n = c.value(QLatin1String(key)).toString(); !n.isEmpty())
                names << n;
        out.insert(c.value(QLatin1String("alpha_2")).toString(), names);
    }
    return out;
}

} // namespace

QHash<QByteArray, QByteArray> IsoCountryNames::readMo(const QByteArray &mo)
{
    QHash<QByteArray, QByteArray> out;
    const auto word = [&mo](qsizetype at, bool big) -> quint32 {
        if (at < 0 || at + 4 > mo.size())
            return 0;
        const uchar *p = reinterpret_cast<const uchar *>(mo.constData() + at);
        return big ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    };
    const quint32 magic = word(0, false);
    const bool big = magic == 0xde120495U;
    if (magic != 0x950412deU && !big)
        return out;
    const quint32 count = word(8, big);
    const quint32 originals = word(12, big);
    const quint32 translations = word(16, big);
    const auto text = [&](quint32 table, quint32 i) -> QByteArray {
        const quint32 length = word(qsizetype(table) + 8 * qsizetype(i), big);
        const quint32 offset = word(qsizetype(table) + 8 * qsizetype(i) + 4, big);
        if (qsizetype(offset) + qsizetype(length) > mo.size())
            return QByteArray();
        return mo.mid(offset, length);
    };
    for (quint32 i = 0; i < count && qsizetype(originals) + 8 * qsizetype(i) + 8 <= mo.size(); ++i) {
        const QByteArray id = text(originals, i);
        if (!id.isEmpty())
            out.insert(id, text(translations, i));
    }
    return out;
}

const QHash<QString, QString> &IsoCountryNames::namesIn(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> cache;
    const QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(language); it != cache.constEnd())
        return *it;
    QHash<QString, QString> names;
    for (const QString &dir : {language, language.section(QLatin1Char('_'), 0, 0)}) {
        const QByteArray mo = readData(QStringLiteral("locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(dir));
        if (mo.isEmpty())
            continue;
        const QHash<QByteArray, QByteArray> translated = readMo(mo);
        const QHash<QString, QStringList> english = englishNames();
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            // A catalogue may translate only the list name (Spanish has no "South Korea").
            for (const QString &n : it.value())
                if (const QByteArray t = translated.value(n.toUtf8()); !t.isEmpty()) {
                    names.insert(it.key(), QString::fromUtf8(t));
                    break;
                }
        }
        break;
    }
    return *cache.insert(language, names);
}

QString IsoCountryNames::name(const QString &code, const QString &language)
{
    if (language.isEmpty() || language.startsWith(QLatin1String("en")) || language == QLatin1String("C"))
        return QString(); // English: Qt's names
    return namesIn(language).value(code);
}

} // namespace sinch
