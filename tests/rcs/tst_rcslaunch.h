// An RCS sender's test devices, launch checklist, launch board and upscales as a person
// uses them: numbers typed key by key, buttons clicked, confirmations answered through the
// scripted MessageBox; the sandbox decides after a short real delay and the widgets poll
// on a ManualClock the test advances. What was sent is counted on the sandbox.
// One suite in two files: tst_rcslaunch.cpp test devices, the checklist, the launch board;
// tst_rcslaunch_upscales.cpp the senders page and upscales.
#pragma once

#include "rcs/launch/rcslaunchboard.h"
#include "rcs/launch/rcslaunchpanel.h"
#include "rcs/testnumbers/rcstestnumberspanel.h"
#include "rcs/upscales/rcsupscalespanel.h"

#include "api/manualclock.h"
#include "models/resourcelistmodel.h"
#include "resourcelistpage.h"
#include "services/areacatalog.h"
#include "domain/rcslaunchchecklist.h"
#include "guidriver.h"
#include "sandbox/sandboxserver.h"
#include "sandboxhttpclient.h"
#include "scriptedmessagebox.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

namespace sinch::test::rcslaunch {

// The sandbox's review delay, on the test's clock.
inline constexpr int kReviewMs = 200;

inline const QString kLaunch = QStringLiteral("SendersController_launchSender_v1");
inline const QString kRetryNumber = QStringLiteral("SendersController_retryTestNumber_v1");

// Every text a widget tree shows or speaks: labels, fields, buttons, tooltips, items.
inline QStringList shownTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (QWidget *w : widgets) {
        out << w->toolTip() << w->accessibleName() << w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i) << c->itemData(i).toString();
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text() << list->item(i)->toolTip();
        if (auto *tree = qobject_cast<QTreeWidget *>(w))
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    out << (*it)->text(c) << (*it)->toolTip(c);
    }
    return out;
}

// The texts of a tree's rows, "column 0 | column 1 | ...".
inline QStringList rows(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << (*it)->text(c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

inline bool anyRowContains(QTreeWidget *tree, const QString &text)
{
    for (const QString &r : rows(tree))
        if (r.contains(text))
            return true;
    return false;
}

inline bool screenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
        return true;
    QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
    return widget->grab().save(QStringLiteral(SINCH_SCREENSHOTS) + QLatin1Char('/') + name);
}

} // namespace sinch::test::rcslaunch

using namespace sinch::test::rcslaunch;

class TstRcsLaunch : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;

    QJsonObject sender(const QString &id) const
    {
        return m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_getSender_v1"))
                                  .path(QStringLiteral("senderId"), id)).json.object();
    }

    QJsonObject senderNamed(const QString &name) const
    {
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_listSenders_v1")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("senders")).toArray())
            if (v.toObject().value("details").toObject().value("brand").toObject().value("name").toString() == name)
                return sender(v.toObject().value("id").toString());
        return QJsonObject();
    }

    // A new sender from the contract's example (GB and FR), with `brandName`, without a logo
    // when `complete` is false.
    QJsonObject createSender(const QString &brandName, bool complete) const
    {
        QJsonObject in = test::requestExample("RcsSendersController_createSender_v1", "input");
        QJsonObject details = in.value("details").toObject();
        QJsonObject brand = details.value("brand").toObject();
        brand.insert("name", brandName);
        if (!complete)
            brand.remove("logoUrl");
        details.insert("brand", brand);
        in.insert("details", details);
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("RcsSendersController_createSender_v1")).json(in));
        return r.json.object();
    }

    // The upscales panel on the sandbox, shown; null when it did not show.
    std::unique_ptr<ui::RcsUpscalesPanel> shownUpscalesPanel() const
    {
        auto panel = std::make_unique<ui::RcsUpscalesPanel>(m_fx->client.get(), m_fx->projectKey, m_box.get(), m_clock.get());
        panel->resize(900, 640);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            return nullptr;
        return panel;
    }

    // The state of the upscale in `country`, as the sandbox holds it.
    QString upscaleStateOnServer(const QString &country) const
    {
        const ApiResult r = m_fx->callSync(ApiRequest(QStringLiteral("UpscalesController_listUpscales_v1")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("upscales")).toArray())
            if (v.toObject().value("countryCode").toString() == country)
                return v.toObject().value("state").toString();
        return QString();
    }

    QString stateOnServer(const QString &id, const QString &number) const
    {
        for (const QJsonValue &v : sender(id).value("testNumberStates").toArray())
            if (v.toObject().value("number").toString() == number)
                return v.toObject().value("state").toString();
        return QString();
    }

private slots:
    void init();
    void cleanup();
    void testDevices();
    void checklistBlocksAnIncompleteLaunch();
    void boardShowsTheOperatorsDecisions();
    void completeSenderLaunches();
    void sendersPageMasksTheAuthToken();
    void failedUpscaleRetried();
    void sendersNotReadAreNotNoSenders();
    void failedDownscaleRetried();
};
