#include "operations.h"

#include "contract.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sinch {

namespace {

const QLatin1String kPrefix("/v1/projects/{projectId}");
const QLatin1String kConversationPrefix("/v1/projects/{project_id}");

QLatin1String prefixOf(ApiFamily api)
{
    return api == ApiFamily::Conversation ? kConversationPrefix : kPrefix;
}

const QJsonObject &documentOf(ApiFamily api)
{
    return api == ApiFamily::Conversation ? Contract::conversationDocument() : Contract::document();
}

QStringList templateParams(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    QStringList out;
    for (auto it = re.globalMatch(path); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

bool Operation::isIdempotent() const
{
    if (method == "GET")
        return !path.endsWith(QLatin1String("/retry"));
    return method == "PUT" || method == "DELETE";
}

const QJsonObject &Operation::document() const
{
    return documentOf(api);
}

QJsonObject Operation::definition() const
{
    const QJsonObject paths = document().value(QLatin1String("paths")).toObject();
    return paths.value(prefixOf(api) + path).toObject()
        .value(QString::fromLatin1(method).toLower()).toObject();
}

// Request bodies and responses may themselves be references (the Conversation contract's
// components/requestBodies and components/responses).
QJsonObject Operation::requestBodySchema() const
{
    const QJsonObject body = Contract::resolvedIn(document(), definition().value(QLatin1String("requestBody")).toObject());
    const QJsonObject schema = body.value(QLatin1String("content")).toObject()
        .value(QLatin1String("application/json")).toObject()
        .value(QLatin1String("schema")).toObject();
    return Contract::resolvedIn(document(), schema);
}

QJsonObject Operation::responseSchema(int status) const
{
    const QJsonObject response = Contract::resolvedIn(document(), definition().value(QLatin1String("responses")).toObject()
        .value(QString::number(status)).toObject());
    const QJsonObject schema = response.value(QLatin1String("content")).toObject()
        .value(QLatin1String("application/json")).toObject()
        .value(QLatin1String("schema")).toObject();
    return Contract::resolvedIn(document(), schema);
}

QString Operation::expandPath(const QHash<QString, QString> &values) const
{
    QString out = path;
    for (const QString &name : pathParams) {
        const QString value = values.value(name);
        out.replace(QLatin1Char('{') + name + QLatin1Char('}'),
                    QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return out;
}

const Operations &Operations::instance()
{
    static const Operations ops(ApiFamily::Provisioning);
    return ops;
}

const Operations &Operations::conversation()
{
    static const Operations ops(ApiFamily::Conversation);
    return ops;
}

const Operation *Operations::findAny(const QString &operationId)
{
    const Operation *op = instance().find(operationId);
    return op ? op : conversation().find(operationId);
}

Operations::Operations(ApiFamily api)
{
    const QJsonObject &doc = documentOf(api);
    const QLatin1String prefix = prefixOf(api);
    const QJsonObject paths = doc.value(QLatin1String("paths")).toObject();
    static const char *const kMethods[] = {"get", "post", "put", "patch", "delete"};
    for (auto pit = paths.begin(); pit != paths.end(); ++pit) {
        const QString full = pit.key();
        if (!full.startsWith(prefix))
            continue;
        const QJsonObject item = pit.value().toObject();
        for (const char *m : kMethods) {
            const QJsonObject def = item.value(QLatin1String(m)).toObject();
            if (def.isEmpty())
                continue;
            Operation op;
            op.id = def.value(QLatin1String("operationId")).toString();
            op.tag = def.value(QLatin1String("tags")).toArray().first().toString();
            op.summary = def.value(QLatin1String("summary")).toString();
            op.method = QByteArray(m).toUpper();
            op.api = api;
            op.path = full.mid(prefix.size());
            op.pathParams = templateParams(op.path);
            for (const QJsonValue &p : def.value(QLatin1String("parameters")).toArray()) {
                const QJsonObject param = Contract::resolvedIn(doc, p.toObject());
                if (param.value(QLatin1String("in")).toString() == QLatin1String("query"))
                    op.queryParams << param.value(QLatin1String("name")).toString();
            }
            const QJsonObject body = Contract::resolvedIn(doc, def.value(QLatin1String("requestBody")).toObject());
            op.hasRequestBody = !body.isEmpty();
            op.requestSchema = body.value(QLatin1String("content")).toObject()
                .value(QLatin1String("application/json")).toObject()
                .value(QLatin1String("schema")).toObject()
                .value(QLatin1String("$ref")).toString();
            const QJsonObject responses = def.value(QLatin1String("responses")).toObject();
            bool haveSuccess = false;
            for (auto rit = responses.begin(); rit != responses.end(); ++rit) {
                const int code = rit.key().toInt();
                if (code >= 200 && code < 300 && !haveSuccess) {
                    op.successStatus = code;
                    haveSuccess = true;
                } else if (code >= 400) {
                    op.errorStatuses << code;
                }
            }
            std::sort(op.errorStatuses.begin(), op.errorStatuses.end());
            m_byId.insert(op.id, m_all.size());
            m_all << op;
        }
    }
}

const Operation *Operations::find(const QString &operationId) const
{
    const auto it = m_byId.constFind(operationId);
    return it == m_byId.constEnd() ? nullptr : &m_all.at(*it);
}

const Operation *Operations::match(const QByteArray &method, const QString &relativePath,
                                   QHash<QString, QString> *params) const
{
    const QStringList segs = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Operation *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    for (const Operation &op : m_all) {
        if (op.method != method)
            continue;
        const QStringList tpl = op.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (tpl.size() != segs.size())
            continue;
        int literals = 0;
        bool ok = true;
        QHash<QString, QString> found;
        for (int i = 0; i < tpl.size() && ok; ++i) {
            const QString &t = tpl.at(i);
            if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}'))) {
                if (segs.at(i).isEmpty())
                    ok = false;
                found.insert(t.mid(1, t.size() - 2), segs.at(i));
            } else if (t == segs.at(i)) {
                ++literals;
            } else {
                ok = false;
            }
        }
        if (ok && literals > bestLiterals) {
            best = &op;
            bestLiterals = literals;
            bestParams = found;
        }
    }
    if (best && params)
        *params = bestParams;
    return best;
}

} // namespace sinch
