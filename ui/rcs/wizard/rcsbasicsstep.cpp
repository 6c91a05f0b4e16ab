#include "rcsbasicsstep.h"

#include "domain/enumtext.h"
#include "editing/fieldbinder.h"
#include "rules/rcssenderrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>

namespace sinch::ui {

RcsBasicsStep::RcsBasicsStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context,
                             const QString &hostingRegion, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Basics"), context, parent)
{
    const rules::RcsSenderRules::Limits &l = rules::RcsSenderRules::limits();
    // In words as everywhere else (EnumText): regions stay codes people know (EU, US, BR).
    const struct { const char *path; QString label; QString name; const QStringList *values; } fields[] = {
        {"region", tr("&Region"), tr("Region"), &l.regions},
        {"billingCategory", tr("B&illing category"), tr("Billing category"), &l.billingCategories},
        {"useCase", tr("&Use case"), tr("Use case"), &l.useCases}};
    for (const auto &f : fields) {
        QList<QPair<QString, QJsonValue>> items{{tr("Choose…"), QString()}};
        for (const QString &v : *f.values)
            items.append({EnumText::words(v), v});
        QComboBox *combo = binder->combo(QLatin1String(f.path), f.name, items);
        lockIfNeeded(combo, QLatin1String(f.path));
        auto *label = new QLabel(f.label);
        label->setBuddy(combo);
        form()->addRow(label, combo);
    }
    if (context.existing) {
        form()->addRow(tr("Hosting region"), fixedValue(QStringLiteral("hostingRegion"),
                                                        hostingRegion.isEmpty() ? tr("(not reported)") : EnumText::words(hostingRegion),
                                                        tr("Hosting region"), tr("Google's hosting region, as the API reports it")));
        form()->addRow(QString(), hint(lockReason(QStringLiteral("region"))));
    } else {
        form()->addRow(QString(), hint(tr("These three cannot be changed once the sender is created.")));
    }
}

} // namespace sinch::ui
