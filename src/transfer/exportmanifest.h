#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sinch {

// Something an export or an import could not do, in words: which resource, and why.
struct TransferFailure
{
    QString what;   // "WhatsApp › Senders", "webhooks/abc.json"
    QString error;  // the server's or the file system's sentence
};

// manifest.json of a project export: what was exported, when, from which project (its ID
// and the API's address: never a key or a secret), how many of each, under which version
// of the contract and of the format, the files and what failed.
struct ExportManifest
{
    int formatVersion = 0;
    QString contractVersion;
    QString appVersion;
    QDateTime exportedAt; // UTC
    QString projectId;
    QUrl baseUrl;
    QString projectName;
    bool complete = false; // false: something failed or the export was cancelled
    QMap<QString, int> counts; // area or feed kind -> files
    QStringList files;          // relative paths, sorted
    QList<TransferFailure> failures;

    QJsonObject toJson() const;
    // Empty with *error set when `json` is not a manifest of a format this build reads.
    static std::optional<ExportManifest> fromJson(const QJsonObject &json, QString *error = nullptr);
    // Reads `directory`/manifest.json.
    static std::optional<ExportManifest> read(const QString &directory, QString *error = nullptr);
};

} // namespace sinch
