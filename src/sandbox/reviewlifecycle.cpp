#include "reviewlifecycle.h"

#include "genericapi.h"
#include "sandboxlogging.h"
#include "sandboxstate.h"

#include <QJsonDocument>
#include <QPointer>

namespace sinch::sandbox {

bool ReviewLifecycle::forcesRejection(const QString &name)
{
    return name.contains(QLatin1String("reject"), Qt::CaseInsensitive);
}

QString ReviewLifecycle::rejectionCode(const QString &name)
{
    if (name.contains(QLatin1String("scam"), Qt::CaseInsensitive))
        return QStringLiteral("SCAM");
    if (name.contains(QLatin1String("category"), Qt::CaseInsensitive))
        return QStringLiteral("INCORRECT_CATEGORY");
    return QStringLiteral("INVALID_FORMAT");
}

void ReviewLifecycle::submit(SandboxState *state, const Target &t)
{
    ResourceStore &store = state->store(t.storeKey);
    QJsonObject item = store.get(t.id);
    QJsonObject changes = item.value(QLatin1String("changes")).toObject();
    changes.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
    item.insert(QStringLiteral("changes"), changes);
    item.remove(QStringLiteral("rejectionCode"));
    store.put(t.id, item);
    GenericApi::addActivity(state, t.feedTemplate, t.storeKey, t.id, QStringLiteral("IN_PROGRESS"));



    QPointer<SandboxState> guard(state);
    state->schedule([guard, t] {
        if (!guard)
            return;
        ResourceStore &s = guard->store(t.storeKey);
        if (!s.contains(t.id))
            return; // deleted while in review
        QJsonObject current = s.get(t.id);
        QJsonObject changes = current.value(QLatin1String("changes")).toObject();
        if (changes.value(QLatin1String("status")).toString() != QLatin1String("IN_PROGRESS"))
            return; // withdrawn or already decided
        const QString name = current.value(QLatin1String("name")).toString()
            + current.value(QLatin1String("_name")).toString();
        const QString code = forcesRejection(name) ? rejectionCode(name)
            : t.reviewer ? t.reviewer(current) : QString();
        if (!code.isEmpty()) {
            changes.insert(QStringLiteral("status"), QStringLiteral("REJECTED"));
            current.insert(QStringLiteral("changes"), changes);
            if (t.hasRejectionCode)
                current.insert(QStringLiteral("rejectionCode"), code);
            s.put(t.id, current);
            GenericApi::addActivity(guard, t.feedTemplate, t.storeKey, t.id, QStringLiteral("REJECTED"),
                                    QStringLiteral("Rejected by the reviewer: %1.").arg(code),
                                    QStringLiteral("Reviewer"));
            qCDebug(lcSandbox) << "review rejected" << t.storeKey << t.id;
            return;
        }
        if (changes.contains(QLatin1String("details")))
            current.insert(QStringLiteral("details"), changes.value(QLatin1String("details")));
        current.remove(QStringLiteral("changes"));
        // A sender waiting for its verification token stays so: the token, not the review,
        // makes it active.
        if (current.value(QLatin1String("state")).toString() != QLatin1String("VERIFYING"))
            current.insert(QStringLiteral("state"), t.approvedState);
        if (current.contains(QLatin1String("modified")))
            current.insert(QStringLiteral("modified"), guard->now());
        s.put(t.id, current);
        qCDebug(lcSandbox) << "review approved" << t.storeKey << t.id;
    });

}

} // namespace sinch::sandbox
