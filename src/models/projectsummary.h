#pragma once

#include "api/apiclient.h"

#include "api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace sinch {

class ApiClient;
class Pager;

// The numbers of one project's Overview: for each resource family, how many there are and
// how many in each state, read from the real list operations (every page). A family the
// project does not have (404, e.g. no WhatsApp account) or that failed keeps its error.
class ProjectSummary : public QObject
{
    Q_OBJECT
public:
    struct Section {
        QString id;            // "webhooks", "whatsappTemplates", ...
        QString operationId;
        QString stateField;    // counted field, empty = count only
        int total = 0;
        // Keyed by the state read from the item's own state field ("APPROVED"), or, for an
        // item without one, by the later field and its value ("changes.status=REJECTED": a
        // template never approved, whose pending changes were rejected). Apart, so that the
        // same word in two fields is two numbers, each of which its list can show alone.
        QMap<QString, int> byState;
        // The keys of byState the list can be asked to show alone: an own state where the
        // list operation filters by state (filterStates in the contract), a later field's
        // where it filters by the changes' status (filterStatuses). Each opens the list
        // filtered to it.
        QSet<QString> filterableStates;
        bool loading = false;
        bool loaded = false;
        ApiError error;
    };

    ProjectSummary(ApiClient *client, QString projectKey, QObject *parent = nullptr);
    ~ProjectSummary() override;

    QString projectKey() const { return m_projectKey; }
    const QList<Section> &sections() const { return m_sections; }
    const Section *section(const QString &id) const;
    bool isLoading() const;
    // The key an item is counted under (Section::byState): its first of `fields` that has a
    // value, the later ones as "field=value"; "UNKNOWN" when none has.
    static QString stateKey(const QJsonObject &item, const QStringList &fields);

public slots:
    void refresh();
    // Reads again the sections that failed (not those the project does not have): what a
    // person sees on coming back to the overview, after the list may have loaded elsewhere.
    void retryFailed();
    void cancel();

signals:
    void sectionChanged(const QString &id);
    void finished(); // every section loaded or failed

private:
    void start(int i);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QList<Section> m_sections;
    QList<Pager *> m_pagers;
};

} // namespace sinch
