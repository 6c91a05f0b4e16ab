#include "templatejsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sinch {

QJsonObject TemplateJsonFile::read(const QString &path, QString *error)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(name, f.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 at character %3.").arg(name, parse.errorString()).arg(parse.offset);
        return {};
    }
    if (!json.isObject()) {
        *error = tr("%1 holds no template: expected one JSON object.").arg(name);
        return {};
    }
    const QJsonObject o = json.object();
    if (!o.contains(QLatin1String("name")) && !o.contains(QLatin1String("details"))) {
        *error = tr("%1 does not look like a WhatsApp template: it has neither \"name\" nor \"details\".").arg(name);
        return {};
    }
    const QJsonObject details = o.value(QLatin1String("details")).toObject();
    if (details.contains(QLatin1String("components")) && !details.value(QLatin1String("components")).isArray()) {
        *error = tr("%1: \"details.components\" must be a list.").arg(name);
        return {};
    }
    return o;
}

bool TemplateJsonFile::write(const QString &path, const QJsonObject &document, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        *error = tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace sinch
