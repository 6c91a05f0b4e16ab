#include "whatsapptemplaterules.h"

#include "contractlimits.h"
#include "domain/enumtext.h"
#include "findingcollector.h"
#include "firstseen.h"
#include "mediatype.h"
#include "variableplacement.h"
#include "whatsappbuttonrules.h"

#include "domain/templatedocument.h"
#include "domain/templatevariables.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sinch::rules {

namespace {


const QLatin1String kAuth("AUTHENTICATION");
const QLatin1String kMarketing("MARKETING");

using Collector = FindingCollector;
constexpr auto at = [](const QString &base, const auto &key) { return FindingCollector::at(base, key); };

QString supportedMedia(const QString &format)
{
    if (format == QLatin1String("IMAGE"))
        return WhatsappTemplateRules::tr("a JPEG or PNG image up to 5 MB");
    if (format == QLatin1String("VIDEO"))
        return WhatsappTemplateRules::tr("an MP4 or 3GP video (H.264 and AAC) up to 16 MB");
    return WhatsappTemplateRules::tr("a PDF document up to 100 MB");
}

void checkMediaExample(Collector &c, const QString &path, const QString &format, const QJsonObject &component)
{
    const QJsonObject example = component.value(QLatin1String("example")).toObject();
    const QString url = example.value(QLatin1String("url")).toString();
    if (url.isEmpty()) {
        if (c.submit())
            c.error(at(path, QStringLiteral("example.url")), "wa.media.example",
                    WhatsappTemplateRules::tr("Add a sample URL for the header (%1): reviewers need to see the media.").arg(EnumText::words(format)));
        return;
    }
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty()) {
        c.error(at(path, QStringLiteral("example.url")), "wa.media.url", WhatsappTemplateRules::tr("The sample media must be a full http(s) URL."));
        return;
    }
    switch (MediaType::fits(format, example.value(QLatin1String("url")).toString(), example.value(QLatin1String("mimeType")).toString())) {
    case -1:
        c.error(at(path, QStringLiteral("example.url")), "wa.media.type",
                WhatsappTemplateRules::tr("This file type does not fit a %1 header: use %2.").arg(format, supportedMedia(format)));
        break;
    case 0:
        c.warning(at(path, QStringLiteral("example.url")), "wa.media.unknown",
                  WhatsappTemplateRules::tr("The file type cannot be told from the URL: make sure it is %1, or set mimeType.").arg(supportedMedia(format)));
        break;
    default:
        break;
    }
}

// Variables {{n}}: numbered from 1 without gaps, one non-empty example each; warnings for
// the rejection risks of body texts. `examplesKey` is "examples".
void checkVariables(Collector &c, const QString &path, const QString &text, const QJsonArray &examples, bool isBody)
{
    // Its length is reported; scanning megabytes for variables would only freeze the editor.
    if (text.size() > ContractLimits::kLongestWorkedText)
        return;
    const QList<int> vars = WhatsappTemplateRules::variables(text);
    QList<int> sorted = vars;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i) != i + 1) {
            c.error(at(path, QStringLiteral("text")), "wa.variables.sequence",
                    WhatsappTemplateRules::tr("Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.").arg(i + 1));
            break;
        }
    }
    if (c.submit() || !examples.isEmpty()) {
        if (examples.size() != sorted.size()) {
            c.error(at(path, QStringLiteral("examples")), "wa.variables.examples",
                    WhatsappTemplateRules::tr("Give one example for each variable: the text has %1, the examples list %2.").arg(sorted.size()).arg(examples.size()));
        }
        for (int i = 0; i < examples.size(); ++i) {
            if (examples.at(i).toString().trimmed().isEmpty())
                c.error(at(at(path, QStringLiteral("examples")), i), "wa.variables.example.empty",
                        WhatsappTemplateRules::tr("Example %1 is empty: write a realistic value.").arg(i + 1));
        }
    }
    if (!isBody || vars.isEmpty())
        return;
    if (VariablePlacement::startsWithVariable(text))
        c.warning(at(path, QStringLiteral("text")), "wa.body.variable.start",
                  WhatsappTemplateRules::tr("The text starts with a variable; Meta often rejects that. Start with words."), QStringLiteral("INVALID_FORMAT"));
    if (VariablePlacement::endsWithVariable(text))
        c.warning(at(path, QStringLiteral("text")), "wa.body.variable.end",
                  WhatsappTemplateRules::tr("The text ends with a variable; Meta often rejects that. Add text after {{%1}}.").arg(vars.last()),
                  QStringLiteral("INVALID_FORMAT"));
    if (VariablePlacement::hasAdjacentVariables(text))
        c.warning(at(path, QStringLiteral("text")), "wa.body.variable.adjacent",
                  WhatsappTemplateRules::tr("Two variables stand side by side; put words between them."), QStringLiteral("INVALID_FORMAT"));
    if (VariablePlacement::tooDense(text, vars.size()))
        c.warning(at(path, QStringLiteral("text")), "wa.body.variable.density",
                  WhatsappTemplateRules::tr("Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.")
                      .arg(vars.size()).arg(VariablePlacement::words(text)),
                  QStringLiteral("INVALID_FORMAT"));
}

