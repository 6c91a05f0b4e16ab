#pragma once

#include <QString>
#include <QStringList>

namespace sinch {

// A contract enum value as words for a person: "PENDING_VERIFICATION" -> "Pending
// verification", in the UI's language when the catalogue translates it (context "EnumText";
// the table of values offered to translators is generated from the contract by
// scripts/enum-words.py into enumtextwords.cpp). Two-letter codes (EU, DE), initialisms
// (OTP; other languages may spell them out) and values that are not upper-case enum
// spellings stay as they are in English.
class EnumText
{
public:
    static QString words(const QString &value);
    // A contract boolean as words: Yes or No, in the UI's language.
    static QString yesNo(bool value);
    // The English words, untranslated: the source text the catalogues translate.
    static QString generatedWords(const QString &value);
    // An enum value that English writes as it is (OTP), translated all the same (generated
    // from scripts/enum-words.py's list).
    static bool isInitialism(const QString &value);
    // `value` without the enum's name its values repeat ("FLOW_STATUS_DRAFT" -> "DRAFT";
    // generated from scripts/enum-words.py's list).
    static QString withoutPrefix(const QString &value);
    // The English words of a value that names something ("NORTH_AMERICA" -> "North America"),
    // empty for the others (generated from scripts/enum-words.py's list).
    static QString nameOf(const QString &value);

    // The contract's enum schemas whose values the console shows as words, and their values
    // (generated; tst_enumtext checks they still match the contract).
    static QStringList shownEnums();
    static QStringList translatedValues();
};

} // namespace sinch
