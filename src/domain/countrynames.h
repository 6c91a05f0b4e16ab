#pragma once

#include <QString>
#include <QStringList>

namespace sinch {

// A country of the contract (ISO 3166-1 alpha-2) as a person reads it: "United Kingdom
// (GB)"; a code Qt does not know stays as it is.
class CountryNames
{
public:
    static QString display(const QString &code);
    // `codes` in the order of their display names, as a person looks for a country in a
    // list (the contract lists them in its own order).
    static QStringList byName(QStringList codes);
};

} // namespace sinch
