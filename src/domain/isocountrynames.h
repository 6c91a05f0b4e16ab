#pragma once

#include <QHash>
#include <QString>

namespace sinch {

// Country names in a language from the system's iso-codes data, which Qt does not carry (its
// territory names are English only): iso_3166-1.json for each code's English name, and
// the gettext catalogue locale/<language>/LC_MESSAGES/iso_3166-1.mo that translates it
// ("Germany" -> "Deutschland"). Read once a language, when first asked. Empty where the
// data or the name is missing: the caller keeps its English name then.
class IsoCountryNames
{
public:
    // `language`: a locale name ("de_DE", "pt_BR", "ko_KR"); its language alone ("de") is
    // tried after it.
    static QString name(const QString &code, const QString &language);

    // A gettext .mo catalogue's messages, msgid -> msgstr (exposed for its test).
    static QHash<QByteArray, QByteArray> readMo(const QByteArray &mo);

private:
    static const QHash<QString, QString> &namesIn(const QString &language);
};

} // namespace sinch
