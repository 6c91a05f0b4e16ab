#include "sandboxserver.h"

#include "contracterrors.h"
#include "conversationserver.h"
#include "faultinjector.h"
#include "replywriter.h"
#include "sandboxlogging.h"
#include "sandboxreply.h"
#include "sandboxstate.h"
#include "tokenissuer.h"

#include "api/operations.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace sinch::sandbox {

namespace {

const QLatin1String kApiPrefix("/v1/projects/");
const QLatin1String kTokenPath("/oauth2/token");
const QString kTokenCounter = QStringLiteral("oauth2/token");

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

QJsonObject oauthError(const QString &error, const QString &description)
{
    return QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : SandboxServer(std::move(config), StatesAt::Construction, parent)
{
}

SandboxServer::SandboxServer(SandboxConfig config, StatesAt when, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_faults(std::make_unique<FaultInjector>(m_config.faults))
    , m_tokens(std::make_unique<TokenIssuer>())
    , m_writer(new ReplyWriter(this))
{
    m_writer->setClock(m_config.clock);
    m_writer->setDefaultLatencyMs(m_config.faults.latencyMs);
    // The Conversation API on its own port, with the same keys reaching the same projects.
    m_conversation = std::make_unique<ConversationServer>(
        [this](const QHttpServerRequest &request) { return !keyOf(request).isEmpty(); },
        [this](const QHttpServerRequest &request, const QString &projectId) { return stateFor(projectId, keyOf(request)); });
    m_conversation->setClock(m_config.clock);
    m_conversation->setFaults(m_config.faults);
    if (when == StatesAt::Construction)
        createStates();
}

void SandboxServer::createStates()
{
    if (m_state)
        return;
    m_state = std::make_unique<SandboxState>(m_config);
    const QString other = m_config.limits.otherProjectId;
    if (!other.isEmpty() && other != m_config.projectId) {
        SandboxConfig trial = m_config;
        trial.projectId = other;
        m_otherState = std::make_unique<SandboxState>(trial);
    }
    for (const SandboxProject &project : m_config.emptyProjects) {
        SandboxConfig empty = m_config;
        empty.projectId = project.projectId;
        empty.seed = false;
        empty.emptyProjects.clear();
        m_emptyStates.push_back(std::make_unique<SandboxState>(empty));
    }
}

SandboxServer::~SandboxServer() = default;

QByteArray SandboxServer::methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

bool SandboxServer::start(QString *error)
{
    const quint16 port = listen(QHostAddress::LocalHost, m_config.port);
    if (port == 0) {
        if (error)
            *error = QStringLiteral("The sandbox cannot listen on 127.0.0.1:%1.").arg(m_config.port);
        return false;
    }
    m_port = port;
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return m_conversation->start(error);
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl SandboxServer::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(m_port));
}

QUrl SandboxServer::conversationUrl() const
{
    return m_conversation->baseUrl();
}

int SandboxServer::conversationRequestCount(const QString &operationId) const
{
    return m_conversation->requestCount(operationId);
}

void SandboxServer::setFaults(const FaultSettings &faults)
{
    m_config.faults = faults;
    m_faults->setSettings(faults);
    m_writer->setDefaultLatencyMs(faults.latencyMs);
    m_conversation->setFaults(faults);
}

void SandboxServer::setReviewDelaySeconds(double seconds)
{
    m_config.reviewDelaySeconds = seconds;
    m_state->setReviewDelaySeconds(seconds);
    if (m_otherState)
        m_otherState->setReviewDelaySeconds(seconds);
    for (const auto &state : m_emptyStates)
        state->setReviewDelaySeconds(seconds);
}

void SandboxServer::setQuestionnaire(const QJsonObject &sections)
{
    m_config.questionnaire = sections;
    m_state->setQuestionnaire(sections);
    if (m_otherState)
        m_otherState->setQuestionnaire(sections);
    for (const auto &state : m_emptyStates)
        state->setQuestionnaire(sections);
}

void SandboxServer::injectNext(int status, const QByteArray &body, int retryAfterSeconds)
{
    m_faults->pushStatus(status, body, retryAfterSeconds);
}

void SandboxServer::injectNextDrop()
{
    m_faults->pushDrop();
}

void SandboxServer::injectNextLatency(int ms)
{
    m_faults->pushLatency(ms);
}

void SandboxServer::injectNextTruncated()
{
    m_faults->pushTruncate();
}

void SandboxServer::injectNextMalformed()
{
    m_faults->pushMalformed();
}

void SandboxServer::injectNextHtmlPage(int status)
{
    m_faults->pushHtmlPage(status);
}

void SandboxServer::injectNextHugeBody(qint64 bytes)
{
    m_faults->pushHugeBody(bytes);
}

void SandboxServer::injectNextStall()
{
    m_faults->pushStall();
}

FaultInjector &SandboxServer::conversationFaults()
{
    return m_conversation->faults();
}

int SandboxServer::heldAnswers() const
{
    return m_writer->held() + m_conversation->heldAnswers();
}

void SandboxServer::expireTokens()
{
    m_tokens->expireAll();
}

int SandboxServer::requestCount() const
{
    return m_total;
}

int SandboxServer::requestCount(const QString &operationId) const
{
    return m_counts.value(operationId);
}

QString SandboxServer::keyOf(const QHttpServerRequest &request) const
{
    const QByteArray auth = header(request, "Authorization").trimmed();
    if (auth.startsWith("Basic ")) {
        const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return QString();
        const QString pair = QString::fromUtf8(*decoded);
        if (pair == m_config.keyId + QLatin1Char(':') + m_config.keySecret)
            return m_config.keyId;
        for (const SandboxProject &p : m_config.emptyProjects)
            if (pair == p.keyId + QLatin1Char(':') + p.keySecret)
                return p.keyId;
        return QString();
    }
    if (auth.startsWith("Bearer "))
        return m_tokens->keyOf(QString::fromLatin1(auth.mid(7).trimmed()));
    return QString();
}

SandboxState *SandboxServer::stateFor(const QString &projectId, const QString &keyId) const
{
    if (keyId.isEmpty())
        return nullptr;
    if (keyId == m_config.keyId) {
        if (projectId == m_config.projectId)
            return m_state.get();
        return m_otherState && projectId == m_otherState->config().projectId ? m_otherState.get() : nullptr;
    }
    for (qsizetype i = 0; i < m_config.emptyProjects.size(); ++i) {
        const SandboxProject &p = m_config.emptyProjects.at(i);
        if (p.keyId == keyId && p.projectId == projectId)
            return m_emptyStates.at(size_t(i)).get();
    }
    return nullptr;
}

SandboxReply SandboxServer::tokenEndpoint(const QHttpServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(QLatin1Char('+'), QLatin1Char(' ')));
    QString keyId, keySecret;
    const QByteArray auth = header(request, "Authorization").trimmed();
    if (auth.startsWith("Basic ")) {
        const auto decoded = QByteArray::fromBase64Encoding(auth.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const QString pair = QString::fromUtf8(*decoded);
            const int colon = pair.indexOf(QLatin1Char(':'));
            keyId = pair.left(colon);
            keySecret = colon < 0 ? QString() : pair.mid(colon + 1);
        }
    } else {
        keyId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        keySecret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    }
    bool known = keyId == m_config.keyId && keySecret == m_config.keySecret;
    for (const SandboxProject &p : m_config.emptyProjects)
        known = known || (keyId == p.keyId && keySecret == p.keySecret);
    if (!known || keyId.isEmpty()) {
        SandboxReply r = SandboxReply::ok(401, oauthError(QStringLiteral("invalid_client"),
            QStringLiteral("The key ID or key secret is wrong.")));
        r.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"sandbox\""));
        return r;
    }
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant != QLatin1String("client_credentials")) {
        return SandboxReply::ok(400, oauthError(grant.isEmpty() ? QStringLiteral("invalid_request")
                                                                : QStringLiteral("unsupported_grant_type"),
            QStringLiteral("grant_type must be client_credentials.")));
    }
    const int ttl = m_config.faults.tokenTtlSeconds;
    return SandboxReply::ok(200, QJsonObject{{QStringLiteral("access_token"), m_tokens->issue(ttl, keyId)},
                                             {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                             {QStringLiteral("expires_in"), ttl}});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_total;
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    qCDebug(lcSandbox) << method << path;

    if (path == kTokenPath) {
        m_counts[kTokenCounter]++;
        if (method != "POST") {
            respond(request, socket, SandboxReply::ok(405, ContractErrors::generic(405)));
            return true;
        }
        respond(request, socket, tokenEndpoint(request));
        return true;
    }

    if (!path.startsWith(kApiPrefix)) {
        respond(request, socket, SandboxReply::ok(404, ContractErrors::generic(404)));
        return true;
    }
    const QString rest = path.mid(kApiPrefix.size());
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString projectId = slash < 0 ? rest : rest.left(slash);
    const QString relative = slash < 0 ? QString() : rest.mid(slash);
    QHash<QString, QString> params;
    const Operation *op = Operations::instance().match(method, relative, &params);
    if (!op) {
        respond(request, socket, SandboxReply::ok(404, ContractErrors::generic(404)));
        return true;
    }
    m_counts[op->id]++;
    SandboxState *state = stateFor(projectId, keyOf(request));

    const FaultInjector::Decision fault = m_faults->next();
    if (fault.kind == FaultInjector::Kind::Drop || fault.kind == FaultInjector::Kind::Huge) {
        qCDebug(lcSandbox) << (fault.kind == FaultInjector::Kind::Drop ? "dropping" : "flooding") << op->id;
        respond(request, socket, SandboxReply(), fault);
        return true;
    }
    if (fault.kind == FaultInjector::Kind::Status) {
        const SandboxReply r = ReplyWriter::statusReply(
            fault, [&] { return (state ? state : m_state.get())->handle(op, params, request.query(), request.body()); },
            ContractErrors::body(op, fault.status));
        respond(request, socket, r, fault);
        return true;
    }

    if (!state) {
        SandboxReply refused = SandboxReply::ok(401, ContractErrors::body(op, 401, QStringLiteral("unauthorized_error")));
        // RFC 9110: a 401 names the schemes that would be accepted (the token endpoint's
        // Basic, and the bearer tokens it issues).
        refused.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"sandbox\""))
                        << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"sandbox\""));
        respond(request, socket, checked(op, refused), fault);
        return true;
    }
    // A stalled answer is carried out first: the client cannot know whether it was.
    respond(request, socket, checked(op, state->handle(op, params, request.query(), request.body())), fault);
    return true;
}

