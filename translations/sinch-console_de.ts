<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Correct the highlighted fields and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The access key was refused. Check the project ID, key ID and key secret in the project settings.</source>
        <translation>Der Zugangsschlüssel wurde abgelehnt. Prüfen Sie Projekt-ID, Schlüssel-ID und Schlüsselgeheimnis in den Projekteinstellungen.</translation>
    </message>
    <message>
        <source>This key may not do that. Ask the project&apos;s administrator for access.</source>
        <translation>Dieser Schlüssel darf das nicht. Bitten Sie den Administrator des Projekts um Zugriff.</translation>
    </message>
    <message>
        <source>It no longer exists or the ID is wrong. Refresh the list.</source>
        <translation>Es existiert nicht mehr oder die ID ist falsch. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>It conflicts with the current state. Refresh and try again.</source>
        <translation>Es steht im Widerspruch zum aktuellen Zustand. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A precondition is not met. Complete the missing steps first.</source>
        <translation>Eine Voraussetzung ist nicht erfüllt. Erledigen Sie zuerst die fehlenden Schritte.</translation>
    </message>
    <message>
        <source>A limit or a dependency blocks this. Free up or fix the dependency first.</source>
        <translation>Ein Limit oder eine Abhängigkeit verhindert das. Geben Sie zuerst Kapazität frei oder beheben Sie die Abhängigkeit.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>Der Server hatte ein Problem. Warten Sie einen Moment und versuchen Sie es erneut; wenn es bleibt, wenden Sie sich an den Sinch-Support.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the project settings.</source>
        <translation>Versuchen Sie es erneut; wenn es bleibt, prüfen Sie die Projekteinstellungen.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted values: %1.</source>
        <translation>Zulässige Werte: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1). Check the base URL in the project settings and your network connection.</source>
        <translation>Der Name des Servers wurde nicht gefunden (%1). Prüfen Sie die Basis-URL in den Projekteinstellungen und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt (%1). Prüfen Sie die Basis-URL; wenn sie stimmt, ist der Dienst vielleicht nicht erreichbar: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The network failed: %1. Check your connection and try again.</source>
        <translation>Das Netzwerk ist ausgefallen: %1. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). The console never skips this check: verify the base URL and the system&apos;s certificates.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert (%1). Die Konsole überspringt diese Prüfung nie: Prüfen Sie die Basis-URL und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (%1). It may be a proxy or an outage page; try again later.</source>
        <translation>Der Server hat mit etwas geantwortet, das nicht das JSON der API ist (%1). Es könnte ein Proxy oder eine Störungsseite sein; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Additional information: %1</source>
        <translation>Weitere Informationen: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Der Server hat mit HTTP %1 und leerem Inhalt geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s JSON.</source>
        <translation>Der Server hat mit HTTP %1 und einer Webseite statt des JSON der API geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not JSON.</source>
        <translation>Der Server hat mit HTTP %1 und einem Inhalt geantwortet, der kein JSON ist.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>a redirect to another site was refused</source>
        <translation>eine Weiterleitung zu einer anderen Website wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n fehlt</numerusform>
            <numerusform>%1 · %n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Available in every language of this project.</source>
        <translation>In allen Sprachen dieses Projekts verfügbar.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlende Sprachen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n language(s)</source>
        <translation>
            <numerusform>%1, %n Sprache</numerusform>
            <numerusform>%1, %n Sprachen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateRules</name>
    <message>
        <source>Give the template a name, e.g. order_update.</source>
        <translation>Geben Sie der Vorlage einen Namen, z. B. order_update.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting and ending with a letter or digit.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche; Anfang und Ende müssen ein Buchstabe oder eine Ziffer sein.</translation>
    </message>
    <message>
        <source>Names are at most 512 characters.</source>
        <translation>Namen haben höchstens 512 Zeichen.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Wählen Sie die Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Wählen Sie eine Kategorie: Marketing, Utility oder Authentifizierung.</translation>
    </message>
    <message>
        <source>The template has no details; add at least a body.</source>
        <translation>Die Vorlage hat keine Details; fügen Sie mindestens einen Textkörper hinzu.</translation>
    </message>
    <message>
        <source>For %1 templates the time to live is %2 to %3 seconds.</source>
        <translation>Für %1-Vorlagen beträgt die Lebensdauer %2 bis %3 Sekunden.</translation>
    </message>
    <message>
        <source>Meta&apos;s own minimum is 30 seconds; shorter codes may expire before they arrive.</source>
        <translation>Metas eigenes Minimum sind 30 Sekunden; kürzere Codes können ablaufen, bevor sie ankommen.</translation>
    </message>
    <message>
        <source>A template has one %1 part; merge or remove this one.</source>
        <translation>Eine Vorlage hat einen %1-Teil; führen Sie diesen zusammen oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Add a body: every template has one.</source>
        <translation>Fügen Sie einen Textkörper hinzu: Jede Vorlage hat einen.</translation>
    </message>
    <message>
        <source>A carousel template has no header of its own: the cards carry the media.</source>
        <translation>Eine Karussellvorlage hat keinen eigenen Kopf: Die Karten tragen die Medien.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>Schreiben Sie den Kopftext oder wählen Sie „kein Kopf“.</translation>
    </message>
    <message>
        <source>Header texts are at most 60 characters; this one has %1.</source>
        <translation>Kopftexte haben höchstens 60 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>A text header can have one variable, {{1}}.</source>
        <translation>Ein Textkopf kann eine Variable haben, {{1}}.</translation>
    </message>
    <message>
        <source>Give an example for the header&apos;s {{1}}.</source>
        <translation>Geben Sie ein Beispiel für {{1}} im Kopf an.</translation>
    </message>
    <message>
        <source>A location header takes no example; the location is sent with each message.</source>
        <translation>Ein Standortkopf braucht kein Beispiel; der Standort wird mit jeder Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Choose the header&apos;s kind: text, image, video, document or location.</source>
        <translation>Wählen Sie die Art des Kopfes: Text, Bild, Video, Dokument oder Standort.</translation>
    </message>
    <message>
        <source>Authentication bodies have preset wording; this text will not be used.</source>
        <translation>Authentifizierungstexte haben einen vorgegebenen Wortlaut; dieser Text wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Schreiben Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <source>Bodies are at most 1024 characters; this one has %1.</source>
        <translation>Textkörper haben höchstens 1024 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>The security recommendation is only for AUTHENTICATION templates.</source>
        <translation>Die Sicherheitsempfehlung gibt es nur für AUTHENTICATION-Vorlagen.</translation>
    </message>
    <message>
        <source>A carousel template has no footer.</source>
        <translation>Eine Karussellvorlage hat keine Fußzeile.</translation>
    </message>
    <message>
        <source>Footers are at most 60 characters; this one has %1.</source>
        <translation>Fußzeilen haben höchstens 60 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <source>Footers cannot have variables.</source>
        <translation>Fußzeilen können keine Variablen enthalten.</translation>
    </message>
    <message>
        <source>The code expiry note is only for AUTHENTICATION templates.</source>
        <translation>Den Hinweis zum Ablauf des Codes gibt es nur für AUTHENTICATION-Vorlagen.</translation>
    </message>
    <message>
        <source>Codes expire after 1 to 90 minutes.</source>
        <translation>Codes laufen nach 1 bis 90 Minuten ab.</translation>
    </message>
    <message>
        <source>A carousel template has no buttons of its own: each card has its buttons.</source>
        <translation>Eine Karussellvorlage hat keine eigenen Schaltflächen: Jede Karte hat ihre Schaltflächen.</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.</source>
        <translation>Unbekannter Teil „%1“: Verwenden Sie HEADER, BODY, FOOTER, BUTTONS oder CAROUSEL.</translation>
    </message>
    <message>
        <source>Authentication templates need a one-time-password button.</source>
        <translation>Authentifizierungsvorlagen brauchen eine Einmalpasswort-Schaltfläche.</translation>
    </message>
    <message>
        <source>a JPEG or PNG image up to 5 MB</source>
        <translation>ein JPEG- oder PNG-Bild bis 5 MB</translation>
    </message>
    <message>
        <source>an MP4 or 3GP video (H.264 and AAC) up to 16 MB</source>
        <translation>ein MP4- oder 3GP-Video (H.264 und AAC) bis 16 MB</translation>
    </message>
    <message>
        <source>a PDF document up to 100 MB</source>
        <translation>ein PDF-Dokument bis 100 MB</translation>
    </message>
    <message>
        <source>Add a sample %1 URL: reviewers need to see the media.</source>
        <translation>Fügen Sie eine Beispiel-URL für %1 hinzu: Die Prüfer müssen die Medien sehen.</translation>
    </message>
    <message>
        <source>The sample media must be a full http(s) URL.</source>
        <translation>Das Beispielmedium muss eine vollständige http(s)-URL sein.</translation>
    </message>
    <message>
        <source>This file type does not fit a %1 header: use %2.</source>
        <translation>Dieser Dateityp passt nicht zu einem %1-Kopf: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The file type cannot be told from the URL: make sure it is %1, or set mimeType.</source>
        <translation>Der Dateityp lässt sich an der URL nicht erkennen: Stellen Sie sicher, dass es %1 ist, oder setzen Sie mimeType.</translation>
    </message>
    <message>
        <source>Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.</source>
        <translation>Variablen müssen lückenlos {{1}}, {{2}} … nummeriert sein: {{%1}} fehlt.</translation>
    </message>
    <message>
        <source>Give one example for each variable: the text has %1, the examples list %2.</source>
        <translation>Geben Sie für jede Variable ein Beispiel an: Der Text enthält %1, die Beispielliste %2.</translation>
    </message>
    <message>
        <source>Example %1 is empty: write a realistic value.</source>
        <translation>Beispiel %1 ist leer: Schreiben Sie einen realistischen Wert.</translation>
    </message>
    <message>
        <source>The text starts with a variable; Meta often rejects that. Start with words.</source>
        <translation>Der Text beginnt mit einer Variablen; Meta lehnt das oft ab. Beginnen Sie mit Wörtern.</translation>
    </message>
    <message>
        <source>The text ends with a variable; Meta often rejects that. Add text after {{%1}}.</source>
        <translation>Der Text endet mit einer Variablen; Meta lehnt das oft ab. Fügen Sie nach {{%1}} Text hinzu.</translation>
    </message>
    <message>
        <source>Two variables stand side by side; put words between them.</source>
        <translation>Zwei Variablen stehen direkt nebeneinander; setzen Sie Wörter dazwischen.</translation>
    </message>
    <message>
        <source>Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.</source>
        <translation>Zu viele Variablen für die Textmenge (%1 Variablen, %2 Wörter); Meta lehnt solche Vorlagen ab. Ergänzen Sie Text oder fassen Sie Variablen zusammen.</translation>
    </message>
    <message>
        <source>Add at least one button, or remove the buttons part.</source>
        <translation>Fügen Sie mindestens eine Schaltfläche hinzu oder entfernen Sie den Schaltflächenteil.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>Höchstens %1 Schaltflächen sind erlaubt; entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Card buttons can only be quick replies, URLs or phone numbers.</source>
        <translation>Kartenschaltflächen können nur Schnellantworten, URLs oder Telefonnummern sein.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Geben Sie der Schaltfläche eine Beschriftung.</translation>
    </message>
    <message>
        <source>Button labels are at most 25 characters; this one has %1.</source>
        <translation>Schaltflächenbeschriftungen haben höchstens 25 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <source>Another button (%1) already says &quot;%2&quot;: labels must differ.</source>
        <translation>Eine andere Schaltfläche (%1) lautet bereits „%2“: Beschriftungen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Keep the quick replies together: move this one next to the other quick replies.</source>
        <translation>Halten Sie die Schnellantworten zusammen: Verschieben Sie diese neben die anderen Schnellantworten.</translation>
    </message>
    <message>
        <source>Enter the web address the button opens.</source>
        <translation>Geben Sie die Webadresse ein, die die Schaltfläche öffnet.</translation>
    </message>
    <message>
        <source>A URL can only have one variable, {{1}}, at its very end.</source>
        <translation>Eine URL kann nur eine Variable haben, {{1}}, ganz am Ende.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>WhatsApp refuses links to %1: link to your own site.</source>
        <translation>WhatsApp lehnt Links zu %1 ab: Verlinken Sie Ihre eigene Website.</translation>
    </message>
    <message>
        <source>Give a full example URL with a value in place of {{1}}.</source>
        <translation>Geben Sie eine vollständige Beispiel-URL mit einem Wert anstelle von {{1}} an.</translation>
    </message>
    <message>
        <source>The example must be the full URL with a value in place of {{1}}.</source>
        <translation>Das Beispiel muss die vollständige URL mit einem Wert anstelle von {{1}} sein.</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Geben Sie die anzurufende Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +4670123456.</source>
        <translation>Schreiben Sie die Nummer im internationalen Format, z. B. +4670123456.</translation>
    </message>
    <message>
        <source>One-time-password buttons belong in AUTHENTICATION templates only.</source>
        <translation>Einmalpasswort-Schaltflächen gehören nur in AUTHENTICATION-Vorlagen.</translation>
    </message>
    <message>
        <source>Choose copy code, one tap or zero tap.</source>
        <translation>Wählen Sie „Code kopieren“, „One Tap“ oder „Zero Tap“.</translation>
    </message>
    <message>
        <source>The autofill label is at most 25 characters.</source>
        <translation>Die Beschriftung für das automatische Ausfüllen hat höchstens 25 Zeichen.</translation>
    </message>
    <message>
        <source>packageName and signatureHash on the button are deprecated: move them into supported apps.</source>
        <translation>packageName und signatureHash an der Schaltfläche sind veraltet: Verschieben Sie sie in die unterstützten Apps.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap codes need your Android app: add its package name and signature hash.</source>
        <translation>One-Tap- und Zero-Tap-Codes brauchen Ihre Android-App: Fügen Sie ihren Paketnamen und Signatur-Hash hinzu.</translation>
    </message>
    <message>
        <source>Each supported app needs a package name and a signature hash.</source>
        <translation>Jede unterstützte App braucht einen Paketnamen und einen Signatur-Hash.</translation>
    </message>
    <message>
        <source>Zero-tap codes need you to accept WhatsApp&apos;s zero-tap terms.</source>
        <translation>Zero-Tap-Codes setzen voraus, dass Sie die Zero-Tap-Bedingungen von WhatsApp akzeptieren.</translation>
    </message>
    <message>
        <source>Pick a flow: its ID is 1 to 30 digits.</source>
        <translation>Wählen Sie einen Flow: Seine ID hat 1 bis 30 Ziffern.</translation>
    </message>
    <message>
        <source>Choose the flow action: data exchange or navigate.</source>
        <translation>Wählen Sie die Flow-Aktion: Datenaustausch oder Navigation.</translation>
    </message>
    <message>
        <source>Choose the screen the flow opens on.</source>
        <translation>Wählen Sie den Bildschirm, mit dem der Flow öffnet.</translation>
    </message>
    <message>
        <source>The screen ID is at most 432 characters.</source>
        <translation>Die Bildschirm-ID hat höchstens 432 Zeichen.</translation>
    </message>
    <message>
        <source>At most 2 URL buttons are allowed; this has %1.</source>
        <translation>Höchstens 2 URL-Schaltflächen sind erlaubt; hier sind es %1.</translation>
    </message>
    <message>
        <source>At most 1 phone number button is allowed; this has %1.</source>
        <translation>Höchstens 1 Telefonnummer-Schaltfläche ist erlaubt; hier sind es %1.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one one-time-password button.</source>
        <translation>Authentifizierungsvorlagen haben genau eine Einmalpasswort-Schaltfläche.</translation>
    </message>
    <message>
        <source>A carousel needs at least one card.</source>
        <translation>Ein Karussell braucht mindestens eine Karte.</translation>
    </message>
    <message>
        <source>A carousel with one card shows no carousel; add a second card.</source>
        <translation>Ein Karussell mit einer Karte zeigt kein Karussell; fügen Sie eine zweite Karte hinzu.</translation>
    </message>
    <message>
        <source>At most 10 cards are allowed; remove %1.</source>
        <translation>Höchstens 10 Karten sind erlaubt; entfernen Sie %1.</translation>
    </message>
    <message>
        <source>Carousels are meant for MARKETING templates; Meta may change or reject the category.</source>
        <translation>Karussells sind für MARKETING-Vorlagen gedacht; Meta kann die Kategorie ändern oder die Vorlage ablehnen.</translation>
    </message>
    <message>
        <source>A card has one %1; remove this one.</source>
        <translation>Eine Karte hat ein %1; entfernen Sie dieses.</translation>
    </message>
    <message>
        <source>Card headers are an image or a video.</source>
        <translation>Kartenköpfe sind ein Bild oder ein Video.</translation>
    </message>
    <message>
        <source>Card texts are at most 160 characters; this one has %1.</source>
        <translation>Kartentexte haben höchstens 160 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>Write the card&apos;s text.</source>
        <translation>Schreiben Sie den Text der Karte.</translation>
    </message>
    <message>
        <source>Cards hold a media header, a text and buttons only.</source>
        <translation>Karten enthalten nur einen Medienkopf, einen Text und Schaltflächen.</translation>
    </message>
    <message>
        <source>Card %1 needs an image or video header.</source>
        <translation>Karte %1 braucht einen Bild- oder Videokopf.</translation>
    </message>
    <message>
        <source>Card %1 needs a text.</source>
        <translation>Karte %1 braucht einen Text.</translation>
    </message>
    <message>
        <source>Card %1 needs one or two buttons.</source>
        <translation>Karte %1 braucht eine oder zwei Schaltflächen.</translation>
    </message>
    <message>
        <source>Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.</source>
        <translation>Karte %1 unterscheidet sich von Karte 1: Alle Karten brauchen dieselben Teile, dasselbe Kopfformat und dieselben Schaltflächenarten in derselben Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · Änderungen im Entwurf</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · Änderungen in Prüfung</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>%1 · changes %2</source>
        <translation>%1 · Änderungen: %2</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it as a project.</source>
        <translation>Die eingebaute Sandbox starten und als Projekt öffnen.</translation>
    </message>
    <message>
        <source>Faults the sandbox injects, e.g. latency=200,503=0.1.</source>
        <translation>Fehler, die die Sandbox einspeist, z. B. latency=200,503=0.1.</translation>
    </message>
    <message>
        <source>Seconds the sandbox takes to review a submission.</source>
        <translation>Sekunden, die die Sandbox für die Prüfung einer Einreichung braucht.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console: manage projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Subcommands:
  serve-sandbox [options]  run only the built-in emulator of the API (see serve-sandbox --help)
  lint FILE... [--json]    validate WhatsApp template JSON files (exit 1 on errors)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]
                           draw a WhatsApp template as the phone shows it</source>
        <translation>Sinch-Provisionierungskonsole: Projekte, WhatsApp-, KakaoTalk- und RCS-Absender, Vorlagen und Webhooks verwalten.

