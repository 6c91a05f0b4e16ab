#pragma once

#include "api/apierror.h"
#include "rules/whatsapptemplaterules.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sinch {

class ApiClient;
class DeletedTemplateLog;
class Pager;

// The WhatsApp templates of one project as names, languages and states: read once from
// the server (every page, three fields a template) and kept current by the console's
// own saves and deletions, so the list page, the editors' project rules ("name + language
// taken", "deleted lately") and quick open ask one place instead of a filtered, partly
// loaded list. Deletions are also recorded in the DeletedTemplateLog (the API keeps no
// record of deleted names).
class TemplateCatalog : public QObject
{
    Q_OBJECT
public:
    TemplateCatalog(ApiClient *client, QString projectKey, DeletedTemplateLog *deletedLog, QObject *parent = nullptr);
    ~TemplateCatalog() override;

    QString projectKey() const { return m_projectKey; }
    // Reads every template once (no-op while loading or when loaded); reload() reads again.
    void load();
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const;

    QStringList names() const;
    QStringList languagesOf(const QString &name) const;
    QString stateOf(const QString &name, const QString &language) const;
    int count() const;
    // What the project rules of a new template need: the name + language pairs taken and
    // the names deleted lately.
    rules::ProjectTemplates projectTemplates(const QDate &today = QDate::currentDate()) const;

    // The console saved a template (the server's answer, a WhatsappTemplateDto).
    void recordSaved(const QJsonObject &serverTemplate);
    // The console deleted a language (or, with an empty language, every language of the
    // name). `deleteSubmitted` false removes only pending changes: the template stays.
    void recordDeleted(const QString &name, const QString &language, bool deleteSubmitted);

signals:
    void changed();
    void failed(const sinch::ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    DeletedTemplateLog *m_deletedLog;
    Pager *m_pager = nullptr;
    bool m_loaded = false;
    QHash<QString, QHash<QString, QString>> m_states; // name → language → state
    QHash<QString, QHash<QString, QString>> m_loading;
};

} // namespace sinch