SandboxReply SandboxServer::checked(const Operation *op, SandboxReply reply)
{
    qCDebug(lcSandbox) << op->id << "answers" << reply.status;
    if (reply.status >= 400 && !op->errorStatuses.contains(reply.status)) {
        const QString what = op->id + QLatin1Char(' ') + QString::number(reply.status);
        qCWarning(lcSandbox).noquote() << "the sandbox answers a status the contract does not declare:" << what;
        m_undeclared << what;
    }
    // An errorCode that the operation does not declare for the status (one borrowed from
    // another operation, and not one the contract shares across its API families) is
    // counted the same way.
    const QString code = reply.json.toObject().value(QLatin1String("errorCode")).toString();
    const QStringList declared = ContractErrors::codes(op, reply.status);
    if (reply.status >= 400 && !code.isEmpty() && !declared.isEmpty() && !declared.contains(code)
        && !ContractErrors::isShared(code, reply.status)) {
        const QString what = QStringLiteral("%1 %2 %3").arg(op->id).arg(reply.status).arg(code);
        qCWarning(lcSandbox).noquote() << "the sandbox answers an errorCode the operation does not declare:" << what;
        m_undeclaredCodes << what;
    }
    return reply;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, SandboxReply::ok(404, ContractErrors::generic(404)));
}

void SandboxServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                            const FaultInjector::Decision &fault)
{
    const bool answers = fault.kind == FaultInjector::Kind::None || fault.kind == FaultInjector::Kind::Status;
    auto responder = answers ? std::make_shared<QHttpServerResponder>(makeResponder(request, socket)) : nullptr;
    m_writer->write(socket, responder, header(request, "X-Request-ID"), reply, fault);
}

} // namespace sinch::sandbox
