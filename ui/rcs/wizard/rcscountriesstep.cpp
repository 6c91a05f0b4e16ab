#include "rcscountriesstep.h"

#include "domain/countrynames.h"
#include "editing/fieldbinder.h"
#include "rules/rcssenderrules.h"

#include <QCollator>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>

namespace sinch::ui {

RcsCountriesStep::RcsCountriesStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Countries"), context, parent)
{
    const QString path = QStringLiteral("details.countries");
    // By name, as a person looks for a country (the contract lists them in its own order).
    QList<QPair<QString, QString>> items;
    for (const QString &code : rules::RcsSenderRules::limits().countries)
        items.append({code, CountryNames::display(code)});
    QCollator byName;
    std::sort(items.begin(), items.end(), [&byName](const auto &a, const auto &b) { return byName.compare(a.second, b.second) < 0; });
    QListWidget *list = binder->checkList(path, tr("Countries"), items);
    list->setMinimumHeight(list->fontMetrics().height() * 16);
    lockIfNeeded(list, path);
    auto *label = new QLabel(tr("&Countries"));
    label->setBuddy(list);
    form()->addRow(label, list);
    form()->addRow(QString(), hint(tr("Check at least one country (Space toggles the selected one). Each of GB, FR, ES "
                                      "and US adds its own questions to the launch questionnaire.")));
}

} // namespace sinch::ui
