#include "rcsupdatelocktext.h"

#include "domain/enumtext.h"
#include "rules/rcssenderrules.h"

#include <QLocale>
#include <QStringList>

namespace sinch::ui {

QString RcsUpdateLockText::updatable()
{
    QStringList words;
    for (const QString &path : rules::RcsSenderRules::updateLock().updatable) {
        if (path == QLatin1String("details.countries"))
            words << tr("its countries");
        else if (path == QLatin1String("details.launch"))
            words << tr("its launch");
        else
            words << path; // a field a later contract adds, named as the contract does
    }
    return QLocale().createSeparatedList(words);
}

QString RcsUpdateLockText::reason(const QString &state)
{
    return tr("While the sender is “%1”, only %2 can change.").arg(EnumText::words(state), updatable());
}

} // namespace sinch::ui
