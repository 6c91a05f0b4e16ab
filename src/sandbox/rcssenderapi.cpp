#include "rcssenderapi.h"

#include "domain/jsonpath.h"
#include "domain/rcslaunchchecklist.h"

#include "contracterrors.h"
#include "conversationapi.h"
#include "genericapi.h"
#include "rcsupscaleapi.h"
#include "reviewlifecycle.h"
#include "sandboxstate.h"
#include "seedids.h"

#include "api/operations.h"

#include "domain/testmessage.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace sinch::sandbox {

namespace {

const QString kFeed = QStringLiteral("/rcs/senders/{senderId}");

QStringList operatorsOf(const QString &country)
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("GB"), {QStringLiteral("EE"), QStringLiteral("Vodafone UK"), QStringLiteral("O2 UK"), QStringLiteral("Three UK")}},
        {QStringLiteral("FR"), {QStringLiteral("Orange France"), QStringLiteral("SFR"), QStringLiteral("Bouygues"), QStringLiteral("Free")}},
        {QStringLiteral("ES"), {QStringLiteral("Movistar"), QStringLiteral("Orange Spain"), QStringLiteral("Vodafone Spain")}},
        {QStringLiteral("US"), {QStringLiteral("T-Mobile US"), QStringLiteral("AT&T"), QStringLiteral("Verizon")}},
        {QStringLiteral("DE"), {QStringLiteral("Telekom"), QStringLiteral("Vodafone Germany"), QStringLiteral("O2 Germany")}},
        {QStringLiteral("SE"), {QStringLiteral("Telia"), QStringLiteral("Tele2"), QStringLiteral("Telenor Sweden")}},
        {QStringLiteral("BR"), {QStringLiteral("Claro"), QStringLiteral("Vivo"), QStringLiteral("TIM Brasil")}},
    };
    return table.value(country, {country + QStringLiteral(" Mobile"), country + QStringLiteral(" Telecom")});
}

QJsonArray countryStatus(const SandboxState *state, const QJsonArray &countries, const QString &status)
{
    QJsonArray out;
    for (const QJsonValue &c : countries) {
        QJsonArray ops;
        for (const QString &name : operatorsOf(c.toString()))
            ops << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("status"), status},
                               {QStringLiteral("modified"), state->now()}};
        out << QJsonObject{{QStringLiteral("country"), c}, {QStringLiteral("status"), status},
                           {QStringLiteral("operators"), ops}};
    }
    return out;
}

// The fields of an update that its sender's state does not allow to change, read from the
// contract's fields_not_updatable: "Only `details.countries` and `details.launch` can be
// updated when in state: LAUNCHING, LAUNCHED."
QStringList notUpdatable(const RequestContext &ctx, const QString &senderState, const QJsonObject &input)
{
    const QString rule = ContractErrors::body(ctx.op, 400, QStringLiteral("fields_not_updatable"))
                             .value(QLatin1String("resolution")).toString();
    const QString states = rule.section(QLatin1String("state:"), 1).remove(QLatin1Char('.'));
    const QStringList lockedStates = states.split(QLatin1Char(','), Qt::SkipEmptyParts).replaceInStrings(
        QRegularExpression(QStringLiteral("\\s")), QString());
    if (!lockedStates.contains(senderState))
        return {};
    QStringList allowed;
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    for (auto it = quoted.globalMatch(rule); it.hasNext();)
        allowed << it.next().captured(1);
    QStringList out;
    const std::function<void(const QJsonObject &, const QString &)> walk = [&](const QJsonObject &o, const QString &prefix) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            if (allowed.contains(path))
                continue;
            const bool parentOfAllowed = std::any_of(allowed.cbegin(), allowed.cend(), [&path](const QString &a) {
                return a.startsWith(path + QLatin1Char('.'));
            });
            if (parentOfAllowed && it.value().isObject())
                walk(it.value().toObject(), path);
            else
                out << QStringLiteral("%1 cannot be updated when in state: %2").arg(path, senderState);
        }
    };
    walk(input, QString());
    return out;
}

void verifyLater(SandboxState *state, const QString &id)
{
    QPointer<SandboxState> guard(state);
    state->schedule([guard, id] {
        if (!guard || !guard->store(RcsSenderApi::storeKey()).contains(id))
            return;
        QJsonObject s = guard->store(RcsSenderApi::storeKey()).get(id);
        QJsonArray states = s.value(QLatin1String("testNumberStates")).toArray();
        bool changed = false;
        for (int i = 0; i < states.size(); ++i) {
            QJsonObject n = states.at(i).toObject();
            if (n.value(QLatin1String("state")).toString() == QLatin1String("UNVERIFIED")
                && !n.value(QLatin1String("number")).toString().endsWith(QLatin1String("00"))) {
                n.insert(QStringLiteral("state"), QStringLiteral("VERIFIED"));
                states.replace(i, n);
                changed = true;
            }
        }
        if (!changed)
            return;
        s.insert(QStringLiteral("testNumberStates"), states);
        guard->store(RcsSenderApi::storeKey()).put(id, s);
        GenericApi::addActivity(guard, kFeed, RcsSenderApi::storeKey(), id, QStringLiteral("TEST"),
                                QStringLiteral("Test numbers verified."));
    });
}

