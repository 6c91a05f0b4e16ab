#pragma once

// What the webhooks page's suites share: the sandbox's webhooks read with plain API calls
// (not through the page), and an event ticked in the editor as a person does it.

#include "guidriver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QListWidget>

namespace sinch::test {

inline QList<QJsonObject> serverWebhooks(const SandboxFixture &fx)
{
    const ApiResult r = fx.callSync(ApiRequest(QStringLiteral("WebhookController_listWebhooks_v1"))
                                        .arg(QStringLiteral("pageSize"), QStringLiteral("15")));
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json.object().value(QLatin1String("webhooks")).toArray())
        out << v.toObject();
    return out;
}

inline QJsonObject serverWebhook(const SandboxFixture &fx, const QString &target)
{
    for (const QJsonObject &w : serverWebhooks(fx))
        if (w.value(QLatin1String("target")).toString() == target)
            return w;
    return QJsonObject();
}

// Ticks an event in the editor's list: a click on its row, then Space.
inline bool tickEvent(GuiDriver &gui, const QString &trigger)
{
    auto *events = gui.get<QListWidget>(QStringLiteral("Events"));
    if (!events || !gui.clickRow(events, trigger))
        return false;
    GuiDriver::key(Qt::Key_Space);
    return true;
}

} // namespace sinch::test
