#include "rcscountriesstep.h"

#include "domain/countrynames.h"
#include "editing/fieldbinder.h"
#include "rules/rcssenderrules.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

namespace sinch::ui {

RcsCountriesStep::RcsCountriesStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Countries"), context, parent)
{
    const QString path = QStringLiteral("details.countries");
    QList<QPair<QString, QString>> items;
    for (const QString &code : CountryNames::byName(rules::RcsSenderRules::limits().countries))
        items.append({code, CountryNames::display(code)});
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
