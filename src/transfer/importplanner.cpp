#include "transfer/importplanner.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "domain/templatedocument.h"
#include "services/kakaotalksenderservice.h"
#include "services/kakaotalktemplateservice.h"
#include "services/webhookservice.h"
#include "services/whatsapptemplateservice.h"
#include "transfer/allpages.h"
#include "transfer/exportlayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sinch {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

QString templateKey(const QJsonObject &t)
{
    return str(t, QLatin1String("name")) + QLatin1Char('/') + str(t, QLatin1String("language"));
}

} // namespace

ImportPlanner::ImportPlanner(ApiClient *client, QString projectKey, QString directory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
    , m_directory(std::move(directory))
{
}

QJsonObject ImportPlanner::whatsappTemplateRequest(const QJsonObject &serverTemplate)
{
    QJsonObject request = TemplateDocument::fromServerTemplate(serverTemplate);
    request.remove(QStringLiteral("allowCategoryChange")); // a property of one review, not of the template
    return request;
}

QJsonObject ImportPlanner::kakaotalkTemplateRequest(const QJsonObject &serverTemplate)
{
    QJsonObject details = KakaotalkTemplateService::editedDetails(serverTemplate);
    details.remove(QStringLiteral("ad")); // output only
    return QJsonObject{{QStringLiteral("details"), details}};
}

QJsonObject ImportPlanner::webhookRequest(const QJsonObject &serverWebhook)
{
    QStringList triggers;
    for (const QJsonValue &t : serverWebhook.value(QLatin1String("triggers")).toArray())
        triggers << t.toString();
    triggers.sort();
    triggers.removeDuplicates();
    // The secret was never exported: it is asked for (or made) when the webhook is created.
    return QJsonObject{{QStringLiteral("target"), serverWebhook.value(QLatin1String("target"))},
                       {QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)}};
}

QList<ImportItem> ImportPlanner::readExport(const QString &directory, ExportManifest *manifest, QList<TransferFailure> *failures)
{
    QString error;
    const std::optional<ExportManifest> m = ExportManifest::read(directory, &error);
    if (!m) {
        failures->append(TransferFailure{directory, error});
        return {};
    }
    if (manifest)
        *manifest = *m;
    const QString whatsapp = ExportLayout::fileFor(QStringLiteral("whatsapp.templates"), {QStringLiteral("x")}).chopped(6);
    const QString kakao = ExportLayout::fileFor(QStringLiteral("kakaotalk.templates"), {QStringLiteral("x")}).chopped(6);
    const QString webhooks = ExportLayout::fileFor(QStringLiteral("webhooks"), {QStringLiteral("x")}).chopped(6);
    QList<ImportItem> items;
    for (const QString &file : m->files) {
        ImportItem item;
        if (file.startsWith(whatsapp))
            item.kind = ImportItem::Kind::WhatsappTemplate;
        else if (file.startsWith(kakao))
            item.kind = ImportItem::Kind::KakaotalkTemplate;
        else if (file.startsWith(webhooks))
            item.kind = ImportItem::Kind::Webhook;
        else
            continue;
        item.file = file;
        QFile f(QDir(directory).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            failures->append(TransferFailure{file, f.errorString()});
            continue;
        }
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
        if (!doc.isObject()) {
            failures->append(TransferFailure{file, parse.errorString()});
            continue;
        }
        const QJsonObject resource = doc.object();
        switch (item.kind) {
        case ImportItem::Kind::WhatsappTemplate:
            item.request = whatsappTemplateRequest(resource);
            item.title = str(item.request, QLatin1String("name")) + QStringLiteral(" · ")
                + str(item.request, QLatin1String("language"));
            break;
        case ImportItem::Kind::KakaotalkTemplate:
            item.request = kakaotalkTemplateRequest(resource);
            item.parent = file.section(QLatin1Char('/'), 2, 2); // the sender's folder
            item.parent = QString::fromUtf8(QByteArray::fromPercentEncoding(item.parent.toUtf8()));
            item.title = item.parent + QStringLiteral(" · ")
                + item.request.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
            break;
        case ImportItem::Kind::Webhook:
            item.request = webhookRequest(resource);
            item.title = str(item.request, QLatin1String("target"));
            break;
        }
        items << item;
    }
    return items;
}

