#include "transfer/projectexporter.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/contract.h"
#include "api/pager.h"
#include "domain/jsonpath.h"
#include "services/activityservice.h"
#include "services/areacatalog.h"
#include "services/kakaotalktemplateservice.h"
#include "transfer/allpages.h"
#include "transfer/exportlayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace sinch {

namespace {

QString areaName(const Area &area)
{
    return area.group.isEmpty() ? area.title : area.group + QStringLiteral(" › ") + area.title;
}

QString kakaoTemplatesArea()
{
    return QStringLiteral("kakaotalk.templates");
}

} // namespace

ProjectExporter::ProjectExporter(ApiClient *client, QString projectKey, ExportSource source, QString directory,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_source(std::move(source))
    , m_directory(std::move(directory))
{
}

ProjectExporter::~ProjectExporter()
{
    stopReads();
}

void ProjectExporter::stopReads()
{
    m_waiting.clear();
    for (const QPointer<Pager> &p : std::as_const(m_pagers))
        if (p)
            p->cancel();
    for (const QPointer<ApiJob> &j : std::as_const(m_jobs))
        if (j)
            j->cancel();
}

QStringList ProjectExporter::areaIds()
{
    return {QStringLiteral("whatsapp.account"), QStringLiteral("whatsapp.senders"),  QStringLiteral("whatsapp.templates"),
            QStringLiteral("whatsapp.flows"),   QStringLiteral("kakaotalk.senders"), QStringLiteral("rcs.activities"),
            QStringLiteral("rcs.senders"),      QStringLiteral("webhooks")};
}

void ProjectExporter::start()
{
    if (m_running)
        return;
    m_running = true;
    m_elapsed.start();
    m_summary = ExportSummary();
    m_refused = false;
    m_files.clear();
    m_total = m_done = m_active = 0;
    m_waiting.clear();
    QString refusal;
    if (const std::optional<ExportManifest> previous = ExportManifest::read(m_directory)) {
        m_previousFiles = previous->files;
        // Another project's files would be mixed with this one's, and tidied away as "gone".
        if (previous->projectId != m_source.projectId)
            refusal = tr("The folder holds the export of project %1: export %2 into another folder.")
                          .arg(previous->projectId, m_source.projectId);
    }
    if (refusal.isEmpty() && !QDir().mkpath(m_directory))
        refusal = tr("The folder cannot be created.");
    if (!refusal.isEmpty()) {
        m_summary.manifest.failures << TransferFailure{m_directory, refusal};
        m_refused = true;
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    // Every read is queued before any answer counts, so "all done" cannot come early.
    m_queueing = true;
    for (const QString &id : areaIds()) {
        const Area area = AreaCatalog::find(id);
        if (area.kind == Area::Kind::Document)
            readDocument(area);
        else if (area.kind == Area::Kind::Feed)
            readFeed(AreaCatalog::feedOf(area, m_projectKey));
        else if (!area.operationId.isEmpty())
            readList(area, ApiRequest(area.operationId), {}, areaName(area));
    }
    m_queueing = false;
    if (m_done == m_total)
        QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
}

void ProjectExporter::cancel()
{
    if (!m_running || m_summary.cancelled)
        return;
    m_summary.cancelled = true;
    stopReads();
    QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection);
}

void ProjectExporter::readDocument(const Area &area)
{
    if (!m_client)
        return;
    schedule([this, area] { startDocument(area); });
}

void ProjectExporter::startDocument(const Area &area)
{
    // A project without one (a 404) simply has none: nothing to write, nothing failed.
    ApiJob *job = m_client->call(m_projectKey, ApiRequest(area.operationId).expect(404));
    m_jobs << job;
    connect(job, &ApiJob::finished, this, [this, area](const ApiResult &result) {
        if (result.ok()) {
            write(ExportLayout::fileFor(area.id, {}), area.id, result.json.object());
            if (area.hasFeed)
                readFeed(AreaCatalog::feedOf(area, m_projectKey, result.json.object()));
        } else if (result.httpStatus != 404) {
            failed(areaName(area), result.error);
        }
        taskDone(areaName(area));
    });
}

void ProjectExporter::readList(const Area &area, const ApiRequest &first, const QStringList &parentKeys, const QString &what)
{
    if (!m_client)
        return;
    schedule([this, area, first, parentKeys, what] { startList(area, first, parentKeys, what); });
}

void ProjectExporter::startList(const Area &area, const ApiRequest &first, const QStringList &parentKeys, const QString &what)
{
    m_pagers << readAllPages(
        m_client, m_projectKey, first, this,
        [this, area, parentKeys](const QJsonArray &items) {
            for (const QJsonValue &item : items)
                itemRead(area, item.toObject(), parentKeys);
        },
        [this, what](const ApiError *error) { readDone(what, error); });
}

void ProjectExporter::itemRead(const Area &area, const QJsonObject &item, const QStringList &parentKeys)
{
    QStringList keys = parentKeys;
    for (const QString &path : area.keyPaths)
        keys << JsonPath::value(item, path).toVariant().toString();
    write(ExportLayout::fileFor(area.id, keys), area.id, item);
    if (m_summary.cancelled)
        return;
    if (area.hasFeed)
        readFeed(AreaCatalog::feedOf(area, m_projectKey, item));
    if (area.id == QLatin1String("whatsapp.templates")) {
        readFeed(FeedRef{m_projectKey, FeedRef::Kind::WhatsappTemplate, keys,
                         keys.join(QStringLiteral(" · "))});
    } else if (area.id == kakaoTemplatesArea()) {
        readFeed(FeedRef{m_projectKey, FeedRef::Kind::KakaotalkTemplate, keys, keys.join(QStringLiteral(" · "))});
    } else if (area.id == QLatin1String("kakaotalk.senders") && !keys.isEmpty()) {
        const Area templates = AreaCatalog::find(kakaoTemplatesArea());
        readList(templates, KakaotalkTemplateService::listRequest(keys.constFirst()), keys,
                 areaName(templates) + QStringLiteral(" (") + keys.constFirst() + QLatin1Char(')'));
    }
}

void ProjectExporter::readFeed(const FeedRef &feed)
{
    if (!m_client || !feed.isValid())
        return;
    schedule([this, feed] { startFeed(feed); });
}

void ProjectExporter::startFeed(const FeedRef &feed)
{
    auto entries = std::make_shared<QList<Activity>>();
    const QString what = tr("Activities of %1").arg(feed.title);
    m_pagers << readAllPages(
        m_client, m_projectKey, ActivityService::listRequest(feed), this,
        [entries, feed](const QJsonArray &items) {
            for (const QJsonValue &item : items)
                entries->append(Activity::fromJson(item.toObject(), feed));
        },
        [this, feed, entries, what](const ApiError *error) {
            if (!error)
                write(ExportLayout::feedFile(feed), QStringLiteral("activities"), ExportLayout::feedDocument(feed, *entries));
            readDone(what, error);
        });
}

void ProjectExporter::readDone(const QString &what, const ApiError *error)
{
    if (error)
        failed(what, *error);
    taskDone(what);
}

void ProjectExporter::write(const QString &relative, const QString &countKey, const QJsonValue &json)
{
    if (m_files.contains(relative))
        return; // the same resource on two pages: written once
    QString error;
    switch (ExportLayout::writeIfChanged(m_directory, relative, ExportLayout::documentText(json), &error)) {
    case ExportLayout::WriteResult::Written:
        ++m_summary.written;
        break;
    case ExportLayout::WriteResult::Unchanged:
        ++m_summary.unchanged;
        break;
    case ExportLayout::WriteResult::Failed:
        m_summary.manifest.failures << TransferFailure{relative, error};
        return;
    }
    m_files.insert(relative);
    m_summary.manifest.counts[countKey] += 1;
}

void ProjectExporter::failed(const QString &what, const ApiError &error)
{
    if (error.isCancelled())
        return;
    m_summary.manifest.failures << TransferFailure{what, error.userText()};
}

void ProjectExporter::schedule(std::function<void()> start)
{
    ++m_total;
    ++m_summary.requests;
    m_waiting.enqueue(std::move(start));
    startWaiting();
}

void ProjectExporter::startWaiting()
{
    // The client's limit of requests in flight is the export's budget: the console's other
    // views queue behind a few reads of the export, never behind hundreds.
    const int budget = m_client ? qMax(1, m_client->maxInFlight()) : 1;
    while (m_active < budget && !m_waiting.isEmpty() && !m_summary.cancelled) {
        ++m_active;
        m_waiting.dequeue()();
    }
}

void ProjectExporter::taskDone(const QString &what)
{
    ++m_done;
    --m_active;
    if (!m_running)
        return;
    startWaiting();
    emit progress(m_done, m_total, what);
    if (!m_queueing && m_done == m_total && !m_summary.cancelled)
        finish();
}

void ProjectExporter::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ExportManifest &m = m_summary.manifest;
    m.formatVersion = ExportLayout::kFormatVersion;
    m.contractVersion = Contract::version();
    m.appVersion = QStringLiteral(SINCH_VERSION);
    m.exportedAt = QDateTime::currentDateTimeUtc();
    m.projectId = m_source.projectId;
    m.baseUrl = m_source.baseUrl;
    m.projectName = m_source.displayName;
    m.complete = m.failures.isEmpty() && !m_summary.cancelled;
    m.files = QStringList(m_files.cbegin(), m_files.cend());
    std::sort(m.files.begin(), m.files.end());
    if (m.complete) {
        for (const QString &old : std::as_const(m_previousFiles)) {
            if (!m_files.contains(old) && !old.contains(QLatin1String("..")) && QFile::remove(QDir(m_directory).filePath(old)))
                ++m_summary.removed;
        }
    } else if (!m_refused) {
        // What this run could not read stays listed as it was, so the next run can still tidy it.
        for (const QString &old : std::as_const(m_previousFiles))
            if (!m_files.contains(old) && QFile::exists(QDir(m_directory).filePath(old)))
                m.files << old;
        std::sort(m.files.begin(), m.files.end());
    }
    QString error;
    if (!m_refused
        && ExportLayout::writeIfChanged(m_directory, ExportLayout::manifestFile(), ExportLayout::documentText(m.toJson()), &error)
            == ExportLayout::WriteResult::Failed)
        m.failures << TransferFailure{ExportLayout::manifestFile(), error};
    m_summary.elapsedMs = m_elapsed.elapsed();
    emit finished(m_summary);
}

} // namespace sinch
