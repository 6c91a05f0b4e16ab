#include "countrynames.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace sinch {

QString CountryNames::display(const QString &code)
{
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
