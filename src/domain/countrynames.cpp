#include "countrynames.h"

#include <QLocale>

namespace sinch {

QString CountryNames::display(const QString &code)
{
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? code : QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(t), code);
}

} // namespace sinch
