#include "enumtext.h"

#include <QCoreApplication>

namespace sinch {

QString EnumText::words(const QString &value)
{
    const QString english = generatedWords(value);
    if (english == value && !isInitialism(value))
        return value; // a code or a name: nothing to translate
    return QCoreApplication::translate("EnumText", english.toUtf8().constData());
}

QString EnumText::yesNo(bool value)
{
    return value ? QCoreApplication::translate("EnumText", "Yes") : QCoreApplication::translate("EnumText", "No");
}

QString EnumText::generatedWords(const QString &value)
{
    if (value.size() <= 2 || value != value.toUpper() || value.contains(QLatin1Char(' ')) || isInitialism(value))
        return value;
    if (const QString name = nameOf(value); !name.isEmpty())
        return name;
    QString out = withoutPrefix(value).toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    out[0] = out.at(0).toUpper();
    return out;
}

} // namespace sinch
