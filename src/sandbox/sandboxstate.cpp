#include "sandboxstate.h"

#include "contracterrors.h"
#include "sandboxlogging.h"
#include "rules/schemavalidator.h"
#include "bundleapi.h"
#include "conversationapi.h"
#include "genericapi.h"
#include "kakaotalkapi.h"
#include "parametercheck.h"
#include "rcssenderapi.h"
#include "rcsupscaleapi.h"
#include "requestdefaults.h"
#include "seeddata.h"
#include "webhookapi.h"
#include "whatsappapi.h"
#include "whatsapptemplateapi.h"

#include "api/clock.h"
#include "api/clocktimer.h"
#include "api/operations.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace sinch::sandbox {

SandboxState::SandboxState(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_started = QDateTime::fromMSecsSinceEpoch(clock(), Qt::UTC);
    WebhookApi::install(this);
    WhatsappTemplateApi::install(this);
    RcsSenderApi::install(this);
    KakaotalkApi::install(this);
    WhatsappApi::install(this);
    RcsUpscaleApi::install(this);
    BundleApi::install(this);
    ConversationApi::install(this);
    if (m_config.seed)
        SeedData::load(this);
}

SandboxState::~SandboxState() = default;

void SandboxState::on(const QString &operationId, Handler handler)
{
    m_handlers.insert(operationId, std::move(handler));
}

QString SandboxState::newId(const QString &kind)
{
    const int n = ++m_idCounters[kind];
    static const QUuid ns(QStringLiteral("{5b0c7f7e-2f44-4a8e-9d7e-51c2b7a0d3c1}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(m_config.projectId, kind).arg(n))
        .toString(QUuid::WithoutBraces);
}

QString SandboxState::now() const
{
    return timestamp(clock());
}

QString SandboxState::timestamp(qint64 msecsSinceEpoch)
{
    // "2026-03-14T09:30:00.000Z", as QDateTime::toString(Qt::ISODateWithMs) writes a UTC
    // time, from the day number and the time of day: the seed writes thousands of them.
    constexpr qint64 msPerDay = 86400000;
    qint64 days = msecsSinceEpoch / msPerDay;
    qint64 ms = msecsSinceEpoch % msPerDay;
    if (ms < 0) {
        ms += msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    // Digits written in place: asprintf (a vsnprintf and a UTF-8 decoding) was most of the
    // seeding's time spent on dates.
    QString out(24, Qt::Uninitialized);
    QChar *at = out.data();
    const auto put = [&at](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = QChar(u'0' + value % 10);
        at += digits;
    };
    const auto sep = [&at](char16_t c) { *at++ = QChar(c); };
    put(qBound(0, date.year(), 9999), 4);
    sep(u'-');
    put(date.month(), 2);
    sep(u'-');
    put(date.day(), 2);
    sep(u'T');
    put(int(ms / 3600000), 2);
    sep(u':');
    put(int(ms / 60000 % 60), 2);
    sep(u':');
    put(int(ms / 1000 % 60), 2);
    sep(u'.');
    put(int(ms % 1000), 3);
    sep(u'Z');
    return out;
}

qint64 SandboxState::clock() const
{
    return (m_config.clock ? m_config.clock : Clock::system())->msecsSinceEpoch();
}

bool SandboxState::overLimit(const QString &key, int limit, int windowSeconds)
{
    const qint64 now = clock();
    QList<qint64> &events = m_events[key];
    const qint64 from = now - qint64(windowSeconds) * 1000;
    events.erase(std::remove_if(events.begin(), events.end(), [from](qint64 t) { return t <= from; }), events.end());
    if (events.size() >= limit)
        return true;
    events << now;
    return false;
}

SandboxReply SandboxState::error(const RequestContext &ctx, int status, const QString &errorCode) const
{
    return SandboxReply::ok(status, ContractErrors::body(ctx.op, status, errorCode));
}

SandboxReply SandboxState::invalid(const RequestContext &ctx, const QStringList &validationErrors) const
{
    return SandboxReply::ok(400, ContractErrors::invalidInput(ctx.op, validationErrors));
}

void SandboxState::schedule(std::function<void()> decide)
{
    if (m_config.reviewDelaySeconds <= 0) {
        decide();
        return;
    }
    // On the sandbox's clock: a test with a ManualClock sees the decision when it advances
    // the clock past the delay, never after a sleep.
    auto *timer = new ClockTimer(m_config.clock, this);
    timer->setSingleShot(true);
    timer->setInterval(int(m_config.reviewDelaySeconds * 1000));
    connect(timer, &ClockTimer::timeout, this, [timer, decide = std::move(decide)] {
        timer->deleteLater();
        decide();
    });
    timer->start();
}

SandboxReply SandboxState::handle(const Operation *op, const QHash<QString, QString> &params,
                                  const QUrlQuery &query, const QByteArray &body)
{
    RequestContext ctx;
    ctx.op = op;
    ctx.params = params;
    ctx.query = query;
    if (const std::optional<SandboxReply> refused = ParameterCheck::check(op, params, query))
        return *refused;
    if (op->hasRequestBody) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
        if (body.trimmed().isEmpty() || perr.error != QJsonParseError::NoError) {
            const QString code = ContractErrors::codes(op, 400).contains(QStringLiteral("invalid_payload"))
                ? QStringLiteral("invalid_payload") : QString();
            if (code.isEmpty())
                return invalid(ctx, {QStringLiteral("body must be a JSON document")});
            return error(ctx, 400, code);
        }
        ctx.body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        QStringList problems = rules::SchemaValidator::validate(ctx.body, op->requestBodySchema());
        // KNOWN-DEFECTS.md: the contract declares Facebook tokens URIs; they are opaque strings.
        if (op->id == QLatin1String("EmbeddedSignupHelperController_createLongLivedAccessToken_v1"))
            problems.erase(std::remove_if(problems.begin(), problems.end(), [](const QString &p) {
                               return p.startsWith(QLatin1String("facebookToken must be a URL"));
                           }), problems.end());
        if (!problems.isEmpty())
            return invalid(ctx, problems);
        // Handlers see what the API reads: an omitted property as its schema's default.
        ctx.body = RequestDefaults::apply(ctx.body, op->requestBodySchema());
    }
    // The trial project never enabled RCS Business Messaging.
    if (isTrialProject() && ContractErrors::codes(op, 403).contains(QStringLiteral("rbm_has_not_been_used")))
        return error(ctx, 403, QStringLiteral("rbm_has_not_been_used"));
    const auto it = m_handlers.constFind(op->id);
    if (it == m_handlers.constEnd())
        return GenericApi::handle(this, ctx);
    return (*it)(ctx);
}

} // namespace sinch::sandbox
