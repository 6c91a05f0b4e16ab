#pragma once

#include "api/apierror.h"
#include "domain/activity.h"
#include "transfer/exportmanifest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>

namespace sinch {

class ApiClient;
class ApiJob;
class Pager;
struct ApiRequest;
struct Area;

// Where an export comes from, for its manifest: the project's ID and the API's address
// (never a key or a secret).
struct ExportSource
{
    QString projectId;
    QUrl baseUrl;
    QString displayName;
};

// What an export did: files written, left as they were (same content) and removed (gone
// from the project since the last export), counts by area, what failed.
struct ExportSummary
{
    ExportManifest manifest;
    int written = 0;
    int unchanged = 0;
    int removed = 0;
    bool cancelled = false;
    qint64 elapsedMs = 0;
    int requests = 0; // the lists and documents read (pages not counted)
};

// Exports every readable resource of one project into a folder in ExportLayout's layout,
// in the background: the areas of the AreaCatalog listed by areaIds() (every page of each
// list), the AlimTalk templates of each KakaoTalk sender, and the activity feed of every
// resource that has one. At most ApiClient::maxInFlight() reads are under way at once (the
// rest wait here, not in the client's queue, so the console's own views are not held up
// behind the export); files are written as the answers come, only when their content changed. A
// read that fails is listed in the summary and the manifest, the rest is still written.
// Files of an earlier export whose resource is gone are removed, but only after a complete
// export (a failed list must not look like a project emptied).
class ProjectExporter : public QObject
{
    Q_OBJECT
public:
    ProjectExporter(ApiClient *client, QString projectKey, ExportSource source, QString directory,
                    QObject *parent = nullptr);
    ~ProjectExporter() override;

    // The areas exported, in the order they are read.
    static QStringList areaIds();

    void start();
    // Stops every read; finished() follows with `cancelled` set (what was written stays).
    void cancel();
    bool isRunning() const { return m_running; }
    const ExportSummary &summary() const { return m_summary; }

signals:
    // `done` of `total` reads so far (total grows as lists name their resources' feeds).
    void progress(int done, int total, const QString &what);
    void finished(const sinch::ExportSummary &summary);

private:
    // read*() schedule a read, start*() run it once the budget lets it.
    void readDocument(const Area &area);
    void startDocument(const Area &area);
    void readList(const Area &area, const ApiRequest &first, const QStringList &parentKeys, const QString &what);
    void startList(const Area &area, const ApiRequest &first, const QStringList &parentKeys, const QString &what);
    void readFeed(const FeedRef &feed);
    void startFeed(const FeedRef &feed);
    void readDone(const QString &what, const ApiError *error);
    void itemRead(const Area &area, const QJsonObject &item, const QStringList &parentKeys);
    void write(const QString &relative, const QString &countKey, const QJsonValue &json);
    void failed(const QString &what, const ApiError &error);
    void stopReads();
    void schedule(std::function<void()> start);
    void startWaiting();
    void taskDone(const QString &what);
    void finish();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ExportSource m_source;
    QString m_directory;
    ExportSummary m_summary;
    QSet<QString> m_files;
    QStringList m_previousFiles;
    QList<QPointer<Pager>> m_pagers;
    QList<QPointer<ApiJob>> m_jobs;
    QElapsedTimer m_elapsed;
    int m_total = 0;
    int m_done = 0;
    int m_active = 0;                       // reads under way (each a request at a time)
    QQueue<std::function<void()>> m_waiting; // reads not started yet
    bool m_running = false;
    bool m_queueing = false;
    bool m_refused = false; // nothing read or written: the folder cannot take this export
};

} // namespace sinch

Q_DECLARE_METATYPE(sinch::ExportSummary)
