#pragma once

#include "faultinjector.h"
#include "faultsettings.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <vector>

namespace sinch {
struct Operation;
class Clock;
}

namespace sinch::sandbox {

// Limits of the emulated back ends and the second project, so that the contract's
// "limit" errors come from state (all configurable; the defaults never trouble the seed
// data or ordinary use):
//  - WhatsApp templates: a SUBMIT that would give a project more distinct template names
//    than its limit is 424 template_limit_reached (whatsappTemplateLimit, Meta's 250 of an
//    unverified business); a SUBMIT whose details equal those of another template of the
//    same language is 424 template_content_already_exists; more than whatsappCreateBurst
//    submissions (drafts are not sent to Meta) within whatsappCreateWindowSeconds is 429
//    whatsapp_business_api_request_limit_exceeded (Meta: 100 an hour).
//  - WhatsApp senders: register again within registerRetrySeconds of the last code is 429
//    sender-register-too-many-requests; register of a verified sender is 429
//    sender-already-registered; after wrongCodeLimit wrong codes ("000000" is wrong) the code
//    is void: verify is 409 not_allowed_verify and register 429
//    too_many_invalid_verification_codes for verificationLockoutSeconds.
//  - RCS: more than rcsCapabilityChecks capability checks of one test number within
//    rcsCapabilityWindowSeconds is 429 rbm_too_many_requests.
//  - otherProjectId (empty: none) is a second project on the same key: a small trial
//    project that never enabled RCS (RCS senders answer 403 rbm_has_not_been_used) whose
//    WhatsApp business is seeded at its trial limits: trialTemplateLimit template names
//    (seeded) and trialCreateBurst submissions a window. Any other project ID is 401.
struct SandboxLimits
{
    int whatsappTemplateLimit = 250;
    int whatsappCreateBurst = 100;
    int whatsappCreateWindowSeconds = 3600;
    int registerRetrySeconds = 60;
    int wrongCodeLimit = 3;
    int verificationLockoutSeconds = 3600;
    int rcsCapabilityChecks = 5;
    int rcsCapabilityWindowSeconds = 60;
    QString otherProjectId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    int trialTemplateLimit = 2;
    int trialCreateBurst = 3;
};

// The shape of the seeded WhatsApp templates (SeedData):
//  - SingleLanguage: 216 names with one language each (the shape the console's tests in
//    tests/templates were written against: counts, names, languages and states pinned).
//  - Multilingual: 81 names in 284 rows, most names in 2-5 of the project's 12 languages
//    (EN_US always), three in all 12, six in EN_US only; approved, paused, disabled, pending
//    changes and never-approved drafts / reviews / rejections.
// Both carry analytics on their approved templates (WhatsappTemplateApi::analytics()).
enum class SeedShape { SingleLanguage, Multilingual };

// A further project of the sandbox with its own access key, served empty (no seed): a
// project to copy into. Its key reaches only this project; the main key does not reach it.
struct SandboxProject
{
    QString projectId;
    QString keyId;
    QString keySecret;
};

struct SandboxConfig
{
    // Fixed, documented defaults (README): any client that knows them can use the sandbox.
    QString projectId = QStringLiteral("0b9f4c2e-6a55-4c8e-9c1a-3f2d7e5a8b10");
    QString keyId = QStringLiteral("7d3e2a91-4b6f-4f0e-8a2c-5c1b9e6d4f20");
    QString keySecret = QStringLiteral("sandbox-secret");
    double reviewDelaySeconds = 5;   // lifecycle clock; 0 = decide at once
    FaultSettings faults;
    bool seed = true;                // load the realistic seed data
    SeedShape seedShape = SeedShape::SingleLanguage; // of its WhatsApp templates
    // More than 0: that many generated WhatsApp templates instead of the shaped ones (a large
    // business for the benchmarks; SeedData::bulkTemplates).
    int seedTemplates = 0;
    quint16 port = 0;                // 0 = ephemeral
    SandboxLimits limits;            // limits and the second (trial) project
    QList<SandboxProject> emptyProjects; // further projects, each with its own key, empty
    // Sections of the RCS questionnaire that replace the sandbox's own ("gb": {"questions":
    // {...}}), for tests of forms that follow GET /rcs/questionnaire (QuestionnaireQuestions).
    QJsonObject questionnaire;
    // The sandbox's clock (not owned; null: the system's): timestamps, limits, cool-downs
    // and the dates of the seeded histories, which are relative to the sandbox's start; the
    // review decisions (SandboxState::schedule) run on its timers.
    Clock *clock = nullptr;
};

class SandboxState;
class TokenIssuer;
class ReplyWriter;
class ConversationServer;
struct SandboxReply;

// The built-in emulator of the Provisioning API on loopback: all operations of the
// contract plus the OAuth2 token endpoint (POST /oauth2/token), state kept per project in
// memory, Basic and bearer auth checked against the configured key, faults injected as
// configured. Requests are dispatched through a route table built from the contract.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // When the projects' states (and their seed data) are made: by the constructor, or by
    // createStates() once start() listens. A server on a thread of its own
    // (app/SandboxThread) listens first and tells its address at once, then seeds: requests
    // wait in the socket queue until that thread's event loop runs again, by then the
    // states exist.
    enum class StatesAt { Construction, CreateStates };
    explicit SandboxServer(SandboxConfig config = SandboxConfig(), QObject *parent = nullptr);
    SandboxServer(SandboxConfig config, StatesAt when, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Makes the states (does nothing when they are made).
    void createStates();

    // "GET", "POST" ... of a request (the route tables' spelling).
    static QByteArray methodName(QHttpServerRequest::Method method);

    // Listens on 127.0.0.1 (config().port, 0 = ephemeral). False with *error set on failure.
    bool start(QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const;   // http://127.0.0.1:PORT
    QUrl tokenUrl() const;  // http://127.0.0.1:PORT/oauth2/token
    // The Conversation API (apps, messages:send, messages/{id}) on its own port.
    QUrl conversationUrl() const;
    int conversationRequestCount(const QString &operationId) const;

    const SandboxConfig &config() const { return m_config; }
    void setFaults(const FaultSettings &faults);
    void setReviewDelaySeconds(double seconds);
    // Serves a changed question set from now on (SandboxConfig::questionnaire), the way the
    // API's questions change under a running console.
    void setQuestionnaire(const QJsonObject &sections);

    // One-shot faults for tests, consumed in order by the next requests (before the dice):
    // answer with this status (and body, and Retry-After when >= 0) ...
    void injectNext(int status, const QByteArray &body = QByteArray(), int retryAfterSeconds = -1);
    // ... or close the connection without answering ...
    void injectNextDrop();
    // ... or answer `ms` late on the sandbox's clock (SandboxConfig::clock; a test advances
    // a ManualClock while heldAnswers() > 0) ...
    void injectNextLatency(int ms);
    // ... or carry the request out and cut its JSON answer in half / break its JSON ...
    void injectNextTruncated();
    void injectNextMalformed();
    // ... or answer with a reverse proxy's HTML error page (text/html) ...
    void injectNextHtmlPage(int status = 502);
    // ... or answer 200 with a body of `bytes` (over 50 MB), streamed ...
    void injectNextHugeBody(qint64 bytes = 60LL * 1024 * 1024);
    // ... or carry the request out and send the headers and half the body, then nothing.
    void injectNextStall();
    // The same one-shots (FaultInjector's push...) for the Conversation API's port, whose
    // dice follow setFaults() too.
    FaultInjector &conversationFaults();
    // Answers held back by latency or a stall, on both ports: while there are, a test
    // that shares a ManualClock with the sandbox advances it.
    int heldAnswers() const;
    // Makes every token issued so far invalid (the next bearer request gets 401).
    void expireTokens();

    int requestCount() const;
    int requestCount(const QString &operationId) const;
    // Answers of the emulator (not injected faults) whose status the contract does not
    // declare for their operation: each is logged as a warning; tests expect none.
    int undeclaredStatusCount() const { return m_undeclared.size(); }
    QStringList undeclaredStatuses() const { return m_undeclared; }   // "operationId status"
    // Error answers whose errorCode the operation does not declare for their status and
    // the contract does not share across its API families (ContractErrors::isShared):
    // "operationId status errorCode"; tests expect none.
    QStringList undeclaredErrorCodes() const { return m_undeclaredCodes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply tokenEndpoint(const QHttpServerRequest &request);
    // The access key a request's Basic or bearer credentials are valid for (empty: none).
    QString keyOf(const QHttpServerRequest &request) const;
    // The state of the project a key may reach, or null.
    SandboxState *stateFor(const QString &projectId, const QString &keyId) const;
    // Writes the reply as the fault says (ReplyWriter): late, damaged, dropped ...
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                 const FaultInjector::Decision &fault = FaultInjector::Decision());

    SandboxConfig m_config;
    quint16 m_port = 0;
    SandboxReply checked(const Operation *op, SandboxReply reply);

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxState> m_otherState;   // limits.otherProjectId
    std::vector<std::unique_ptr<SandboxState>> m_emptyStates; // config.emptyProjects, in order
    QStringList m_undeclared;
    QStringList m_undeclaredCodes;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<TokenIssuer> m_tokens;
    ReplyWriter *m_writer;   // a child
    std::unique_ptr<ConversationServer> m_conversation;
    QHash<QString, int> m_counts;   // per operationId ("oauth2/token" for the token endpoint)
    int m_total = 0;
};

// `sinch-console serve-sandbox [--port N] [--faults SPEC] [--project-id ID] [--key-id ID]
// [--key-secret S] [--review-delay SECONDS] [--no-seed] [--seed-shape multilingual|single-language]
// [--empty-project PROJECT:KEY:SECRET]... [--seed-templates N]` (the seed shape defaults to multilingual here): runs
// only the emulator, headless, until stopped. First stdout line: SANDBOX url=... project=...
// key=... secret=... token_url=... conversation_url=...; then a SANDBOX-EMPTY project=...
// key=... secret=... line for each empty project.
int runServeSandbox(const QStringList &arguments);

} // namespace sinch::sandbox
