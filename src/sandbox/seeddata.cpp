#include "seeddata.h"

#include "genericapi.h"
#include "rcssenderapi.h"
#include "sandboxstate.h"
#include "seedactivity.h"
#include "seedids.h"
#include "seedphrases.h"
#include "seedsenders.h"
#include "schemasampler.h"
#include "whatsappapi.h"
#include "whatsapptemplateapi.h"

#include "api/operations.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace sinch::sandbox {

namespace {

QJsonObject body(const QString &text, const QStringList &examples)
{
    QJsonObject b{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), text}};
    if (!examples.isEmpty())
        b.insert(QStringLiteral("examples"), QJsonArray::fromStringList(examples));
    return b;
}

QJsonObject buttons(const QJsonArray &list)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), list}};
}

QJsonObject quickReply(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")}, {QStringLiteral("text"), text}};
}

QJsonObject urlButton(const QString &text, const QString &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")}, {QStringLiteral("text"), text},
                       {QStringLiteral("url"), url + QStringLiteral("{{1}}")},
                       {QStringLiteral("example"), url + QStringLiteral("summer24")}};
}

QJsonObject mediaHeader(const QString &format, const QString &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), format},
                       {QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), url}}}};
}

// ---- the multilingual seed

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The details of one row: the name's layout (`kind`), the row language's texts.
QJsonObject localizedDetails(int kind, const QString &subj, const QString &action, const SeedPhrases &p, int n)
{
    QJsonArray components;
    if (kind == 8) {
        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                  {QStringLiteral("addSecurityRecommendation"), true}}
                   << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                  {QStringLiteral("codeExpirationMinutes"), 10}}
                   << buttons(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OTP")},
                                                     {QStringLiteral("otpType"), QStringLiteral("COPY_CODE")},
                                                     {QStringLiteral("text"), u8(p.copy)}}});
    } else if (kind == 7) {
        QJsonArray cards;
        for (int c = 0; c < 3; ++c)
            cards << QJsonObject{{QStringLiteral("components"), QJsonArray{
                mediaHeader(QStringLiteral("IMAGE"), QStringLiteral("https://cdn.acme-retail.example/%1/card%2.png").arg(subj).arg(c + 1)),
                body(u8(p.card).arg(subj).arg(c + 1), {QStringLiteral("Anna")}),
                buttons(QJsonArray{quickReply(u8(p.more)), urlButton(u8(p.shop), QStringLiteral("https://shop.acme-retail.example/"))})}}};
        components << body(u8(p.carousel).arg(subj), {QStringLiteral("Anna")})
                   << QJsonObject{{QStringLiteral("type"), QStringLiteral("CAROUSEL")}, {QStringLiteral("cards"), cards}};
    } else {
        if (kind == 1 || kind == 4)
            components << mediaHeader(kind == 1 ? QStringLiteral("IMAGE") : QStringLiteral("DOCUMENT"),
                                      QStringLiteral("https://cdn.acme-retail.example/%1/%2.%3").arg(subj, action,
                                          kind == 1 ? QStringLiteral("png") : QStringLiteral("pdf")));
        else if (kind == 2)
            components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("TEXT")},
                                      {QStringLiteral("text"), u8(p.header).arg(subj)}, {QStringLiteral("example"), QStringLiteral("#4711")}};
        else if (kind == 5)
            components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("LOCATION")}};
        components << body(u8(p.body).arg(subj, action), {QStringLiteral("Anna"), QStringLiteral("AC-%1").arg(1000 + n)});
        if (kind % 2 == 0)
            components << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")}, {QStringLiteral("text"), u8(p.footer)}};
        if (kind == 6)
            components << buttons(QJsonArray{quickReply(u8(p.yes)),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")}, {QStringLiteral("text"), u8(p.more)},
                                                         {QStringLiteral("url"), QStringLiteral("https://www.acme-retail.example/%1").arg(subj)}}});
        else if (kind != 3)
            components << buttons(QJsonArray{quickReply(u8(p.yes)), quickReply(u8(p.no))});
    }
    return QJsonObject{{QStringLiteral("components"), components}};
}

