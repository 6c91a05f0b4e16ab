#pragma once

#include "requestcontext.h"
#include "resourcestore.h"
#include "sandboxreply.h"
#include "sandboxserver.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace sinch::sandbox {

// The emulator's project state and its route table: operationId -> handler. Handler
// families install themselves (WebhookApi, ...); every request body is first parsed and
// validated against the operation's request schema from the contract, so handlers only
// see well-formed input. Review decisions run on the review clock (schedule()).
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
    // Milliseconds since the epoch (the clock of limits and cool-downs).
    static qint64 clock();
    void setReviewDelaySeconds(double seconds) { m_config.reviewDelaySeconds = seconds; }

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
    static QString now();

    SandboxReply error(const RequestContext &ctx, int status, const QString &errorCode = QString()) const;
    SandboxReply invalid(const RequestContext &ctx, const QStringList &validationErrors) const;

    // Runs `decide` after the review delay (0: at once, before the current answer leaves).
    void schedule(std::function<void()> decide);

private:
    SandboxConfig m_config;
    QHash<QString, Handler> m_handlers;
    QHash<QString, ResourceStore> m_stores;
    QHash<QString, int> m_idCounters;
    QHash<QString, QList<qint64>> m_events;
};

} // namespace sinch::sandbox