void checkCarousel(Collector &c, const QString &path, const QJsonObject &carousel, const QString &category)
{
    const QJsonArray cards = carousel.value(QLatin1String("cards")).toArray();
    const QString cardsPath = at(path, QStringLiteral("cards"));
    if (cards.isEmpty() && c.submit())
        c.error(cardsPath, "wa.carousel.count", WhatsappTemplateRules::tr("A carousel needs at least one card."));
    else if (cards.size() == 1 && c.submit())
        c.warning(cardsPath, "wa.carousel.few", WhatsappTemplateRules::tr("A carousel with one card shows no carousel; add a second card."));
    if (cards.size() > 10)
        c.error(cardsPath, "wa.carousel.count", WhatsappTemplateRules::tr("At most 10 cards are allowed; remove %1.").arg(cards.size() - 10));
    if (category != kMarketing)
        c.warning(at(QString(), QStringLiteral("category")), "wa.carousel.category",
                  WhatsappTemplateRules::tr("Carousels are meant for MARKETING templates; Meta may change or reject the category."),
                  QStringLiteral("INCORRECT_CATEGORY"));
    QString firstShape;
    for (int i = 0; i < cards.size(); ++i) {
        const QString cp = at(cardsPath, i);
        const QJsonArray comps = cards.at(i).toObject().value(QLatin1String("components")).toArray();
        bool header = false, body = false, buttons = false;
        FirstSeen types;
        for (int k = 0; k < comps.size(); ++k) {
            const QJsonObject comp = comps.at(k).toObject();
            const QString kp = at(at(cp, QStringLiteral("components")), k);
            const QString type = comp.value(QLatin1String("type")).toString();
            if (types.contains(type))
                c.error(at(kp, QStringLiteral("type")), "wa.card.components.unique", WhatsappTemplateRules::tr("A card has one %1; remove this one.").arg(type));
            types.insert(type, k);
            if (type == QLatin1String("HEADER")) {
                header = true;
                const QString format = comp.value(QLatin1String("format")).toString();
                if (format != QLatin1String("IMAGE") && format != QLatin1String("VIDEO"))
                    c.error(at(kp, QStringLiteral("format")), "wa.card.header.format", WhatsappTemplateRules::tr("Card headers are an image or a video."));
                else
                    checkMediaExample(c, kp, format, comp);
            } else if (type == QLatin1String("BODY")) {
                body = true;
                const QString text = comp.value(QLatin1String("text")).toString();
                if (text.size() > 160)
                    c.error(at(kp, QStringLiteral("text")), "wa.card.body.length",
                            WhatsappTemplateRules::tr("Card texts are at most 160 characters; this one has %1.").arg(text.size()));
                if (text.isEmpty() && c.submit())
                    c.error(at(kp, QStringLiteral("text")), "wa.card.body.required", WhatsappTemplateRules::tr("Write the card's text."));
                checkVariables(c, kp, text, comp.value(QLatin1String("examples")).toArray(), false);
            } else if (type == QLatin1String("BUTTONS")) {
                buttons = true;
                WhatsappButtonRules::check(c, kp, comp.value(QLatin1String("buttons")).toArray(), category, true);
            } else {
                c.error(at(kp, QStringLiteral("type")), "wa.card.components.kind", WhatsappTemplateRules::tr("Cards hold a media header, a text and buttons only."));
            }
        }
        if (c.submit()) {
            if (!header)
                c.error(at(cp, QStringLiteral("components")), "wa.card.header.required", WhatsappTemplateRules::tr("Card %1 needs an image or video header.").arg(i + 1));
            if (!body)
                c.error(at(cp, QStringLiteral("components")), "wa.card.body.required", WhatsappTemplateRules::tr("Card %1 needs a text.").arg(i + 1));
            if (!buttons)
                c.error(at(cp, QStringLiteral("components")), "wa.card.buttons.required", WhatsappTemplateRules::tr("Card %1 needs one or two buttons.").arg(i + 1));
        }
        const QString shape = TemplateDocument::cardStructure(cards.at(i).toObject());
        if (i == 0)
            firstShape = shape;
        else if (shape != firstShape && !comps.isEmpty())
            c.error(cp, "wa.card.structure",
                    WhatsappTemplateRules::tr("Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.").arg(i + 1));
    }
}

} // namespace

