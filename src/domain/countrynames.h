#pragma once

#include <QString>

namespace sinch {

// A country of the contract (ISO 3166-1 alpha-2) as a person reads it: "United Kingdom
// (GB)"; a code Qt does not know stays as it is.
class CountryNames
{
public:
    static QString display(const QString &code);
};

} // namespace sinch
