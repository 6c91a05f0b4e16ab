#include "rcsbasicsstep.h"

#include "editing/fieldbinder.h"
#include "rules/rcssenderrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>

namespace sinch::ui {

namespace {

QString words(const QString &value)
{
    // "TRANSACTIONAL" → "Transactional", "BASIC_MESSAGE" → "Basic message"
    QString s = value.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

RcsBasicsStep::RcsBasicsStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context,
                             const QString &hostingRegion, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Basics"), context, parent)
{
    const rules::RcsSenderRules::Limits &l = rules::RcsSenderRules::limits();
    // Regions are codes people know as such (EU, US, BR); the other two read as words.
    const struct { const char *path; QString label; QString name; const QStringList *values; bool codes; } fields[] = {
        {"region", tr("&Region"), tr("Region"), &l.regions, true},
        {"billingCategory", tr("B&illing category"), tr("Billing category"), &l.billingCategories, false},
        {"useCase", tr("&Use case"), tr("Use case"), &l.useCases, false}};
    for (const auto &f : fields) {
        QList<QPair<QString, QJsonValue>> items{{tr("Choose…"), QString()}};
        for (const QString &v : *f.values)
            items.append({f.codes ? v : words(v), v});
        QComboBox *combo = binder->combo(QLatin1String(f.path), f.name, items);
        lockIfNeeded(combo, QLatin1String(f.path));
        auto *label = new QLabel(f.label);
        label->setBuddy(combo);
        form()->addRow(label, combo);
    }
    if (context.existing) {
        form()->addRow(tr("Hosting region"), fixedValue(QStringLiteral("hostingRegion"),
                                                        hostingRegion.isEmpty() ? tr("(not reported)") : hostingRegion,
                                                        tr("Hosting region"), tr("Google's hosting region, as the API reports it")));
        form()->addRow(QString(), hint(lockReason(QStringLiteral("region"))));
    } else {
        form()->addRow(QString(), hint(tr("These three cannot be changed once the sender is created.")));
    }
}

} // namespace sinch::ui
