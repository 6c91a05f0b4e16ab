#pragma once

#include <QString>
#include <QStringList>

namespace sinch {

// A country of the contract (ISO 3166-1 alpha-2) as a person reads it, in the console's
// language: "United Kingdom (GB)", "Vereinigtes Königreich (GB)" (IsoCountryNames); a code
// nobody knows stays as it is.
class CountryNames
{
public:
    static QString display(const QString &code);
    // `codes` in the order of their display names, as a person looks for a country in a
    // list (the contract lists them in its own order).
    static QStringList byName(QStringList codes);
};

} // namespace sinch
