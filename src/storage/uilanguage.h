#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace sinch {

// The language the console speaks: the system's by default, or one the user chose
// (View › Language), applied at the next start (a running window keeps its texts: Qt has
// no way to re-translate widgets that were built with translated strings). Dates, times and
// numbers follow the same choice through QLocale::setDefault.
class UiLanguage
{
public:
    // "de", "pt_BR"...; empty: follow the system.
    static QString chosen(const QSettings &settings);
    static void choose(QSettings &settings, const QString &code);
    // The languages shipped: the codes of the catalogues "sinch-console_<code>.qm" in `dir`
    // (the executable embeds them under ":/i18n"), English first (the source language).
    static QStringList available(const QString &dir = QStringLiteral(":/i18n"));
    // The locale to translate and format with for `code` (empty: the system's).
    static QLocale localeFor(const QString &code);
    // The language's own name, as its speakers write it ("Deutsch", "한국어", "português (Brasil)").
    static QString nativeName(const QString &code);
};

} // namespace sinch