void addNumbers(const SandboxState *state, QJsonObject *sender, const QJsonArray &numbers)
{
    QJsonArray states = sender->value(QLatin1String("testNumberStates")).toArray();
    QJsonObject details = sender->value(QLatin1String("details")).toObject();
    QJsonArray listed = details.value(QLatin1String("testNumbers")).toArray();
    // One phone however it is written: "+48 777-777-777" again as "+48777777777" is the
    // same tester invited again (made unverified), not a second one.
    const auto same = [](const QJsonValue &a, const QJsonValue &b) {
        return TestMessage::normalizedNumber(a.toString()) == TestMessage::normalizedNumber(b.toString());
    };
    for (const QJsonValue &n : numbers) {
        for (int i = states.size() - 1; i >= 0; --i)
            if (same(states.at(i).toObject().value(QLatin1String("number")), n))
                states.removeAt(i);
        states << QJsonObject{{QStringLiteral("number"), n}, {QStringLiteral("state"), QStringLiteral("UNVERIFIED")},
                              {QStringLiteral("submitted"), state->now()}};
        for (int i = listed.size() - 1; i >= 0; --i)
            if (same(listed.at(i), n))
                listed.removeAt(i);
        listed << n;
    }
    details.insert(QStringLiteral("testNumbers"), listed);
    sender->insert(QStringLiteral("details"), details);
    sender->insert(QStringLiteral("testNumberStates"), states);
}

// The operators decide one country at a time, a review delay apart (the launch board
// shows the decisions as they come); the last decision sets the sender's state.
void decideNextCountry(SandboxState *state, const QString &id)
{
    QPointer<SandboxState> guard(state);
    state->schedule([guard, id] {
        if (!guard || !guard->store(RcsSenderApi::storeKey()).contains(id))
            return;
        QJsonObject s = guard->store(RcsSenderApi::storeKey()).get(id);
        if (s.value(QLatin1String("state")).toString() != QLatin1String("LAUNCHING"))
            return;
        const bool reject = ReviewLifecycle::forcesRejection(JsonPath::value(s, QStringLiteral("details.brand.name")).toString());
        const QString decision = reject ? QStringLiteral("REJECTED") : QStringLiteral("LAUNCHED");
        QJsonArray statuses = s.value(QLatin1String("countryStatus")).toArray();
        int pending = 0;
        for (int i = 0; i < statuses.size(); ++i) {
            QJsonObject cs = statuses.at(i).toObject();
            if (cs.value(QLatin1String("status")).toString() != QLatin1String("PENDING"))
                continue;
            if (++pending > 1)
                continue;
            QJsonArray ops = cs.value(QLatin1String("operators")).toArray();
            for (int j = 0; j < ops.size(); ++j) {
                QJsonObject o = ops.at(j).toObject();
                o.insert(QStringLiteral("status"), decision);
                if (reject)
                    o.insert(QStringLiteral("remark"), QStringLiteral("The brand does not meet the operator's content policy."));
                o.insert(QStringLiteral("modified"), guard->now());
                ops.replace(j, o);
            }
            cs.insert(QStringLiteral("operators"), ops);
            cs.insert(QStringLiteral("status"), decision);
            statuses.replace(i, cs);
        }
        s.insert(QStringLiteral("countryStatus"), statuses);
        const bool last = pending <= 1;
        if (last && !reject) {
            s.insert(QStringLiteral("state"), QStringLiteral("LAUNCHED"));
            s.insert(QStringLiteral("launched"), guard->now());
        }
        s.insert(QStringLiteral("modified"), guard->now());
        guard->store(RcsSenderApi::storeKey()).put(id, s);
        if (!last) {
            decideNextCountry(guard, id);
            return;
        }
        GenericApi::addActivity(guard, kFeed, RcsSenderApi::storeKey(), id,
                                reject ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE"),
                                reject ? QStringLiteral("Operators rejected the launch.")
                                       : QStringLiteral("Launched with every operator."),
                                QStringLiteral("Operators"));
    });
}

} // namespace

const QString &RcsSenderApi::storeKey()
{
    static const QString k = QStringLiteral("/rcs/senders");
    return k;
}

QStringList RcsSenderApi::launchProblems(const QJsonObject &sender)
{
    QStringList out;
    for (const RcsLaunchChecklist::Item &item : RcsLaunchChecklist::blocking(sender))
        out << RcsLaunchChecklist::apiMessage(item);
    return out;
}