// A pending revision of approved details: the brand as footer (an authentication
// template's code lives 5 minutes instead of 10; a carousel loses its last card).
QJsonObject revisedDetails(const QJsonObject &details)
{
    QJsonArray components = details.value(QLatin1String("components")).toArray();
    bool footer = false, carousel = false;
    for (int i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type == QLatin1String("FOOTER")) {
            footer = true;
            if (c.contains(QLatin1String("codeExpirationMinutes")))
                c.insert(QStringLiteral("codeExpirationMinutes"), 5);
            else
                c.insert(QStringLiteral("text"), QStringLiteral("Acme Retail"));
            components.replace(i, c);
        } else if (type == QLatin1String("CAROUSEL")) {
            carousel = true;
            QJsonArray cards = c.value(QLatin1String("cards")).toArray();
            cards.removeLast();
            c.insert(QStringLiteral("cards"), cards);
            components.replace(i, c);
        }
    }
    if (!footer && !carousel) {
        // The footer goes before the buttons.
        int at = int(components.size());
        for (int i = 0; i < components.size(); ++i)
            if (components.at(i).toObject().value(QLatin1String("type")).toString() == QLatin1String("BUTTONS"))
                at = i;
        components.insert(at, QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                          {QStringLiteral("text"), QStringLiteral("Acme Retail")}});
    }
    QJsonObject out = details;
    out.insert(QStringLiteral("components"), components);
    return out;
}

} // namespace

void SeedData::load(SandboxState *state)
{
    const double delay = state->config().reviewDelaySeconds;
    state->setReviewDelaySeconds(0); // seeds are decided at once
    if (state->isTrialProject()) {
        trialProject(state);
        state->setReviewDelaySeconds(delay);
        return;
    }
    for (const QString &target : {QStringLiteral("https://hooks.acme-retail.example/sinch/templates"),
                                  QStringLiteral("https://ops.acme-retail.example/provisioning"),
                                  QStringLiteral("https://crm.acme-retail.example/rcs-events")}) {
        SeedSenders::call(state, "WebhookController_createWebhook_v1", {},
             QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("secret"), QStringLiteral("seed-secret-") + QString::number(target.size())},
                         {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}});
    }
    if (state->config().seedTemplates > 0)
        bulkTemplates(state, state->config().seedTemplates);
    else if (state->config().seedShape == SeedShape::Multilingual)
        multilingualTemplates(state);
    else
        whatsappTemplates(state);
    WhatsappApi::seed(state);
    SeedSenders::load(state);
    SeedActivity::load(state);
    state->setReviewDelaySeconds(delay);
}

