#include "seedphrases.h"

namespace sinch::sandbox {

namespace {

// The phrases of the multilingual seed, by language (SeedData).
const SeedPhrases kPhrases[] = {
    {"EN_US", "Hi {{1}}, this is your %1 %2. Reference {{2}} is ready for you.", "Yes, thanks", "Not now",
     "Reply STOP to opt out", "Your %1 {{1}}", "Hello {{1}}, see this week's %1 picks below.",
     "Pick %1 number %2 for {{1}}.", "Tell me more", "Shop now", "Copy code"},
    {"EN_GB", "Hello {{1}}, here is your %1 %2. Reference {{2}} is ready for you.", "Yes, thank you", "Not now",
     "Reply STOP to unsubscribe", "Your %1 {{1}}", "Hello {{1}}, have a look at this week's %1 picks.",
     "Pick %1 number %2 for {{1}}.", "Tell me more", "Shop now", "Copy code"},
    {"DE", "Hallo {{1}}, Neuigkeiten zu \xe2\x80\x9e%1 %2\xe2\x80\x9c. Referenz {{2}} liegt f\xc3\xbcr Sie bereit.", "Ja, danke",
     "Nicht jetzt", "Antworten Sie STOP zum Abmelden", "Ihr %1 {{1}}", "Hallo {{1}}, hier sind die %1-Tipps der Woche.",
     "Tipp %2 (%1) f\xc3\xbcr {{1}}.", "Mehr erfahren", "Jetzt kaufen", "Code kopieren"},
    {"FR", "Bonjour {{1}}, du nouveau pour \xc2\xab %1 %2 \xc2\xbb. La r\xc3\xa9" "f\xc3\xa9rence {{2}} vous attend.", "Oui, merci",
     "Pas maintenant", "R\xc3\xa9pondez STOP pour vous d\xc3\xa9sabonner", "Votre %1 {{1}}",
     "Bonjour {{1}}, voici la s\xc3\xa9lection %1 de la semaine.", "Choix %2 (%1) pour {{1}}.", "En savoir plus",
     "Acheter", "Copier le code"},
    {"ES_ES", "Hola {{1}}, novedades sobre \xc2\xab%1 %2\xc2\xbb. La referencia {{2}} ya est\xc3\xa1 lista.", "S\xc3\xad, gracias",
     "Ahora no", "Responde STOP para darte de baja", "Tu %1 {{1}}", "Hola {{1}}, mira la selecci\xc3\xb3n %1 de esta semana.",
     "Opci\xc3\xb3n %2 (%1) para {{1}}.", "M\xc3\xa1s informaci\xc3\xb3n", "Comprar ahora", "Copiar c\xc3\xb3" "digo"},
    {"PT_BR", "Ol\xc3\xa1 {{1}}, novidades sobre \"%1 %2\". A refer\xc3\xaa" "ncia {{2}} est\xc3\xa1 pronta para voc\xc3\xaa.",
     "Sim, obrigado", "Agora n\xc3\xa3o", "Responda SAIR para cancelar", "Seu %1 {{1}}",
     "Ol\xc3\xa1 {{1}}, confira as escolhas %1 da semana.", "Op\xc3\xa7\xc3\xa3o %2 (%1) para {{1}}.", "Saiba mais",
     "Comprar agora", "Copiar c\xc3\xb3" "digo"},
    {"SV", "Hej {{1}}, nyheter om \xe2\x80\x9d%1 %2\xe2\x80\x9d. Referens {{2}} \xc3\xa4r klar f\xc3\xb6r dig.", "Ja, tack", "Inte nu",
     "Svara STOPP f\xc3\xb6r att avregistrera dig", "Din %1 {{1}}", "Hej {{1}}, h\xc3\xa4r \xc3\xa4r veckans %1-tips.",
     "Val %2 (%1) f\xc3\xb6r {{1}}.", "Ber\xc3\xa4tta mer", "Handla nu", "Kopiera kod"},
    {"IT", "Ciao {{1}}, novit\xc3\xa0 su \xc2\xab%1 %2\xc2\xbb. Il riferimento {{2}} \xc3\xa8 pronto per te.", "S\xc3\xac, grazie",
     "Non ora", "Rispondi STOP per disiscriverti", "Il tuo %1 {{1}}", "Ciao {{1}}, ecco le proposte %1 della settimana.",
     "Scelta %2 (%1) per {{1}}.", "Dimmi di pi\xc3\xb9", "Acquista ora", "Copia codice"},
    {"NL", "Hallo {{1}}, nieuws over \xe2\x80\x98%1 %2\xe2\x80\x99. Referentie {{2}} staat voor je klaar.", "Ja, bedankt",
     "Niet nu", "Antwoord STOP om af te melden", "Je %1 {{1}}", "Hallo {{1}}, bekijk de %1-tips van deze week.",
     "Keuze %2 (%1) voor {{1}}.", "Meer info", "Nu kopen", "Code kopi\xc3\xabren"},
    {"PL", "Cze\xc5\x9b\xc4\x87 {{1}}, nowo\xc5\x9b" "ci: \xe2\x80\x9e%1 %2\xe2\x80\x9d. Numer referencyjny {{2}} jest gotowy.",
     "Tak, dzi\xc4\x99kuj\xc4\x99", "Nie teraz", "Odpowiedz STOP, aby zrezygnowa\xc4\x87", "Tw\xc3\xb3j %1 {{1}}",
     "Cze\xc5\x9b\xc4\x87 {{1}}, zobacz propozycje %1 na ten tydzie\xc5\x84.", "Wyb\xc3\xb3r %2 (%1) dla {{1}}.",
     "Wi\xc4\x99" "cej", "Kup teraz", "Kopiuj kod"},
    {"ES_MX", "Hola {{1}}, tenemos novedades sobre \xc2\xab%1 %2\xc2\xbb. Su referencia {{2}} ya est\xc3\xa1 lista.",
     "S\xc3\xad, gracias", "Ahora no", "Responda STOP para cancelar", "Su %1 {{1}}",
     "Hola {{1}}, vea la selecci\xc3\xb3n %1 de esta semana.", "Opci\xc3\xb3n %2 (%1) para {{1}}.", "Ver m\xc3\xa1s",
     "Comprar", "Copiar c\xc3\xb3" "digo"},
    {"JA", "\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf {{1}} \xe6\xa7\x98\xe3\x80\x81\xe3\x80\x8c%1 %2\xe3\x80\x8d"
           "\xe3\x81\xae\xe3\x81\x8a\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82"
           "\xe5\x8f\x82\xe7\x85\xa7\xe7\x95\xaa\xe5\x8f\xb7 {{2}} \xe3\x82\x92\xe3\x81\x94\xe7\xa2\xba\xe8\xaa\x8d"
           "\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82",
     "\xe3\x81\xaf\xe3\x81\x84\xe3\x80\x81\xe3\x81\x82\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\xa8\xe3\x81\x86",
     "\xe4\xbb\x8a\xe3\x81\xaf\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84",
     "\xe9\x85\x8d\xe4\xbf\xa1\xe5\x81\x9c\xe6\xad\xa2\xe3\x81\xaf STOP \xe3\x81\xa8\xe8\xbf\x94\xe4\xbf\xa1", "%1 {{1}}",
     "\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf {{1}} \xe6\xa7\x98\xe3\x80\x81\xe4\xbb\x8a\xe9\x80\xb1"
     "\xe3\x81\xae %1 \xe3\x81\xae\xe3\x81\x8a\xe3\x81\x99\xe3\x81\x99\xe3\x82\x81\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82",
     "\xe3\x81\x8a\xe3\x81\x99\xe3\x81\x99\xe3\x82\x81 %2\xef\xbc\x88%1\xef\xbc\x89\xef\xbc\x9a{{1}} \xe6\xa7\x98\xe5\x90\x91\xe3\x81\x91",
     "\xe8\xa9\xb3\xe3\x81\x97\xe3\x81\x8f\xe8\xa6\x8b\xe3\x82\x8b", "\xe4\xbb\x8a\xe3\x81\x99\xe3\x81\x90\xe8\xb3\xbc\xe5\x85\xa5",
     "\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89\xe3\x82\x92\xe3\x82\xb3\xe3\x83\x94\xe3\x83\xbc"},
};

} // namespace

const SeedPhrases &SeedPhrases::forLanguage(const QString &language)
{
    for (const SeedPhrases &p : kPhrases)
        if (language == QLatin1String(p.language))
            return p;
    return kPhrases[0];
}

} // namespace sinch::sandbox
