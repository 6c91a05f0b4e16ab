#include "transfer/exportmanifest.h"

#include "transfer/exportlayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sinch {

QJsonObject ExportManifest::toJson() const
{
    QJsonObject counted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        counted.insert(it.key(), it.value());
    QJsonArray failed;
    for (const TransferFailure &f : failures)
        failed << QJsonObject{{QStringLiteral("what"), f.what}, {QStringLiteral("error"), f.error}};
    return QJsonObject{
        {QStringLiteral("format"), ExportLayout::formatName()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("contractVersion"), contractVersion},
        {QStringLiteral("application"), appVersion},
        {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("projectId"), projectId},
                                                 {QStringLiteral("baseUrl"), baseUrl.toString()},
                                                 {QStringLiteral("name"), projectName}}},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("counts"), counted},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("failures"), failed},
    };
}

std::optional<ExportManifest> ExportManifest::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QLatin1String("format")).toString() != ExportLayout::formatName())
        return fail(QStringLiteral("not a project export of sinch-console (no \"format\": \"%1\")").arg(ExportLayout::formatName()));
    ExportManifest m;
    m.formatVersion = json.value(QLatin1String("formatVersion")).toInt();
    if (m.formatVersion < 1 || m.formatVersion > ExportLayout::kFormatVersion)
        return fail(QStringLiteral("export format version %1 is not one this version reads (up to %2): use a newer sinch-console")
                        .arg(m.formatVersion)
                        .arg(ExportLayout::kFormatVersion));
    m.contractVersion = json.value(QLatin1String("contractVersion")).toString();
    m.appVersion = json.value(QLatin1String("application")).toString();
    m.exportedAt = QDateTime::fromString(json.value(QLatin1String("exportedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject project = json.value(QLatin1String("project")).toObject();
    m.projectId = project.value(QLatin1String("projectId")).toString();
    m.baseUrl = QUrl(project.value(QLatin1String("baseUrl")).toString());
    m.projectName = project.value(QLatin1String("name")).toString();
    m.complete = json.value(QLatin1String("complete")).toBool();
    const QJsonObject counted = json.value(QLatin1String("counts")).toObject();
    for (auto it = counted.begin(); it != counted.end(); ++it)
        m.counts.insert(it.key(), it.value().toInt());
    for (const QJsonValue &f : json.value(QLatin1String("files")).toArray())
        m.files << f.toString();
    for (const QJsonValue &f : json.value(QLatin1String("failures")).toArray())
        m.failures << TransferFailure{f[QLatin1String("what")].toString(), f[QLatin1String("error")].toString()};
    return m;
}

std::optional<ExportManifest> ExportManifest::read(const QString &directory, QString *error)
{
    QFile file(QDir(directory).filePath(ExportLayout::manifestFile()));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 has no %2: not a project export").arg(directory, ExportLayout::manifestFile());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not JSON: %2").arg(file.fileName(), parse.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace sinch
