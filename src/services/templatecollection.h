#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class Pager;
struct ApiError;

// Every WhatsApp template of one project in full (details included), read page by page,
// kept if it matches a filter and sorted by name then language: what a catalogue prints.
// The list page pages lazily and the TemplateCatalog keeps three fields; this is the one
// reader that wants all of it at once.
class TemplateCollection : public QObject
{
    Q_OBJECT
public:
    // Empty lists match everything; a state matches the template's `state` or the status
    // of its pending changes (DRAFT, IN_PROGRESS, REJECTED), so "drafts" can be asked for.
    struct Filter
    {
        QStringList states;
        QStringList categories;
        QStringList languages;
        bool matches(const QJsonObject &serverTemplate) const;
    };

    TemplateCollection(ApiClient *client, QString projectKey, QObject *parent = nullptr);

    void setFilter(const Filter &filter) { m_filter = filter; }
    // Reads every page (again); loaded() or failed() follows.
    void load();
    void cancel();
    QList<QJsonObject> templates() const { return m_templates; }

    // The values a filter may name, from the contract: states (with the statuses of
    // pending changes), categories, languages.
    static QStringList stateValues();
    static QStringList categoryValues();
    static QStringList languageValues();
    // Keeps the matching templates, sorted by name then language.
    static QList<QJsonObject> select(const QList<QJsonObject> &templates, const Filter &filter);

signals:
    void progress(int read, int total); // total -1 until the server said
    void loaded();
    void failed(const sinch::ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    Filter m_filter;
    Pager *m_pager = nullptr;
    QList<QJsonObject> m_reading;
    QList<QJsonObject> m_templates;
};

} // namespace sinch
