#include "templatecollection.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "models/templatelistmodel.h"
#include "rules/contractlimits.h"

#include <QJsonArray>

#include <algorithm>

namespace sinch {

using rules::ContractLimits;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList dtoEnum(const char *field)
{
    return ContractLimits::enumOf(
        ContractLimits::property(ContractLimits::properties(QStringLiteral("WhatsappTemplateDto")), QLatin1String(field)));
}

} // namespace

bool TemplateCollection::Filter::matches(const QJsonObject &t) const
{
    if (!categories.isEmpty() && !categories.contains(str(t, "category")))
        return false;
    if (!languages.isEmpty() && !languages.contains(str(t, "language")))
        return false;
    if (!states.isEmpty()) {
        const QString pending = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        if (!states.contains(str(t, "state")) && (pending.isEmpty() || !states.contains(pending)))
            return false;
    }
    return true;
}

TemplateCollection::TemplateCollection(ApiClient *client, QString projectKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectKey(std::move(projectKey))
{
}

void TemplateCollection::load()
{
    cancel();
    m_reading.clear();
    if (!m_client)
        return;
    m_pager = new Pager(m_client, m_projectKey, ApiRequest(TemplateListModel::listOperation()), this);
    m_pager->setPageSize(1000); // the contract's largest page
    connect(m_pager, &Pager::pageReceived, this, [this](const QJsonArray &items, int total) {
        for (const QJsonValue &v : items)
            m_reading.append(v.toObject());
        emit progress(int(m_reading.size()), total);
    });
    connect(m_pager, &Pager::finished, this, [this] {
        m_templates = select(std::exchange(m_reading, {}), m_filter);
        emit loaded();
    });
    connect(m_pager, &Pager::failed, this, &TemplateCollection::failed);
    m_pager->fetchAll();
}

void TemplateCollection::cancel()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
}

QStringList TemplateCollection::stateValues()
{
    QStringList values = dtoEnum("state");
    const QStringList pending = ContractLimits::enumOf(ContractLimits::property(
        ContractLimits::properties(QStringLiteral("WhatsappTemplateChangesDto")), QStringLiteral("status")));
    for (const QString &s : pending)
        if (!values.contains(s))
            values.append(s);
    return values;
}

QStringList TemplateCollection::categoryValues()
{
    return dtoEnum("category");
}

QStringList TemplateCollection::languageValues()
{
    return dtoEnum("language");
}

QList<QJsonObject> TemplateCollection::select(const QList<QJsonObject> &templates, const Filter &filter)
{
    QList<QJsonObject> out;
    for (const QJsonObject &t : templates)
        if (filter.matches(t))
            out.append(t);
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int byName = QString::compare(str(a, "name"), str(b, "name"));
        return byName != 0 ? byName < 0 : str(a, "language") < str(b, "language");
    });
    return out;
}

} // namespace sinch
