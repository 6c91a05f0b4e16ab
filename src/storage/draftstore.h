#pragma once

#include <QDateTime>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinch {

// Local drafts of open editors, so no edit is lost: the editor autosaves every few
// seconds and on close; after a crash the console offers to restore what is here. One
// JSON file per document under QStandardPaths::AppDataLocation/drafts/, written with
// QSaveFile; removed when the document is saved to the server or discarded.
class DraftStore
{
public:
    struct Draft {
        QString key;          // stable document key, e.g. "<projectUuid>/whatsapp/<name>/<LANG>" or ".../new-<uuid>"
        QString projectKey;   // the project's local uuid (string)
        QString title;        // what the user sees ("order_update · EN_US")
        QString kind;         // "whatsapp-template"
        QJsonObject document; // the editor's content (the contract's create-request shape)
        QJsonObject original; // the server version the edit started from (empty for a new one)
        QDateTime savedAt;
    };

    // `directory` empty = AppDataLocation/drafts.
    explicit DraftStore(const QString &directory = QString());

    bool save(const Draft &draft, QString *error = nullptr);
    bool remove(const QString &key);
    QList<Draft> all() const;   // newest first
    std::optional<Draft> find(const QString &key) const;
    QString directory() const { return m_dir; }

private:
    QString fileFor(const QString &key) const;
    QString m_dir;
};

} // namespace sinch
