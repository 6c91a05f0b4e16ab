#pragma once

#include <QString>

namespace sinch::ui {

// Words WhatsApp writes into a template itself (an authentication template's body and
// footer) in the template's language, not the console's: Meta sends them in the language the
// template is for. Looked up in the console's own catalogue of that language
// (":/i18n/sinch-console_<language>.qm", or the directory set for tests); a template language
// the console has no catalogue for reads English.
class TemplateLanguageTexts
{
public:
    // `templateLanguage`: the contract's code ("DE", "ES_MX", "PT_BR"). `context` and
    // `source` as marked with QT_TRANSLATE_NOOP; `n` for a numerus form (-1: none).
    static QString translate(const QString &templateLanguage, const char *context, const char *source, int n = -1);
    // Where the catalogues are when they are not built into the program (tests).
    static void setCatalogueDirectory(const QString &directory);
    // The catalogue's name for a template language: "de" for DE, "pt_BR" for PT_BR, "es" for
    // ES_MX; empty for English and languages without a catalogue.
    static QString catalogueFor(const QString &templateLanguage);
};

} // namespace sinch::ui
