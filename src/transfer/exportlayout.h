#pragma once

#include "domain/activity.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sinch {

// Where a project export puts each resource (docs/export-format.md): one JSON file a
// resource, at a path made of its area and its keys, so that exports of the same project
// land on the same files and a rerun can leave unchanged files alone.
//
//   manifest.json                                  what, when, from which project, counts
//   whatsapp/account.json                          a document area: one file
//   whatsapp/senders/<id>.json                     a list area: <area with '/'>/<keys>.json
//   whatsapp/templates/<name>/<language>.json
//   kakaotalk/templates/<plusFriendId>/<code>.json
//   activities/<feed kind>/<ids>.json              a feed: {feed, ids, activities}
//
// Every file goes through CredentialFields: no secret or token is ever written.
class ExportLayout
{
public:
    static constexpr int kFormatVersion = 1;
    static QString manifestFile() { return QStringLiteral("manifest.json"); }
    static QString formatName() { return QStringLiteral("sinch-console-project-export"); }

    // A key as one path segment any file system takes: letters, digits, '-', '_' and '.'
    // stay, every other byte of its UTF-8 is %XX (a leading '.' too: no hidden files, no
    // "..").
    static QString segment(const QString &key);
    // "whatsapp.templates" + {name, language} -> "whatsapp/templates/<name>/<language>.json"
    static QString fileFor(const QString &areaId, const QStringList &keys);
    // "activities/whatsapp.template/<name>/<language>.json"; an account's feed has no ids:
    // "activities/whatsapp.account.json".
    static QString feedFile(const FeedRef &feed);
    // What the file of a feed holds: the kind, the ids and the entries in the contract's shape.
    static QJsonObject feedDocument(const FeedRef &feed, const QList<Activity> &activities);

    // The text of a file: indented JSON, keys in order, credentials masked.
    static QByteArray documentText(const QJsonValue &json);

    enum class WriteResult { Written, Unchanged, Failed };
    // Writes `text` to `directory`/`relative` (atomically) unless the file holds exactly
    // that text already; *error says why it failed.
    static WriteResult writeIfChanged(const QString &directory, const QString &relative, const QByteArray &text,
                                      QString *error = nullptr);
};

} // namespace sinch