QList<int> WhatsappTemplateRules::variables(const QString &text)
{
    return TemplateVariables::numbers(text);
}

QPair<int, int> WhatsappTemplateRules::ttlRange(const QString &category)
{
    if (category == kAuth)
        return {10, 900};
    if (category == kMarketing)
        return {43200, 2592000};
    if (category == QLatin1String("UTILITY"))
        return {30, 43200};
    return {0, 0};
}

QPair<int, int> WhatsappTemplateRules::codeExpiryRange()
{
    return {1, 90};
}

int WhatsappTemplateRules::defaultTtl(const QString &category)
{
    return category == kAuth ? 600 : 2592000;
}

bool WhatsappTemplateRules::isRestrictedDomain(const QUrl &url)
{
    const QString host = url.host().toLower();
    for (const char *d : {"facebook.com", "fbcdn.net", "instagram.com", "tfbnw.net", "wa.me", "whatsapp.com"}) {
        // The domain itself or one below it ("cdn.fbcdn.net", not "notfbcdn.net"), told
        // without making ".fbcdn.net" for each domain of each button.
        const QLatin1String domain(d);
        const qsizetype before = host.size() - domain.size() - 1;
        if (host.endsWith(domain) && (before < 0 || host.at(before) == QLatin1Char('.')))
            return true;
    }
    return false;
}