void SeedData::whatsappTemplates(SandboxState *state)
{
    static const char *const subjects[] = {"order", "delivery", "payment", "appointment", "account",
                                           "loyalty", "booking", "subscription", "invoice"};
    static const char *const actions[] = {"confirmation", "update", "reminder", "offer", "welcome", "feedback"};
    static const char *const languages[] = {"EN_US", "EN_GB", "DE", "FR", "ES_ES", "PT_BR", "SV", "IT",
                                            "NL", "PL", "ES_MX", "JA"};
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    const QString feed = WhatsappTemplateApi::feedTemplate();
    int n = 0;
    for (const char *subject : subjects) {
        for (const char *action : actions) {
            for (int v = 0; v < 4; ++v, ++n) {
                const QString name = QStringLiteral("%1_%2%3").arg(QLatin1String(subject), QLatin1String(action),
                                                                    v ? QStringLiteral("_v%1").arg(v + 1) : QString());
                const QString language = QLatin1String(languages[(n + n / 12) % 12]);
                const int kind = n % 9;
                QString category = kind == 8 ? QStringLiteral("AUTHENTICATION")
                    : (QLatin1String(action) == QLatin1String("offer") || QLatin1String(action) == QLatin1String("welcome"))
                        ? QStringLiteral("MARKETING") : QStringLiteral("UTILITY");
                QJsonArray components;
                const QString subj = QLatin1String(subject);
                if (kind == 8) {
                    components << QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                              {QStringLiteral("addSecurityRecommendation"), true}}
                               << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                              {QStringLiteral("codeExpirationMinutes"), 10}}
                               << buttons(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OTP")},
                                                                 {QStringLiteral("otpType"), QStringLiteral("COPY_CODE")},
                                                                 {QStringLiteral("text"), QStringLiteral("Copy code")}}});
                } else if (kind == 7) {
                    category = QStringLiteral("MARKETING");
                    QJsonArray cards;
                    for (int c = 0; c < 3; ++c)
                        cards << QJsonObject{{QStringLiteral("components"), QJsonArray{
                            mediaHeader(QStringLiteral("IMAGE"), QStringLiteral("https://cdn.acme-retail.example/%1/card%2.png").arg(subj).arg(c + 1)),
                            body(QStringLiteral("Pick %1 number %2 for {{1}}.").arg(subj).arg(c + 1), {QStringLiteral("Anna")}),
                            buttons(QJsonArray{quickReply(QStringLiteral("Tell me more")),
                                               urlButton(QStringLiteral("Shop now"), QStringLiteral("https://shop.acme-retail.example/"))})}}};
                    components << body(QStringLiteral("Hello {{1}}, see this week's %1 picks below.").arg(subj), {QStringLiteral("Anna")})
                               << QJsonObject{{QStringLiteral("type"), QStringLiteral("CAROUSEL")}, {QStringLiteral("cards"), cards}};
                } else {
                    if (kind == 1 || kind == 4)
                        components << mediaHeader(kind == 1 ? QStringLiteral("IMAGE") : QStringLiteral("DOCUMENT"),
                                                  QStringLiteral("https://cdn.acme-retail.example/%1/%2.%3").arg(subj, QLatin1String(action),
                                                      kind == 1 ? QStringLiteral("png") : QStringLiteral("pdf")));
                    else if (kind == 2)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("TEXT")},
                                                  {QStringLiteral("text"), QStringLiteral("Your %1 {{1}}").arg(subj)}, {QStringLiteral("example"), QStringLiteral("#4711")}};
                    else if (kind == 5)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("LOCATION")}};
                    components << body(QStringLiteral("Hi {{1}}, this is your %1 %2. Reference {{2}} is ready for you.")
                                           .arg(subj, QLatin1String(action)), {QStringLiteral("Anna"), QStringLiteral("AC-%1").arg(1000 + n)});
                    if (kind % 2 == 0)
                        components << QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                                  {QStringLiteral("text"), QStringLiteral("Reply STOP to opt out")}};
                    if (kind != 3)
                        components << buttons(QJsonArray{quickReply(QStringLiteral("Yes, thanks")), quickReply(QStringLiteral("Not now"))});
                }
                const QJsonObject details{{QStringLiteral("components"), components}};
                QJsonObject t{{QStringLiteral("name"), name}, {QStringLiteral("language"), language},
                              {QStringLiteral("category"), category}, {QStringLiteral("analytics"), QJsonArray()}};
                const QString id = WhatsappTemplateApi::key(name, language);
                store.put(id, t);
                GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("CREATED"), QString(), QStringLiteral("Seed"));
                const int fate = (n * 5 + v) % 12;
                if (fate < 7) {
                    t.insert(QStringLiteral("state"), QStringLiteral("APPROVED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("whatsappId"), QString::number(900000000000000LL + n * 7919));
                    t.insert(QStringLiteral("qualityScore"), fate == 6 ? QStringLiteral("QUALITY_SCORE_YELLOW") : QStringLiteral("QUALITY_SCORE_GREEN"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                    if (fate == 2)
                        GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("COMMENT_ADDED"),
                                                QStringLiteral("Approved after the footer was shortened."), QStringLiteral("Sinch support"));
                } else if (fate == 7) {
                    t.insert(QStringLiteral("state"), QStringLiteral("PAUSED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("qualityScore"), QStringLiteral("QUALITY_SCORE_RED"));
                } else if (fate == 8) {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("REJECTED")}, {QStringLiteral("details"), details}});
                    t.insert(QStringLiteral("rejectionCode"), n % 2 ? QStringLiteral("INCORRECT_CATEGORY") : QStringLiteral("INVALID_FORMAT"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("REJECTED"),
                                            QStringLiteral("Rejected by the reviewer."), QStringLiteral("Reviewer"));
                } else if (fate == 9) {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("IN_PROGRESS"));
                } else if (fate == 10) {
                    t.insert(QStringLiteral("state"), QStringLiteral("APPROVED"));
                    t.insert(QStringLiteral("details"), details);
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("EDITED"));
                } else {
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), details}});
                    GenericApi::addActivity(state, feed, WhatsappTemplateApi::storeKey(), id, QStringLiteral("DRAFT"));
                }
                store.put(id, t);
            }
        }
    }
}

