#pragma once

#include <QString>

namespace sinch {

// A contract enum value as words for a person: "PENDING_VERIFICATION" -> "Pending
// verification". Two-letter codes (EU, DE) and values that are not upper-case enum
// spellings stay as they are.
class EnumText
{
public:
    static QString words(const QString &value);
};

} // namespace sinch
