#pragma once

#include "requestcontext.h"
#include "resourcestore.h"
#include "sandboxreply.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

namespace sinch::sandbox {

// The emulator's project state and its route table: operationId -> handler. Handler
// families install themselves (WebhookApi, ...); every request's query and path parameters
// are first checked against their schemas (ParameterCheck) and its body parsed and
// validated against the operation's request schema from the contract, then completed with
// the schema's defaults (RequestDefaults), so handlers only see well-formed input as the
// API reads it. Review decisions run on the review clock (schedule()).
class SandboxState : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SandboxReply(const RequestContext &)>;

    explicit SandboxState(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxState() override;

    const SandboxConfig &config() const { return m_config; }
    const SandboxLimits &limits() const { return m_config.limits; }
    // The second, trial project (SandboxLimits::otherProjectId): no RCS, trial limits.
    bool isTrialProject() const
    {
        return !m_config.limits.otherProjectId.isEmpty() && m_config.projectId == m_config.limits.otherProjectId;
    }
    // Records one event under `key` and tells whether more than `limit` of them fell within
    // the last `windowSeconds` (the event that overflows is not recorded).
    bool overLimit(const QString &key, int limit, int windowSeconds);
    // Milliseconds since the epoch on the sandbox's clock (SandboxConfig::clock, the
    // system's when none is injected): the clock of limits, cool-downs and timestamps.
    qint64 clock() const;
    // When this project's state was made (before its seed), on the same clock: seeded
    // histories are dated relative to it, so a seed is the same on every run.
    QDateTime started() const { return m_started; }
    void setReviewDelaySeconds(double seconds) { m_config.reviewDelaySeconds = seconds; }
    void setQuestionnaire(const QJsonObject &sections) { m_config.questionnaire = sections; }

    // Parses and validates the body, then runs the operation's handler.
    SandboxReply handle(const Operation *op, const QHash<QString, QString> &params,
                        const QUrlQuery &query, const QByteArray &body);

    void on(const QString &operationId, Handler handler);
    bool handles(const QString &operationId) const { return m_handlers.contains(operationId); }

    ResourceStore &store(const QString &family) { return m_stores[family]; }
    bool hasStore(const QString &family) const { return m_stores.contains(family); }

    // Deterministic UUID-shaped ids ("kind" keeps families apart).
    QString newId(const QString &kind);
    // Current time of the emulator as the API writes it (ISO 8601 with milliseconds, UTC).
    QString now() const;
    // A time (milliseconds since the epoch) as the API writes it.
    static QString timestamp(qint64 msecsSinceEpoch);

    SandboxReply error(const RequestContext &ctx, int status, const QString &errorCode = QString()) const;
    SandboxReply invalid(const RequestContext &ctx, const QStringList &validationErrors) const;

    // Runs `decide` after the review delay on the sandbox's clock (0: at once, before the
    // current answer leaves).
    void schedule(std::function<void()> decide);

private:
    SandboxConfig m_config;
    QDateTime m_started;
    QHash<QString, Handler> m_handlers;
    QHash<QString, ResourceStore> m_stores;
    QHash<QString, int> m_idCounters;
    QHash<QString, QList<qint64>> m_events;
};

} // namespace sinch::sandbox
