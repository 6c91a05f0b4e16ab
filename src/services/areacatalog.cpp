#include "services/areacatalog.h"

#include "api/contract.h"
#include "api/operations.h"
#include "domain/enumtext.h"
#include "domain/jsonpath.h"
#include "domain/kakaotalktemplateview.h"
#include "domain/sendernextstep.h"

namespace sinch {

using Col = ResourceListModel::Column;

QList<Area> AreaCatalog::areas()
{
    QList<Area> list;
    auto add = [&list](Area a) { list.append(std::move(a)); };

    const QString whatsapp = tr("WhatsApp");
    const QString kakao = tr("KakaoTalk");
    const QString rcs = tr("RCS");

    {
        Area a;
        a.id = QStringLiteral("inbox");
        a.title = tr("Inbox");
        a.iconName = QStringLiteral("inbox");
        a.kind = Area::Kind::Inbox;
        a.noun = tr("activities");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("overview");
        a.title = tr("Overview");
        a.iconName = QStringLiteral("overview");
        a.kind = Area::Kind::Overview;
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("whatsapp.account");
        a.group = whatsapp;
        a.title = tr("Account");
        a.iconName = QStringLiteral("account");
        a.kind = Area::Kind::Document;
        a.operationId = QStringLiteral("AccountsController_getAccount_v1");
        a.emptyText = tr("This project has no WhatsApp account yet.\nCreate one with the company's legal name and its Meta "
                         "Business Manager ID; Meta then reviews the business, which can take a few days.");
        a.hasFeed = true;
        a.feedKind = FeedRef::Kind::WhatsappAccount;
        a.feedIdPaths = {};
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("whatsapp.senders");
        a.group = whatsapp;
        a.title = tr("Senders");
        a.iconName = QStringLiteral("sender");
        a.operationId = QStringLiteral("SendersController_listSenders_v1");
        // The number with its country code: two senders of one number in two countries differ.
        const auto whatsappPhone = [](const QJsonObject &sender) { return SenderNextStep::phoneOf(SenderNextStep::Channel::Whatsapp, sender); };
        a.columns = {Col{tr("Phone number"), QStringLiteral("phoneNumber"), nullptr, whatsappPhone},
                     Col{tr("Display name"), QStringLiteral("details.displayName")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words, &SenderNextStep::stateText},
                     Col{tr("Pending changes"), QStringLiteral("changes.status"), &EnumText::words},
                     Col{tr("Quality"), QStringLiteral("qualityRating"), &EnumText::words},
                     Col{tr("Region"), QStringLiteral("region")},
                     Col{tr("Modified"), QStringLiteral("modified")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.columnsHiddenAtFirst = {QStringLiteral("region"), QStringLiteral("modified"), QStringLiteral("id")};
        a.noun = tr("senders");
        a.emptyText = tr("No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.");
        a.filters = {{QStringLiteral("filterStates"), tr("State"), tr("Any state")},
                     {QStringLiteral("filterStatuses"), tr("Changes"), tr("Any changes")}};
        a.hasFeed = true;
        a.feedKind = FeedRef::Kind::WhatsappSender;
        a.feedIdPaths = {QStringLiteral("id")};
        a.feedTitlePaths = {QStringLiteral("details.displayName"), QStringLiteral("phoneNumber")};
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("whatsapp.templates");
        a.group = whatsapp;
        a.title = tr("Templates");
        a.iconName = QStringLiteral("template");
        a.operationId = QStringLiteral("TemplatesController_listTemplates_v1");
        a.columns = {Col{tr("Name"), QStringLiteral("name")},
                     Col{tr("Language"), QStringLiteral("language")},
                     Col{tr("Category"), QStringLiteral("category"), &EnumText::words},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words},
                     Col{tr("Pending changes"), QStringLiteral("changes.status"), &EnumText::words},
                     Col{tr("Quality"), QStringLiteral("qualityScore"), &EnumText::words}};
        a.keyPaths = {QStringLiteral("name"), QStringLiteral("language")};
        a.noun = tr("templates");
        a.emptyText = tr("No templates yet. Create one (Ctrl+N)");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("whatsapp.flows");
        a.group = whatsapp;
        a.title = tr("Flows");
        a.iconName = QStringLiteral("flow");
        a.operationId = QStringLiteral("FlowsController_listFlows_v1");
        a.columns = {Col{tr("Name"), QStringLiteral("name")},
                     Col{tr("Status"), QStringLiteral("status"), &EnumText::words},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.noun = tr("flows");
        a.emptyText = tr("No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("whatsapp.solutions");
        a.group = whatsapp;
        a.title = tr("Solutions");
        a.iconName = QStringLiteral("solution");
        a.operationId = QStringLiteral("SolutionsController_listSolutions_v1");
        a.columns = {Col{tr("Name"), QStringLiteral("details.name")},
                     Col{tr("Partner app"), QStringLiteral("partnerApp.name")},
                     Col{tr("Owner app"), QStringLiteral("ownerApp.name")},
                     Col{tr("Assigned"), QStringLiteral("assigned")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.noun = tr("solutions");
        a.emptyText = tr("No multi-partner solutions. A solution appears here once a partner shares it with this project.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("kakaotalk.senders");
        a.group = kakao;
        a.title = tr("Senders");
        a.iconName = QStringLiteral("sender");
        a.operationId = QStringLiteral("KakaotalkSendersController_listSenders_v1");
        a.columns = {Col{tr("Plus friend ID"), QStringLiteral("plusFriendId")},
                     Col{tr("Name"), QStringLiteral("details.name")},
                     Col{tr("Admin phone"), QStringLiteral("details.adminPhoneNo")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words, &SenderNextStep::stateText},
                     Col{tr("Pending changes"), QStringLiteral("changes.status"), &EnumText::words},
                     Col{tr("Modified"), QStringLiteral("modified")}};
        a.columnsHiddenAtFirst = {QStringLiteral("modified")};
        a.noun = tr("senders");
        a.emptyText = tr("No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.");
        a.filters = {{QStringLiteral("filterStates"), tr("State"), tr("Any state")},
                     {QStringLiteral("filterStatuses"), tr("Changes"), tr("Any changes")}};
        a.hasFeed = true;
        a.feedKind = FeedRef::Kind::KakaotalkSender;
        a.keyPaths = {QStringLiteral("plusFriendId")}; // the sender's key in every call
        a.feedIdPaths = {QStringLiteral("plusFriendId")};
        a.feedTitlePaths = {QStringLiteral("details.name"), QStringLiteral("plusFriendId")};
        add(a);
    }
    {
        // Per sender: KakaotalkTemplatesPage chooses the sender and asks KakaotalkTemplateService;
        // no operationId here, as the list cannot be read without a sender (quick open skips it).
        Area a;
        a.id = QStringLiteral("kakaotalk.templates");
        a.group = kakao;
        a.title = tr("Templates");
        a.iconName = QStringLiteral("template");
        a.columns = {Col{tr("Name"), QStringLiteral("details.name")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words},
                     Col{tr("Pending changes"), QStringLiteral("changes.status"), &EnumText::words},
                     Col{tr("Message type"), QStringLiteral("details.messageType"), &KakaotalkTemplateView::messageTypeWord},
                     Col{tr("Category"), QStringLiteral("details.categoryCode")},
                     Col{tr("Code"), QStringLiteral("code")}};
        a.keyPaths = {QStringLiteral("code")};
        a.columnsHiddenAtFirst = {QStringLiteral("details.categoryCode"), QStringLiteral("code")};
        a.noun = tr("templates");
        a.emptyText = tr("This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with "
                         "#{variables}, save it as a draft, then submit it for Kakao's review.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("kakaotalk.categories");
        a.group = kakao;
        a.title = tr("Categories");
        a.iconName = QStringLiteral("category");
        a.operationId = QStringLiteral("CategoriesController_listSenderCategories_v1");
        a.columns = {Col{tr("Name"), QStringLiteral("name")},
                     Col{tr("Code"), QStringLiteral("code")},
                     Col{tr("Depth"), QStringLiteral("depth")},
                     Col{tr("Parent"), QStringLiteral("parentCode")}};
        a.keyPaths = {QStringLiteral("code")};
        a.noun = tr("categories");
        a.emptyText = tr("The server listed no sender categories. Refresh (F5) to ask again.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("rcs.activities");
        a.group = rcs;
        a.title = tr("Account activity");
        a.iconName = QStringLiteral("activity");
        a.kind = Area::Kind::Feed;
        a.noun = tr("activities");
        a.emptyText = tr("No RCS account activity yet. Comments and review events appear here.");
        a.hasFeed = true;
        a.feedKind = FeedRef::Kind::RcsAccount;
        a.feedIdPaths = {};
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("rcs.senders");
        a.group = rcs;
        a.title = tr("Senders");
        a.iconName = QStringLiteral("sender");
        a.operationId = QStringLiteral("RcsSendersController_listSenders_v1");
        a.columns = {Col{tr("Brand"), QStringLiteral("details.brand.name")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words},
                     Col{tr("Use case"), QStringLiteral("useCase"), &EnumText::words},
                     Col{tr("Region"), QStringLiteral("region")},
                     Col{tr("Modified"), QStringLiteral("modified")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.columnsHiddenAtFirst = {QStringLiteral("modified"), QStringLiteral("id")};
        a.noun = tr("senders");
        a.emptyText = tr("No RCS senders yet. Create an RCS agent, fill its launch questionnaire and launch it per country.");
        a.filters = {{QStringLiteral("filterStates"), tr("State"), tr("Any state")}};
        a.hasFeed = true;
        a.feedKind = FeedRef::Kind::RcsSender;
        a.feedIdPaths = {QStringLiteral("id")};
        a.feedTitlePaths = {QStringLiteral("details.brand.name"), QStringLiteral("id")};
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("rcs.upscales");
        a.group = rcs;
        a.title = tr("Upscales");
        a.iconName = QStringLiteral("upscale");
        a.operationId = QStringLiteral("UpscalesController_listUpscales_v1");
        a.columns = {Col{tr("Country"), QStringLiteral("countryCode")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words},
                     Col{tr("RCS sender"), QStringLiteral("details.rcs.senderId")},
                     Col{tr("Created"), QStringLiteral("created")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.noun = tr("upscales");
        a.emptyText = tr("No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("rcs.upscaleSenders");
        a.group = rcs;
        a.title = tr("Upscale senders");
        a.iconName = QStringLiteral("sender");
        a.operationId = QStringLiteral("UpscaleSendersController_listUpscaleSenders_v1");
        a.columns = {Col{tr("Brand"), QStringLiteral("details.brand.name")},
                     Col{tr("State"), QStringLiteral("state"), &EnumText::words},
                     Col{tr("Upscaled"), QStringLiteral("isUpscaled")},
                     Col{tr("Region"), QStringLiteral("region")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.noun = tr("senders");
        a.emptyText = tr("No senders can be upscaled yet. Launched RCS senders appear here.");
        add(a);
    }
    {
        Area a;
        a.id = QStringLiteral("webhooks");
        a.title = tr("Webhooks");
        a.iconName = QStringLiteral("webhook");
        a.operationId = QStringLiteral("WebhookController_listWebhooks_v1");
        a.columns = {Col{tr("Target"), QStringLiteral("target")},
                     Col{tr("Triggers"), QStringLiteral("triggers")},
                     Col{tr("ID"), QStringLiteral("id")}};
        a.columnsHiddenAtFirst = {QStringLiteral("id")};
        a.noun = tr("webhooks");
        a.emptyText = tr("No webhooks yet. Add one to get callbacks when templates and senders change state.");
        add(a);
    }
    {
        // A form and a look-up by ID (AreaPages makes its own page): nothing to list.
        Area a;
        a.id = QStringLiteral("bundles");
        a.title = tr("Bundles");
        a.iconName = QStringLiteral("bundle");
        a.kind = Area::Kind::Document;
        a.keyPaths = {};
        add(a);
    }
    {
        // The channels of one Conversation app, by the ID the user enters.
        Area a;
        a.id = QStringLiteral("conversation.channels");
        a.group = tr("Conversation API");
        a.title = tr("Channels");
        a.iconName = QStringLiteral("channel");
        a.kind = Area::Kind::Document;
        a.keyPaths = {};
        add(a);
    }
    return list;
}

QStringList AreaCatalog::filterValues(const Area &area, const QString &parameter)
{
    const Operation *op = Operations::instance().find(area.operationId);
    if (!op)
        return {};
    for (const QJsonValue &v : op->definition().value(QLatin1String("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("name")).toString() != parameter)
            continue;
        const QJsonObject schema = Contract::resolved(p.value(QLatin1String("schema")).toObject());
        const QJsonObject items = Contract::resolved(schema.value(QLatin1String("items")).toObject());
        QStringList out;
        for (const QJsonValue &e : (items.isEmpty() ? schema : items).value(QLatin1String("enum")).toArray())
            out << e.toString();
        return out;
    }
    return {};
}

FeedRef AreaCatalog::feedOf(const Area &area, const QString &projectKey, const QJsonObject &item)
{
    if (!area.hasFeed || projectKey.isEmpty())
        return FeedRef();
    FeedRef ref;
    ref.projectKey = projectKey;
    ref.kind = area.feedKind;
    for (const QString &path : area.feedIdPaths) {
        const QString id = JsonPath::value(item, path).toString();
        if (id.isEmpty())
            return FeedRef();
        ref.ids << id;
    }
    for (const QString &path : area.feedTitlePaths) {
        if (ref.title.isEmpty())
            ref.title = JsonPath::value(item, path).toString();
    }
    if (ref.title.isEmpty() && !ref.ids.isEmpty())
        ref.title = ref.ids.join(QStringLiteral(" · "));
    else if (ref.title.isEmpty())
        // An account's own feed is the account's ("Activity of RCS account"), whatever its
        // area is called (RCS's is "Account activity": "Activity of RCS Account activity").
        ref.title = area.group.isEmpty() ? area.title : tr("%1 account").arg(area.group);
    return ref;
}

Area AreaCatalog::areaOfFeed(FeedRef::Kind kind)
{
    if (kind == FeedRef::Kind::KakaotalkTemplate)
        kind = FeedRef::Kind::KakaotalkSender;
    for (const Area &a : areas()) {
        if (a.hasFeed && a.feedKind == kind)
            return a;
    }
    return Area();
}

Area AreaCatalog::find(const QString &id)
{
    for (const Area &a : areas()) {
        if (a.id == id)
            return a;
    }
    return Area();
}

} // namespace sinch
