#pragma once

#include "api/apierror.h"
#include "transfer/exportmanifest.h"
#include "transfer/importitem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace sinch {

class ApiClient;
class Pager;
struct ApiRequest;

// What the target project has of what an import brings: its WhatsApp templates by
// "name/language", its webhooks, its KakaoTalk senders and their templates by name.
struct ImportTarget
{
    QHash<QString, QJsonObject> whatsappTemplates;
    QList<QJsonObject> webhooks;
    QSet<QString> kakaotalkSenders;
    QHash<QString, QHash<QString, QJsonObject>> kakaotalkTemplates; // plusFriendId -> name -> template
};

// The plan of an import: reads what a project export holds that can be recreated
// elsewhere (WhatsApp and KakaoTalk templates, webhooks), reads what the target project
// has of the same kinds (every page), and says for each resource of the export whether it
// would be created, is identical (skipped) or conflicts (with the differences). Nothing is
// changed; ImportApplier applies a plan.
class ImportPlanner : public QObject
{
    Q_OBJECT
public:
    ImportPlanner(ApiClient *client, QString projectKey, QString directory, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // The importable resources of an export (their `request`s, without targets yet), in the
    // manifest's order; files that cannot be read are added to *failures. *manifest gets the
    // manifest (when it is one).
    static QList<ImportItem> readExport(const QString &directory, ExportManifest *manifest, QList<TransferFailure> *failures);
    // Each item's action against what the target has. Pure: the tests call it.
    static QList<ImportItem> plan(QList<ImportItem> items, const ImportTarget &target);

    // The content an import compares and sends, from a resource as the server gives it.
    static QJsonObject whatsappTemplateRequest(const QJsonObject &serverTemplate);
    static QJsonObject kakaotalkTemplateRequest(const QJsonObject &serverTemplate);
    static QJsonObject webhookRequest(const QJsonObject &serverWebhook);

signals:
    void progress(int done, int total, const QString &what);
    void finished(const QList<sinch::ImportItem> &items, const QList<sinch::TransferFailure> &failures);

private:
    void readList(const ApiRequest &first, const QString &what, std::function<void(const QJsonObject &)> each,
                  std::function<void()> then = {});
    void taskDone(const QString &what);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QString m_directory;
    QList<ImportItem> m_items;
    QList<TransferFailure> m_failures;
    ImportTarget m_target;
    QList<QPointer<Pager>> m_pagers;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace sinch