void SeedData::multilingualTemplates(SandboxState *state)
{
    static const char *const subjects[] = {"order", "delivery", "payment", "appointment", "account",
                                           "loyalty", "booking", "subscription", "invoice"};
    static const char *const actions[] = {"confirmation", "update", "reminder", "offer", "welcome", "feedback"};
    // The project's other languages, most used first.
    static const char *const others[] = {"ES_ES", "DE", "FR", "PT_BR", "IT", "EN_GB", "ES_MX", "NL", "PL", "SV", "JA"};
    constexpr int otherCount = int(sizeof(others) / sizeof(others[0]));
    static const char *const everywhere[] = {"order_confirmation", "delivery_update", "account_welcome"};
    static const char *const rejections[] = {"INVALID_FORMAT", "INVALID_FORMAT", "INVALID_FORMAT", "INVALID_FORMAT",
                                             "INCORRECT_CATEGORY", "INCORRECT_CATEGORY", "INCORRECT_CATEGORY",
                                             "ABUSIVE_CONTENT", "ABUSIVE_CONTENT", "SCAM"};
    enum Fate { Approved, ApprovedDraft, ApprovedInReview, ApprovedRejected, Paused, Disabled, Draft, InReview, Rejected };
    // Cumulative shares in percent, by fate: EN_US rows (the name's first) are mostly live;
    // translations are more often still drafts, in review or rejected.
    static const int firstShares[] = {72, 78, 82, 86, 90, 93, 96, 98, 100};
    static const int translationShares[] = {62, 67, 70, 73, 76, 78, 86, 92, 100};

    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    const QString feed = WhatsappTemplateApi::feedTemplate();
    const QString &storeKey = WhatsappTemplateApi::storeKey();
    const auto activity = [&](const QString &id, const char *type, const QString &comment = QString(),
                              const QString &author = QString()) {
        GenericApi::addActivity(state, feed, storeKey, id, QLatin1String(type), comment, author);
    };

    int i = 0, n = 0;
    for (int s = 0; s < int(sizeof(subjects) / sizeof(subjects[0])); ++s) {
        for (int a = 0; a < int(sizeof(actions) / sizeof(actions[0])); ++a) {
            for (int v = 0; v < ((s + a) % 2 ? 1 : 2); ++v, ++i) {
                const QString subj = QLatin1String(subjects[s]);
                const QString action = QLatin1String(actions[a]);
                const QString name = subj + QLatin1Char('_') + action + (v ? QStringLiteral("_v2") : QString());
                const quint64 h = SeedIds::hash(name);

                // Its languages: EN_US, then others by popularity, shuffled a little per name.
                int count = 2 + int(h % 4);
                if (std::any_of(std::begin(everywhere), std::end(everywhere), [&name](const char *e) { return name == QLatin1String(e); }))
                    count = otherCount + 1;
                else if (i % 14 == 6)
                    count = 1;
                QList<QPair<int, int>> ranked;   // (score, index in others)
                for (int o = 0; o < otherCount; ++o)
                    ranked << qMakePair(o + 2 * int(SeedIds::hash(name + QLatin1Char('/') + QLatin1String(others[o])) % 9), o);
                std::sort(ranked.begin(), ranked.end());
                QList<int> picked;
                for (int k = 0; k < count - 1; ++k)
                    picked << ranked.at(k).second;
                std::sort(picked.begin(), picked.end());
                QStringList languages{QStringLiteral("EN_US")};
                for (int o : picked)
                    languages << QLatin1String(others[o]);

                const int kind = i % 9;
                QString category = kind == 8 ? QStringLiteral("AUTHENTICATION")
                    : (kind == 7 || action == QLatin1String("offer") || action == QLatin1String("welcome"))
                        ? QStringLiteral("MARKETING") : QStringLiteral("UTILITY");

                for (int l = 0; l < languages.size(); ++l, ++n) {
                    const QString language = languages.at(l);
                    const quint64 lh = SeedIds::hash(name + QLatin1Char('|') + language);
                    const QJsonObject details = localizedDetails(kind, subj, action, SeedPhrases::forLanguage(language), n);
                    const QString id = WhatsappTemplateApi::key(name, language);
                    QJsonObject t{{QStringLiteral("name"), name}, {QStringLiteral("language"), language},
                                  {QStringLiteral("category"), category}, {QStringLiteral("analytics"), QJsonArray()}};
                    store.put(id, t);
                    activity(id, "CREATED", QString(), QStringLiteral("Seed"));

                    const int roll = int(lh % 100);
                    const int *shares = l == 0 ? firstShares : translationShares;
                    int fate = Approved;
                    while (roll >= shares[fate])
                        ++fate;
                    const QString rejection = QLatin1String(rejections[(lh >> 8) % 10]);
                    const QString whatsappId = QString::number(920000000000000LL + qint64(n) * 7919);
                    const auto live = [&](const char *liveState, const QString &quality) {
                        t.insert(QStringLiteral("state"), QLatin1String(liveState));
                        t.insert(QStringLiteral("details"), details);
                        t.insert(QStringLiteral("whatsappId"), whatsappId);
                        t.insert(QStringLiteral("qualityScore"), quality);
                        activity(id, "IN_PROGRESS");
                    };
                    const int q = int((lh >> 16) % 100);
                    const QString approvedQuality = q < 80 ? QStringLiteral("QUALITY_SCORE_GREEN")
                        : q < 94 ? QStringLiteral("QUALITY_SCORE_YELLOW") : QStringLiteral("QUALITY_SCORE_UNKNOWN");
                    switch (fate) {
                    case Approved:
                        live("APPROVED", approvedQuality);
                        if ((lh >> 24) % 7 == 0)
                            activity(id, "COMMENT_ADDED", QStringLiteral("Approved after the footer was shortened."),
                                     QStringLiteral("Sinch support"));
                        break;
                    case ApprovedDraft:
                    case ApprovedInReview:
                    case ApprovedRejected: {
                        live("APPROVED", approvedQuality);
                        const char *status = fate == ApprovedDraft ? "DRAFT" : fate == ApprovedInReview ? "IN_PROGRESS" : "REJECTED";
                        t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QLatin1String(status)},
                                                                       {QStringLiteral("details"), revisedDetails(details)}});
                        activity(id, "EDITED");
                        activity(id, fate == ApprovedDraft ? "DRAFT" : "IN_PROGRESS");
                        if (fate == ApprovedRejected) {
                            t.insert(QStringLiteral("rejectionCode"), rejection);
                            activity(id, "REJECTED", QStringLiteral("Rejected by the reviewer: %1.").arg(rejection),
                                     QStringLiteral("Reviewer"));
                        }
                        break;
                    }
                    case Paused:
                        live("PAUSED", QStringLiteral("QUALITY_SCORE_RED"));
                        activity(id, "COMMENT_ADDED", QStringLiteral("Paused by Meta: the quality rating dropped to low."),
                                 QStringLiteral("Meta"));
                        break;
                    case Disabled:
                        live("DISABLED", QStringLiteral("QUALITY_SCORE_RED"));
                        activity(id, "COMMENT_ADDED", QStringLiteral("Disabled by Meta after repeated pauses for low quality."),
                                 QStringLiteral("Meta"));
                        break;
                    case Draft:
                        t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                                                       {QStringLiteral("details"), details}});
                        activity(id, "DRAFT");
                        break;
                    case InReview:
                        t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                                                                       {QStringLiteral("details"), details}});
                        activity(id, "IN_PROGRESS");
                        break;
                    default:
                        t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("REJECTED")},
                                                                       {QStringLiteral("details"), details}});
                        t.insert(QStringLiteral("rejectionCode"), rejection);
                        activity(id, "IN_PROGRESS");
                        activity(id, "REJECTED", QStringLiteral("Rejected by the reviewer: %1.").arg(rejection),
                                 QStringLiteral("Reviewer"));
                        break;
                    }
                    store.put(id, t);
                }
            }
        }
    }
}