QJsonObject RcsSenderApi::newSender(SandboxState *state, const QJsonObject &in)
{
    const Operation *create = Operations::instance().find(QStringLiteral("RcsSendersController_createSender_v1"));
    QJsonObject s = GenericApi::templateFor(state, create, 201);
    s.remove(QStringLiteral("launched"));
    s.remove(QStringLiteral("supplierDetails"));
    GenericApi::deepMerge(&s, in, create->responseSchema(201));
    if (in.contains(QLatin1String("details")))
        s.insert(QStringLiteral("details"), in.value(QLatin1String("details")));
    QJsonObject details = s.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("questionnaire"),
                   RcsUpscaleApi::questionnaireView(details.value(QLatin1String("questionnaire")).toObject(),
                                                    s.value(QLatin1String("useCase")).toString()));
    const QJsonArray numbers = details.value(QLatin1String("testNumbers")).toArray();
    details.insert(QStringLiteral("testNumbers"), QJsonArray());
    s.insert(QStringLiteral("details"), details);
    s.insert(QStringLiteral("testNumberStates"), QJsonArray());
    addNumbers(state, &s, numbers);
    const QString id = state->newId(storeKey());
    s.insert(QStringLiteral("id"), id);
    // The sender's own credentials and Google hosting region (the contract's example has
    // one pair and EUROPE for every sender); no Conversation API app until one is
    // connected (ConversationApi::connect()).
    s.insert(QStringLiteral("authName"), SeedIds::token(id + QStringLiteral("/authName"), 12));
    s.insert(QStringLiteral("authToken"), SeedIds::token(id + QStringLiteral("/authToken"), 20));
    s.insert(QStringLiteral("hostingRegion"), hostingRegion(s.value(QLatin1String("region")).toString()));
    ConversationApi::disconnect(&s);
    s.insert(QStringLiteral("state"), QStringLiteral("IN_TEST"));
    s.insert(QStringLiteral("countryStatus"), countryStatus(state, details.value(QLatin1String("countries")).toArray(),
                                                           QStringLiteral("NOT_LAUNCHED")));
    s.insert(QStringLiteral("created"), state->now());
    s.insert(QStringLiteral("modified"), state->now());
    state->store(storeKey()).put(id, s);
    GenericApi::addActivity(state, kFeed, storeKey(), id, QStringLiteral("CREATED"));
    if (!numbers.isEmpty())
        verifyLater(state, id);
    return s;
}

QString RcsSenderApi::hostingRegion(const QString &region)
{
    // Google's RBM hosting regions (RcsSenderHostingRegions) for the provisioning regions
    // (RcsSenderRegions): Europe for EU, North America for the Americas.
    if (region == QLatin1String("US") || region == QLatin1String("BR"))
        return QStringLiteral("NORTH_AMERICA");
    return QStringLiteral("EUROPE");
}

