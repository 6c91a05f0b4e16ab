#include "settingspart.h"

#include "api/contract.h"
#include "domain/enumtext.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "domain/whatsapptemplateview.h"
#include "rules/whatsapptemplaterules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QJsonArray>
#include <QLabel>
#include <QSpinBox>

namespace sinch::ui {

namespace {

QStringList languages()
{
    QStringList out;
    for (const QJsonValue &v : Contract::schema(QStringLiteral("WhatsappInputTemplateLanguages")).value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

} // namespace

SettingsPart::SettingsPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Settings"))
    , m_ctx(ctx)
{
    const QJsonObject server = ctx.server ? ctx.server() : QJsonObject();
    const bool existing = !server.isEmpty();
    if (existing) {
        // A template on the server is named by its name and language: shown, not editable.
        const QString tip = tr("A template on the server keeps its name and language. To use another, export it "
                               "and import it into a new template.");
        QLabel *name = fixedValue(QStringLiteral("templateName"), ctx.name, tr("Template name"), tip);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        form()->addRow(tr("Name:"), name);
        form()->addRow(tr("Language:"), fixedValue(QStringLiteral("templateLanguage"), ctx.language, tr("Language"), tip));
        const QString state = WhatsappTemplateView::stateText(server);
        if (!state.isEmpty())
            form()->addRow(tr("On the server:"), fixedValue(QStringLiteral("serverState"), state, tr("State on the server"),
                                                            tr("The template's state and its changes' status as last read.")));
    } else {
        form()->addRow(tr("&Name:"), binder()->lineEdit(QStringLiteral("name"), tr("Template name"), tr("order_update")));
        QList<QPair<QString, QJsonValue>> langs;
        for (const QString &l : languages())
            langs.append({l, l});
        form()->addRow(tr("&Language:"), binder()->combo(QStringLiteral("language"), tr("Language"), langs));
    }
    QList<QPair<QString, QJsonValue>> categories;
    for (const char *category : {"MARKETING", "UTILITY", "AUTHENTICATION"})
        categories.append({EnumText::words(QLatin1String(category)), QLatin1String(category)});
    form()->addRow(tr("&Category:"), binder()->combo(QStringLiteral("category"), tr("Category"), categories));
    if (existing && !rules::WhatsappTemplateRules::categoryMayChange(server))
        form()->addRow(QString(), hint(tr("Reviewed templates keep their category (%1); it can change only after a "
                                          "rejection for the wrong category.")
                                           .arg(EnumText::words(server.value(QLatin1String("category")).toString()))));
    form()->addRow(QString(), binder()->check(QStringLiteral("allowCategoryChange"), tr("Allow Meta to change the category")));
    const QString category = session()->value(QStringLiteral("category")).toString();
    auto range = rules::WhatsappTemplateRules::ttlRange(category);
    if (range.second == 0) // no category yet: the widest everyday range until one is chosen
        range = rules::WhatsappTemplateRules::ttlRange(QStringLiteral("UTILITY"));
    auto *ttl = binder()->spin(QStringLiteral("details.messageSendTtlSeconds"), tr("Message time to live in seconds"),
                               range.first - 1, range.second, tr("Default"));
    ttl->setSuffix(tr(" s"));
    ttl->setToolTip(tr("How long WhatsApp retries delivery: %1 to %2 seconds for this category.").arg(range.first).arg(range.second));
    form()->addRow(tr("Time t&o live:"), ttl);
}

QString SettingsPart::structure() const
{
    // The time to live's range follows the category; what the server says comes as data.
    const QJsonObject server = m_ctx.server ? m_ctx.server() : QJsonObject();
    return QStringList{session()->value(QStringLiteral("category")).toString(), server.value(QLatin1String("state")).toString(),
                       server.value(QLatin1String("category")).toString(),
                       server.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString(),
                       server.value(QLatin1String("rejectionCode")).toString()}
        .join(QLatin1Char('|'));
}

} // namespace sinch::ui