Unterbefehle:
  serve-sandbox [Optionen]  nur den eingebauten Emulator der API ausführen (siehe serve-sandbox --help)
  lint FILE... [--json]     WhatsApp-Vorlagen als JSON-Dateien prüfen (Exit-Code 1 bei Fehlern)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]
                            eine WhatsApp-Vorlage so zeichnen, wie das Telefon sie zeigt</translation>
    </message>
</context>
<context>
    <name>sinch::ApiClient</name>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Unbekannter Vorgang „%1“.</translation>
    </message>
    <message>
        <source>No project is selected, or its key could not be read.</source>
        <translation>Kein Projekt ist ausgewählt, oder sein Schlüssel konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message>
        <source>The project is no longer configured.</source>
        <translation>Das Projekt ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The request lacks the path parameter &quot;%1&quot;.</source>
        <translation>Der Anfrage fehlt der Pfadparameter „%1“.</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1: %2</source>
        <translation>das JSON ist bei Byte %1 fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>sinch::AreaCatalog</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet. Create one in the Sinch dashboard, then refresh (F5).</source>
        <translation>Dieses Projekt hat noch kein WhatsApp-Konto. Legen Sie eines im Sinch-Dashboard an und aktualisieren Sie dann (F5).</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.</source>
        <translation>In diesem Projekt gibt es noch keine WhatsApp-Absender. Registrieren Sie eine Telefonnummer als Absender, um mit dem Senden zu beginnen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.</source>
        <translation>Keine WhatsApp Flows in diesem Konto. Flows werden im WhatsApp Manager erstellt und erscheinen hier, sobald sie veröffentlicht sind.</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>Partner-App</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>Eigentümer-App</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>No multi-partner solutions. A solution appears here once a partner shares it with this project.</source>
        <translation>Keine Multi-Partner-Lösungen. Eine Lösung erscheint hier, sobald ein Partner sie mit diesem Projekt teilt.</translation>
    </message>
    <message>
        <source>Plus friend ID</source>
        <translation>Plus-Friend-ID</translation>
    </message>
    <message>
        <source>No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.</source>
        <translation>Noch keine KakaoTalk-Absender. Registrieren Sie einen KakaoTalk-Kanal (Plus-Friend-ID) als Absender, um zu beginnen.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>Der Server hat keine Absenderkategorien geliefert. Aktualisieren Sie (F5), um erneut zu fragen.</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Kontoaktivität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>No RCS account activity yet. Comments and review events appear here.</source>
        <translation>Noch keine RCS-Kontoaktivität. Kommentare und Prüfereignisse erscheinen hier.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>No RCS senders yet. Create an RCS agent, fill its launch questionnaire and launch it per country.</source>
        <translation>Noch keine RCS-Absender. Legen Sie einen RCS-Agenten an, füllen Sie seinen Start-Fragebogen aus und starten Sie ihn je Land.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>Upscales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>RCS-Absender</translation>
    </message>
    <message>
        <source>upscales</source>
        <translation>Upscales</translation>
    </message>
    <message>
        <source>No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.</source>
        <translation>Keine Upscales. Ein Upscale sendet RCS an Nutzer einer SMS-Nummer, sobald ihr Absender gestartet ist.</translation>
    </message>
    <message>
        <source>Upscale senders</source>
        <translation>Upscale-Absender</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Upscaled</translation>
    </message>
    <message>
        <source>No senders can be upscaled yet. Launched RCS senders appear here.</source>
        <translation>Noch können keine Absender upgescaled werden. Gestartete RCS-Absender erscheinen hier.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to get callbacks when templates and senders change state.</source>
        <translation>Noch keine Webhooks. Fügen Sie einen hinzu, um Rückmeldungen zu erhalten, wenn Vorlagen und Absender ihren Zustand ändern.</translation>
    </message>
