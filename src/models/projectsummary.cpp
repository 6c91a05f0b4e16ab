#include "projectsummary.h"

#include "api/apiclient.h"
#include "api/operations.h"
#include "api/pager.h"
#include "resourcelistmodel.h"

#include <QJsonObject>

#include <memory>

namespace sinch {

ProjectSummary::ProjectSummary(ApiClient *client, QString projectKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
{
    const struct { const char *id, *op, *state; } table[] = {
        {"webhooks", "WebhookController_listWebhooks_v1", ""},
        // A template never approved has no state yet: its pending changes say where it is.
        {"whatsappTemplates", "TemplatesController_listTemplates_v1", "state|changes.status"},
        {"whatsappSenders", "SendersController_listSenders_v1", "state"},
        {"kakaotalkSenders", "KakaotalkSendersController_listSenders_v1", "state"},
        {"rcsSenders", "RcsSendersController_listSenders_v1", "state"},
        {"rcsUpscales", "UpscalesController_listUpscales_v1", "state"},
    };
    for (const auto &row : table) {
        Section s;
        s.id = QString::fromLatin1(row.id);
        s.operationId = QString::fromLatin1(row.op);
        s.stateField = QString::fromLatin1(row.state);
        m_sections.append(s);
        m_pagers.append(nullptr);
    }
}

ProjectSummary::~ProjectSummary()
{
    cancel();
}

const ProjectSummary::Section *ProjectSummary::section(const QString &id) const
{
    for (const Section &s : m_sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool ProjectSummary::isLoading() const
{
    for (const Section &s : m_sections) {
        if (s.loading)
            return true;
    }
    return false;
}

void ProjectSummary::refresh()
{
    cancel();
    for (int i = 0; i < m_sections.size(); ++i)
        start(i);
}

void ProjectSummary::retryFailed()
{
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section &s = m_sections.at(i);
        const bool notInProject = s.error.httpStatus == 403 || s.error.httpStatus == 404; // as start() expects
        if (!s.loading && s.error.isError() && !notInProject)
            start(i);
    }
}

void ProjectSummary::cancel()
{
    for (int i = 0; i < m_pagers.size(); ++i) {
        if (Pager *p = m_pagers.at(i)) {
            p->disconnect(this);
            p->cancel();
            p->deleteLater();
            m_pagers[i] = nullptr;
            m_sections[i].loading = false;
        }
    }
}

QString ProjectSummary::stateKey(const QJsonObject &item, const QStringList &fields)
{
    for (int f = 0; f < fields.size(); ++f) {
        const QString value = ResourceListModel::displayText(ResourceListModel::valueAt(item, fields.at(f)));
        if (!value.isEmpty())
            return f == 0 ? value : fields.at(f) + QLatin1Char('=') + value;
    }
    return QStringLiteral("UNKNOWN");
}

void ProjectSummary::start(int i)
{
    if (!m_client)
        return;
    Section &s = m_sections[i];
    s.loading = true;
    s.error = ApiError();
    // A channel the project does not use answers 403 or 404: the card says so, and it is
    // no error of the console's.
    ApiRequest request = ApiRequest(s.operationId).expect(403).expect(404);
    // Where the list takes a field mask (WhatsApp templates), only the counted fields: the
    // overview's numbers need no template's components or analytics, which are most of a
    // list's bytes and, on the server, of its work.
    const Operation *op = Operations::findAny(s.operationId);
    if (op && op->queryParams.contains(QLatin1String("fieldMask")) && !s.stateField.isEmpty()) {
        for (const QString &field : s.stateField.split(QLatin1Char('|')))
            request.arg(QStringLiteral("fieldMask"), field);
    }
    auto *pager = new Pager(m_client, m_projectKey, request, this);
    // Counts need every row: the largest pages the list allows, so that few round trips
    // stand between the start and the overview's numbers.
    if (const int size = Pager::pageSizeFor(s.operationId, 1000))
        pager->setPageSize(size);
    m_pagers[i] = pager;
    // Counted into fresh numbers, published when the last page is in.
    auto counts = std::make_shared<QMap<QString, int>>();
    auto total = std::make_shared<int>(0);
    const QStringList fields = s.stateField.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    connect(pager, &Pager::pageReceived, this, [counts, total, fields](const QJsonArray &items) {
        *total += int(items.size());
        if (fields.isEmpty())
            return;
        for (const QJsonValue &v : items)
            (*counts)[stateKey(v.toObject(), fields)] += 1;
    });
    const QString id = s.id;
    auto done = [this, i, id, pager]() {
        if (m_pagers.value(i) == pager) {
            m_pagers[i] = nullptr;
            pager->deleteLater();
        }
        m_sections[i].loading = false;
        emit sectionChanged(id);
        if (!isLoading())
            emit finished();
    };
    const bool filtersByState = op && op->queryParams.contains(QLatin1String("filterStates"));
    const bool filtersByStatus = op && op->queryParams.contains(QLatin1String("filterStatuses"));
    connect(pager, &Pager::finished, this, [this, i, counts, filtersByState, filtersByStatus, total, done]() {
        m_sections[i].total = *total;
        m_sections[i].byState = *counts;
        QSet<QString> filterable;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            const bool later = it.key().contains(QLatin1Char('='));
            if (it.key() != QLatin1String("UNKNOWN") && (later ? filtersByStatus : filtersByState))
                filterable.insert(it.key());
        }
        m_sections[i].filterableStates = filterable;
        m_sections[i].loaded = true;
        done();
    });
    connect(pager, &Pager::failed, this, [this, i, done](const ApiError &error) {
        m_sections[i].error = error;
        done();
    });
    emit sectionChanged(id);
    pager->fetchAll();
}

} // namespace sinch