void SeedData::bulkTemplates(SandboxState *state, int count)
{
    static const char *const subjects[] = {"order", "delivery", "payment", "appointment", "account",
                                           "loyalty", "booking", "subscription", "invoice"};
    static const char *const actions[] = {"confirmation", "update", "reminder", "offer", "welcome", "feedback"};
    static const char *const languages[] = {"EN_US", "ES_ES", "DE", "FR", "PT_BR", "IT", "EN_GB", "ES_MX",
                                            "NL", "PL", "SV", "JA"};
    static const char *const rejections[] = {"INVALID_FORMAT", "INCORRECT_CATEGORY", "ABUSIVE_CONTENT"};
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    int n = 0;
    for (int i = 0; n < count; ++i) {
        const QString subj = QLatin1String(subjects[i % 9]);
        const QString action = QLatin1String(actions[(i / 9) % 6]);
        const QString name = QStringLiteral("%1_%2_%3").arg(subj, action).arg(i, 5, 10, QLatin1Char('0'));
        const quint64 h = SeedIds::hash(name);
        const int kind = int(h % 9);
        const QString category = kind == 8 ? QStringLiteral("AUTHENTICATION")
            : (kind == 7 || action == QLatin1String("offer") || action == QLatin1String("welcome"))
                ? QStringLiteral("MARKETING") : QStringLiteral("UTILITY");
        const int languageCount = 1 + int((h >> 8) % 3);
        for (int l = 0; l < languageCount && n < count; ++l) {
            const QString language = QLatin1String(languages[(quint64(l) * (1 + (h >> 12) % 5) + (l ? h >> 20 : 0)) % 12]);
            const QString id = WhatsappTemplateApi::key(name, language);
            if (store.contains(id))
                continue;
            const QJsonObject details = localizedDetails(kind, subj, action, SeedPhrases::forLanguage(language), n);
            QJsonObject t{{QStringLiteral("name"), name}, {QStringLiteral("language"), language},
                          {QStringLiteral("category"), category}, {QStringLiteral("analytics"), QJsonArray()}};
            const int fate = int((h >> 24) % 10);
            if (fate < 6) {
                t.insert(QStringLiteral("state"), fate == 5 ? QStringLiteral("PAUSED") : QStringLiteral("APPROVED"));
                t.insert(QStringLiteral("details"), details);
                t.insert(QStringLiteral("whatsappId"), QString::number(930000000000000LL + qint64(n) * 7919));
                t.insert(QStringLiteral("qualityScore"), fate == 5 ? QStringLiteral("QUALITY_SCORE_RED") : QStringLiteral("QUALITY_SCORE_GREEN"));
                if (fate == 4)
                    t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DRAFT")},
                                                                   {QStringLiteral("details"), revisedDetails(details)}});
            } else {
                const char *status = fate == 6 ? "DRAFT" : fate == 7 ? "IN_PROGRESS" : "REJECTED";
                t.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QLatin1String(status)},
                                                               {QStringLiteral("details"), details}});
                if (fate >= 8)
                    t.insert(QStringLiteral("rejectionCode"), QLatin1String(rejections[(h >> 32) % 3]));
            }
            store.put(id, t);
            ++n;
        }
    }
}

