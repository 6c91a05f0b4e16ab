// The fault matrix (issue 19): every fault the sandbox injects, against every family of
// operations as the views run them (the list model, the typed services, the comment and
// the Conversation API's test send). For each cell: the event loop keeps serving (a 10 ms
// probe timer's longest gap stays near the no-fault baseline), a clear error reaches the
// caller, only idempotent requests are retried, no POST takes effect twice (counted on the
// sandbox), and the caller's input is unchanged and can be sent again. Latency, backoff,
// Retry-After and the transfer timeout run on a ManualClock that the client and the
// sandbox share: no real waits. The matrix is printed with pass counts.
#include "faultmatrixcells.h"
#include "probedeventloop.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/manualclock.h"
#include "domain/testmessage.h"
#include "models/resourcelistmodel.h"
#include "sandbox/seedids.h"
#include "services/activityservice.h"
#include "services/conversationmessageservice.h"
#include "services/webhookservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QtTest>

using namespace sinch;

using namespace faultmatrix;

class TstFaultMatrix : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<test::SandboxFixture> m_fx;
    QStringList m_seededHooks;
    FeedRef m_feed;
    QJsonObject m_sendRequest;
    qint64 m_pendingBackoffMs = -1;
    int m_serial = 0;   // webhook targets are unique in a project
    QHash<Family, qint64> m_baselineGap;

    ApiClient *client() const { return m_fx->client.get(); }
    sandbox::SandboxServer *server() const { return m_fx->server.get(); }

    static QJsonObject webhookInput(const QString &target)
    {
        return QJsonObject{{QStringLiteral("target"), target},
                           {QStringLiteral("secret"), QStringLiteral("matrix-secret-42")},
                           {QStringLiteral("triggers"), QJsonArray{QStringLiteral("WHATSAPP_TEMPLATE_APPROVED")}}};
    }

    QStringList webhookIds() const
    {
        QStringList ids;
        // One page: the project holds at most 15 (the contract's limit).
        const ApiResult r = m_fx->callSync(WebhookService::listRequest());
        for (const QJsonValue &v : r.json.object().value(QLatin1String("webhooks")).toArray())
            ids << v.toObject().value(QLatin1String("id")).toString();
        return ids;
    }

    // A webhook of the test's own, for get, update and delete.
    QString freshWebhook()
    {
        const ApiResult r = m_fx->callSync(ApiRequest(operationOf(Family::Create))
                                               .json(webhookInput(QStringLiteral("https://hooks.example.com/matrix/%1").arg(++m_serial))));
        return r.json.object().value(QLatin1String("id")).toString();
    }

    // Deletes the webhooks the cells made, so that the project stays under its limit.
    void removeOwnWebhooks()
    {
        for (const QString &id : webhookIds())
            if (!m_seededHooks.contains(id))
                m_fx->callSync(ApiRequest(operationOf(Family::Delete)).path(QStringLiteral("webhookId"), id));
    }

    void inject(Fault fault, Family family)
    {
        sandbox::FaultInjector &conversation = server()->conversationFaults();
        const bool conv = family == Family::Send;
        switch (fault) {
        case Fault::None: break;
        case Fault::Latency: conv ? conversation.pushLatency(5000) : server()->injectNextLatency(5000); break;
        case Fault::S500: conv ? conversation.pushStatus(500, {}, -1) : server()->injectNext(500); break;
        case Fault::S503: conv ? conversation.pushStatus(503, {}, -1) : server()->injectNext(503); break;
        case Fault::S429: conv ? conversation.pushStatus(429, {}, 1) : server()->injectNext(429, {}, 1); break;
        case Fault::Drop: conv ? conversation.pushDrop() : server()->injectNextDrop(); break;
        case Fault::Truncate: conv ? conversation.pushTruncate() : server()->injectNextTruncated(); break;
        case Fault::Malformed: conv ? conversation.pushMalformed() : server()->injectNextMalformed(); break;
        case Fault::Html: conv ? conversation.pushHtmlPage(502) : server()->injectNextHtmlPage(502); break;
        case Fault::Expired401: server()->expireTokens(); break;
        case Fault::Huge: conv ? conversation.pushHugeBody() : server()->injectNextHugeBody(); break;
        case Fault::Stall: conv ? conversation.pushStall() : server()->injectNextStall(); break;
        }
    }

    int countOf(Family family) const
    {
        return family == Family::Send ? server()->conversationRequestCount(operationOf(family))
                                      : server()->requestCount(operationOf(family));
    }

    // Runs the event loop until `done`, advancing the shared clock only when something waits
    // on it: a job's backoff, or an answer the sandbox holds (latency, a stall). Returns the
    // longest gap between two beats of a 10 ms probe timer.
    template<typename Done>
    qint64 drive(Done done)
    {
        QElapsedTimer wall;
        wall.start();
        int heldTicks = 0;
        // Answers held before this call started are an earlier call's, stalled and given up
        // (the sandbox lets go of one when it sees its connection close): waiting for them
        // is no reason to move the clock, which would time out this call's answer on its way.
        // Counted as they go: the fewest held since the start are none of this call's.
        int othersHeld = server()->heldAnswers();
        const auto report = qScopeGuard([&] {
            if (wall.elapsed() > 2000)
                qWarning() << "slow cell:" << wall.elapsed() << "ms, held" << server()->heldAnswers()
                           << "next deadline in" << m_clock.nextDeadline() - m_clock.msecsSinceEpoch();
        });
        return test::runProbed(done, [&] {
            if (m_pendingBackoffMs >= 0) {
                const qint64 ms = m_pendingBackoffMs;
                m_pendingBackoffMs = -1;
                m_clock.advance(ms);
            } else {
                othersHeld = qMin(othersHeld, server()->heldAnswers());
                if (server()->heldAnswers() > othersHeld && ++heldTicks >= 2) {
                    heldTicks = 0;
                    const qint64 next = m_clock.nextDeadline();
                    if (next >= 0)
                        m_clock.advance(qMax<qint64>(0, next - m_clock.msecsSinceEpoch()));
                }
            }
        }, 3, 30000);
    }

    ApiResult runJob(ApiJob *job, qint64 *gap)
    {
        QPointer<ApiJob> guard(job);
        ApiResult result;
        bool finished = false;
        connect(job, &ApiJob::finished, this, [&](const ApiResult &r) {
            result = r;
            finished = true;
        });
        *gap = drive([&] { return finished; });
        if (!finished && guard)
            guard->cancel();
        return result;
    }

    // The list as ListPage shows it: a ResourceListModel reading its first page.
    ApiResult runList(qint64 *gap, int *rows)
    {
        ResourceListModel model(client(), m_fx->projectKey, WebhookService::listRequest(),
                                {{QStringLiteral("Target"), QStringLiteral("target")}});
        bool settled = false;
        connect(&model, &PagedListModel::pageLoaded, this, [&] { settled = true; });
        connect(&model, &PagedListModel::failed, this, [&] { settled = true; });
        model.refresh();
        *gap = drive([&] { return settled; });
        *rows = model.rowCount();
        ApiResult r;
        r.error = model.lastError();
        if (!settled)
            r.error = ApiError::config(QStringLiteral("the list never settled"));
        return r;
    }

    Cell runCell(Fault fault, Family family)
    {
        Cell cell;
        const WebhookService hooks(client(), m_fx->projectKey);
        const ActivityService activity(client(), m_fx->projectKey);
        const ConversationMessageService messages(client(), m_fx->projectKey);
        const QString hookId = (family == Family::Get || family == Family::Update || family == Family::Delete)
                                   ? freshWebhook() : QString();
        const QJsonObject createInput = webhookInput(QStringLiteral("https://hooks.example.com/created/%1").arg(++m_serial));
        const QJsonObject createCopy = createInput;
        const QJsonObject changes{{QStringLiteral("target"), QStringLiteral("https://hooks.example.com/changed/%1").arg(++m_serial)}};
        const QJsonObject changesCopy = changes;
        const QString comment = QStringLiteral("Please review the footer (matrix)");
        const QJsonObject sendInput = m_sendRequest;
        const int hooksBefore = int(webhookIds().size());
        const int countBefore = countOf(family);

        inject(fault, family);
        ApiResult r;
        int rows = 0;
        switch (family) {
        case Family::List: r = runList(&cell.longestGapMs, &rows); break;
        case Family::Get: r = runJob(hooks.get(hookId), &cell.longestGapMs); break;
        case Family::Create: r = runJob(hooks.create(createInput), &cell.longestGapMs); break;
        case Family::Update: r = runJob(hooks.update(hookId, changes), &cell.longestGapMs); break;
        case Family::Delete: r = runJob(hooks.remove(hookId), &cell.longestGapMs); break;
        case Family::Comment: r = runJob(activity.comment(m_feed, comment), &cell.longestGapMs); break;
        case Family::Send: r = runJob(messages.send(sendInput), &cell.longestGapMs); break;
        }
        const int sent = countOf(family) - countBefore;

        // The event loop kept serving.
        const qint64 allowed = qMax<qint64>(250, 5 * m_baselineGap.value(family, 50));
        cell.check(cell.longestGapMs <= allowed,
                   QStringLiteral("event loop blocked %1 ms (allowed %2)").arg(cell.longestGapMs).arg(allowed));

        // The outcome, and a clear error when there is one.
        const bool ok = !r.error.isError();
        cell.errorText = r.error.userText();
        if (expectOk(fault, family)) {
            cell.check(ok, QStringLiteral("failed: ") + r.error.summary());
            if (family == Family::List)
                cell.check(rows >= m_seededHooks.size(), QStringLiteral("list has %1 rows").arg(rows));
        } else {
            cell.check(!ok, QStringLiteral("succeeded although the fault is final for it"));
            cell.check(!r.error.isCancelled(), QStringLiteral("ended as cancelled"));
            const QString why = unclear(r.error);
            cell.check(why.isEmpty(), why);
            cell.check(expectedError(fault, r.error), QStringLiteral("unexpected error: ") + r.error.summary());
            // No answer to a change: the caller is told it may have been made, not "try again".
            if (!idempotent(family) && (fault == Fault::Drop || fault == Fault::Stall))
                cell.check(r.error.userText().contains(QLatin1String("may or may not")),
                           QStringLiteral("an unknown outcome not said: ") + r.error.userText());
        }

        // Retries: only idempotent requests; a POST (or PATCH) reaches the server once,
        // twice only when the first was refused for its expired token (401, not carried out).
        if (idempotent(family)) {
            // A delete's 204 has no body to cut off or garble: nothing to send again.
            const bool bodiless = family == Family::Delete && (fault == Fault::Truncate || fault == Fault::Malformed);
            if (transient(fault) && fault != Fault::None && !bodiless)
                cell.check(sent >= 2, QStringLiteral("not retried (%1 requests)").arg(sent));
            else if (fault != Fault::Expired401)
                cell.check(sent == 1, QStringLiteral("%1 requests for one call").arg(sent));
        } else {
            const int expected = fault == Fault::Expired401 ? 2 : 1;
            cell.check(sent == expected, QStringLiteral("the %1 reached the server %2 times").arg(familyName(family)).arg(sent));
        }
        int made = 0;
        if (family == Family::Create) {
            made = int(webhookIds().size()) - hooksBefore;
            cell.check(made <= 1, QStringLiteral("%1 webhooks made by one create").arg(made));
            if (ok)
                cell.check(made == 1, QStringLiteral("created nothing"));
        }

        // The caller's input is unchanged and can be sent again (with no fault now).
        if (family == Family::Create) {
            cell.check(createInput == createCopy, QStringLiteral("the create payload changed"));
            qint64 gap = 0;
            const ApiResult again = runJob(hooks.create(createInput), &gap);
            // When the fault hid a create that took place, the server refuses the duplicate.
            const bool duplicate = made == 1 && again.error.errorCode == QLatin1String("webhook_exists");
            cell.check(again.ok() || duplicate,
                       QStringLiteral("resend failed: ") + again.error.summary());
        } else if (family == Family::Update) {
            cell.check(changes == changesCopy, QStringLiteral("the update payload changed"));
            qint64 gap = 0;
            const ApiResult again = runJob(hooks.update(hookId, changes), &gap);
            cell.check(again.ok(), QStringLiteral("resend failed: ") + again.error.summary());
        } else if (family == Family::Send) {
            cell.check(sendInput == m_sendRequest, QStringLiteral("the send request changed"));
            qint64 gap = 0;
            const ApiResult again = runJob(messages.send(sendInput), &gap);
            cell.check(again.ok(), QStringLiteral("resend failed: ") + again.error.summary());
        }
        cell.check(server()->heldAnswers() == 0 || fault == Fault::Stall,
                   QStringLiteral("the sandbox still holds %1 answers").arg(server()->heldAnswers()));
        return cell;
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = 0;
        config.clock = &m_clock;
        m_fx = std::make_unique<test::SandboxFixture>(config, AuthMode::OAuth2);
        QVERIFY2(m_fx->started, qPrintable(m_fx->error));
        // The token provider takes the client's clock when the endpoint is set.
        client()->setClock(&m_clock);
        client()->setEndpoint(m_fx->projectKey, m_fx->endpoint(AuthMode::OAuth2));
        connect(client(), &ApiClient::backingOff, this,
                [this](const QString &, int delayMs, const ApiError &) { m_pendingBackoffMs = delayMs; });

        m_seededHooks = webhookIds();
        const ApiResult templates = m_fx->callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                                       .arg(QStringLiteral("pageSize"), QStringLiteral("100")));
        QVERIFY2(templates.ok(), qPrintable(templates.error.summary()));
        QJsonObject approved;
        for (const QJsonValue &v : templates.json.object().value(QLatin1String("templates")).toArray()) {
            const QJsonObject t = v.toObject();
            if (m_feed.ids.isEmpty()) {
                m_feed.projectKey = m_fx->projectKey;
                m_feed.kind = FeedRef::Kind::WhatsappTemplate;
                m_feed.ids = {t.value(QLatin1String("name")).toString(), t.value(QLatin1String("language")).toString()};
            }
            if (approved.isEmpty() && t.value(QLatin1String("state")).toString() == QLatin1String("APPROVED"))
                approved = t;
        }
        QVERIFY(!approved.isEmpty());
        QList<QPair<QString, QString>> values;
        for (const TestMessage::Parameter &p : TestMessage::whatsappParameters(approved.value(QLatin1String("details")).toObject()))
            values.append({p.key, p.example.isEmpty() ? QStringLiteral("x") : p.example});
        const QString appId = sandbox::SeedIds::conversationApp(server()->config().projectId,
                                                                 sandbox::SeedIds::whatsappAppKey()).id;
        m_sendRequest = TestMessage::sendRequest(appId, QStringLiteral("WHATSAPP"), QStringLiteral("+46701234567"),
                                                 approved.value(QLatin1String("name")).toString(),
                                                 approved.value(QLatin1String("language")).toString(), values);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }

    void matrix()
    {
        // The baseline first: the longest probe gap of each family with no fault.
        Cells cells;
        for (Family family : kFamilies) {
            Cell c = runCell(Fault::None, family);
            m_baselineGap[family] = c.longestGapMs;
            cells[Fault::None][family] = c;
            removeOwnWebhooks();
        }
        for (Fault fault : kFaults) {
            if (fault == Fault::None)
                continue;
            for (Family family : kFamilies) {
                cells[fault][family] = runCell(fault, family);
                removeOwnWebhooks();
            }
        }

        const QStringList failures = printMatrix(cells);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"
