#include "templatelanguagetexts.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace sinch::ui {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString &catalogueDirectory()
{
    static QString dir = QStringLiteral(":/i18n");
    return dir;
}

// Loaded once a language (null: none to load); previews are drawn on worker threads too.
QTranslator *translatorFor(const QString &catalogue)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex());
    auto it = loaded.constFind(catalogue);
    if (it == loaded.constEnd()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral("sinch-console_%1").arg(catalogue), catalogueDirectory()))
            translator.reset();
        it = loaded.insert(catalogue, translator);
    }
    return it->get();
}

} // namespace

QString TemplateLanguageTexts::catalogueFor(const QString &templateLanguage)
{
    const QString code = templateLanguage.toUpper();
    if (code == QLatin1String("PT_BR"))
        return QStringLiteral("pt_BR");
    for (const char *language : {"DE", "ES", "FR", "KO"})
        if (code == QLatin1String(language) || code.startsWith(QLatin1String(language) + QLatin1Char('_')))
            return code.left(2).toLower();
    return QString();
}

QString TemplateLanguageTexts::translate(const QString &templateLanguage, const char *context, const char *source, int n)
{
    QString out;
    const QString catalogue = catalogueFor(templateLanguage);
    if (const QTranslator *t = catalogue.isEmpty() ? nullptr : translatorFor(catalogue))
        out = t->translate(context, source, nullptr, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace(QLatin1String("%n"), QString::number(n));
    return out;
}

void TemplateLanguageTexts::setCatalogueDirectory(const QString &directory)
{
    const QMutexLocker lock(&mutex());
    catalogueDirectory() = directory;
}

} // namespace sinch::ui