QList<Finding> WhatsappTemplateRules::check(const QJsonObject &input, Mode mode)
{
    Collector c(mode);
    const QString name = input.value(QLatin1String("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9_]*[a-z0-9]$"));
    if (name.isEmpty())
        c.error(QStringLiteral("name"), "wa.name.required", tr("Give the template a name, e.g. order_update."));
    else if (!namePattern.match(name).hasMatch())
        c.error(QStringLiteral("name"), "wa.name.pattern",
                tr("Use lower-case letters, digits and underscores, starting and ending with a letter or digit."));
    else if (name.size() > 512)
        c.error(QStringLiteral("name"), "wa.name.length", tr("Names are at most 512 characters."));
    if (input.value(QLatin1String("language")).toString().isEmpty())
        c.error(QStringLiteral("language"), "wa.language.required", tr("Choose the template's language."));
    const QString category = input.value(QLatin1String("category")).toString();
    if (category.isEmpty())
        c.error(QStringLiteral("category"), "wa.category.required", tr("Choose a category: marketing, utility or authentication."));

    if (!input.value(QLatin1String("details")).isObject()) {
        c.error(QStringLiteral("details"), "wa.details.required", tr("The template has no details; add at least a body."));
        return c.out;
    }
    const QJsonObject details = input.value(QLatin1String("details")).toObject();
    const QJsonValue ttl = details.value(QLatin1String("messageSendTtlSeconds"));
    if (!ttl.isUndefined() && !ttl.isNull()) {
        const auto range = ttlRange(category);
        const double v = ttl.toDouble();
        if (range.second > 0 && (v < range.first || v > range.second))
            c.error(QStringLiteral("details.messageSendTtlSeconds"), "wa.ttl.range",
                    tr("For %1 templates the time to live is %2 to %3 seconds.").arg(category).arg(range.first).arg(range.second));
        else if (category == kAuth && v < 30)
            c.warning(QStringLiteral("details.messageSendTtlSeconds"), "wa.ttl.short",
                      tr("Meta's own minimum is 30 seconds; shorter codes may expire before they arrive."));
    }

    const QJsonArray components = details.value(QLatin1String("components")).toArray();
    FirstSeen indexOf;
    for (int i = 0; i < components.size(); ++i) {
        const QString type = components.at(i).toObject().value(QLatin1String("type")).toString();
        if (indexOf.contains(type))
            c.error(QStringLiteral("details.components.%1.type").arg(i), "wa.components.unique",
                    tr("A template has one %1 part; merge or remove this one.").arg(type));
        else
            indexOf.insert(type, i);
    }
    const bool carousel = indexOf.contains(u"CAROUSEL");
    if (c.submit() && !indexOf.contains(u"BODY"))
        c.error(QStringLiteral("details.components"), "wa.body.required", tr("Add a body: every template has one."));

    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject comp = components.at(i).toObject();
        const QString path = QStringLiteral("details.components.%1").arg(i);
        const QString type = comp.value(QLatin1String("type")).toString();
        if (indexOf.indexOf(type) != i)
            continue; // a duplicate, reported above
        if (type == QLatin1String("HEADER")) {
            if (carousel)
                c.error(path, "wa.carousel.toplevel", tr("A carousel template has no header of its own: the cards carry the media."));
            const QString format = comp.value(QLatin1String("format")).toString();
            if (format == QLatin1String("TEXT")) {
                const QString text = comp.value(QLatin1String("text")).toString();
                if (text.isEmpty() && c.submit())
                    c.error(at(path, QStringLiteral("text")), "wa.header.text.required", tr("Write the header text, or choose no header."));
                if (text.size() > 60)
                    c.error(at(path, QStringLiteral("text")), "wa.header.text.length",
                            tr("Header texts are at most 60 characters; this one has %1.").arg(text.size()));
                const QList<int> vars = text.size() > ContractLimits::kLongestWorkedText ? QList<int>() : variables(text);
                if (vars.size() > 1 || (vars.size() == 1 && vars.first() != 1))
                    c.error(at(path, QStringLiteral("text")), "wa.header.variables", tr("A text header can have one variable, {{1}}."));
                if (!vars.isEmpty() && comp.value(QLatin1String("example")).toString().trimmed().isEmpty() && c.submit())
                    c.error(at(path, QStringLiteral("example")), "wa.header.example", tr("Give an example for the header's {{1}}."));
            } else if (format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") || format == QLatin1String("DOCUMENT")) {
                checkMediaExample(c, path, format, comp);
            } else if (format == QLatin1String("LOCATION")) {
                if (comp.contains(QLatin1String("example")))
                    c.warning(at(path, QStringLiteral("example")), "wa.header.location.example",
                              tr("A location header takes no example; the location is sent with each message."));
            } else {
                c.error(at(path, QStringLiteral("format")), "wa.header.format", tr("Choose the header's kind: text, image, video, document or location."));
            }
        } else if (type == QLatin1String("BODY")) {
            const QString text = comp.value(QLatin1String("text")).toString();
            if (category == kAuth) {
                if (!text.isEmpty())
                    c.warning(at(path, QStringLiteral("text")), "wa.auth.body.text",
                              tr("Authentication bodies have preset wording; this text will not be used."));
            } else {
                if (text.isEmpty() && c.submit())
                    c.error(at(path, QStringLiteral("text")), "wa.body.text.required", tr("Write the message text."));
                if (text.size() > 1024)
                    c.error(at(path, QStringLiteral("text")), "wa.body.text.length",
                            tr("Bodies are at most 1024 characters; this one has %1.").arg(text.size()));
                checkVariables(c, path, text, comp.value(QLatin1String("examples")).toArray(), true);
            }
            if (comp.contains(QLatin1String("addSecurityRecommendation")) && category != kAuth)
                c.error(at(path, QStringLiteral("addSecurityRecommendation")), "wa.auth.option",
                        tr("The security recommendation is only for AUTHENTICATION templates."));
        } else if (type == QLatin1String("FOOTER")) {
            if (carousel)
                c.error(path, "wa.carousel.toplevel", tr("A carousel template has no footer."));
            const QString text = comp.value(QLatin1String("text")).toString();
            if (text.size() > 60)
                c.error(at(path, QStringLiteral("text")), "wa.footer.length",
                        tr("Footers are at most 60 characters; this one has %1.").arg(text.size()));
            if (!variables(text).isEmpty())
                c.error(at(path, QStringLiteral("text")), "wa.footer.variables", tr("Footers cannot have variables."));
            if (comp.contains(QLatin1String("codeExpirationMinutes"))) {
                const double m = comp.value(QLatin1String("codeExpirationMinutes")).toDouble();
                if (category != kAuth)
                    c.error(at(path, QStringLiteral("codeExpirationMinutes")), "wa.auth.option",
                            tr("The code expiry note is only for AUTHENTICATION templates."));
                else if (const auto range = codeExpiryRange(); m < range.first || m > range.second)
                    c.error(at(path, QStringLiteral("codeExpirationMinutes")), "wa.auth.expiry",
                            tr("Codes expire after %1 to %2 minutes.").arg(range.first).arg(range.second));
            }
        } else if (type == QLatin1String("BUTTONS")) {
            if (carousel)
                c.error(path, "wa.carousel.toplevel", tr("A carousel template has no buttons of its own: each card has its buttons."));
            WhatsappButtonRules::check(c, path, comp.value(QLatin1String("buttons")).toArray(), category, false);
        } else if (type == QLatin1String("CAROUSEL")) {
            checkCarousel(c, path, comp, category);
        } else {
            c.error(at(path, QStringLiteral("type")), "wa.components.kind",
                    tr("Unknown part \"%1\": use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.").arg(type));
        }
    }
    if (category == kAuth && c.submit() && !indexOf.contains(u"BUTTONS"))
        c.error(QStringLiteral("details.components"), "wa.auth.otp", tr("Authentication templates need a one-time-password button."));
    return c.out;
}

