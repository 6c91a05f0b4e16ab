#include "countrynames.h"

#include "isocountrynames.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace sinch {

QString CountryNames::display(const QString &code)
{
    // In the console's language where the system has the names (iso-codes), else Qt's English.
    if (const QString own = IsoCountryNames::name(code, QLocale().name()); !own.isEmpty())
        return QStringLiteral("%1 (%2)").arg(own, code);
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? code : QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(t), code);
}

QStringList CountryNames::byName(QStringList codes)
{
    QCollator collator;
    std::sort(codes.begin(), codes.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(display(a), display(b)) < 0; });
    return codes;
}

} // namespace sinch
