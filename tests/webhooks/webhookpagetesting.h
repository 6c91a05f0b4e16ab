#pragma once

// What the webhooks page's suites share: the sandbox's webhooks read with plain API calls
// (not through the page), and an event ticked in the editor as a person does it.

#include "guidriver.h"
#include "models/resourcelistmodel.h"
#include "services/areacatalog.h"
#include "shownpage.h"
#include "testsupport.h"
#include "webhooks/webhookspage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QListWidget>
#include <QTest>

#include <memory>

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

// The webhooks page on the sandbox's project, shown and its list read: what each test
// starts from. Null when it could not be shown or the list did not load.
inline std::unique_ptr<ui::WebhooksPage> showWebhooksPage(SandboxFixture &fx, ui::MessageBox *box)
{
    auto page = std::make_unique<ui::WebhooksPage>(AreaCatalog::find(QStringLiteral("webhooks")), fx.client.get(), box);
    if (!showOnProject(page.get(), fx, QSize(1300, 800))
        || !QTest::qWaitFor([&page] { return page->model() && page->model()->hasLoadedOnce(); }, 10000))
        return nullptr;
    return page;
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