</context>
<context>
    <name>sinch::CredentialStore</name>
    <message>
        <source>Enter the key secret: an empty secret is not stored.</source>
        <translation>Geben Sie das Schlüsselgeheimnis ein: Ein leeres Geheimnis wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No key secret is stored for this project. Enter it in the project&apos;s settings.</source>
        <translation>Für dieses Projekt ist kein Schlüsselgeheimnis gespeichert. Geben Sie es in den Einstellungen des Projekts ein.</translation>
    </message>
    <message>
        <source>The keychain could not store the key secret (%1). Try again, or check the keychain application.</source>
        <translation>Der Schlüsselbund konnte das Schlüsselgeheimnis nicht speichern (%1). Versuchen Sie es erneut oder prüfen Sie die Schlüsselbund-Anwendung.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher wird das Schlüsselgeheimnis nur bis zum Schließen der Konsole aufbewahrt. Erlauben Sie der Konsole den Schlüsselbund, um es über Sitzungen hinweg zu behalten.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher konnte das Schlüsselgeheimnis nicht gelesen werden. Erlauben Sie der Konsole den Schlüsselbund oder geben Sie das Schlüsselgeheimnis erneut ein.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret stored there was not removed.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher wurde das dort gespeicherte Schlüsselgeheimnis nicht entfernt.</translation>
    </message>
    <message>
        <source>The keychain could not read the key secret (%1). Try again, or enter the key secret again.</source>
        <translation>Der Schlüsselbund konnte das Schlüsselgeheimnis nicht lesen (%1). Versuchen Sie es erneut oder geben Sie das Schlüsselgeheimnis erneut ein.</translation>
    </message>
    <message>
        <source>The keychain could not remove the key secret (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain application.</source>
        <translation>Der Schlüsselbund konnte das Schlüsselgeheimnis nicht entfernen (%1). Entfernen Sie den Eintrag „%2“ von „%3“ in der Schlüsselbund-Anwendung.</translation>
    </message>
    <message>
        <source>The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.</source>
        <translation>Das Schlüsselgeheimnis wird nur bis zum Schließen der Konsole aufbewahrt, weil kein Schlüsselbund verfügbar ist. Installieren und entsperren Sie GNOME Keyring oder KWallet und geben Sie das Geheimnis erneut ein, um es über Sitzungen hinweg zu behalten.</translation>
    </message>
    <message>
        <source>The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.</source>
        <translation>Das Schlüsselgeheimnis kann nicht gelesen werden, weil kein Schlüsselbund verfügbar ist. Geben Sie das Schlüsselgeheimnis erneut ein; es wird bis zum Schließen der Konsole aufbewahrt.</translation>
    </message>
    <message>
        <source>The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.</source>
        <translation>Das Schlüsselgeheimnis wurde aus dem Speicher entfernt. Kein Schlüsselbund ist verfügbar, daher konnte ein dort in einer früheren Sitzung gespeichertes Geheimnis nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.</source>
        <translation>Kein Schlüsselbund ist verfügbar (%1). Schlüsselgeheimnisse werden nur bis zum Schließen der Konsole aufbewahrt; installieren und entsperren Sie GNOME Keyring oder KWallet, um sie über Sitzungen hinweg zu behalten.</translation>
    </message>
</context>
<context>
    <name>sinch::Project</name>
    <message>
        <source>Enter a display name for the project.</source>
        <translation>Geben Sie einen Anzeigenamen für das Projekt ein.</translation>
    </message>
    <message>
        <source>Enter the project ID. The Sinch Customer Dashboard shows it beside the project&apos;s name.</source>
        <translation>Geben Sie die Projekt-ID ein. Das Sinch Customer Dashboard zeigt sie neben dem Namen des Projekts.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the project ID.</source>
        <translation>Entfernen Sie die Leerzeichen oder Zeilenumbrüche aus der Projekt-ID.</translation>
    </message>
    <message>
        <source>Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys.</source>
        <translation>Geben Sie die Schlüssel-ID ein. Das Sinch Customer Dashboard führt sie unter Access Keys auf.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the key ID.</source>
        <translation>Entfernen Sie die Leerzeichen oder Zeilenumbrüche aus der Schlüssel-ID.</translation>
    </message>
    <message>
        <source>Enter a base URL that starts with https:// and names a host, for example %1.</source>
        <translation>Geben Sie eine Basis-URL ein, die mit https:// beginnt und einen Host nennt, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL: the key ID and key secret have their own fields.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Basis-URL: Schlüssel-ID und Schlüsselgeheimnis haben eigene Felder.</translation>
    </message>
    <message>
        <source>Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Verwenden Sie https in der Basis-URL: Einfaches http ist nur für die lokale Sandbox (127.0.0.1, localhost oder ::1) erlaubt, nicht für %1.</translation>
    </message>
    <message>
        <source>Enter a token URL that starts with https:// and names a host, for example %1.</source>
        <translation>Geben Sie eine Token-URL ein, die mit https:// beginnt und einen Host nennt, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL: the key ID and key secret have their own fields.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Token-URL: Schlüssel-ID und Schlüsselgeheimnis haben eigene Felder.</translation>
    </message>
    <message>
        <source>Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Verwenden Sie https in der Token-URL: Einfaches http ist nur für die lokale Sandbox (127.0.0.1, localhost oder ::1) erlaubt, nicht für %1.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project&apos;s name.</source>
        <translation>Die Projekt-ID „%1“ sieht nicht wie eine UUID aus (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Prüfen Sie, dass Sie die Projekt-ID kopiert haben und nicht den Namen des Projekts.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.</source>
        <translation>Die Schlüssel-ID „%1“ sieht nicht wie eine UUID aus (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Prüfen Sie, dass Sie die Schlüssel-ID kopiert haben und nicht das Schlüsselgeheimnis.</translation>
    </message>
</context>
<context>
    <name>sinch::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Attempt: %1, %2 ms</source>
        <translation>Versuch: %1, %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Anfrageinhalt:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Antwortinhalt:</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Button clicks</source>
        <translation>Schaltflächenklicks</translation>
    </message>
</context>
<context>
    <name>sinch::TokenProvider</name>
    <message>
        <source>The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.</source>
        <translation>Der Token-Dienst hat den Schlüssel abgelehnt. Prüfen Sie Schlüssel-ID und Schlüsselgeheimnis oder stellen Sie das Projekt auf Basic-Authentifizierung um.</translation>
    </message>
    <message>
        <source>the token answer has no access_token or expires_in</source>
        <translation>die Token-Antwort enthält kein access_token oder expires_in</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
    <message>
        <source>Usage: sinch-console lint FILE... [--json]
Validates WhatsApp template JSON files (the API&apos;s create-request shape).
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Aufruf: sinch-console lint FILE... [--json]
Prüft WhatsApp-Vorlagen als JSON-Dateien (im Format der Erstellungsanfrage der API).
Exit-Code: 0 keine Fehler, 1 Fehler gefunden, 2 Eingabe nicht lesbar.
</translation>
    </message>
    <message>
        <source>sinch-console lint: unknown option %1</source>
        <translation>sinch-console lint: unbekannte Option %1</translation>
    </message>
    <message>
        <source>sinch-console lint: name at least one template JSON file</source>
        <translation>sinch-console lint: Geben Sie mindestens eine Vorlagendatei (JSON) an</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>ist kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
    <message>
        <source>Render a WhatsApp template as the phone shows it and write a PNG.</source>
        <translation>Eine WhatsApp-Vorlage so zeichnen, wie das Telefon sie zeigt, und als PNG speichern.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Das dunkle Design verwenden.</translation>
    </message>
    <message>
        <source>Show {{n}} instead of the examples.</source>
        <translation>{{n}} statt der Beispiele anzeigen.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 0.5 to 4 (default 1).</source>
        <translation>Pixel pro logischem Pixel, 0.5 bis 4 (Standard: 1).</translation>
    </message>
    <message>
        <source>The template, as JSON (the API&apos;s create request).</source>
        <translation>Die Vorlage als JSON (die Erstellungsanfrage der API).</translation>
    </message>
    <message>
        <source>give one template file (see --help)</source>
        <translation>geben Sie genau eine Vorlagendatei an (siehe --help)</translation>
    </message>
    <message>
        <source>give the PNG to write with -o OUT.png</source>
        <translation>geben Sie die zu schreibende PNG-Datei mit -o OUT.png an</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, not &quot;%1&quot;</source>
        <translation>--scale erwartet eine Zahl von 0.5 bis 4, nicht „%1“</translation>
    </message>
    <message>
        <source>internal error: rendering needs a QGuiApplication</source>
        <translation>interner Fehler: Zum Zeichnen wird eine QGuiApplication benötigt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>%1 is not a template: expected a JSON object</source>
        <translation>%1 ist keine Vorlage: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2×%3 px, %4 findings marked (%5 errors)
</source>
        <translation>%1: %2×%3 px, %4 Meldungen markiert (%5 Fehler)
</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AddProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Shop production</source>
        <translation>z. B. Shop Produktion</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>from the Sinch dashboard, Settings → Projects</source>
        <translation>aus dem Sinch-Dashboard, Settings → Projects</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>ID des Zugangsschlüssels</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Schlüsselgeheimnis</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>wird einmal beim Erstellen des Schlüssels angezeigt</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>OAuth 2.0 (recommended)</source>
        <translation>OAuth 2.0 (empfohlen)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>Schlüssel&amp;geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Problems with the entered values</source>
        <translation>Probleme mit den eingegebenen Werten</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Testen und speichern</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>enter the key secret</source>
        <translation>Schlüsselgeheimnis eingeben</translation>
    </message>
    <message>
        <source>leave empty to keep the current secret</source>
        <translation>leer lassen, um das aktuelle Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>Geben Sie das Schlüsselgeheimnis ein.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Schlüssel wird mit %1 getestet …</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>Der Schlüssel funktioniert. Wird gespeichert …</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonFields</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CompareDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 as JSON</source>
        <translation>%1 als JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainWindow</name>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch-Provisionierungskonsole</translation>
    </message>
    <message>
        <source>The system keychain is not available, so key secrets are kept only until you quit. %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher werden Schlüsselgeheimnisse nur bis zum Beenden aufbewahrt. %1</translation>
    </message>
    <message>
        <source>&amp;Add project…</source>
        <translation>Projekt &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>Ein Sinch-Projekt mit seinem Zugangsschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>Projekt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>Projekt &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the current view again (F5)</source>
        <translation>Die aktuelle Ansicht neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Zwischen &amp;Navigation und Inhalt wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Sinch Provisioning Console</source>
        <translation>Ü&amp;ber die Sinch-Provisionierungskonsole</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Projekt wechseln (Strg+1 … Strg+9)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Current project</source>
        <translation>Aktuelles Projekt</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>%1 — Sinch Provisioning Console</source>
        <translation>%1 — Sinch-Provisionierungskonsole</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>Projekt-ID %1, Schlüssel %2, %3</translation>
    </message>
    <message>
        <source>About Sinch Provisioning Console</source>
        <translation>Über die Sinch-Provisionierungskonsole</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console %1

A desktop console for the Sinch Provisioning API: projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Built with Qt %2.</source>
        <translation>Sinch-Provisionierungskonsole %1

Eine Desktop-Konsole für die Sinch Provisioning API: Projekte, WhatsApp-, KakaoTalk- und RCS-Absender, Vorlagen und Webhooks.

Erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · eingebaute Sandbox auf %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Die Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>Wartezeit bis zur Wiederholung</translation>
    </message>
    <message>
        <source>Last error, click for details</source>
        <translation>Letzter Fehler, für Details klicken</translation>
    </message>
    <message>
        <source>Show the details of the last error</source>
        <translation>Details des letzten Fehlers anzeigen</translation>
    </message>
    <message>
        <source>● Idle</source>
        <translation>● Bereit</translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● %n Anfrage</numerusform>
            <numerusform>● %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● %n Anfrage, %1 in der Warteschlange</numerusform>
            <numerusform>● %n Anfragen, %1 in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in flight: %1, waiting: %2</source>
        <translation>Laufende Anfragen: %1, wartend: %2</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>WhatsApp templates</source>
        <translation>WhatsApp-Vorlagen</translation>
    </message>
    <message>
        <source>WhatsApp senders</source>
        <translation>WhatsApp-Absender</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>KakaoTalk-Absender</translation>
    </message>
    <message>
        <source>RCS senders</source>
        <translation>RCS-Absender</translation>
    </message>
    <message>
        <source>RCS upscales</source>
        <translation>RCS-Upscales</translation>
    </message>
    <message>
        <source>No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).</source>
        <translation>Noch ist kein Projekt bereit. Fügen Sie eines mit Projekt → Projekt hinzufügen (Strg+Umschalt+N) hinzu.</translation>
    </message>
    <message>
        <source>Numbers of each project, read from its lists. Refresh with F5.</source>
        <translation>Zahlen je Projekt, aus seinen Listen gelesen. Mit F5 aktualisieren.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectActions</name>
    <message>
        <source>The key secret of “%1” is kept only until you quit.</source>
        <translation>Das Schlüsselgeheimnis von „%1“ wird nur bis zum Beenden aufbewahrt.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Projekt „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Projekt entfernen</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this computer? Its settings and the key secret in the keychain are deleted; nothing changes on the Sinch side.</source>
        <translation>Das Projekt „%1“ von diesem Computer entfernen? Seine Einstellungen und das Schlüsselgeheimnis im Schlüsselbund werden gelöscht; bei Sinch ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key secret could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber sein Schlüsselgeheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Project “%1” removed.</source>
        <translation>Projekt „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectManager</name>
    <message>
        <source>The key secret of “%1” is not in the keychain. Edit the project and enter it again.</source>
        <translation>Das Schlüsselgeheimnis von „%1“ ist nicht im Schlüsselbund. Bearbeiten Sie das Projekt und geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RequestLogWindow</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Filter by operation, status, URL or request ID (Ctrl+F)</source>
        <translation>Nach Vorgang, Status, URL oder Anfrage-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Das Anfrageprotokoll filtern</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Select a request to see its details and bodies (secrets are redacted).</source>
        <translation>Wählen Sie eine Anfrage, um ihre Details und Inhalte zu sehen (Geheimnisse werden geschwärzt).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ResourceListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Die Liste filtern</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>Selected item as JSON</source>
        <translation>Ausgewählter Eintrag als JSON</translation>
    </message>
    <message>
        <source>Select an item to see all its fields.</source>
        <translation>Wählen Sie einen Eintrag, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Wählen Sie ein Projekt, um seine %1 zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen …</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>Die Liste konnte nicht geladen werden. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie den Filter (Esc), um alle %2 zu sehen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Also used by “%1”</source>
        <translation>Auch von „%1“ verwendet</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateViewTab</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>Projekt hinzufügen …</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar (Ctrl+1 … Ctrl+9).</source>
        <translation>Wählen Sie ein Projekt in der Werkzeugleiste (Strg+1 … Strg+9).</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Add a Sinch project with its access key to see its senders, templates and webhooks.&lt;/p&gt;&lt;p&gt;To try the console without an account, start it with &lt;tt&gt;--sandbox&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen&lt;/h2&gt;&lt;p&gt;Fügen Sie ein Sinch-Projekt mit seinem Zugangsschlüssel hinzu, um seine Absender, Vorlagen und Webhooks zu sehen.&lt;/p&gt;&lt;p&gt;Um die Konsole ohne Konto auszuprobieren, starten Sie sie mit &lt;tt&gt;--sandbox&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the key secret from the keychain…</source>
        <translation>Schlüsselgeheimnis wird aus dem Schlüsselbund gelesen …</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation>Vorlagenvorschau</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewRenderer</name>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation>Automatisch ausfüllen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Alle Optionen ansehen</translation>
    </message>
    <message>
        <source>*{{1}}* is your verification code.</source>
        <translation>*{{1}}* ist dein Verifizierungscode.</translation>
    </message>
    <message>
        <source>For your security, do not share this code.</source>
        <translation>Gib diesen Code zu deiner Sicherheit nicht weiter.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>Dieser Code läuft in %n Minute ab.</numerusform>
            <numerusform>Dieser Code läuft in %n Minuten ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Helle Vorschau</translation>
    </message>
    <message>
        <source>Show the preview in WhatsApp&apos;s light theme</source>
        <translation>Die Vorschau im hellen Design von WhatsApp anzeigen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Dunkle Vorschau</translation>
    </message>
    <message>
        <source>Show the preview in WhatsApp&apos;s dark theme</source>
        <translation>Die Vorschau im dunklen Design von WhatsApp anzeigen</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Variablen anzeigen</translation>
    </message>
    <message>
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Die Variablen als {{n}} statt ihrer Beispiele anzeigen</translation>
    </message>
    <message>
        <source>WhatsApp preview</source>
        <translation>WhatsApp-Vorschau</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappTemplateEdits</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
</context>
</TS>