QList<ImportItem> ImportPlanner::plan(QList<ImportItem> items, const ImportTarget &target)
{
    QSet<int> webhooksTaken; // one target webhook answers one exported webhook
    for (ImportItem &item : items) {
        QJsonObject theirs;
        QJsonObject theirRequest;
        switch (item.kind) {
        case ImportItem::Kind::WhatsappTemplate:
            theirs = target.whatsappTemplates.value(templateKey(item.request));
            if (!theirs.isEmpty())
                theirRequest = whatsappTemplateRequest(theirs);
            break;
        case ImportItem::Kind::KakaotalkTemplate: {
            if (!target.kakaotalkSenders.contains(item.parent)) {
                item.action = ImportItem::Action::Unavailable;
                item.note = ImportItem::tr("The target project has no KakaoTalk sender %1: register it there first, then plan again.")
                                .arg(item.parent);
                continue;
            }
            const QString name = item.request.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
            theirs = target.kakaotalkTemplates.value(item.parent).value(name);
            if (!theirs.isEmpty())
                theirRequest = kakaotalkTemplateRequest(theirs);
            break;
        }
        case ImportItem::Kind::Webhook:
            for (int i = 0; i < target.webhooks.size(); ++i) {
                if (!webhooksTaken.contains(i) && str(target.webhooks.at(i), QLatin1String("target")) == item.title) {
                    webhooksTaken.insert(i);
                    theirs = target.webhooks.at(i);
                    theirRequest = webhookRequest(theirs);
                    break;
                }
            }
            break;
        }
        item.target = theirs;
        item.changes.clear();
        if (theirs.isEmpty()) {
            item.action = ImportItem::Action::Create;
        } else if (theirRequest == item.request) {
            item.action = ImportItem::Action::Identical;
        } else {
            item.action = ImportItem::Action::Conflict;
            item.changes = JsonDiff::changes(theirRequest, item.request);
        }
    }
    return items;
}

void ImportPlanner::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_total = m_done = 0;
    m_failures.clear();
    m_target = ImportTarget();
    m_items = readExport(m_directory, nullptr, &m_failures);
    if (m_items.isEmpty()) {
        m_running = false;
        QMetaObject::invokeMethod(this, [this] { emit finished(m_items, m_failures); }, Qt::QueuedConnection);
        return;
    }
    QSet<QString> senders;
    for (const ImportItem &item : std::as_const(m_items))
        if (item.kind == ImportItem::Kind::KakaotalkTemplate)
            senders.insert(item.parent);
    m_total = 2 + (senders.isEmpty() ? 0 : 1);
    readList(WhatsappTemplateService::listRequest(), tr("WhatsApp templates"),
             [this](const QJsonObject &t) { m_target.whatsappTemplates.insert(templateKey(t), t); });
    readList(WebhookService::listRequest(), tr("Webhooks"), [this](const QJsonObject &w) { m_target.webhooks << w; });
    if (!senders.isEmpty()) {
        readList(KakaotalkSenderService::listRequest(), tr("KakaoTalk senders"),
                 [this](const QJsonObject &s) { m_target.kakaotalkSenders.insert(str(s, QLatin1String("plusFriendId"))); },
                 [this, senders] {
                     // The templates of the senders both projects have.
                     for (const QString &sender : senders) {
                         if (!m_target.kakaotalkSenders.contains(sender))
                             continue;
                         ++m_total;
                         readList(KakaotalkTemplateService::listRequest(sender), tr("KakaoTalk templates of %1").arg(sender),
                                  [this, sender](const QJsonObject &t) {
                                      const QString name = KakaotalkTemplateService::editedDetails(t)
                                                               .value(QLatin1String("name")).toString();
                                      m_target.kakaotalkTemplates[sender].insert(name, t);
                                  });
                     }
                 });
    }
}

void ImportPlanner::cancel()
{
    for (const QPointer<Pager> &p : std::as_const(m_pagers))
        if (p)
            p->cancel();
    if (!m_running)
        return;
    m_running = false;
    m_failures << TransferFailure{m_directory, tr("Cancelled before the plan was complete.")};
    emit finished({}, m_failures);
}

void ImportPlanner::readList(const ApiRequest &first, const QString &what, std::function<void(const QJsonObject &)> each,
                             std::function<void()> then)
{
    m_pagers << readAllPages(
        m_client, m_projectKey, first, this,
        [each](const QJsonArray &items) {
            for (const QJsonValue &v : items)
                each(v.toObject());
        },
        [this, what, then](const ApiError *error) {
            if (error && !error->isCancelled())
                m_failures << TransferFailure{what, error->userText()};
            else if (!error && then)
                then();
            taskDone(what);
        });
}

void ImportPlanner::taskDone(const QString &what)
{
    ++m_done;
    if (!m_running)
        return;
    emit progress(m_done, m_total, what);
    if (m_done < m_total)
        return;
    m_running = false;
    // Without the target's side a plan would call everything new: no plan then.
    emit finished(m_failures.isEmpty() ? plan(m_items, m_target) : QList<ImportItem>(), m_failures);
}

} // namespace sinch
