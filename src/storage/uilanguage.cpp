#include "uilanguage.h"

#include <QDir>
#include <QSettings>

namespace sinch {

namespace {
const QString kKey = QStringLiteral("ui/language");
const QString kPrefix = QStringLiteral("sinch-console_");
} // namespace

QString UiLanguage::chosen(const QSettings &settings)
{
    return settings.value(kKey).toString();
}

void UiLanguage::choose(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QStringList UiLanguage::available(const QString &dir)
{
    // English is the source's: its catalogue holds only its plural forms, and it is listed once.
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(dir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QLocale UiLanguage::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    if (code.contains(QLatin1Char('_'))) // a regional variant says its region: "Português (Brasil)"
        return QStringLiteral("%1 (%2)").arg(nativeName(code.section(QLatin1Char('_'), 0, 0)), locale.nativeTerritoryName());
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::English) // CLDR names "en" after its territory: "American English"
        name = QStringLiteral("English");
    else if (name.endsWith(locale.nativeTerritoryName())) // and Spanish "español de España"
        name = name.section(QLatin1Char(' '), 0, 0);
    if (name.isEmpty())
        return code;
    // As a menu lists languages: capitalised in the scripts that have capitals.
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace sinch