void SeedData::trialProject(SandboxState *state)
{
    // A WhatsApp business at its trial template limit (approved templates, one name each).
    ResourceStore &store = state->store(WhatsappTemplateApi::storeKey());
    static const struct { const char *name; const char *text; } kTemplates[] = {
        {"trial_welcome", "Welcome to Acme Trial, {{1}}! Reply HELP for help."},
        {"trial_order_update", "Hi {{1}}, your order {{2}} has shipped."},
        {"trial_reminder", "Hi {{1}}, your appointment is tomorrow at {{2}}."}};
    int n = 0;
    for (const auto &t : kTemplates) {
        if (n >= state->limits().trialTemplateLimit)
            break;
        QStringList examples{QStringLiteral("Anna")};
        if (QByteArray(t.text).contains("{{2}}"))
            examples << QStringLiteral("A-%1").arg(100 + n);
        const QJsonObject details{{QStringLiteral("components"), QJsonArray{body(QLatin1String(t.text), examples)}}};
        const QString name = QLatin1String(t.name);
        const QString id = WhatsappTemplateApi::key(name, QStringLiteral("EN_US"));
        store.put(id, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("language"), QStringLiteral("EN_US")},
                                  {QStringLiteral("category"), QStringLiteral("UTILITY")}, {QStringLiteral("analytics"), QJsonArray()},
                                  {QStringLiteral("state"), QStringLiteral("APPROVED")}, {QStringLiteral("details"), details},
                                  {QStringLiteral("whatsappId"), QString::number(910000000000000LL + n)},
                                  {QStringLiteral("qualityScore"), QStringLiteral("QUALITY_SCORE_GREEN")}});
        GenericApi::addActivity(state, WhatsappTemplateApi::feedTemplate(), WhatsappTemplateApi::storeKey(), id,
                                QStringLiteral("CREATED"), QString(), QStringLiteral("Seed"));
        ++n;
    }
}

} // namespace sinch::sandbox