bool WhatsappTemplateRules::categoryMayChange(const QJsonObject &serverTemplate)
{
    // Never approved: no state. The rejection code stays until the next submission, also
    // while the fix is saved as a draft (as the sandbox and the API keep it).
    return !serverTemplate.contains(QLatin1String("state"))
        || serverTemplate.value(QLatin1String("rejectionCode")).toString() == QLatin1String("INCORRECT_CATEGORY");
}

QList<Finding> WhatsappTemplateRules::checkEdit(const QJsonObject &input, const QJsonObject &serverTemplate)
{
    Collector c(Mode::Submit);
    if (serverTemplate.isEmpty())
        return c.out;
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("language")}) {
        const QString was = serverTemplate.value(key).toString();
        const QJsonValue now = input.value(key);
        if (was.isEmpty() || now.isUndefined() || now.toString() == was)
            continue;
        if (key == QLatin1String("name"))
            c.error(key, "wa.edit.name",
                    tr("A template on the server keeps its name: set it back to \"%1\", or export the template and "
                       "import it into a new one to use the name \"%2\".").arg(was, now.toString()));
        else
            c.error(key, "wa.edit.language",
                    tr("A template on the server keeps its language: set it back to %1, or add %2 as a new "
                       "language of the template.").arg(was, now.toString()));
    }
    const QString was = serverTemplate.value(QLatin1String("category")).toString();
    const QString now = input.value(QLatin1String("category")).toString();
    if (!was.isEmpty() && !now.isEmpty() && now != was && !categoryMayChange(serverTemplate)) {
        const QString code = serverTemplate.value(QLatin1String("rejectionCode")).toString();
        const QString status = serverTemplate.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        const QString why = status == QLatin1String("REJECTED") && !code.isEmpty() && code != QLatin1String("NONE")
            ? tr("its changes were rejected for %1, not for the category").arg(code)
            : tr("it has been reviewed (%1)").arg(serverTemplate.value(QLatin1String("state")).toString());
        c.error(QStringLiteral("category"), "wa.edit.category",
                tr("The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template "
                   "with the category %2. It can change only in a draft or after a rejection for the wrong category "
                   "(INCORRECT_CATEGORY).").arg(was, now, why));
    }
    return c.out;
}

QList<Finding> WhatsappTemplateRules::checkInProject(const QJsonObject &input, const ProjectTemplates &project)
{
    Collector c(Mode::Submit);
    const QString name = input.value(QLatin1String("name")).toString();
    const QString language = input.value(QLatin1String("language")).toString();
    if (name.isEmpty())
        return c.out;
    if (!language.isEmpty() && project.existing.contains(ProjectTemplates::key(name, language)))
        c.error(QStringLiteral("name"), "wa.name.unique",
                tr("The project already has a template \"%1\" in %2: choose another name, or open that template "
                   "to edit it.").arg(name, language));
    const QDate deleted = project.deletedOn.value(name);
    const QDate today = project.today.isValid() ? project.today : QDate::currentDate();
    if (deleted.isValid() && deleted.daysTo(today) < kDeletedNameDays) {
        const QDate reusable = deleted.addDays(kDeletedNameDays);
        c.warning(QStringLiteral("name"), "wa.name.deleted",
                  tr("The name \"%1\" was deleted on %2 and cannot be reused before %3: choose another name, or wait "
                     "until then.").arg(name, deleted.toString(Qt::ISODate), reusable.toString(Qt::ISODate)));
    }
    return c.out;
}

} // namespace sinch::rules
