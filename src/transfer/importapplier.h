#pragma once

#include "api/apierror.h"
#include "transfer/exportmanifest.h"
#include "transfer/importitem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace sinch {

class ApiClient;
class ApiJob;
class DraftStore;

// How an import applies its plan.
struct ImportOptions
{
    // Templates become local drafts of the target project (DraftStore, the editors' own:
    // the template editors take them up, and the user submits them), not server calls.
    // Webhooks are always created on the server (a webhook has no draft).
    bool templatesAsLocalDrafts = false;
    DraftStore *drafts = nullptr;
    QString draftProjectKey; // the target's local project key, which the drafts belong to
    // The secret of each webhook to create, by ImportItem::key(); a webhook without one
    // gets a generated secret, reported once in ImportResult::generatedSecrets.
    QHash<QString, QString> webhookSecrets;
};

struct ImportResult
{
    int created = 0;
    int updated = 0;
    int drafts = 0;
    QList<TransferFailure> failures;
    QList<QPair<QString, QString>> generatedSecrets; // webhook target -> the secret made for it
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

// Applies the chosen items of an ImportPlanner's plan to the target project, in the
// background: templates created (as server drafts, never submitted for review) or written
// as local drafts; webhooks created with their secret; a conflict chosen replaces the
// target's content (a template's next version as a draft, a webhook's triggers). At most
// ApiClient::maxInFlight() of its requests are out at once, so the console's other views
// keep their share; one that fails is listed and the rest go on.
class ImportApplier : public QObject
{
    Q_OBJECT
public:
    ImportApplier(ApiClient *client, QString projectKey, QList<ImportItem> chosen, ImportOptions options,
                  QObject *parent = nullptr);
    ~ImportApplier() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_items.size()); }

    // A webhook secret no one chose: random, URL-safe, as long as the contract allows (32).
    static QString generateSecret();

signals:
    void progress(int done, int total, const QString &what);
    void finished(const sinch::ImportResult &result);

private:
    void pump();
    ApiJob *send(const ImportItem &item);
    bool writeDraft(const ImportItem &item, QString *error);
    void itemDone(const ImportItem &item, const QString &error);
    void finish();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QList<ImportItem> m_items;
    ImportOptions m_options;
    ImportResult m_result;
    QList<QPointer<ApiJob>> m_jobs;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    qint64 m_started = 0;
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::ImportResult)