void RcsSenderApi::install(SandboxState *state)
{
    state->on(QStringLiteral("RcsSendersController_createSender_v1"), [state](const RequestContext &ctx) {
        return SandboxReply::ok(201, ResourceStore::view(newSender(state, ctx.object())));
    });

    state->on(QStringLiteral("RcsSendersController_updateSender_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        const QJsonObject in = ctx.object();
        const QStringList refused = notUpdatable(ctx, s.value(QLatin1String("state")).toString(), in);
        if (!refused.isEmpty()) {
            QJsonObject body = state->error(ctx, 400, QStringLiteral("fields_not_updatable")).json.toObject();
            body.insert(QStringLiteral("additionalInformation"),
                        QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(refused)}});
            return SandboxReply::ok(400, body);
        }
        const QJsonArray before = JsonPath::value(s, QStringLiteral("details.countries")).toArray();
        GenericApi::deepMerge(&s, in, ctx.op->responseSchema(200));
        {
            QJsonObject details = s.value(QLatin1String("details")).toObject();
            details.insert(QStringLiteral("questionnaire"),
                           RcsUpscaleApi::questionnaireView(details.value(QLatin1String("questionnaire")).toObject(),
                                                            s.value(QLatin1String("useCase")).toString()));
            s.insert(QStringLiteral("details"), details);
        }
        const QJsonArray after = JsonPath::value(s, QStringLiteral("details.countries")).toArray();
        if (before != after) {
            QJsonArray statuses = s.value(QLatin1String("countryStatus")).toArray();
            QJsonArray added;
            for (const QJsonValue &c : after)
                if (!before.contains(c))
                    added << c;
            for (const QJsonValue &cs : countryStatus(state, added, QStringLiteral("NOT_LAUNCHED")))
                statuses << cs;
            s.insert(QStringLiteral("countryStatus"), statuses);
        }
        s.insert(QStringLiteral("modified"), state->now());
        store.put(id, s);
        GenericApi::addActivity(state, kFeed, storeKey(), id, QStringLiteral("EDITED"));
        return SandboxReply::ok(200, ResourceStore::view(s));
    });

    state->on(QStringLiteral("SendersController_addTestNumbers_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        QJsonArray numbers;
        const QJsonObject in = ctx.object();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.value().isArray())
                numbers = it.value().toArray();
        addNumbers(state, &s, numbers);
        store.put(id, s);
        GenericApi::addActivity(state, kFeed, storeKey(), id, QStringLiteral("TEST"),
                                QStringLiteral("Test numbers added."));
        verifyLater(state, id);
        QJsonObject answer = GenericApi::templateFor(state, ctx.op, 200);
        for (auto it = answer.begin(); it != answer.end(); ++it)
            if (it.value().isArray())
                it.value() = s.value(QLatin1String("testNumberStates"));
        return SandboxReply::ok(200, answer);
    });

    state->on(QStringLiteral("SendersController_getTestNumberCapabilities_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        const QString number = ctx.param(QStringLiteral("testNumber"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QString numberState;
        for (const QJsonValue &v : store.get(id).value(QLatin1String("testNumberStates")).toArray())
            if (v.toObject().value(QLatin1String("number")).toString() == number)
                numberState = v.toObject().value(QLatin1String("state")).toString();
        if (numberState.isEmpty())
            return state->error(ctx, 404, QStringLiteral("user_is_not_tester_for_agent"));
        if (state->overLimit(QStringLiteral("rcs-capabilities|%1|%2").arg(id, number),
                             state->limits().rcsCapabilityChecks, state->limits().rcsCapabilityWindowSeconds))
            return state->error(ctx, 429, QStringLiteral("rbm_too_many_requests"));
        if (numberState != QLatin1String("VERIFIED"))
            return state->error(ctx, 403, QStringLiteral("wrong_supplier_configuration"));
        return SandboxReply::ok(200, GenericApi::templateFor(state, ctx.op, 200));
    });

    state->on(QStringLiteral("SendersController_deleteTestNumber_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        const QString number = ctx.param(QStringLiteral("testNumber"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        QJsonArray states = s.value(QLatin1String("testNumberStates")).toArray();
        bool found = false;
        for (int i = states.size() - 1; i >= 0; --i)
            if (states.at(i).toObject().value(QLatin1String("number")).toString() == number) {
                states.removeAt(i);
                found = true;
            }
        if (!found)   // the sender exists; the number is not one of its testers
            return state->error(ctx, 404, QStringLiteral("user_is_not_tester_for_agent"));
        s.insert(QStringLiteral("testNumberStates"), states);
        QJsonObject details = s.value(QLatin1String("details")).toObject();
        QJsonArray listed = details.value(QLatin1String("testNumbers")).toArray();
        for (int i = listed.size() - 1; i >= 0; --i)
            if (listed.at(i).toString() == number)
                listed.removeAt(i);
        details.insert(QStringLiteral("testNumbers"), listed);
        s.insert(QStringLiteral("details"), details);
        store.put(id, s);
        return SandboxReply::noContent();
    });

    state->on(QStringLiteral("SendersController_launchSender_v1"), [state](const RequestContext &ctx) {
        ResourceStore &store = state->store(storeKey());
        const QString id = ctx.param(QStringLiteral("senderId"));
        if (!store.contains(id))
            return GenericApi::notFound(state, ctx);
        QJsonObject s = store.get(id);
        if (s.value(QLatin1String("state")).toString() != QLatin1String("IN_TEST"))
            return state->error(ctx, 409, QStringLiteral("launch_invalid_agent_state"));
        const QStringList problems = launchProblems(s);
        if (!problems.isEmpty()) {
            QJsonObject body = state->error(ctx, 412, QStringLiteral("launch_precondition_failed")).json.toObject();
            body.insert(QStringLiteral("additionalInformation"),
                        QJsonObject{{QStringLiteral("validationErrors"), QJsonArray::fromStringList(problems)}});
            return SandboxReply::ok(412, body);
        }
        s.insert(QStringLiteral("state"), QStringLiteral("LAUNCHING"));
        s.insert(QStringLiteral("countryStatus"), countryStatus(state, JsonPath::value(s, QStringLiteral("details.countries")).toArray(),
                                                               QStringLiteral("PENDING")));
        s.insert(QStringLiteral("modified"), state->now());
        store.put(id, s);
        GenericApi::addActivity(state, kFeed, storeKey(), id, QStringLiteral("EDITED"),
                                QStringLiteral("Launch requested."));
        decideNextCountry(state, id);
        return SandboxReply::ok(200, ResourceStore::view(s));
    });
}

} // namespace sinch::sandbox
