<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLabel</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation>Genehmigt (jetzt %1)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
</context>
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
        <source>The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Der Server hat die Verbindung vor einer Antwort geschlossen; die Änderung wurde vielleicht ausgeführt, vielleicht nicht. Aktualisieren Sie zur Kontrolle, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; die Änderung wurde vielleicht ausgeführt, vielleicht nicht. Aktualisieren Sie zur Kontrolle, bevor Sie sie erneut senden.</translation>
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
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>an answer too large to read</source>
        <translation>eine zu große Antwort</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>eine Antwort, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Warten Sie einen Moment und versuchen Sie es erneut; bleibt es dabei, wenden Sie sich an den Sinch-Support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (%1). If it keeps happening, ask for fewer items at a time or contact support.</source>
        <translation>Die Antwort des Servers war zu groß zum Lesen (%1). Wenn das wieder passiert, fragen Sie weniger Einträge auf einmal ab oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it came cut off or garbled. Try again; if it keeps happening, a proxy or an outage may be in the way.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Sie kam abgeschnitten oder verstümmelt an. Versuchen Sie es erneut; wenn das wieder passiert, steht womöglich ein Proxy oder eine Störung im Weg.</translation>
    </message>
    <message>
        <source>stopped waiting for the answer</source>
        <translation>nicht mehr auf die Antwort gewartet</translation>
    </message>
    <message>
        <source>You stopped waiting for the server; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Sie haben aufgehört, auf den Server zu warten; die Änderung wurde vielleicht vorgenommen, vielleicht nicht. Aktualisieren Sie, um es zu prüfen, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>You stopped waiting for the server. Try again when you are ready.</source>
        <translation>Sie haben aufgehört, auf den Server zu warten. Versuchen Sie es erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Stopped waiting for the answer.</source>
        <translation>Nicht mehr auf die Antwort gewartet.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Basic message</source>
        <translation>Einfache Nachricht</translation>
    </message>
    <message>
        <source>Beauty spa salon</source>
        <translation>Kosmetik, Spa und Salon</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Bekleidung und Mode</translation>
    </message>
    <message>
        <source>Conversational</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Conversational legacy</source>
        <translation>Konversation (alt)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Downscaling</source>
        <translation>Wird herabgestuft</translation>
    </message>
    <message>
        <source>Downscaling failed</source>
        <translation>Herabstufung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Veranstaltungsplanung und -service</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzen und Banken</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotel und Unterkunft</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Invalid in Google My Business</source>
        <translation>Ungültig in Google My Business</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>Im Test</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medizin und Gesundheit</translation>
    </message>
    <message>
        <source>Multiuse</source>
        <translation>Mehrzweck</translation>
    </message>
    <message>
        <source>Non profit</source>
        <translation>Gemeinnützig</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>Online-Glücksspiel</translation>
    </message>
    <message>
        <source>Otc drugs</source>
        <translation>Rezeptfreie Arzneimittel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>Einmalcode (OTP)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending Facebook verification</source>
        <translation>Facebook-Verifizierung ausstehend</translation>
    </message>
    <message>
        <source>Pending unlaunched</source>
        <translation>Rückzug ausstehend</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>Verifizierung ausstehend</translation>
    </message>
    <message>
        <source>Physical gambling</source>
        <translation>Glücksspiel vor Ort</translation>
    </message>
    <message>
        <source>Preparing launch</source>
        <translation>Start wird vorbereitet</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Öffentlicher Dienst</translation>
    </message>
    <message>
        <source>Quality score green</source>
        <translation>Qualität: grün</translation>
    </message>
    <message>
        <source>Quality score red</source>
        <translation>Qualität: rot</translation>
    </message>
    <message>
        <source>Quality score unknown</source>
        <translation>Qualität: unbekannt</translation>
    </message>
    <message>
        <source>Quality score yellow</source>
        <translation>Qualität: gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Einkaufen und Einzelhandel</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>Einzelnachricht</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt (vorübergehend)</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Reisen und Verkehr</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unlaunched</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>Wird hochgestuft</translation>
    </message>
    <message>
        <source>Upscaling failed</source>
        <translation>Hochstufung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird verifiziert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Abusive content</source>
        <translation>Missbräuchliche Inhalte</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Conversation expire policy</source>
        <translation>Ablauf nach Konversation</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Falsche Kategorie</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Ungültiges Format</translation>
    </message>
    <message>
        <source>Message expire policy</source>
        <translation>Ablauf nach Nachricht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Persist retention policy</source>
        <translation>Dauerhaft aufbewahren</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Eigene Nummer</translation>
    </message>
    <message>
        <source>Sinch</source>
        <translation>Sinch</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>Höchstens %1 Zeichen sind erlaubt; hier sind es %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation>Eine Variable ist nicht geschlossen: Schreiben Sie sie als #{name}.</translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation>Eine Variable hat keinen Namen: Schreiben Sie sie als #{name}, z. B. #{customer}.</translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation>%1 ist keine KakaoTalk-Variable: Schreiben Sie Variablen als #{name}, z. B. #{customer}.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>Höchstens %1 Schaltflächen sind erlaubt; entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation>Geben Sie der Schaltfläche eine Position von %1 bis %2.</translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation>Positionen sind ganze Zahlen von %1 bis %2.</translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation>Schaltfläche %1 hat bereits Position %2: Jede Schaltfläche braucht eine eigene.</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>Wählen Sie, was die Schaltfläche tut.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Geben Sie der Schaltfläche eine Beschriftung.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation>Beschriftungen haben höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation>Links haben %1 bis %2 Zeichen; dieser hat %3.</translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation>Die Vorlage hat keine Details: Fügen Sie mindestens Namen, Sprache und Inhalt hinzu.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation>Namen haben höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Wählen Sie die Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Schreiben Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation>Der Text hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation>Telefone zeigen etwa %1 Zeichen eines Titels (%2 Zeilen); der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation>Android-Telefone zeigen %1 Zeichen eines Untertitels; der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation>Der Kategoriecode hat %1 bis %2 Zeichen, z. B. 999999; wählen Sie ihn aus den Vorlagenkategorien.</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation>Verwenden Sie ein JPEG- oder PNG-Bild bis 500 KB, mindestens 500×250 Pixel, im Verhältnis 2:1.</translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation>Der Text sieht wie ein Einmalcode aus: Setzen Sie das Sicherheitsflag, damit er nur auf dem Hauptgerät erscheint.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title.</source>
        <translation>Eine Vorlage mit hervorgehobenem Text braucht einen Titel.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a subtitle.</source>
        <translation>Eine Vorlage mit hervorgehobenem Text braucht einen Untertitel.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name.</source>
        <translation>Eine Bildvorlage braucht den Namen des Bildes.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s URL.</source>
        <translation>Eine Bildvorlage braucht die URL des Bildes.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>Der Untertitel</translation>
    </message>
    <message>
        <source>The image&apos;s name</source>
        <translation>Der Name des Bildes</translation>
    </message>
    <message>
        <source>The image&apos;s URL</source>
        <translation>Die URL des Bildes</translation>
    </message>
    <message>
        <source>%1 is not shown without emphasis: choose text or image emphasis, or remove it.</source>
        <translation>%1 wird ohne Hervorhebung nicht angezeigt: Wählen Sie Text- oder Bildhervorhebung, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>A web link button needs its mobile link: the web address it opens on phones.</source>
        <translation>Eine Weblink-Schaltfläche braucht ihren mobilen Link: die Webadresse, die sie auf Telefonen öffnet.</translation>
    </message>
    <message>
        <source>Button %1 is already a “%2” button: a template has at most one button of each kind.</source>
        <translation>Schaltfläche %1 ist bereits eine „%2“-Schaltfläche: Eine Vorlage hat höchstens eine Schaltfläche jeder Art.</translation>
    </message>
    <message>
        <source>%1: a link cannot hold a variable (#{…}); enter the full web address.</source>
        <translation>%1: Ein Link kann keine Variable (#{…}) enthalten; geben Sie die vollständige Webadresse ein.</translation>
    </message>
    <message>
        <source>%1: enter a full web address starting with https://.</source>
        <translation>%1: Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.</source>
        <translation>Eine App-Link-Schaltfläche braucht mindestens %1 aus mobilem Link, iOS-App-Link und Android-App-Link; der PC-Link zählt nicht.</translation>
    </message>
    <message>
        <source>“%1” templates need the additional information.</source>
        <translation>Vorlagen vom Typ „%1“ brauchen die Zusatzinformationen.</translation>
    </message>
    <message>
        <source>Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.</source>
        <translation>Werbevorlagen sollten eine „%1“-Schaltfläche haben; ohne sie kann Kakao die Vorlage ablehnen.</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
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
        <source>Changes rejected</source>
        <translation>Änderungen abgelehnt</translation>
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
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation>Mit Zusatzinformationen</translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation>Mit Werbung</translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation>Zusatzinformationen und Werbung</translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation>Keine Hervorhebung</translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation>Hervorgehobener Titel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Weblink</translation>
    </message>
    <message>
        <source>App link</source>
        <translation>App-Link</translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation>Bot-Schlüsselwort</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Nachrichtenzustellung</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Mit Mitarbeiter sprechen</translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation>An Bot übergeben</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Business form</source>
        <translation>Geschäftsformular</translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation>Plug-in für sichere Bilder</translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation>Plug-in für Ein-Klick-Zahlung</translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation>Plug-in für persönliche Daten</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nie genehmigt</translation>
    </message>
    <message>
        <source>Mobile link</source>
        <translation>Mobiler Link</translation>
    </message>
    <message>
        <source>PC link</source>
        <translation>PC-Link</translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation>iOS-App-Link</translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation>Android-App-Link</translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… %Ln weiteres Zeichen nicht angezeigt</numerusform>
            <numerusform>… %Ln weitere Zeichen nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation>Speichern Sie die Vorlage, um ihre Aktivität zu starten: Kommentare, Änderungen und Prüfschritte.</translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>Link zur Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation>Link zu den Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation>Kontakttelefon oder E-Mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Markenfarbe</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation>Testgeräte</translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation>Fragebogen: allgemeine Fragen</translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation>Fragebogen: Kontakt für die Verifizierung</translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation>Fragebogen: Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation>Fragebogen: Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation>Fragebogen: Frankreich</translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation>Fragebogen: Spanien</translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation>Fragebogen: Demovideo</translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation>%1 fehlt: Füllen Sie es aus.</translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation>%1 fehlt: Fügen Sie mindestens eine Telefonnummer oder E-Mail hinzu (eine Website allein zählt nicht).</translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation>%1: Wählen Sie mindestens ein Land für den Launch.</translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation>%1 ist unbeantwortet: Beantworten Sie die Fragen.</translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation>%1 ist unbeantwortet: Spanische Netzbetreiber können danach fragen.</translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation>%1 ist leer: Nutzer sehen keinen Text über die Marke.</translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation>%1 ist das Standardschwarz: Wählen Sie die Farbe der Marke.</translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation>%1: noch keine, also hat niemand den Absender auf einem Telefon getestet.</translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation>%1 fehlt: Der Launch bleibt bei „Launch läuft“, bis ein Video vorliegt.</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation>Ausstehend: Der Netzbetreiber prüft</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation>Vom Netzbetreiber abgelehnt</translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation>Vom Netzbetreiber gesperrt</translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation>Wird zurückgezogen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation>Ungültig in Google My Business: Korrigieren Sie den Unternehmenseintrag</translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation>Der API unbekannt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation>Launch wird vorbereitet</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Launch läuft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>Im Test</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaire</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaireRules</name>
    <message>
        <source>%1 is deprecated: the API no longer needs this answer and may ignore it.</source>
        <translation>%1 ist veraltet: Die API braucht diese Antwort nicht mehr und ignoriert sie eventuell.</translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation>%1 muss genau %2 Ziffern haben, ohne Leerzeichen oder andere Zeichen (es hat %3 Zeichen).</translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation>%1 muss als %2 geschrieben werden (Ziffern für X).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>entry %1 %2</source>
        <translation>Eintrag %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RcsUpdateLockText</name>
    <message>
        <source>its countries</source>
        <translation>seine Länder</translation>
    </message>
    <message>
        <source>its launch</source>
        <translation>sein Launch</translation>
    </message>
    <message>
        <source>While the sender is “%1”, only %2 can change.</source>
        <translation>Solange der Absender „%1“ ist, können nur %2 geändert werden.</translation>
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
    <name>TestNumberText</name>
    <message>
        <source>Invited: waiting for the tester to accept</source>
        <translation>Eingeladen: wartet auf Annahme durch den Tester</translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation>Ausstehend: Google prüft die Nummer</translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation>Verifiziert: kann Testnachrichten empfangen</translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation>Vom Tester abgelehnt: Senden Sie die Einladung erneut</translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation>Ungültig: keine RCS-fähige Nummer</translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation>Google unbekannt: Prüfen Sie die Nummer</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation>Kalendereintrag erstellen</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Nummer wählen</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation>Link in der Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation>Standort teilen</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>Standort ansehen</translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation>Gesendete Nachricht widerrufen</translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation>Rich-Card-Karussells</translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation>Einzelne Rich Cards</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>Nicht angegebene Funktion</translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation>Eine Funktion, die die API nicht benennt</translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation>Upscaling: SMS-Nummer wird verbunden</translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation>Hochgestuft: RCS mit SMS-Fallback</translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation>Upscaling fehlgeschlagen: Wiederholen Sie es</translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation>Downscaling: SMS-Nummer wird getrennt</translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation>Downscaling fehlgeschlagen: Wiederholen Sie es</translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation>RCS-Absender %1 mit SMS-Nummer %2 in %3 verbunden: %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation>Conversation API-App: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation>Geben Sie die URL ein, an die die Ereignisse gesendet werden (https://…).</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation>Die URL ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation>Die URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation>Dies ist keine gültige URL. Schreiben Sie sie vollständig, z. B. https://example.com/callback.</translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation>Die URL muss mit https:// beginnen: Ereignisse enthalten Projektdaten und werden nur verschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation>Beim Ersetzen des Webhooks werden alle Felder gesendet: Geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation>Geben Sie ein Geheimnis ein: Der Server signiert damit jedes Ereignis, damit Sie es prüfen können.</translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation>Das Geheimnis ist %1 Zeichen lang; es muss %2 bis %3 haben.</translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation>Ein so kurzes Geheimnis ist leicht zu erraten: Verwenden Sie mindestens %1 zufällige Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation>Wählen Sie mindestens ein Ereignis (ALL für alle Ereignisse).</translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation>„%1“ ist kein Ereignis, das der Server kennt.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation>ALL sendet bereits alle Ereignisse; die anderen gewählten Ereignisse bringen nichts.</translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation>Geben Sie den rechtlichen Namen des Unternehmens ein, genau wie im Meta Business Manager.</translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der rechtliche Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation>Der Name beginnt oder endet mit einem Leerzeichen; Meta vergleicht ihn exakt.</translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation>Geben Sie die Business Manager-ID ein (Unternehmenseinstellungen &gt; Unternehmensinfo im Meta Business Manager).</translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation>Die ID ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation>Business Manager-IDs von Meta bestehen nur aus Ziffern; prüfen Sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation>„%1“ ist kein Business Manager, den der Server kennt.</translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation>Geben Sie den Namen der Lösung ein, wie der Partner sie nennt.</translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation>Fügen Sie das Zugriffstoken ein, das nach dem Embedded Signup des Partners zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation>Wählen Sie den Sinch-Business Manager der Lösung.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation>„%1“ ist kein Business Manager, den der Server für Lösungen akzeptiert.</translation>
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
        <source>Write the number in international form, e.g. +46701234567.</source>
        <translation>Schreiben Sie die Nummer im internationalen Format, z. B. +46701234567.</translation>
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
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation>Eine Vorlage auf dem Server behält ihren Namen: Setzen Sie ihn auf „%1“ zurück oder exportieren Sie die Vorlage und importieren Sie sie in eine neue, um den Namen „%2“ zu verwenden.</translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation>Eine Vorlage auf dem Server behält ihre Sprache: Setzen Sie sie auf %1 zurück oder fügen Sie %2 als neue Sprache der Vorlage hinzu.</translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation>ihre Änderungen wurden wegen %1 abgelehnt, nicht wegen der Kategorie</translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation>sie wurde bereits geprüft (%1)</translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation>Die Kategorie kann nicht von %1 zu %2 wechseln, weil %3: Setzen Sie sie auf %1 zurück oder erstellen Sie eine neue Vorlage mit der Kategorie %2. Sie kann sich nur im Entwurf oder nach einer Ablehnung wegen falscher Kategorie (INCORRECT_CATEGORY) ändern.</translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation>Das Projekt hat bereits eine Vorlage „%1“ in %2: Wählen Sie einen anderen Namen oder öffnen Sie diese Vorlage zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation>Der Name „%1“ wurde am %2 gelöscht und kann vor %3 nicht wiederverwendet werden: Wählen Sie einen anderen Namen oder warten Sie bis dahin.</translation>
    </message>
    <message>
        <source>Codes expire after %1 to %2 minutes.</source>
        <translation>Codes laufen nach %1 bis %2 Minuten ab.</translation>
    </message>
    <message>
        <source>Add a sample URL for the header (%1): reviewers need to see the media.</source>
        <translation>Fügen Sie eine Beispiel-URL für die Kopfzeile (%1) hinzu: Die Prüfer müssen die Medien sehen.</translation>
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
    <message>
        <source>Changes rejected</source>
        <translation>Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>Rejected (never approved)</source>
        <translation>Abgelehnt (nie genehmigt)</translation>
    </message>
</context>
<context>
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation>Eingerichtet: bereit für Absender und Vorlagen</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation>Wartet auf Metas Verifizierung des Unternehmens</translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation>Abgelehnt: Korrigieren Sie die Angaben und speichern Sie erneut</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation>Entwurf, nicht zur Prüfung gesendet</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation>Wartet auf Metas Verifizierung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sinch America</source>
        <translation>Sinch America</translation>
    </message>
    <message>
        <source>Sinch Brazil</source>
        <translation>Sinch Brazil</translation>
    </message>
    <message>
        <source>Sinch Mexico</source>
        <translation>Sinch Mexico</translation>
    </message>
    <message>
        <source>Sinch SEP</source>
        <translation>Sinch SEP</translation>
    </message>
    <message>
        <source>Sinch UK</source>
        <translation>Sinch UK</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>Von Meta gesperrt</translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation>Sperrung geplant</translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation>Nach Sperrung wiederhergestellt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
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
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           validate WhatsApp and KakaoTalk template JSON files (exit 1 on errors)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           draw a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it
  export --project ID --out DIR
                           write every resource of a project as JSON files (see export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           recreate an export&apos;s templates and webhooks in another project
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           print a project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>Sinch-Provisionierungskonsole: Projekte, WhatsApp-, KakaoTalk- und RCS-Absender, Vorlagen und Webhooks verwalten.

Unterbefehle:
  serve-sandbox [options]  nur den eingebauten Emulator der API ausführen (siehe serve-sandbox --help)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           JSON-Dateien mit WhatsApp- und KakaoTalk-Vorlagen prüfen (Exit 1 bei Fehlern)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           eine WhatsApp- oder KakaoTalk-Vorlage (AlimTalk) so zeichnen, wie das Telefon sie zeigt
  export --project ID --out DIR
                           alle Ressourcen eines Projekts als JSON-Dateien schreiben (siehe export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           Vorlagen und Webhooks eines Exports in einem anderen Projekt neu anlegen
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           WhatsApp-Vorlagen eines Projekts als Vorschauen auf einem PDF-Kontaktbogen drucken</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
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
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation>Die Posteingangsdatenbank war beschädigt. Sie wurde nach %1 verschoben und eine neue wurde angelegt; die Aktivitäten werden beim nächsten Sync erneut vom Server gelesen.</translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation>Die Posteingangsdatenbank %1 ist beschädigt und konnte nicht verschoben werden. Schließen Sie die Konsole, entfernen Sie die Datei und starten Sie neu.</translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation>Eine andere Sinch-Konsole verwendet die Posteingangsdatenbank, daher zeigt dieses Fenster sie schreibgeschützt an und synchronisiert nicht. Schließen Sie die andere Konsole und öffnen Sie den Posteingang erneut, um hier zu synchronisieren.</translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation>Die Posteingangsdatenbank %1 konnte nicht geöffnet werden (%2). Der Posteingang funktioniert ohne sie, bis die Datei beschrieben werden kann; prüfen Sie Berechtigungen und freien Speicher des Ordners.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
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
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>seit %n Sekunde keine Daten</numerusform>
            <numerusform>seit %n Sekunden keine Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>eine Antwort größer als %n MB, die die Konsole nicht liest</numerusform>
            <numerusform>eine Antwort größer als %n MB, die die Konsole nicht liest</numerusform>
        </translation>
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
        <translation>Status</translation>
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
        <translation>Änderungen</translation>
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
        <translation>Noch keine RCS-Absender. Legen Sie einen RCS-Agenten an, füllen Sie seinen Launch-Fragebogen aus und starten Sie ihn je Land.</translation>
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
        <translation>Hochgestuft</translation>
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
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation>Dieses Projekt hat noch kein WhatsApp-Konto.
Erstellen Sie eines mit dem rechtlichen Namen des Unternehmens und seiner Meta Business Manager-ID; Meta prüft dann das Unternehmen, was einige Tage dauern kann.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Beliebige Änderungen</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Noch keine Vorlagen. Erstellen Sie eine (Strg+N)</translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation>Admin-Telefon</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation>Dieser Absender hat noch keine AlimTalk-Vorlagen. Erstellen Sie eine (Strg+N): Schreiben Sie die Nachricht mit #{variables}, speichern Sie sie als Entwurf und reichen Sie sie dann zur Prüfung bei Kakao ein.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation>Conversation API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1-Konto</translation>
    </message>
</context>
<context>
    <name>sinch::BulkClonePlan</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>it is the template itself</source>
        <translation>es ist die Vorlage selbst</translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation>%1 ist bereits aus %3 in %2 geklont</translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation>Beim Warten auf den erneuten Versand abgebrochen: Der Server hatte mit 429 (zu viele Anfragen) abgelehnt, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation>Wird erneut gesendet (Versuch %1)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation>Mit 429 (zu viele Anfragen) abgelehnt und nicht erneut gesendet, weil der Auftrag abgebrochen wurde: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation>Nach %1 Versuchen weiterhin mit 429 (zu viele Anfragen) abgelehnt: Nichts wurde geändert. Führen Sie es später erneut aus.</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation>Mit 429 (zu viele Anfragen) abgelehnt: %1 s Wartezeit bis zum erneuten Senden.</translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation>Die Antwort ging verloren (%1): Es wurde eventuell ausgeführt. Prüfen Sie das Ziel, bevor Sie es erneut ausführen.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation>Der Server bat um Verlangsamung: %1 s Wartezeit.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>nicht erledigt %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>unbekannt %1</translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation>offen %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>abgebrochen %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation>Gestartet %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>%n Anfrage erneut gesendet, nachdem der Server mit 429 geantwortet hatte (zu viele Anfragen, nicht verarbeitet).</numerusform>
            <numerusform>%n Anfragen erneut gesendet, nachdem der Server mit 429 geantwortet hatte (zu viele Anfragen, nicht verarbeitet).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
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
    <name>sinch::ImportApplier</name>
    <message>
        <source>Not connected to the project.</source>
        <translation>Nicht mit dem Projekt verbunden.</translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation>Lokale Entwürfe brauchen ein zur Konsole hinzugefügtes Projekt (die Entwürfe gehören zu ihm).</translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation>WhatsApp-Vorlage</translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation>KakaoTalk-Vorlage</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation>Identisch, überspringen</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation>Das Zielprojekt hat keinen KakaoTalk-Absender %1: Registrieren Sie ihn dort zuerst und planen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation>WhatsApp-Vorlagen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>KakaoTalk-Absender</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation>KakaoTalk-Vorlagen von %1</translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation>Abgebrochen, bevor der Plan fertig war.</translation>
    </message>
</context>
<context>
    <name>sinch::InboxModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 von %3</translation>
    </message>
</context>
<context>
    <name>sinch::InboxSync</name>
    <message>
        <source>WhatsApp account</source>
        <translation>WhatsApp-Konto</translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation>RCS-Konto</translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>%n Prüfergebnis</numerusform>
            <numerusform>%n Prüfergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n neuer Kommentar</numerusform>
            <numerusform>%n neue Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation>Prüfergebnis: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.</source>
        <translation>Verwenden Sie https in der Conversation API-URL: Einfaches http ist nur für die lokale Sandbox erlaubt, nicht für %1.</translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation>Wählen Sie die Conversation API-Region (EU oder US) oder geben Sie eine URL ein, die mit https:// beginnt und einen Host nennt.</translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation>Der Ordner enthält den Export von Projekt %1: Exportieren Sie %2 in einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>Aktivitäten von %1</translation>
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
    <message>
        <source>Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).</source>
        <translation>Inhalte werden für fehlgeschlagene Anfragen aufbewahrt (für alle mit der Protokollregel sinch.api.debug=true).</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1, unvollständig</translation>
    </message>
    <message>
        <source>%1 (its headers came; the answer did not, whole)</source>
        <translation>%1 (die Header kamen an, die Antwort nicht vollständig)</translation>
    </message>
</context>
<context>
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation>Der Absender ist in einem Status, den diese Konsole nicht kennt (%1): Was passiert ist, sehen Sie in seiner Aktivität.</translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation>Die Nummer ist bereits anderswo ein WhatsApp-Absender: Entfernen Sie sie dort oder verwenden Sie eine andere Nummer.</translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation>Die Nummer wurde nie verifiziert: Registrieren Sie sie erneut und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation>Das WhatsApp Business-Konto gehört zu einem anderen Projekt: Verwenden Sie dieses Projekt oder bitten Sie den Sinch-Support, es zu verschieben.</translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation>Meta hat das Unternehmen nicht verifiziert: Schließen Sie die Unternehmensverifizierung im Meta Business Manager ab.</translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation>Der Absender wurde bei Meta gelöscht: Erstellen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation>Die Einrichtung des Absenders ist fehlgeschlagen (%1): Wenden Sie sich mit der ID des Absenders an den Sinch-Support.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation>Die Einrichtung des Absenders ist fehlgeschlagen: „%1“. Wenden Sie sich mit der ID des Absenders an den Sinch-Support.</translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation>Meta hat die Änderungen ohne Begründung abgelehnt: Bearbeiten und erneut einreichen oder verwerfen.</translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation>Meta hat die Änderungen abgelehnt: „%1“ Passen Sie sie an diese Regel an und reichen Sie sie erneut ein oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation>Geben Sie den 6-stelligen Code ein, der an %1 gesendet wurde.</translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation>Fordern Sie einen Bestätigungscode für %1 an: Meta sendet ihn per SMS oder Anruf.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation>Nichts zu tun: Meta prüft den Absender; diese Seite verfolgt die Prüfung.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation>Reichen Sie die Entwurfsänderungen zur Prüfung bei Meta ein oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation>Der Absender ist inaktiv: Registrieren Sie %1 erneut und geben Sie den neuen Code ein.</translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation>Meta hat den Absender gesperrt: Prüfen Sie seine Qualitätsbewertung und legen Sie über den Sinch-Support Einspruch ein.</translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation>Nichts zu tun: Der Absender ist aktiv.</translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation>Kakao hat die Änderungen abgelehnt: Prüfen Sie, ob Name, Kategorien und Logo zum KakaoTalk-Kanal passen, und reichen Sie erneut ein oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation>Geben Sie das Token ein, das Kakao an das Admin-Telefon %1 gesendet hat.</translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation>Fordern Sie ein Token an: Kakao sendet es an das Admin-Telefon %1.</translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation>Nichts zu tun: Kakao prüft den Absender; diese Seite verfolgt die Prüfung.</translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation>Reichen Sie den Absender zur Prüfung bei Kakao ein oder verwerfen Sie den Entwurf.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation>Reichen Sie die Entwurfsänderungen zur Prüfung bei Kakao ein oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation>Der Absender ruht: Fordern Sie ein Token für das Admin-Telefon %1 an, um ihn zu reaktivieren.</translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation>Kakao hat den KakaoTalk-Kanal blockiert: Der Inhaber des Kanals muss das mit Kakao klären.</translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation>Kakao hat den Absender gesperrt: Wenden Sie sich an den Sinch-Support.</translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation>Kakao hat dieses Token nicht akzeptiert. Prüfen Sie die Ziffern des letzten an %1 gesendeten Tokens und geben Sie sie erneut ein oder fordern Sie ein neues Token an.</translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation>Dieser Absender wartet nicht auf ein Token: Fordern Sie zuerst ein Token an.</translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation>Dieser Absender ist bereits verifiziert und aktiv: Er braucht kein Token.</translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation>Das ist nicht der Code, den Meta an %1 gesendet hat. Prüfen Sie die 6 Ziffern der letzten SMS oder des letzten Anrufs und geben Sie sie erneut ein; nach einigen falschen Codes verfällt der Code und neue werden eine Zeit lang verweigert.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation>Für %1 wurden zu viele falsche Codes eingegeben, daher hat Meta den Code ungültig gemacht und verweigert vorerst neue. Warten Sie einige Stunden und registrieren Sie dann erneut, um einen neuen Code zu erhalten; wird er weiterhin verweigert, bitten Sie den Sinch-Support, die Nummer mit Meta zu prüfen.</translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation>Es gibt keinen gültigen Code zum Prüfen: Er wurde verwendet, nach falschen Codes ungültig gemacht oder nie angefordert. Registrieren Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation>Vor wenigen Augenblicken wurde ein Code angefordert: Warten Sie eine Minute auf ihn, bevor Sie einen weiteren anfordern.</translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation>Diese Nummer ist bereits registriert und verifiziert: Sie braucht keinen neuen Code.</translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation>Ein Code kann nur angefordert werden, solange der Absender auf die Verifizierung wartet oder inaktiv ist.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Noch nicht aktiv</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation>Nach %1 klonen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Nach %1 exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation>%1 enthält keine Vorlage: Erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation>%1 sieht nicht wie eine WhatsApp-Vorlage aus: Es hat weder &quot;name&quot; noch &quot;details&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation>%1: &quot;details.components&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
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
        <translation>Status</translation>
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
    <name>sinch::TemplatePathWords</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Schaltfläche %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
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
        <source>Allow category change</source>
        <translation>Kategorieänderung erlauben</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation>Code läuft ab nach (Minuten)</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Code button</source>
        <translation>Code-Schaltfläche</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Text zum automatischen Ausfüllen</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Android-Paket</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>App-Signatur-Hash</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Flow-Aktion</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Erster Bildschirm</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
</context>
<context>
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation>{{1}} in der Kopfzeile</translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation>{{%1}} im Textkörper</translation>
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
    <name>sinch::app</name>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 erwartet %2, nicht „%3“</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Die Vorlagen und Webhooks eines Projektexports in einem anderen Projekt neu anlegen: zuerst der Plan (erstellen, identisch, Konflikt mit seinen Unterschieden), dann, ohne --dry-run, die Änderungen. Vorlagen werden als Entwürfe auf dem Server angelegt, nie eingereicht; mit --as-drafts werden sie stattdessen lokale Entwürfe der Konsole. Jeder neue Webhook fragt nach seinem Geheimnis (eine leere Antwort oder kein Terminal erzeugt eines, das einmal angezeigt wird).
Das Schlüsselgeheimnis stammt aus SINCH_KEY_SECRET oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Alle lesbaren Ressourcen eines Projekts (WhatsApp-Konto, Absender, Vorlagen, Flows, KakaoTalk-Absender und -Vorlagen, RCS-Absender, Webhooks, Aktivitäten) als JSON-Dateien mit einer manifest.json exportieren; ein erneuter Lauf schreibt nur Geändertes neu. Es werden keine Geheimnisse oder Tokens geschrieben.
Das Schlüsselgeheimnis stammt aus SINCH_KEY_SECRET oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation>Das Projekt: ein Name, eine Sinch-Projekt-ID oder lokale ID aus der Liste der Konsole; mit --key-id die Sinch-Projekt-ID.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>Der Ordner, in den exportiert wird.</translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation>Den Plan ausgeben, nichts ändern.</translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation>Die Vorlagen zu lokalen Entwürfen der Konsole machen (zum Einreichen aus dem Editor).</translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation>Auch die Konflikte übernehmen: Der Inhalt des Exports ersetzt den des Projekts.</translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation>Die Adresse der API (mit --key-id).</translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation>Die Adresse für OAuth2-Tokens (mit --key-id).</translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation>Die ID des Zugangsschlüssels: Das Projekt kommt aus den Optionen.</translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation>oauth2 (Standard) oder basic.</translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation>Der Ordner eines Projektexports.</translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation>--project ist erforderlich: Name oder ID des Projekts</translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation>import erwartet einen Ordner, den zu importierenden Export</translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation>export erwartet keine weiteren Wörter: Der Ordner wird mit --out angegeben</translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation>--out ist erforderlich: der Ordner, in den exportiert wird</translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation>--base-url, --token-url und --auth brauchen --key-id (ein über die Optionen angegebenes Projekt)</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine http(s)-Adresse, nicht „%2“</translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation>--auth erwartet oauth2 oder basic, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n Vorlage, %1</numerusform>
            <numerusform>%n Vorlagen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation>Alle WhatsApp-Vorlagen eines Projekts als Telefonvorschau auf einem PDF-Kontaktbogen mit Inhaltsverzeichnis drucken.
Das Schlüsselgeheimnis stammt aus der Umgebungsvariablen %1, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation>Nur Vorlagen in diesem Status (wiederholen oder kommagetrennt).</translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation>Nur Vorlagen dieser Kategorie.</translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation>Nur Vorlagen in dieser Sprache (z. B. EN_US, KO).</translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation>Dunkle Seiten und Vorschauen.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation>unerwartetes „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>geben Sie das zu schreibende PDF mit -o FILE.pdf an</translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation>die Vorlagen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · WhatsApp-Vorlagen</translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation> · nur %1</translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation>%1: %2 Vorlagen, %3 Seiten (gelesen in %4 ms, gezeichnet in %5 ms)
</translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation>Das Projekt: Sinch-Projekt-ID, Name oder lokale ID eines konfigurierten Projekts; mit --key-id und --base-url jede Projekt-ID.</translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation>Die ID des Zugangsschlüssels (für ein nicht in der Konsole konfiguriertes Projekt).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation>Die Adresse der API (Standard: die konfigurierte, sonst die von Sinch).</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation>Der OAuth2-Token-Endpunkt (Standard: der von Sinch).</translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation>basic oder oauth2 (Standard: oauth2).</translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation>geben Sie das Projekt mit --project ID an</translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation>--auth ist basic oder oauth2, nicht „%1“</translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation>kein konfiguriertes Projekt heißt „%1“; fügen Sie es in der Konsole hinzu oder geben Sie --key-id (und --base-url) an, um es ohne Konfiguration zu erreichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation>„%1“ bezeichnet %2 konfigurierte Projekte: Verwenden Sie die Sinch-Projekt-ID</translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation>kein Schlüsselgeheimnis für %1%2: Setzen Sie %3 oder speichern Sie das Geheimnis des Projekts in der Konsole (ein Geheimnis wird nie aus einer Option übernommen)</translation>
    </message>
</context>
<context>
    <name>sinch::rules::ImageRequirement</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>It is %1; Sinch takes %2.</source>
        <translation>Es ist %1; Sinch akzeptiert %2.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation>Es ist %1 × %2 Pixel groß; es muss genau %3 × %4 sein.</translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation>Es ist %1; höchstens %2 ist erlaubt.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
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
    <message>
        <source>sinch-console lint: --channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>sinch-console lint: --channel ist whatsapp oder kakaotalk, nicht „%1“</translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Aufruf: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Prüft JSON-Dateien mit WhatsApp- und KakaoTalk-Vorlagen (Form der Erstellungsanfrage der API);
der Kanal wird aus den Feldern jeder Datei erkannt, außer --channel nennt ihn.
Exit-Code: 0 keine Fehler, 1 Fehler gefunden, 2 Eingabe nicht lesbar.
</translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation>Wählen Sie %1: Dies kann nicht mehr geändert werden, sobald der Absender existiert.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation>„%1“ ist kein Wert für %2, den die API kennt; wählen Sie einen aus %3.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>%1 ist %2 Zeichen lang; kürzen Sie auf höchstens %3.</translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation>%1 ist keine Webadresse; schreiben Sie sie vollständig, z. B. https://example.com/page.</translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation>%1 ist %2; verwenden Sie ein JPEG- oder PNG-Bild.</translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation>Geben Sie die Telefonnummer ein oder entfernen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation>Fügen Sie hier mindestens %1 Eintrag hinzu oder lassen Sie die Liste weg.</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation>Hier sind höchstens %1 Einträge erlaubt; entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation>Geben Sie diesem Kontakt eine sichtbare Bezeichnung, z. B. „Kundenservice“.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation>Geben Sie %1 ein oder entfernen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>Dies ist keine E-Mail-Adresse; schreiben Sie sie als name@example.com.</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation>Dieser Eintrag steht bereits in der Liste oben; jeder muss anders sein.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button.</source>
        <translation>Schreiben Sie die Farbe als Hexcode, z. B. #1A73E8, oder wählen Sie sie mit der Schaltfläche „Auswählen…“.</translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation>Weißer Text auf dieser Farbe hat einen Kontrast von %1:1; am besten lesbar ab %2:1. Wählen Sie eine dunklere Farbe.</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>URL der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation>Wählen Sie mindestens ein Land, in dem der Absender gestartet wird.</translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation>RCS-Absender können nicht in „%1“ gestartet werden; wählen Sie eines aus %2.</translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation>%1 ist doppelt gewählt; entfernen Sie eines.</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation>Höchstens %1 Testnummern sind erlaubt; entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation>Schreiben Sie die Testnummer in E.164: + und Ländervorwahl, dann die Nummer (z. B. +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation>%1 ist doppelt aufgeführt; entfernen Sie einen Eintrag.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>billing category</source>
        <translation>Abrechnungskategorie</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +442071234567).</source>
        <translation>Schreiben Sie die Nummer als %1 bis %2 Ziffern ohne Ländervorwahl und Trennzeichen (z. B. 2071234567) oder in E.164 mit Ländervorwahl (z. B. +442071234567).</translation>
    </message>
    <message>
        <source>At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).</source>
        <translation>Höchstens %1 Zeichen; diese Nummer hat %2. Lassen Sie Leerzeichen und Bindestriche weg (z. B. +442071234567).</translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Unternehmenskategorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Zweite Website</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation>URL des Profilfotos</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation>Nummer bereitgestellt von</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation>Lokale Speicherung bei Meta</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>Such-ID</translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation>Admin-Telefonnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>Logo-URL</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation>Kategorie (zweite Ebene)</translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation>Kategorie (dritte Ebene)</translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation>Wählen Sie die Kategorie bis zur dritten Ebene.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Zeichen.</numerusform>
            <numerusform>%1 braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation>%1 ist keine E-Mail-Adresse: Schreiben Sie sie als name@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation>%1 ist keine Webadresse: Schreiben Sie sie vollständig, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation>%1: nur Ziffern, mit Ländervorwahl und optionalem + am Anfang, z. B. +821012345678.</translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation>%1: nur Ziffern, ohne Ländervorwahl, Leerzeichen oder Bindestriche.</translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation>%1: die Ländervorwahl in Ziffern, ohne + (49 für Deutschland, 44 für das Vereinigte Königreich).</translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation>%1: Der Code muss genau %2 Ziffern haben.</translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation>%1: Die Adresse nennt den Bildtyp nicht; er muss einer aus %2 sein.</translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation>%1: eine %2-Datei; das Bild muss eines aus %3 sein.</translation>
    </message>
    <message>
        <source>%1 is required with your own number: WhatsApp sends the verification code to it.</source>
        <translation>%1 ist bei Ihrer eigenen Nummer erforderlich: WhatsApp sendet den Bestätigungscode dorthin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1 hat nur %n Ziffer; mit Ländervorwahl hat eine Telefonnummer mindestens 8, z. B. +821012345678.</numerusform>
            <numerusform>%1 hat nur %n Ziffern; mit Ländervorwahl hat eine Telefonnummer mindestens 8, z. B. +821012345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
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
    <message>
        <source>Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.
The channel is told from the file&apos;s fields unless --channel names it.</source>
        <translation>Eine WhatsApp- oder KakaoTalk-Vorlage (AlimTalk) so darstellen, wie das Telefon sie zeigt, und als PNG schreiben.
Der Kanal wird aus den Feldern der Datei erkannt, außer --channel nennt ihn.</translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation>Die Variablen ({{n}}, #{name}) statt der Beispiele anzeigen.</translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation>Als Vorlage dieses Kanals darstellen: whatsapp oder kakaotalk.</translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation>KakaoTalk: das für #{NAME} angezeigte Beispiel (für jede Variable wiederholen).</translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation>KakaoTalk: der über der Nachricht angezeigte Kanalname.</translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>--channel ist whatsapp oder kakaotalk, nicht „%1“</translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--example erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp Business-Konto-ID</translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation>Über Embedded Signup erstellt</translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation>Vorlagenanalyse</translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation>Conversation API-Regionen</translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation>Hauptstandort des Unternehmens</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Rechtlicher Name des Unternehmens</translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation>Meta Business Manager-ID</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation>Neuer rechtlicher Name des Unternehmens</translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation>Neue Business Manager-ID</translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation>Ein: Metas Vorlagen-Insights werden erfasst</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountPage</name>
    <message>
        <source>&amp;Create account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Details &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation>Vorlagen&amp;analyse aktivieren…</translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation>Vorlagenanalyse aktivieren</translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation>Langlebiges Zugriffs&amp;token…</translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation>Langlebiges Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>&amp;JSON anzeigen</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>JSON anzeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation>Geben Sie den rechtlichen Namen des Unternehmens und die Meta Business Manager-ID für Metas Prüfung ein</translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation>Das Konto so anzeigen, wie der Server es gesendet hat</translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation>Meta bitten, Vorlagen-Insights zu erfassen (gesendet, zugestellt, gelesen, Klicks)</translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation>Ein Embedded Signup-Token gegen ein langlebiges tauschen oder die erreichbaren WABAs nachschlagen</translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation>Konto als JSON</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>&amp;JSON ausblenden</translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation>JSON ausblenden</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Wählen Sie ein Projekt, um seine Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation>Korrigieren Sie die von Meta abgelehnten Details und senden Sie sie erneut zur Prüfung</translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation>Meta akzeptiert Änderungen nur bei einem abgelehnten Konto; dieses ist: %1</translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation>Die Vorlagenanalyse ist bereits aktiviert</translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation>Meta bietet die Vorlagenanalyse an, sobald das Konto eingerichtet ist</translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation>Rechtlicher &amp;Name des Unternehmens:</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Rechtlicher Name des Unternehmens</translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation>Wie im Meta Business Manager angezeigt</translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation>Muss exakt mit dem Namen des Unternehmens im Meta Business Manager übereinstimmen.</translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation>Meta &amp;Business Manager-ID:</translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation>Business Manager-ID</translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation>z. B. 104857600123456</translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation>Im Meta Business Manager: Unternehmenseinstellungen &gt; Unternehmensinfo.</translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation>Sinch wählen lassen</translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation>Sinch Business &amp;Manager:</translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation>Sinch Business Manager</translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation>Das Sinch-Unternehmen, das das Konto einrichtet; es kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation>Neues WhatsApp-Konto</translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation>Kontodetails korrigieren</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation>Konto erstellen; Meta prüft es (Strg+S)</translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation>Korrigierte Details zur Prüfung an Meta senden (Strg+S)</translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation>Nichts geändert: Korrigieren Sie zuerst ein Feld.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation>Details werden gesendet…</translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation>Konto erstellt. Meta prüft das Unternehmen; der Status wird hier angezeigt.</translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation>Details zur Prüfung an Meta gesendet.</translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation>Meta bitten, Analysedaten zu den Vorlagen dieses Kontos zu erfassen?

Meta zählt dann, wie oft jede Vorlage gesendet, zugestellt und gelesen und wie oft ihre Schaltflächen angeklickt werden; die Vorlagenliste zeigt die Zahlen. Dies kann hier nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation>Vorlagenanalyse wird aktiviert…</translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation>Die Vorlagenanalyse ist aktiviert: Meta erfasst die Daten ab jetzt.</translation>
    </message>
    <message>
        <source>The account could not be read. See the message above.</source>
        <translation>Das Konto konnte nicht gelesen werden. Siehe Meldung oben.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityDelegate</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityFeedView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation>Aktivität, neueste zuerst</translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation>Kommentare werden gesendet</translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation>Aktivität erneut lesen</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Aktivität aktualisieren</translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation>Wählen Sie ein Element, um seine Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation>Die Aktivität konnte nicht gelesen werden. Siehe Meldung oben.</translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation>Noch keine Aktivität. Kommentare, Änderungen und Prüfschritte erscheinen hier.</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Aktivität von %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>Sie · wird gesendet…</translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation>Der Kommentar wurde nicht gesendet: %1 Er steht wieder im Eingabefeld; senden Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
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
        <translation>Schlüssel wird mit %1 getestet…</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>Der Schlüssel funktioniert. Wird gespeichert…</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Conversation API region</source>
        <translation>Conversation API-Region</translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation>Wo die Conversation API-Apps des Projekts liegen: App-Listen und Testsendungen gehen dorthin</translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation>Conversation-&amp;Region:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>The new project</source>
        <translation>Das neue Projekt</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>KakaoTalk channel</source>
        <translation>KakaoTalk-Kanal</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation>AlimTalk eingegangen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation>Sicherheitsnachricht: nur auf dem Hauptgerät angezeigt</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation>Fügen Sie diesen Kanal hinzu, um seine Werbe- und Marketingnachrichten in KakaoTalk zu erhalten.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Schaltfläche: %1</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Gesendet am %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewWidget</name>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>Show the variables as #{name} instead of their examples</source>
        <translation>Die Variablen als #{name} statt ihrer Beispiele anzeigen</translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation>AlimTalk-Vorschau</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie den Filter (Esc), um alle %2 zu sehen.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Wählen Sie ein Projekt, um seine %1 zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Wählen Sie ein Projekt, um seine Aktivität zu sehen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BodyPart</name>
    <message>
        <source>Body</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Textkörper hinzufügen</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation>WhatsApp schreibt den Text einer Authentifizierungsnachricht selbst.</translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation>Sicherheitsempfehlung hinzufügen („Teilen Sie diesen Code nicht“)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Festbreite</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation>Variable an der Cursorposition einfügen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkCloneDialog</name>
    <message numerus="yes">
        <source>Clone %n template(s)</source>
        <translation>
            <numerusform>%n Vorlage klonen</numerusform>
            <numerusform>%n Vorlagen klonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Zielprojekt</translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation>%1 (dieses Projekt)</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>Zielsprachen</translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation>Markieren Sie die Sprachen, in die geklont wird; ohne Markierung behält jede Vorlage ihre eigene Sprache</translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation>Klone zur &amp;Prüfung einreichen (sonst sind es Entwürfe)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation>&amp;Zielprojekt:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klon</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation>Ü&amp;bersetzungen (jeder Text eines Klons in eine andere Sprache; bearbeiten Sie die Spalte „Übersetzung“):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation>%1 von %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%n Klon in %1.</numerusform>
            <numerusform>%n Klone in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation>Nichts zu klonen: Wählen Sie ein anderes Projekt oder markieren Sie eine Sprache</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>C&amp;ancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Fertig. %1</translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation>Prüfen Sie die als „Unbekannt“ markierten Elemente auf dem Server, bevor Sie sie erneut ausführen.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation>Wird abgebrochen: Warten auf Antworten zu bereits gesendeten Anfragen…</translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation>Der Server bat um Verlangsamung (429): Warten vor dem erneuten Senden. %1</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>Läuft… %1</translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation>Nichts Neues starten; bereits Gesendetes wird abgeschlossen und gemeldet</translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation>Der Auftrag läuft nicht</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation>Bundle-Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation>Unterprojekt erstellen</translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation>SMS-App erstellen</translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation>Conversation API-App erstellen</translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation>Name der Conversation-App</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Verarbeitungsmodus</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Aufbewahrungstage</translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation>Benennt Unterprojekt und Apps, sofern sie keinen eigenen Namen haben</translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation>Name des Bundles, wenn leer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation>App-Na&amp;me</translation>
    </message>
    <message>
        <source>Processing &amp;mode</source>
        <translation>&amp;Verarbeitungsmodus</translation>
    </message>
    <message>
        <source>Retention p&amp;olicy</source>
        <translation>Aufbewahrungsricht&amp;linie</translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation>Aufbewahrungsda&amp;uer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 bis %2 Tage</translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation>Wählen Sie mindestens etwas, das das Bundle erstellen soll.</translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation>Geben Sie einen Namen ein: Unterprojekt und Apps werden nach dem Bundle benannt.</translation>
    </message>
    <message>
        <source>Brazil (BR)</source>
        <translation>Brasilien (BR)</translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation>Europa (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Vereinigte Staaten (US)</translation>
    </message>
    <message>
        <source>Where the resources are created</source>
        <translation>Wo die Ressourcen angelegt werden</translation>
    </message>
    <message>
        <source>Choose a region: the bundle&apos;s subproject and apps are created there.</source>
        <translation>Wählen Sie eine Region: Dort werden das Unterprojekt und die Apps des Bundles angelegt.</translation>
    </message>
    <message>
        <source>Also names the subproject and apps</source>
        <translation>Benennt auch Unterprojekt und Apps</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Subproject</source>
        <translation>Unterprojekt</translation>
    </message>
    <message>
        <source>Parent project ID</source>
        <translation>ID des übergeordneten Projekts</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SMS app</source>
        <translation>SMS-App</translation>
    </message>
    <message>
        <source>SMS service ID</source>
        <translation>SMS-Dienst-ID</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation-App</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Verarbeitungsmodus</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Aufbewahrte Tage</translation>
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
        <source>Webhooks told it is done</source>
        <translation>Über den Abschluss benachrichtigte Webhooks</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation>Bundle erstellen</translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation>Bundle anzeigen</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Neues Bundle</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle-ID</translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation>Bundle-Details</translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation>Erstellen Sie ein Bundle oder geben Sie die ID eines Bundles ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>This form has created a bundle: change a field to create another.</source>
        <translation>Mit diesem Formular wurde ein Bundle erstellt: Ändern Sie ein Feld, um ein weiteres zu erstellen.</translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show bundle reads its state again. To create another, change the form first.</source>
        <translation>Bundle erstellt (%1). Der Server erstellt seine Teile womöglich noch: „Bundle anzeigen“ liest seinen Zustand erneut. Um ein weiteres zu erstellen, ändern Sie zuerst das Formular.</translation>
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
    <message>
        <source>Choose a flow</source>
        <translation>Flow auswählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Button %1 </source>
        <translation>Schaltfläche %1 </translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation>Schaltfläche %1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Up to 25 characters</source>
        <translation>Bis zu 25 Zeichen</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>https://shop.example.com/track/{{1}}</source>
        <translation>https://shop.example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Example URL:</source>
        <translation>Beispiel-URL:</translation>
    </message>
    <message>
        <source>example URL</source>
        <translation>Beispiel-URL</translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation>Erforderlich, wenn die URL auf {{1}} endet</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation>Autofill mit einem Tippen</translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation>Zero-Tap</translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation>&amp;Codezustellung:</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Art des Einmalpassworts</translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation>Autofill-Text:</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Autofill-Text</translation>
    </message>
    <message>
        <source>App package:</source>
        <translation>App-Paket:</translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation>Name des unterstützten App-Pakets</translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation>com.example.app</translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation>Signatur-Hash:</translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation>Signatur-Hash der unterstützten App</translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation>Ich akzeptiere die Nutzungsbedingungen für Zero-Tap</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;low:</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Zu einem Bildschirm navigieren</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Datenaustausch</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Flow-Aktion</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Bildschirm:</translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation>Flow-Bildschirm</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation>Schaltfläche %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Schaltfläche entfernen</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Schaltfläche %1 entfernen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation>Noch keine Schaltflächen. Fügen Sie bis zu 10 hinzu; Schnellantworten bleiben zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>%n Schaltfläche. Wählen Sie eine in der Gliederung aus, um sie zu bearbeiten; ziehen oder Alt+Auf/Ab zum Umsortieren.</numerusform>
            <numerusform>%n Schaltflächen. Wählen Sie eine in der Gliederung aus, um sie zu bearbeiten; ziehen oder Alt+Auf/Ab zum Umsortieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation>Alle Schaltflächen entfernen</translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation>Schaltflächen entfernen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation>Die Karten sind unterschiedlich aufgebaut; WhatsApp verlangt gleiche Karten.</translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation>Aufbau dieser Karte auf alle Karten übertragen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation>Medienformat von Karte %1</translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation>Medien-URL:</translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation>Medien-URL von Karte %1</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation>Text von Karte %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Schaltfläche %1 entfernen</translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation>Schaltfläche %1 von Karte %2 entfernen</translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation>Kartenschaltfläche entfernen</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>Karte %1 entfernen</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation>Kein Karussell. Ein Karussell zeigt nach dem Textkörper 1 bis 10 Karten, jede mit Medien, Text und Schaltflächen.</translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation>In Karussell umwandeln</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>%n Karte. Jede Karte hat dasselbe Kopfzeilenformat und dieselben Schaltflächen.</numerusform>
            <numerusform>%n Karten. Jede Karte hat dasselbe Kopfzeilenformat und dieselben Schaltflächen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation>Karussell entfernen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportAction</name>
    <message>
        <source>Export &amp;catalogue…</source>
        <translation>&amp;Katalog exportieren…</translation>
    </message>
    <message>
        <source>Print the current project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>WhatsApp-Vorlagen des aktuellen Projekts als Vorschauen auf einem PDF-Kontaktbogen drucken</translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation>Wählen Sie zuerst ein Projekt, das bereit ist</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>Sei&amp;ten:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation>%1 Vorlagen.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation>Jede Vorlage von %1, die zu den Filtern passt, je eine Telefonvorschau, mit Inhaltsverzeichnis nach Name.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ein Export läuft</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation>Wählen Sie zuerst die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation>Vorlagen werden gelesen… %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1 Versuchen Sie es erneut oder prüfen Sie die Projekteinstellungen.</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Vorlagen werden gelesen…</translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation>Keine Vorlage passt zu diesen Filtern: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · WhatsApp-Vorlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n Vorlage, %1</numerusform>
            <numerusform>%n Vorlagen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>%n Vorlage wird gezeichnet…</numerusform>
            <numerusform>%n Vorlagen werden gezeichnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation>Der Katalog konnte nicht geschrieben werden: %1. Wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>%n Vorlage auf %1 Seiten nach %2 geschrieben.</numerusform>
            <numerusform>%n Vorlagen auf %1 Seiten nach %2 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation>− %1: war %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1: %2
%3: %4
%5: %6</translation>
    </message>
    <message>
        <source>No changes: the same content as the approved version.</source>
        <translation>Keine Änderungen: derselbe Inhalt wie die genehmigte Version.</translation>
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
    <message>
        <source>Compare with approved — %1</source>
        <translation>Mit genehmigter Version vergleichen — %1</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Genehmigte Version</translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation>Die ausstehenden Änderungen (%1) haben denselben Inhalt wie die genehmigte Version.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>%n Zeile nur in der genehmigten Version (−), </numerusform>
            <numerusform>%n Zeilen nur in der genehmigten Version (−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>%n Zeile nur in den ausstehenden Änderungen (+).</numerusform>
            <numerusform>%n Zeilen nur in den ausstehenden Änderungen (+).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Geänderte &amp;Felder:</translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation>Nur in den ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation>Nur in der genehmigten Version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Genehmigt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Ausstehende Änderungen&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation>Geben Sie eine Conversation-App-ID ein, um ihren %1-Kanal zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation>Kein %1-Kanal in dieser App.</translation>
    </message>
    <message>
        <source>No such app.</source>
        <translation>Keine solche App.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Global brand page</source>
        <translation>Globale Markenseite</translation>
    </message>
    <message>
        <source>Can join groups</source>
        <translation>Kann Gruppen beitreten</translation>
    </message>
    <message>
        <source>Reads all group messages</source>
        <translation>Liest alle Gruppennachrichten</translation>
    </message>
    <message>
        <source>Supports inline queries</source>
        <translation>Unterstützt Inline-Anfragen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Bot URI</source>
        <translation>Bot-URI</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation>Kanäle anzeigen</translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation>Conversation API-Kanäle</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>Conversation-App-ID</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;Conversation-App</translation>
    </message>
    <message>
        <source>This project has no Conversation app with the ID “%1”. Check the ID, or choose one of the project&apos;s apps from the list.</source>
        <translation>Dieses Projekt hat keine Conversation-App mit der ID „%1“. Prüfen Sie die ID oder wählen Sie eine der Apps des Projekts aus der Liste.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation>Schreiben Sie einen Kommentar für die Prüfer und Ihr Team (Strg+Eingabe sendet ihn)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n Zeichen zu lang</numerusform>
            <numerusform>%n Zeichen zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n Zeichen übrig</numerusform>
            <numerusform>%n Zeichen übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Post comment (in the comment box)</source>
        <translation>Kommentar senden (im Kommentarfeld)</translation>
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
    <message>
        <source>Compare analytics</source>
        <translation>Analysen vergleichen</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation>Rang der Blockierrate</translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation>Häufigster Blockiergrund</translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation>Vergleichsfehler</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Block rate rank 1 is the template people block most often in this timeframe.</source>
        <translation>Rang 1 der Blockierrate ist die Vorlage, die in diesem Zeitraum am häufigsten blockiert wird.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation>Nach Conversation-App filtern</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation-App</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>Conversation-App-ID</translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Wählen Sie eine App oder geben Sie ihre ID ein, z. B. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation>Conversation-Apps des Projekts werden gelesen…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation>Die Apps konnten nicht gelesen werden (%1). Geben Sie die App-ID von Hand ein.</translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation>Die Apps konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation>Geben Sie die Conversation-App-ID ein.</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>Wählen Sie die %n App des Projekts oder geben Sie eine App-ID ein.</numerusform>
            <numerusform>Wählen Sie eine der %n Apps des Projekts oder geben Sie eine App-ID ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation>Nur die Absender anzeigen, die mit einer Conversation-App verbunden sind</translation>
    </message>
    <message>
        <source>The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Die Apps konnten nicht gelesen werden: Geben Sie die App-ID ein, z. B. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (nicht gespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation>Entwürfe wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document tabs</source>
        <translation>Dokument-Tabs</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n Dokument hat ungespeicherte Änderungen.</numerusform>
            <numerusform>%n Dokumente haben ungespeicherte Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept as drafts, and the console offers them back when it starts again.</source>
        <translation>Sie werden als Entwürfe aufbewahrt, und die Konsole bietet sie beim nächsten Start wieder an.</translation>
    </message>
    <message>
        <source>Keep drafts and quit</source>
        <translation>Entwürfe behalten und beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>%n Dokument hatte ungespeicherte Änderungen, als die Konsole zuletzt geschlossen wurde. Wieder öffnen?</numerusform>
            <numerusform>%n Dokumente hatten ungespeicherte Änderungen, als die Konsole zuletzt geschlossen wurde. Wieder öffnen?</numerusform>
        </translation>
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
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Wählen Sie ein Projekt, um seine Aktivität zu sehen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation>Dokument schließen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Schließen und Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditSession</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Keine nicht gespeicherten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n nicht gespeicherte Änderung</numerusform>
            <numerusform>%n nicht gespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation> · automatisch gespeichert %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorListPage</name>
    <message>
        <source>Cancel goes back to the editor, where they are kept.</source>
        <translation>„Abbrechen“ führt zurück zum Editor, wo sie erhalten bleiben.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation>Beispiele: was die Prüfer anstelle jeder Variablen sehen.</translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation>Beispiel für {{1}}:</translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation>Beispiel für Kopfzeilenvariable 1</translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation>Beispiel für Variable %1</translation>
    </message>
    <message>
        <source>%1 example of variable %2</source>
        <translation>%1: Beispiel für Variable %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Projekt exportieren</translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation>Schreibt alle Ressourcen von &lt;b&gt;%1&lt;/b&gt; (%2) als JSON-Dateien mit Manifest: Konto, Absender, Vorlagen, Flows, KakaoTalk- und RCS-Absender, Webhooks und Aktivitäten. Es werden keine Geheimnisse oder Tokens geschrieben. Ein erneuter Export in denselben Ordner schreibt nur Geändertes neu.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation>Was nicht exportiert werden konnte</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation>%1 von %2 gelesen: %3</translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation>Abgebrochen. Vor dem Abbruch geschriebene Dateien: %1. Laut Manifest des Ordners ist der Export unvollständig.</translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation>Fertig in %1 s. Dateien: %2 (%3 geschrieben, %4 unverändert, %5 entfernt).</translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation>Nicht lesbare Teile: %1 (unten); der Rest wurde geschrieben. Exportieren Sie erneut, um sie zu wiederholen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation>Der Export läuft</translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation>Geben Sie zuerst den Zielordner ein oder wählen Sie ihn aus</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FlowsPage</name>
    <message>
        <source>Choose a flow to see its screens.</source>
        <translation>Wählen Sie einen Flow, um seine Bildschirme zu sehen.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Flow-Name</translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation>Flow-Status</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>Flow-ID</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>&amp;Bildschirme:</translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation>Bildschirme werden geladen…</translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation>Dieser Flow hat noch keine Bildschirme: Fügen Sie sie im WhatsApp Manager hinzu.</translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation>Die Bildschirme konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>%n Bildschirm in der Reihenfolge des Flows. Eine navigierende Flow-Schaltfläche öffnet einen davon.</numerusform>
            <numerusform>%n Bildschirme in der Reihenfolge des Flows. Eine navigierende Flow-Schaltfläche öffnet einen davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Ordner in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Type a folder, or choose one with Browse</source>
        <translation>Ordner eingeben oder mit „Durchsuchen“ wählen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation>Keine Fußzeile.</translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation>Codeablauf hinzufügen</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>Fußzeile hinzufügen</translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation>Code läuft ab nach Minuten</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation>Code läuft &amp;ab nach:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Fußzeilentext</translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation>Bis zu 60 Zeichen, keine Variablen</translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation>Fußzeile entfernen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Kopfzeilenformat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation>Keine Kopfzeile. Wählen Sie ein Format, um eine Text-, Bild-, Video-, Dokument- oder Standort-Kopfzeile hinzuzufügen.</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Kopfzeilentext</translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation>Bis zu 60 Zeichen</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation>Der Standort wird beim Senden der Nachricht gewählt.</translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation>Medien-&amp;URL:</translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation>Beispiel-URL für Kopfzeilenmedien</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation>Eine Beispieldatei, die Prüfer öffnen können: JPEG oder PNG bis 5 MB, MP4 bis 16 MB, PDF bis 100 MB.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation>Zu importierender Exportordner</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>Aus Ordner importieren</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation>Webhook-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation>Vorlagen zu lokalen &amp;Entwürfen machen (aus dem Editor einreichen)</translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation>In Projekt importieren</translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation>Legt die Vorlagen und Webhooks eines Projektexports in &lt;b&gt;%1&lt;/b&gt; neu an. Zuerst planen: Nichts ändert sich, bis Sie das Markierte importieren. Vorlagen werden als Entwürfe angelegt, nie zur Prüfung eingereicht.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation>Import planen</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importplan</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation>Wählen Sie eine Ressource, um zu sehen, wie sie sich von der des Projekts unterscheidet.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation>Leer: Eines wird erzeugt und einmal angezeigt</translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation>Vorlagen als lokale Entwürfe</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation>Was nicht importiert werden konnte</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation>Markierte Ressourcen importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation>Wird abgebrochen… Bereits Gesendetes bleibt.</translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation>Export und Projekt werden gelesen…</translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation>Das Projekt hat es bereits so: Nichts zu tun</translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation>Kein Plan: Sehen Sie unten, was nicht gelesen werden konnte, und planen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation>%1 zu erstellen, %2 identisch, %3 unterschiedlich, %4 nicht importierbar. Markieren Sie, was importiert werden soll.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>%1 von %2 importiert: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation>Importiert: %1 erstellt, %2 ersetzt, %3 lokale Entwürfe; %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation>Webhook-Geheimnisse</translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation>Diese Webhooks haben neue Geheimnisse erhalten. Kopieren Sie sie jetzt in die Dienste, die die Ereignisse prüfen: Sie werden nur dieses eine Mal angezeigt.

%1</translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation>Neu in diesem Projekt. Was gesendet wird:</translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation>Das Projekt hat es mit demselben Inhalt: Es wird übersprungen.</translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation>Das Projekt hat es mit anderem Inhalt. Wenn markiert, ersetzt es der Inhalt des Exports:</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type or choose the folder of a project export first</source>
        <translation>Geben Sie zuerst den Ordner eines Projektexports ein oder wählen Sie ihn aus</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>%n &amp;importieren</numerusform>
            <numerusform>%n &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the plan or the import to finish</source>
        <translation>Warten Sie, bis Plan oder Import abgeschlossen ist</translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation>Zuerst planen: Wählen Sie den Exportordner und klicken Sie auf „Planen“</translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation>Markieren Sie die zu importierenden Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxController</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>Kommentare durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Ressourcenart</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Aktivitätstyp</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation>Alle Projekte nach Neuem fragen</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation>Alle angezeigten Einträge als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation>Wählen Sie die Projekte, deren Prüfergebnisse und Kommentare Sie benachrichtigen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
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
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Bearbeitungen</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen Synchronisierungen</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Inbox, newest first</source>
        <translation>Posteingang, neueste zuerst</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation>Alles gelesen. Deaktivieren Sie „Nur ungelesene“, um alle Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation>Keine Treffer. Leeren Sie die Suche (Esc) oder wählen Sie „Alle“ in den Filtern.</translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation>Noch nichts da. Kommentare, Prüfergebnisse und Bearbeitungen der Absender und Vorlagen aller Projekte erscheinen hier, sobald der Posteingang synchronisiert („Jetzt synchronisieren“ fragt sofort).</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Über %1 benachrichtigen</translation>
    </message>
    <message>
        <source>%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.</source>
        <translation>%1 konnte nicht vollständig synchronisiert werden: %2 Was gelesen wurde, bleibt erhalten; der Rest wird bei der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <source>Syncing once the pages&apos; requests are in…</source>
        <translation>Synchronisiert, sobald die Anfragen der Seiten beantwortet sind …</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Button %1 mobile link</source>
        <translation>Mobiler Link von Schaltfläche %1</translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation>PC-Link von Schaltfläche %1</translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation>iOS-App-Link von Schaltfläche %1</translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation>Android-App-Link von Schaltfläche %1</translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation>Schaltfläche %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation>Art von Schaltfläche %1</translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation>Beschriftung von Schaltfläche %1</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation>Geben Sie mindestens %1 aus mobilem Link, iOS- und Android-App-Link an.</translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation>Schaltfläche %1 nach oben</translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation>Diese Schaltfläche nach oben verschieben (Alt+Auf)</translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation>Schaltfläche %1 nach unten</translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation>Diese Schaltfläche nach unten verschieben (Alt+Ab)</translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation>Dies ist die erste Schaltfläche</translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation>Dies ist die letzte Schaltfläche</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Schaltfläche %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Diese Schaltfläche entfernen</translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation>Art der neuen Schaltfläche</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>S&amp;chaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation>Eine Vorlage hat höchstens %1 Schaltflächen: Entfernen Sie eine, um eine weitere hinzuzufügen</translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation>Schaltfläche der gewählten Art hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation>Neue Schalt&amp;fläche</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoriesPage</name>
    <message>
        <source>KakaoTalk sender categories</source>
        <translation>KakaoTalk-Absenderkategorien</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Gewählte Kategorie</translation>
    </message>
    <message>
        <source>Loading the categories…</source>
        <translation>Die Kategorien werden geladen…</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>Der Server hat keine Absenderkategorien aufgeführt. Aktualisieren Sie (F5), um erneut zu fragen.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Keine Kategorie passt zu „%1“.</translation>
    </message>
    <message>
        <source>Open a category (→) to see its second and third levels: a sender takes one of the third.</source>
        <translation>Öffnen Sie eine Kategorie (→), um ihre zweite und dritte Ebene zu sehen: Ein Absender nimmt eine der dritten.</translation>
    </message>
    <message>
        <source>%1 · codes %2</source>
        <translation>%1 · Codes %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryPicker</name>
    <message>
        <source>Choose the sender&apos;s category</source>
        <translation>Kategorie des Absenders wählen</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>Kategorieauswahl</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Gewählte Kategorie</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Kategorie wählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation>Diese Kategorie verwenden (Eingabe)</translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation>Wählen Sie eine Kategorie der dritten Ebene: Öffnen Sie einen Zweig (→) und wählen Sie einen seiner Einträge.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Keine Kategorie passt zu „%1“.</translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation>Keine Kategorie gewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation>%1 › … (wählen Sie einen der Einträge)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryTree</name>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Kategorien durchsuchen</translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation>Alle drei Ebenen durchsuchen (↓ wechselt zur Liste)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation>Beispiele: was die Prüfer anstelle jeder Variablen lesen. Nur in dieser Konsole mit dem Entwurf gespeichert; die API von Kakao nimmt keine Beispiele an.</translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation>Beispiel für #{%1}</translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation>z. B. was ein Kunde sehen würde</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation>Der KakaoTalk-Absender (Plus-Freund-ID), dessen Vorlagen angezeigt werden</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation>Ihre nicht gespeicherten Änderungen an %1 sind wieder da. „Rückgängig“ (Strg+Z) verwirft sie.</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Die genehmigte Vorlage über die Conversation API an ein Telefon senden</translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation>Nur eine von Kakao genehmigte Vorlage kann gesendet werden.</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation>Nicht während Kakao die Vorlage prüft</translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation>Vorlage als Entwurf behalten, nicht an Kakao senden (Strg+S)</translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation>Vorlage zur Prüfung an Kakao senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Kakao is reviewing this template: Save draft and Submit for review wait for its decision, which is checked every 30 seconds.</source>
        <translation>Kakao prüft diese Vorlage: „Entwurf speichern“ und „Zur Prüfung einreichen“ warten auf die Entscheidung, die alle 30 Sekunden abgefragt wird.</translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao hat die Vorlage abgelehnt. Bearbeiten und erneut einreichen oder die Entwurfsänderungen löschen.</translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao hat die Vorlage abgelehnt: „%1“ Bearbeiten und erneut einreichen oder die Entwurfsänderungen löschen.</translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation>Ein Entwurf: Kakao hat ihn noch nicht gesehen. Reichen Sie ihn zur Prüfung ein (Strg+Eingabe), wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation>Von Kakao genehmigt: bereit zum Senden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation>Wird bei Kakao eingereicht…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation>Zur Prüfung bei Kakao eingereicht.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation>Kakao hat die rot markierten Felder abgelehnt; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation>Der Server hat die rot markierten Felder abgelehnt; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation>KakaoTalk-Vorlageneditor</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Ent&amp;wurf speichern</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Submit for revie&amp;w</source>
        <translation>&amp;Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation>Prüfstatus aktualisieren</translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation>Vorlage und Prüfstatus vom Server lesen</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>&amp;Test senden…</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>Schaltfläche nach oben</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>Schaltfläche nach unten</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Version des Servers übernehmen</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation>Schaltfläche %1 zu einer %2-Schaltfläche machen</translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation>%1-Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Schaltfläche %1 entfernen</translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation>Schaltfläche %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Schaltfläche verschieben</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateFilters</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Nur Vorlagen in diesem Status anzeigen (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Nur Vorlagen anzeigen, deren ausstehende Änderungen diesen Status haben (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Beliebige Änderungen</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Name beginnt mit</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Nur Vorlagen anzeigen, deren Name mit diesem Text beginnt (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>Name beginnt mit…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation>Neue AlimTalk-Vorlage</translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation>AlimTalk-Vorlage</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation>Der KakaoTalk-Kanal (Plus-Freund-ID), zu dem diese Vorlage gehört</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation>Vorlagencode</translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation>Kakaos Code für diese Vorlage, der beim Senden verwendet wird</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation>z. B. Bestellbestätigung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sprach&amp;e</translation>
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
        <source>Kakao&apos;s default (Others)</source>
        <translation>Kakao-Standard (Sonstige)</translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation>Die Unterkategorie, unter der Kakao die Vorlage einordnet; zum Suchen tippen</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation>Nachrichtent&amp;yp</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>Her&amp;vorhebung</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation>Die hervorgehobene Zeile, z. B. die Bestellnummer</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>A short line under the title</source>
        <translation>Eine kurze Zeile unter dem Titel</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Bildname</translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation>Name der hochgeladenen Datei</translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation>Bildna&amp;me</translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation>Bild-U&amp;RL</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation>JPEG oder PNG, bis 500 KB, mindestens 500×250 Pixel, 2:1.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation>Die Nachricht, z. B. #{name}님, 주문이 접수되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>Inha&amp;lt</translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation>Schreiben Sie Variablen als #{name}; höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Zusatzinformationen</translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation>Zu&amp;satzinformationen</translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation>Sicherheitsnachricht (Einmalcodes)</translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation>Nur auf dem Hauptgerät des Empfängers angezeigt, wie Kakao es für OTP-Nachrichten verlangt</translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation>Schaltflächen (höchstens %1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation>Die Vorlage „%1“ (%2) von %3 löschen? Sie kann dann nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation>Entwurfsänderungen löschen</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation>Die ausstehenden Änderungen von „%1“ löschen? Sie wurde nie genehmigt: Nur ihr Code bleibt.</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation>Die ausstehenden Änderungen von „%1“ löschen? Die genehmigte Vorlage bleibt unverändert.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Änderungen löschen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation>Wählen Sie eine Vorlage zum Bearbeiten oder erstellen Sie eine (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation>Vorlage erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>Ausgewählte Vorlage löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation>Entwurfs&amp;änderungen löschen…</translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation>Ausstehende Änderungen der ausgewählten Vorlage löschen</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Vorlagenaktionen</translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation>Vorlagenliste</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation>Wählen Sie eine Vorlage, um ihre Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>A&amp;bsender:</translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation>Diese nicht gespeicherten Änderungen gehören zu einer Vorlage eines anderen Absenders oder Projekts. Speichern Sie sie (Strg+S), dann gehen sie dorthin, oder wählen Sie eine andere Zeile, um sie zu verwerfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation>Keine Vorlage von %1 passt zu diesen Filtern. Wählen Sie „Alle Status“ und „Beliebige Änderungen“ oder leeren Sie den Namen.</translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation>Vorlagen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation>Wählen Sie ein Projekt, um seine KakaoTalk-Vorlagen zu sehen.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation>KakaoTalk-Absender des Projekts werden geladen…</translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation>Die KakaoTalk-Absender des Projekts konnten nicht gelesen werden. Aktualisieren Sie (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation>Vorlagen gehören zu einem KakaoTalk-Absender, und dieses Projekt hat noch keinen. Registrieren Sie zuerst einen unter KakaoTalk › Absender.</translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation>Wählen Sie zuerst einen Absender</translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation>Wählen Sie eine Vorlage aus, um sie zu löschen</translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation>Wählen Sie eine Vorlage aus, deren ausstehende Änderungen entfernt werden sollen</translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation>Die ausgewählte Vorlage hat keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation>Nicht während Kakao die Änderungen prüft</translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation>Ausstehende Änderungen löschen; die genehmigte Vorlage bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation>Eine neue Vorlage hat noch keine Aktivität: Sie beginnt, sobald die Vorlage gespeichert ist.</translation>
    </message>
    <message>
        <source>Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>„Speichern“ legt sie als Entwurf auf dem Server ab, „Verwerfen“ löscht sie, „Abbrechen“ führt zurück zum Editor.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sprach&amp;e</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>Die Konsole verwendet ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Anzahl der Elemente</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>Die Liste konnte nicht geladen werden. Siehe Meldung oben.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainActions</name>
    <message>
        <source>&amp;Add project…</source>
        <translation>Projekt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>Ein Sinch-Projekt mit seinem Zugangsschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>Projekt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>Projekt &amp;entfernen…</translation>
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
        <source>&amp;Quick open…</source>
        <translation>&amp;Schnell öffnen…</translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation>Beliebige Vorlage, Absender, Flow oder Webhook eines beliebigen Projekts nach Name oder ID finden (Strg+K)</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Zwischen &amp;Navigation und Inhalt wechseln</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation>Aktuellen Dokument-Tab schließen (Strg+W)</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of areas (Alt+0)</source>
        <translation>Die Liste der Bereiche ein- oder ausblenden (Alt+0)</translation>
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
        <source>Notice</source>
        <translation>Hinweis</translation>
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
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Commit %1 · licence: %2</source>
        <translation>Commit %1 · Lizenz: %2</translation>
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
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the other requests go on</source>
        <translation>Nicht mehr auf diese Antwort warten; die anderen Anfragen laufen weiter</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before leaving?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
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
    <message>
        <source>(waiting %1 s for the server)</source>
        <translation>(wartet seit %1 s auf den Server)</translation>
    </message>
    <message>
        <source>The server has not answered for %1 s. A request with no answer is given up after %2 s without data and tried again when that is safe.</source>
        <translation>Der Server antwortet seit %1 s nicht. Eine Anfrage ohne Antwort wird nach %2 s ohne Daten aufgegeben und erneut versucht, wenn das sicher ist.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop every request the console is waiting for; each page then offers to try again</source>
        <translation>Alle Anfragen beenden, auf die die Konsole wartet; jede Seite bietet dann an, es erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation>Kopfzeile: keine</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Textkörper</translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation>Fußzeile: keine</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation>Schaltflächen (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation>Karussell (%1)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineView</name>
    <message>
        <source>Template outline</source>
        <translation>Vorlagengliederung</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewCard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open the list of %1</source>
        <translation>Liste „%1“ öffnen</translation>
    </message>
    <message>
        <source>Open the list showing only these: %1</source>
        <translation>Liste nur mit diesen öffnen: %1</translation>
    </message>
    <message>
        <source>The list cannot be filtered to exactly these: open it with the row&apos;s title.</source>
        <translation>Die Liste lässt sich nicht genau auf diese filtern: öffnen Sie sie über den Titel der Zeile.</translation>
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
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>(%1) Refresh with F5 to try again.</source>
        <translation>(%1) Mit F5 erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PhonePreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Helle Vorschau</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation>Vorschau im hellen Design von %1 anzeigen</translation>
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
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation>Vorschau im dunklen Design von %1 anzeigen</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Variablen anzeigen</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1-Vorschau</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
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
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation>Vorschau der genehmigten Version</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Genehmigt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bearbeitet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation>Geänderte &amp;Felder (Klick: dorthin springen):</translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation>Genehmigte Version neben der bearbeiteten anzeigen, mit markierten Änderungen</translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation>Keine Änderungen zum Vergleichen: Die Vorlage entspricht der genehmigten</translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation>Nichts zu vergleichen: Die Vorlage hat keine genehmigte Version</translation>
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
    <name>sinch::ui::ProjectStatusLabel</name>
    <message>
        <source>Current project</source>
        <translation>Aktuelles Projekt</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · eingebaute Sandbox auf %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>Projekt-ID %1, Schlüssel %2, %3</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectSwitcher</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Projekt wechseln (Strg+1 … Strg+9)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation>Name oder ID einer Vorlage, eines Absenders, Flows, Webhooks … in einem beliebigen Projekt</translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation>Alle Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation>Fügen Sie zuerst ein Projekt hinzu: „Schnell öffnen“ durchsucht die hinzugefügten Projekte.</translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>Geben Sie einen Teil eines Namens oder eine ID ein. %n Element aus %1 Projekt(en) zu durchsuchen.</numerusform>
            <numerusform>Geben Sie einen Teil eines Namens oder eine ID ein. %n Elemente aus %1 Projekt(en) zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation>Nichts namens „%1“ in einem Projekt.</translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation>Eingabe öffnet es; Auf und Ab wählen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>%n Liste wird gelesen…</numerusform>
            <numerusform>%n Listen werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>%n Liste konnte nicht gelesen werden (siehe Hilfe → Anfrageprotokoll).</numerusform>
            <numerusform>%n Listen konnten nicht gelesen werden (siehe Hilfe → Anfrageprotokoll).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation>Abre&amp;chnungskategorie</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Abrechnungskategorie</translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation>Anwendungs&amp;fall</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation>Hosting-Region</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation>Googles Hosting-Region, wie die API sie meldet</translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation>Diese drei können nach dem Erstellen des Absenders nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marke: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewWidget</name>
    <message>
        <source>Google Messages</source>
        <translation>Google Messages</translation>
    </message>
    <message>
        <source>The brand card has no variables</source>
        <translation>Die Markenkarte hat keine Variablen</translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation>Markenvorschau</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandStep</name>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Brand na&amp;me</source>
        <translation>Marken&amp;name</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation>Wie Nutzer ihn sehen, höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation>Ein Satz, höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Markenfarbe</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation>Markenfarbe wählen</translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation>Farbe in einem Farbdialog wählen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation>https://… %1</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>&amp;Logo-URL</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>Logo-URL</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation>Banne&amp;r-URL</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>Banner-URL</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>Website-URL</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation>URL der &amp;Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation>https://example.com/privacy</translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation>URL der Nu&amp;tzungsbedingungen</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/terms</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>Bezeichnung für %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>Höchstens %1 Einträge sind erlaubt.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation>Markenfarbe wählen</translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation>Die Farbe der Schaltflächen und Symbole auf der Karte (Standard: Schwarz).</translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation>⚠ Weißer Text auf dieser Farbe: Kontrast %1:1, schwer lesbar (Ziel: %2:1).</translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation>Weißer Text auf dieser Farbe: Kontrast %1:1, gut lesbar.</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>inside a sentence</comment>
        <translation>Das Logo</translation>
    </message>
    <message>
        <source>banner</source>
        <comment>inside a sentence</comment>
        <translation>Das Banner</translation>
    </message>
    <message>
        <source>Remove: %1 %2</source>
        <translation>Entfernen: %1 %2</translation>
    </message>
    <message>
        <source>+442071234567 or 2071234567</source>
        <translation>+442071234567 oder 2071234567</translation>
    </message>
    <message>
        <source>Label (at most %1)</source>
        <translation>Beschriftung (höchstens %1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsCountriesStep</name>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <source>Check at least one country (Space toggles the selected one). Each of GB, FR, ES and US adds its own questions to the launch questionnaire.</source>
        <translation>Markieren Sie mindestens ein Land (Leertaste schaltet das ausgewählte um). GB, FR, ES und US fügen jeweils eigene Fragen zum Launch-Fragebogen hinzu.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation>Sinch benötigt %1.</translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation>%1 wird zur Prüfung abgerufen…</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation>%1 konnte nicht abgerufen werden: Prüfen Sie die Adresse oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.</source>
        <translation>⚠ %1 konnte nicht abgerufen werden: %2 Prüfen Sie die Adresse; Sinch muss sie abrufen können.</translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation>Mehr als %1 KB</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 KB</translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation>%1: wie von Sinch benötigt.</translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation>⚠ %1 Verwenden Sie ein Bild mit %2.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation>Launch-Status</translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation>Nur Netzbetreiber anzeigen, die &amp;Handlung erfordern</translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation>Nur mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation>Abgelehnt, gesperrt oder ungültig in Google My Business: Der Launch stockt dort, bis Sie handeln.</translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation>Launch-Übersicht</translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation>Land / Netzbetreiber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Noch kein Netzbetreiber wurde gefragt: Starten Sie den Absender, um hier die Entscheidungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Gestartet bei %2 von %3 Netzbetreibern</translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation>; 1 entscheidet noch</translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation>; %1 entscheiden noch</translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation>; &lt;b&gt;1 erfordert Handlung&lt;/b&gt; (siehe Anmerkung)</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation>; &lt;b&gt;%1 erfordern Handlung&lt;/b&gt; (siehe Anmerkungen)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation>Zusammenfassung der Launch-Checkliste</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Launch-Checkliste</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation>Doppelklicken Sie auf einen Eintrag (oder drücken Sie die Eingabetaste), um zu seinem Feld zu gelangen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Netzbetreiber&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation>Vor dem Launch erforderlich. Feld: %1</translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation>Eine Warnung: Der Launch ist möglich. Feld: %1</translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation>Launch angefordert. Die Entscheidungen der Netzbetreiber stehen unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 Eintrag fehlt, bevor dieser Absender gestartet werden kann.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Einträge fehlen, bevor dieser Absender gestartet werden kann.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation>Drücken Sie auf einem Eintrag die Eingabetaste (oder doppelklicken Sie), um zu seinem Feld zu gelangen.</translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation>Bereit zum Launch, mit 1 zu beachtenden Warnung.</translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation>Bereit zum Launch, mit %1 zu beachtenden Warnungen.</translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation>Bereit zum Launch: Nichts fehlt.</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Öffnen Sie zuerst einen Absender.</translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation>Die Launch-Anfrage ist unterwegs.</translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation>Nur ein Absender im Test kann gestartet werden; dieser ist: %1.</translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation>1 Eintrag der Checkliste fehlt: Beheben Sie das zuerst (Eingabetaste darauf führt zum Feld).</translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation>%1 Einträge der Checkliste fehlen: Beheben Sie sie zuerst (Eingabetaste auf einem führt zum Feld).</translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation>Netzbetreiber aller gewählten Länder bitten, diesen Absender zu starten</translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation>Absender starten</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Launch läuft…</translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only %3 can change.</source>
        <translation>„%1“ in %2 starten? Die Netzbetreiber jedes Landes prüfen ihn, und danach können nur noch %3 geändert werden.</translation>
    </message>
    <message>
        <source>Launched. The operators&apos; decisions are below.</source>
        <translation>Gestartet. Die Entscheidungen der Netzbetreiber stehen unten.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation>%1 (veraltet: nicht mehr erforderlich, kann leer bleiben)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation>Diese Antwort auswählen oder abwählen; mehrere sind möglich</translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation>Diese Antwort verwenden (erneut klicken zum Löschen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation>https://… (mehrere getrennt durch %1)</translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation>Oder eigene Worte hinzufügen</translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation>Oder eigene Antwort schreiben</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 beantworten</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message>
        <source>Launch questionnaire</source>
        <translation>Launch-Fragebogen</translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation>Die Fragen kommen von Sinch, passend zu Anwendungsfall und Ländern des Absenders. Wählen Sie eine vorgeschlagene Antwort (mehrere, wo die Frage es erlaubt) oder schreiben Sie Ihre eigene.</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Unbeantwortete Fragen</translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation>Fragen werden geladen</translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation>Fragen neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation>Fragen neu laden</translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation>Sinch erneut nach den Fragen fragen: Sie können sich für ein Land ändern</translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation>Befunde zum Fragebogen</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation>Wählen Sie zuerst den Anwendungsfall des Absenders: Die Fragen hängen davon ab.</translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation>Die Fragen werden geladen</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Fragen werden geladen…</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Alle Fragen sind beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n Frage unbeantwortet</numerusform>
            <numerusform>%n Fragen unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>Alle Fragen sind beantwortet; %n Antwort ist zu korrigieren.</numerusform>
            <numerusform>Alle Fragen sind beantwortet; %n Antworten sind zu korrigieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1; %n Antwort zu korrigieren</numerusform>
            <numerusform>%1; %n Antworten zu korrigieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation>Dieses Land gehört nicht mehr zu den Ländern des Absenders: Seine Antworten bleiben erhalten, bis der Absender gespeichert wird. Fügen Sie das Land erneut hinzu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation>Die API stellt in diesem Abschnitt keine Fragen.</translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation>%1 – bis zum Speichern erhalten</translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation>%1 – alle beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n unbeantwortet</numerusform>
            <numerusform>%1 – %n unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation>Das Land wurde aus dem Absender entfernt; fügen Sie es erneut hinzu, um diese Antworten zu bearbeiten</translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation>Fragen dieses Abschnitts ein- oder ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n zu korrigieren</numerusform>
            <numerusform>%1, %n zu korrigieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Abrechnungskategorie</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation>„Fertigstellen“ sendet die Details; Region, Abrechnungskategorie und Anwendungsfall bleiben.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (%1).</source>
        <translation>„Fertigstellen“ erstellt den Absender im Teststatus (%1).</translation>
    </message>
    <message>
        <source>Before launch</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <source>Nothing is missing for a launch.</source>
        <translation>Für einen Start fehlt nichts.</translation>
    </message>
    <message>
        <source>Finish saves the sender without these; its launch asks for them:</source>
        <translation>„Fertigstellen“ speichert den Absender ohne diese Angaben; sein Start verlangt sie:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation>Test: Fügen Sie Testnummern hinzu, beantworten Sie den Fragebogen und starten Sie dann.</translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation>Launch läuft: Die Netzbetreiber prüfen den Absender; nur die Länder können sich ändern.</translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation>Gestartet: Nachrichten erreichen Nutzer in den gestarteten Ländern; nur die Länder können sich ändern.</translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation>Zurückgezogen: Der Absender erreicht niemanden mehr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation-App</translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation>Auth-Name</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Auth-Token anzeigen</translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation>Token anzeigen, bis ein anderer Absender gewählt wird</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation>Auth-To&amp;ken</translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation>Wählen Sie einen Absender.</translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation>%1 — %2 (Farbe %3)</translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation>%1, abgerechnet als %2</translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation>%1; von Google gehostet in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation>Noch keine verbunden</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (Farbe %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation>Geben Sie den Markennamen ein, den Nutzer oben in Ihren Nachrichten sehen.</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation>Zurück zu %1 (Alt+B)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>Dies ist der erste Schritt.</translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation>Weiter (Alt+N)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Zuerst beheben: %1</translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation>&amp;Fertigstellen: Details speichern</translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation>&amp;Fertigstellen: Absender erstellen</translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation>Senden (Strg+S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation>Absender wird erstellt…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation>Absender erstellt.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Der Server hat die rot markierten Felder abgelehnt.</translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation>RCS-Absender %1 bearbeiten</translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation>Neuer RCS-Absender</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Gesperrte Felder</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>Assistentenschritte</translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation>1. Grundlagen</translation>
    </message>
    <message>
        <source>2. Brand</source>
        <translation>2. Marke</translation>
    </message>
    <message>
        <source>3. Countries</source>
        <translation>3. Länder</translation>
    </message>
    <message>
        <source>4. Questionnaire</source>
        <translation>4. Fragebogen</translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation>5. Testnummern</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Überprüfen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation>Assistenten schließen; Ihre Eingaben bleiben als Entwurf erhalten (Esc)</translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation>Unvollendeten Assistenten fortsetzen</translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation>Der nicht abgeschlossene Assistent ist wieder da. „Rückgängig“ (Strg+Z) verwirft ihn.</translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation>Schließen Sie zuerst %1 ab: %2</translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation>Nicht abgeschlossener Assistent</translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation>Ihre Eingaben für das nächste Öffnen des Assistenten behalten?</translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation>„Verwerfen“ löscht ihn; „Abbrechen“ führt zurück zum Assistenten.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>%1 The other fields are read-only.</source>
        <translation>%1 Die anderen Felder sind schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Neuer Absender…</translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation>RCS-Absender im Assistenten erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Absenderaktionen</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>&amp;Test senden…</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation>&amp;Testgeräte</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>Fre&amp;ischaltung</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation>Der Assistent ist geöffnet.</translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation>Wählen Sie zuerst einen Absender in der Liste.</translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation>Gewählten Absender im Assistenten bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation>Der Absender ist noch mit keiner Conversation-App verbunden.</translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation>Eine Nachricht vom gewählten Absender an ein Telefon senden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation>Eine Testnachricht von %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Testgeräte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation>Telefone, die die Nachrichten dieses Absenders vor dem Launch erhalten. Jeder Tester nimmt zuerst eine Einladung auf dem Telefon an.</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>&amp;Resend invite</source>
        <translation>Einladung &amp;erneut senden</translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation>&amp;Funktionen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation>Funktionen anzeigen</translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation>Testnummer löschen</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Gerätefunktionen</translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation>&amp;Neue Testnummer:</translation>
    </message>
    <message>
        <source>New test number</source>
        <translation>Neue Testnummer</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Testnummer hinzufügen</translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation>Problem mit neuer Testnummer</translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation>Fortschritt der Testnummer</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Öffnen Sie zuerst einen Absender.</translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation>Geben Sie eine Nummer im E.164-Format ein: + und Ländervorwahl, dann insgesamt bis zu 15 Ziffern.</translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation>%1 ist bereits verifiziert: Erneutes Hinzufügen macht sie unverifiziert, bis der Tester eine neue Einladung annimmt.</translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation>%1 ist bereits eine Testnummer.</translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>Ein Absender hat höchstens %n Testnummer: Löschen Sie zuerst eine.</numerusform>
            <numerusform>Ein Absender hat höchstens %n Testnummern: Löschen Sie zuerst eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation>%1 hinzufügen und eine Einladung senden</translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation>Wählen Sie zuerst eine Testnummer aus.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Warten Sie, bis die aktuelle Anfrage abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation>%1 ist verifiziert: Es gibt keine Einladung zum erneuten Senden.</translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation>Einladung erneut an %1 senden</translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation>Nur ein verifiziertes Gerät meldet, was es unterstützt.</translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation>Abfragen, was %1 unterstützt</translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation>%1 aus den Testern entfernen</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation>Einladung wird erneut an %1 gesendet…</translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation>Die Einladung wurde erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation>Es wird abgefragt, was %1 unterstützt…</translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation>%1 meldet keine RCS-Funktionen.</translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation>%1 unterstützt: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation>%1 aus den Testern dieses Absenders entfernen? Das Gerät erhält keine Testnachrichten mehr.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation>Testnummern werden geladen…</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).</source>
        <translation>%1 ist nicht im E.164-Format: Beginnen Sie mit + und der Ländervorwahl, dann die Nummer (z. B. +447700900123).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation>Testnummer %1</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation>Testnummer %1 entfernen</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation>Testnummer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Testnummer hinzufügen</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation>Höchstens %1 Testnummern sind erlaubt.</translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation>Bis zu %1 Telefone in E.164 (+ und Ländervorwahl), die den Absender vor dem Launch testen dürfen. Jeder Inhaber nimmt eine Tester-Einladung an; eine erneut hinzugefügte Nummer ist wieder unverifiziert.</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>Testnummer hinzufügen</translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation>Testnummer entfernen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation>Wählen Sie ein Projekt, um seine RCS-Upscales zu sehen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation>Ein Upscale verbindet einen gestarteten RCS-Absender mit einer SMS-Nummer in einem Land, damit Nachrichten auf SMS ausweichen, wo RCS nicht verfügbar ist.</translation>
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
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation>Upscale-Details</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation>Upscales aktualisieren</translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation>Upscale wiederholen</translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation>Upscale löschen</translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation>Neuer Upscale</translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation>Zu upscalender RCS-Absender</translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation>Upscale-Land</translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation>SMS-Nummern-ID</translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation>32 Hexadezimalziffern, aus dem Numbers-Dashboard</translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation>Problem mit SMS-Nummern-ID</translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation>Upscale &amp;erstellen</translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation>Upscale erstellen</translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation>RCS-Ab&amp;sender:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation>SMS-Nummern-&amp;ID:</translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation>Upscale-Fortschritt</translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation>Upscales werden geladen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation>Wählen Sie einen Upscale aus, um ihn in Worten zu lesen.</translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation>Wählen Sie zuerst einen Upscale aus.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Warten Sie, bis die aktuelle Anfrage abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation>Fehlgeschlagenen Schritt erneut versuchen</translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation>Nur ein fehlgeschlagener Upscale kann wiederholt werden; dieser ist: %1.</translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation>Warten Sie, bis der Server fertig ist: %1.</translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation>SMS-Nummer vom RCS-Absender trennen</translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation>Kein gestarteter RCS-Absender ohne Upscale: Starten Sie zuerst einen Absender.</translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation>Geben Sie die ID der SMS-Nummer ein (32 Hexadezimalziffern, ohne Bindestriche).</translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation>„%1“ ist keine SMS-Nummern-ID: Sie hat 32 Hexadezimalziffern (0-9, a-f) und keine Bindestriche.</translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation>Absender mit der SMS-Nummer verbinden</translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation>Upscale wird erstellt…</translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation>Upscale wird wiederholt…</translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation>Diesen Upscale löschen? %1 Nachrichten weichen dann nicht mehr auf SMS aus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation>Upscale wird gelöscht…</translation>
    </message>
    <message>
        <source>The RCS senders could not be read: see the message above.</source>
        <translation>Die RCS-Absender konnten nicht gelesen werden: siehe Meldung oben.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation>Fest, sobald der Absender existiert: Eine Aktualisierung ändert nur seine Details.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation>Missbräuchlicher Inhalt</translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation>WhatsApp hat Formulierungen gefunden, die es als bedrohlich, beleidigend oder gegen seine Handelsrichtlinie verstoßend ansieht.</translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation>Schreiben Sie Textkörper, Kopfzeile und Schaltflächen in neutralem Ton neu; entfernen Sie Druck, Drohungen und Inhalte, die WhatsApp nicht erlaubt (Waffen, Drogen, Inhalte für Erwachsene, Glücksspiel).</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>Falsche Kategorie</translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation>Der Inhalt passt nicht zur gewählten Kategorie: Werbetext in einer UTILITY-Vorlage oder mehr als ein Code in einer AUTHENTICATION-Vorlage.</translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation>Wählen Sie die zum Text passende Kategorie (Angebote und Neuigkeiten sind MARKETING) oder entfernen Sie die Werbeteile. Wenn Sie Kategorieänderungen zulassen, kann WhatsApp dies beim nächsten Mal selbst korrigieren.</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Ungültiges Format</translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation>Der Aufbau verstößt gegen eine Formatregel: Variablen nicht der Reihe nach nummeriert, eine Variable am Anfang oder Ende des Textkörpers, fehlende Beispiele oder zu viele bzw. falsch platzierte Schaltflächen.</translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation>Nummerieren Sie Variablen {{1}}, {{2}} … lückenlos, setzen Sie Text vor die erste und nach der letzten, geben Sie für jede Variable ein Beispiel an und prüfen Sie die Grenzen für Schaltflächen und Längen.</translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation>Wirkt wie Betrug</translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation>Der Prüfer hielt die Nachricht für irreführend: Abfrage von Passwörtern oder Zahlungsdaten, unbekannte Kurzlinks oder zu schöne Gewinne.</translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation>Verwenden Sie in Links Ihre eigene vollständige Domain, fragen Sie nie nach Zugangsdaten oder Kartennummern und sagen Sie klar, wer die Nachricht sendet und warum.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation>Die Vorlage wurde ohne konkreten Grund abgelehnt.</translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation>Prüfen Sie sie anhand der Vorlagenrichtlinien von WhatsApp, beheben Sie, was die Befunde der Konsole aufzeigen, und reichen Sie erneut ein; wird sie erneut abgelehnt, fragen Sie den Sinch-Support.</translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation>WhatsApp hat einen Grund gesendet, den diese API-Version nicht kennt.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation>Suchen Sie in den Aktivitäten der Vorlage den Kommentar des Prüfers, beheben Sie das Genannte und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation>Die Vorlage wurde mit dem Code %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation>Suchen Sie in den Aktivitäten der Vorlage den Kommentar des Prüfers, bearbeiten Sie sie dann und reichen Sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Keine Webadresse (https://…).</translation>
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
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Select a request to see its details, and a failed one&apos;s bodies (secrets are redacted).</source>
        <translation>Wählen Sie eine Anfrage, um ihre Details zu sehen, bei einer fehlgeschlagenen auch ihre Inhalte (Geheimnisse unkenntlich).</translation>
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
        <source>%1 list</source>
        <translation>Liste: %1</translation>
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
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie den Filter (Esc), um alle %2 zu sehen.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation>Wählen Sie eines der Elemente (%1), um seine Aktivität zu sehen und es zu kommentieren.</translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation>Keine %1 passen zu den gewählten Filtern: Wählen Sie „%2“, um alle zu sehen.</translation>
    </message>
    <message>
        <source>%1: show only the %2 with the value chosen here</source>
        <translation>%1: nur die %2 mit dem hier gewählten Wert anzeigen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SaveConflictDialog</name>
    <message>
        <source>Changed on the server — %1</source>
        <translation>Auf dem Server geändert — %1</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Speicherkonflikt</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Deren Fassung</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Only in their version</source>
        <translation>Nur in deren Fassung</translation>
    </message>
    <message>
        <source>Only in your version</source>
        <translation>Nur in Ihrer Fassung</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>&amp;Overwrite theirs</source>
        <translation>Deren &amp;überschreiben</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Deren überschreiben</translation>
    </message>
    <message>
        <source>Save your version; theirs is replaced.</source>
        <translation>Ihre Fassung speichern; deren wird ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>Deren &amp;laden</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Deren laden</translation>
    </message>
    <message>
        <source>Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back.</source>
        <translation>Ihre Fassung im Editor durch deren ersetzen; Rückgängig (Strg+Z) holt Ihre zurück.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server now)</source>
        <translation>&lt;b&gt;Deren&lt;/b&gt; (jetzt auf dem Server)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; (in this editor)</source>
        <translation>&lt;b&gt;Ihre&lt;/b&gt; (in diesem Editor)</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Geänderte &amp;Felder:</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this template changed since you opened it (saved from another window, another console or by someone else). Saving now would replace that version with yours. Compare the two, then overwrite the server&apos;s, load it into the editor (Undo brings yours back), or cancel and keep editing.</source>
        <translation>Die Fassung dieser Vorlage auf dem Server hat sich geändert, seit Sie sie geöffnet haben (gespeichert aus einem anderen Fenster, einer anderen Konsole oder von jemand anderem). Jetzt zu speichern würde diese Fassung durch Ihre ersetzen. Vergleichen Sie beide, dann überschreiben Sie die des Servers, laden Sie sie in den Editor (Rückgängig holt Ihre zurück) oder brechen Sie ab und bearbeiten Sie weiter.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation>Test von %1 senden</translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation>Sendet eine Nachricht über die Conversation API an ein Telefon, das Sie prüfen können (vor dem Launch: eines der verifizierten Testgeräte des Absenders). Die Nachricht ist echt und kann berechnet werden.</translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation>Sendet die genehmigte Vorlage einmal über die Conversation API an ein Telefon, das Sie prüfen können. Die Nachricht ist echt und kann berechnet werden.</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation>Von &amp;App:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation>Die Vorlage hat keine Variablen.</translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation>Die Nachricht, wie die API sie zurückgibt</translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation>Die gesendete Nachricht, von der API zurückgelesen, erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation>Eine Testnachricht ist unterwegs.</translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation>Die Apps des Projekts werden gelesen.</translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation>Wählen Sie die sendende App oder geben Sie ihre ID ein.</translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation>%1 hat keinen %2-Kanal: Wählen Sie eine App, die ihn hat.</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Geben Sie die Telefonnummer ein, an die gesendet wird.</translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation>Geben Sie die Nummer im internationalen Format ein: + dann Ländervorwahl und Nummer, z. B. +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation>Geben Sie %1 einen Wert.</translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation>Schreiben Sie die zu sendende Nachricht.</translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation>Vorlage an %1 senden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation>Noch keine Nummer im internationalen Format: + dann die Ländervorwahl, z. B. +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation>Internationales Format (E.164). Nummern, an die gesendet wird, werden als Testempfänger dieses Projekts gespeichert.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation>%1 jetzt an %2 senden? Die Nachricht ist echt und kann berechnet werden.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation>Angenommen: Nachrichten-ID %1. Wird zurückgelesen…</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation>Angenommen: Nachrichten-ID %1. Sie konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation>Angenommen: Nachrichten-ID %1, um %2.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation>Angenommen: Nachrichten-ID %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation>Qualitätsbewertung</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>Absender-ID</translation>
    </message>
    <message>
        <source>49</source>
        <translation>49</translation>
    </message>
    <message>
        <source>15123456789</source>
        <translation>15123456789</translation>
    </message>
    <message>
        <source>Digits only, without the country code.</source>
        <translation>Nur Ziffern, ohne Ländervorwahl.</translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation>Optional: das Land, in dem Meta die Daten des Absenders speichert.</translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation>Acme Retail</translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation>Wird Kunden angezeigt; Meta prüft ihn anhand seiner Richtlinien für Anzeigenamen.</translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation>Jeden Morgen frisches Brot</translation>
    </message>
    <message>
        <source>Hauptstraße 1, 10115 Berlin</source>
        <translation>Hauptstraße 1, 10115 Berlin</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>A square image (%1).</source>
        <translation>Ein quadratisches Bild (%1).</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation>Absender als Entwurf behalten, wenn Meta die Einreichung ablehnt</translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation>@acmeshop</translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation>Die Such-ID des KakaoTalk-Kanals.</translation>
    </message>
    <message>
        <source>Acme Shop</source>
        <translation>Acme Shop</translation>
    </message>
    <message>
        <source>+821012345678</source>
        <translation>+821012345678</translation>
    </message>
    <message>
        <source>The channel admin&apos;s phone: Kakao sends the verification token there.</source>
        <translation>Das Telefon des Kanal-Admins: Kakao sendet das Bestätigungstoken dorthin.</translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation>Optional: %1, höchstens 5 MB.</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation>Absender als Entwurf behalten, wenn Kakao die Einreichung ablehnt</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1: a number Sinch provides; %2: your own number, which must receive the code.</source>
        <translation>%1: eine von Sinch bereitgestellte Nummer; %2: Ihre eigene Nummer, die den Code empfangen muss.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending changes status</source>
        <translation>Status der ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation>Wählen Sie einen Absender, um seine Details zu sehen, oder erstellen Sie einen (Strg+N).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation>Absenderfelder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation>Die ausstehenden Änderungen wiederholen die Live-Werte.</translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation>Status des Absenders: %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>Request code…</source>
        <translation>Code anfordern…</translation>
    </message>
    <message>
        <source>Request token…</source>
        <translation>Token anfordern…</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Code eingeben…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation>Prüfen und einreichen…</translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation>Änderungen bearbeiten…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>Ausstehende Änderungen (%1): %n Feld weicht von den Live-Werten ab.</numerusform>
            <numerusform>Ausstehende Änderungen (%1): %n Felder weichen von den Live-Werten ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation>Absender als Entwurf speichern: Nichts geht zur Prüfung (Strg+S)</translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation>Absender zur Prüfung senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Eingereicht.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation>Ein anderer Absender dieses Projekts verwendet diese Such-ID bereits: Prüfen Sie die ID oder öffnen Sie diesen Absender zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation>Der Server hat die rot markierten Felder abgelehnt: Korrigieren Sie sie und senden Sie erneut.</translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Neuer WhatsApp-Absender</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Neuer KakaoTalk-Absender</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Absender %1 bearbeiten</translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation>Absendereditor</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>E&amp;inreichen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation>Ihre letzten Eingaben hier sind wieder da. „Rückgängig“ (Strg+Z) verwirft sie.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation>Ihre Eingaben in %1 verwerfen?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation>„Abbrechen“ führt zurück zum Editor, wo Strg+S einen Entwurf speichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking whether the last save went through…</source>
        <translation>Es wird geprüft, ob das letzte Speichern angekommen ist…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Neuer WhatsApp-Absender</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Neuer KakaoTalk-Absender</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Absenderdetails</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht festgelegt —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Kategorie wählen</translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation>Kategorie aus Kakaos dreistufiger Liste wählen, mit Suche</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keine gewählt</translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation>Kategorie %1 wählen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Neuer Absender…</translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation>Absender erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Verify number…</source>
        <translation>Nummer &amp;verifizieren…</translation>
    </message>
    <message>
        <source>&amp;Verify sender…</source>
        <translation>Absender &amp;verifizieren…</translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation>Än&amp;derungen löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Absenderaktionen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation>Wählen Sie einen Absender aus, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation>Die Änderungen werden geprüft: Bearbeiten Sie erst nach der Entscheidung</translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation>Details des ausgewählten Absenders bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation>Wählen Sie einen Absender aus, um ihn zu registrieren und zu verifizieren</translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation>%1 zur Verifizierung anfordern und eingeben</translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation>Wählen Sie einen Absender aus, um seine ausstehenden Änderungen zu löschen</translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation>Der Absender hat keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation>Die Änderungen werden geprüft und können jetzt nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation>Ausstehende Änderungen verwerfen; die Live-Details bleiben</translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation>Ausgewählten Absender löschen (Entf)</translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation>Wählen Sie einen Absender aus, um ihn zu löschen</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Ausstehende Änderungen löschen</translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation>Die ausstehenden Änderungen von %1 löschen? Die Live-Details bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Änderungen löschen</translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation>Die ausstehenden Änderungen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Absender löschen</translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation>Den Absender %1 löschen? Er sendet sofort nicht mehr und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation>Der Absender wurde gelöscht.</translation>
    </message>
    <message>
        <source>The sender is “%1”: it needs no verification now</source>
        <translation>Der Absender ist „%1“: Er braucht jetzt keine Verifizierung</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderVerificationDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Sender verification</source>
        <translation>Absenderverifizierung</translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation>1. Meta sendet einen 6-stelligen Code an %1. 2. Geben Sie ihn unten ein, um die Nummer zu verifizieren.</translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation>1. Kakao sendet ein Token an das Admin-Telefon %1. 2. Geben Sie es unten ein, um den Absender zu verifizieren.</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Code senden per</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Code senden &amp;per:</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send token</source>
        <translation>Token &amp;senden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Send token</source>
        <translation>Token senden</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Bestätigungstoken</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation>Geben Sie zuerst alle %1 Ziffern von %2 ein (%3 eingegeben).</translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation>Geben Sie zuerst %1 ein.</translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation>%1 prüfen (Eingabe)</translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation>Neues %1 senden (das letzte wird ungültig)</translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation>%1 anfordern</translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation>%1 wird angefordert…</translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation>Ein Token ist unterwegs an %1: Geben Sie es unten ein.</translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation>Ein Code ist per %2 unterwegs an %1: Geben Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verifiziert.</translation>
    </message>
    <message>
        <source>the token&apos;s digits</source>
        <translation>die Ziffern des Tokens</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation>Eine Vorlage auf dem Server behält Namen und Sprache. Um andere zu verwenden, exportieren Sie sie und importieren Sie sie in eine neue Vorlage.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Auf dem Server:</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>Status auf dem Server</translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation>Status der Vorlage und ihrer Änderungen beim letzten Lesen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation>Geprüfte Vorlagen behalten ihre Kategorie (%1); sie kann sich nur nach einer Ablehnung wegen falscher Kategorie ändern.</translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation>Meta erlauben, die Kategorie zu ändern</translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation>Gültigkeitsdauer der Nachricht in Sekunden</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation>Wie lange WhatsApp die Zustellung wiederholt: %1 bis %2 Sekunden für diese Kategorie.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
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
    <message>
        <source>In the whole window</source>
        <translation>Im ganzen Fenster</translation>
    </message>
    <message>
        <source>In every editor</source>
        <translation>In jedem Editor</translation>
    </message>
    <message>
        <source>On this page: %1</source>
        <translation>Auf dieser Seite: %1</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>In diesem Tab: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation>An den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation>Formular schließen, ohne es zu senden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Warten auf die Antwort des Servers</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Der Server hat die rot markierten Felder abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation>Wählen Sie eine Lösung, um sie zu sehen, oder erstellen Sie eine (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation>&amp;Neue Lösung…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation>Lösung eines Partners mit ihrem Embedded Signup-Token hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation>Lösungsaktionen</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>Neue Lösung</translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation>Lösung zuweisen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Choose a solution first</source>
        <translation>Wählen Sie zuerst eine Lösung</translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation>Diese Lösung ist dem Projekt bereits zugewiesen</translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation>Schließen Sie die neue Lösung zuerst ab oder brechen Sie sie ab</translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation>Ausgewählte Lösung diesem Projekt zuweisen</translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation>%1 (Meta-App %2)</translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation>Ja: Dieses Projekt wird über das Embedded Signup der Lösung eingerichtet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>Name der Lösung</translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation>Wie der Partner sie nennt</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation>Das accessToken der authResponse, die Meta nach Abschluss des Embedded Signup des Partners zurückgibt. Es wird einmal gesendet und von der Konsole nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Business &amp;manager:</source>
        <translation>Business &amp;Manager:</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>Create solution</source>
        <translation>Lösung erstellen</translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation>Lösung zu diesem Projekt hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation>Lösung wird erstellt…</translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation>Lösung „%1“ erstellt. Weisen Sie sie zu, um dieses Projekt über ihr Embedded Signup einzurichten.</translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation>„%1“ diesem Projekt zuweisen?

Das Projekt wird dann über das Embedded Signup der Lösung eingerichtet: %2 kann das WhatsApp-Konto und die Absender dieses Projekts bei Sinch erstellen und verwalten.</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>der Partner</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation>„%1“ ist diesem Projekt zugewiesen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SpinRangeGuard</name>
    <message>
        <source>%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.</source>
        <translation>%1 liegt außerhalb des Bereichs: Geben Sie eine Zahl von %2 bis %3 ein oder gehen Sie unter %2 für „%4“. Das Feld enthält weiterhin %5.</translation>
    </message>
    <message>
        <source>%1 is out of range: type a number from %2 to %3. The field still holds %4.</source>
        <translation>%1 liegt außerhalb des Bereichs: Geben Sie eine Zahl von %2 bis %3 ein. Das Feld enthält weiterhin %4.</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message>
        <source>C&amp;lone…</source>
        <translation>K&amp;lonen…</translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation>A&amp;usgewählte löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>Ausgewählte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation>Ausgewählte Vorlagen exportieren nach</translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation>Bericht zum Sammel&amp;auftrag</translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation>Ein Sammelauftrag läuft: Warten Sie oder brechen Sie ihn ab (Bericht zum Sammelauftrag)</translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation>Wählen Sie zuerst die Sprachzeilen der Vorlagen aus (Strg+Klick, Umschalt+Klick)</translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation>Letzten Sammelauftrag und seinen Bericht anzeigen</translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation>Es wurde noch kein Sammelauftrag ausgeführt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation>Vorlagen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>%n Vorlagensprache auf dem Server löschen: %1? Genehmigte Versionen und ausstehende Änderungen gehen verloren; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Vorlagensprachen auf dem Server löschen: %1? Genehmigte Versionen und ausstehende Änderungen gehen verloren; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation>%1 · Qualität: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation>Vorlagensprache löschen</translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation>„%1“ in %2 löschen? Die genehmigte Version und alle ausstehenden Änderungen dieser Sprache werden auf dem Server gelöscht; andere Sprachen bleiben.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation>„%1 · %2“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation>„%1“ in allen Sprachen (%2) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation>„%1“ in allen Sprachen gelöscht.</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Ausstehende Änderungen löschen</translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation>Die ausstehenden Änderungen von „%1 · %2“ löschen? Die genehmigte Version bleibt unverändert.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Änderungen löschen</translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation>Ausstehende Änderungen von „%1 · %2“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDetailView</name>
    <message>
        <source>Selected template</source>
        <translation>Ausgewählte Vorlage</translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation>Wählen Sie eine Vorlage, um ihren Status, die Bedeutung einer Ablehnung und alle Felder zu sehen.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation>Noch nicht in: %1</translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation>Klappen Sie den Namen auf (→) und wählen Sie eine Sprache, um Status und Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation>Nicht während die Änderungen geprüft werden</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Entwurf speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Zur Prüfung einreichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Genehmigte Vorlage über die Conversation API an ein Telefon senden</translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation>Speichern und reichen Sie die Vorlage ein; nach der Genehmigung kann sie als Test gesendet werden.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation>Mit genehmigter Version vergleichen</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>&amp;Test senden…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation>Die lokale Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation>Neue Vorlage · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Vorlage ersetzen</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation>Ihre lokalen Änderungen sind wieder da. „Rückgängig“ (Strg+Z) kehrt zur Version des Servers zurück.</translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation>Name und Sprache bleiben %1 · %2: Eine Vorlage auf dem Server behält sie.</translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation>%1 importiert. „Rückgängig“ (Strg+Z) stellt die vorherige Version wieder her.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is “%1”.</source>
        <translation>Nur eine genehmigte Vorlage kann gesendet werden; diese ist „%1“.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateFilterBar</name>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation>Geladene Vorlagen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Nur Vorlagen in diesem Status anzeigen (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Nur Vorlagen anzeigen, deren ausstehende Änderungen diesen Status haben (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation>Nur diese Sprache der geladenen Vorlagen anzeigen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation>Nur diese Kategorie der geladenen Vorlagen anzeigen</translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation>Analysezeitraum</translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation>Der Zeitraum der Spalten „Gesendet“, „Zugestellt“, „Gelesen“ und „Klicks“</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>Name beginnt mit…</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Name beginnt mit</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Nur Vorlagen anzeigen, deren Name mit diesem Text beginnt (vom Server abgefragt)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Beliebige Änderungen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation>Analyse: letzter Tag</translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation>Analyse: letzte Woche</translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation>Analyse: letzter Monat</translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation>Analyse: letztes Quartal</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nie genehmigt</translation>
    </message>
    <message>
        <source>Templates Meta has not approved yet: a draft, in review or rejected</source>
        <translation>Vorlagen, die Meta noch nicht genehmigt hat: Entwurf, in Prüfung oder abgelehnt</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateListToolBar</name>
    <message>
        <source>Template actions</source>
        <translation>Vorlagenaktionen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation>WhatsApp-Vorlage erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation>Ausgewählte Sprache in einem Tab öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation>Mit &amp;genehmigter Version vergleichen</translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation>Ausstehende Änderungen neben der genehmigten Version anzeigen (Strg+D)</translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation>A&amp;nalysen vergleichen</translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation>Analysen von zwei ausgewählten Vorlagen vergleichen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation>Ausstehende Änderungen lö&amp;schen…</translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation>Ausstehende Änderungen verwerfen und genehmigte Version behalten</translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation>Diese Sprache &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation>Ausgewählte Sprache der Vorlage löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation>&amp;Alle Sprachen löschen…</translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation>Vorlage in allen Sprachen löschen (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation>Ausgewählte Vorlagen als JSON kopieren (Strg+Umschalt+C)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation>Vorlage schließen</translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation>Die Änderungen an %1 werden geprüft, daher nimmt der Server jetzt keine Bearbeitungen an. Ihre Änderungen als lokalen Entwurf behalten?</translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation>Ein behaltener Entwurf wird angeboten, wenn Sie diese Vorlage erneut öffnen. „Verwerfen“ löscht die Änderungen.</translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation>Lokalen Entwurf behalten</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation>Die Änderungen an %1 vor dem Schließen als Entwurf auf dem Server speichern?</translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation>„Verwerfen“ löscht die Änderungen, auch die lokale Kopie.</translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation>Lokale Änderungen</translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation>Sie haben Änderungen an %1 vom %2, die nicht auf dem Server sind. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation>Wiederhergestellte Änderungen lassen sich rückgängig machen (Strg+Z). „Verwerfen“ löscht sie; „Abbrechen“ behält sie für später, bis diese Vorlage bearbeitet wird.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message>
        <source>Not sent: the changes are in review and the server takes no edits until the review ends. Your edits are kept in the local draft.</source>
        <translation>Nicht gesendet: Die Änderungen werden geprüft, und der Server nimmt bis zum Ende der Prüfung keine Bearbeitungen an. Ihre Änderungen bleiben im lokalen Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation>Nicht mit einem Projekt verbunden.</translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save draft and Submit for review wait. The review is checked every 30 seconds.</source>
        <translation>Diese Änderungen werden geprüft. Der Server nimmt bis zum Ende der Prüfung keine Bearbeitungen an: Was Sie hier ändern, bleibt in einem lokalen Entwurf, und „Entwurf speichern“ und „Zur Prüfung einreichen“ warten. Die Prüfung wird alle 30 Sekunden abgefragt.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Zur Prüfung eingereicht.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>Der Server hat die Vorlage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>Der Server hat %n Feld abgelehnt; es ist markiert.</numerusform>
            <numerusform>Der Server hat %n Felder abgelehnt; sie sind markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation>Die Prüfung ist beendet: Die Änderungen wurden abgelehnt. Bearbeiten und erneut einreichen.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation>Die Prüfung ist beendet: Die Änderungen wurden abgelehnt (%1). Bearbeiten und erneut einreichen.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation>Die Prüfung ist beendet: Die Änderungen wurden genehmigt. Sie können wieder bearbeiten und speichern.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Deren Fassung laden</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs.</source>
        <translation>Deren Fassung ist geladen. Rückgängig (Strg+Z) holt Ihre zurück, um sie darüber zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: the template was changed on the server since you opened it. Your edits are kept; save again to compare and choose.</source>
        <translation>Nicht gespeichert: Die Vorlage wurde auf dem Server geändert, seit Sie sie geöffnet haben. Ihre Änderungen bleiben erhalten; speichern Sie erneut, um zu vergleichen und zu wählen.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(noch %n Fehler vor dem Einreichen zu beheben)</numerusform>
            <numerusform>(noch %n Fehler vor dem Einreichen zu beheben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(noch %n Fehler zu beheben, bevor der Entwurf gespeichert wird)</numerusform>
            <numerusform>(noch %n Fehler zu beheben, bevor der Entwurf gespeichert wird)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take the name again until then. Choose another name.</source>
        <translation>Nicht gespeichert: Eine Vorlage namens „%1“ wurde vor weniger als 30 Tagen gelöscht, und WhatsApp nimmt den Namen bis dahin nicht wieder an. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template; WhatsApp takes a deleted template&apos;s name again only after 30 days, so give it another name and save.</source>
        <translation>Nicht gespeichert: „%1“ wurde auf dem Server gelöscht, nachdem Sie die Vorlage geöffnet haben. Ihre Änderungen bleiben hier als neue Vorlage erhalten; WhatsApp nimmt den Namen einer gelöschten Vorlage erst nach 30 Tagen wieder an, geben Sie ihr also einen anderen Namen und speichern Sie.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template.</source>
        <translation>Nicht gespeichert: „%1“ wurde auf dem Server gelöscht, nachdem Sie die Vorlage geöffnet haben. Ihre Änderungen bleiben hier als neue Vorlage erhalten.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>WhatsApp keeps a deleted template&apos;s name for 30 days: choose another name.</source>
        <translation>WhatsApp behält den Namen einer gelöschten Vorlage 30 Tage lang: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Nothing to save: the server has every change.</source>
        <translation>Nichts zu speichern: Der Server hat jede Änderung.</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>Wird zur Prüfung eingereicht…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateViewTab</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>WhatsApp-ID</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Was zu ändern ist:</translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation>Ausstehende Änderungen (%1) werden neben der genehmigten Version aufbewahrt; „Mit genehmigter Version vergleichen“ zeigt die Unterschiede.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation>WhatsApp-Vorlagen</translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation>Anzahl der Vorlagen</translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation>%1 von %2 Namen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation>Kein Vorlagenname beginnt mit „%1“. Leeren Sie den Namensfilter, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation>Keine Vorlage, die mit „%1“ beginnt, in diesem Status. Leeren Sie den Namensfilter und wählen Sie „Alle Status“ und „Beliebige Änderungen“, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation>Keine Vorlagen in diesem Status. Wählen Sie „Alle Status“ und „Beliebige Änderungen“, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Noch keine Vorlagen. Erstellen Sie eine (Strg+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation>Keine Treffer für diese Filter. Leeren Sie die Suche (Esc) oder wählen Sie „Alle Sprachen“ und „Alle Kategorien“.</translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation>Wählen Sie ein Projekt, um seine WhatsApp-Vorlagen zu sehen.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Vorlagen werden geladen…</translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation>Die Vorlagen konnten nicht geladen werden. Siehe Meldung oben.</translation>
    </message>
    <message>
        <source>No template was rejected after an approval. Templates rejected before they were ever approved have no state: choose “All states” and “Changes rejected” to see them.</source>
        <translation>Keine Vorlage wurde nach einer Genehmigung abgelehnt. Vorlagen, die abgelehnt wurden, bevor sie je genehmigt waren, haben keinen Status: Wählen Sie „Alle Status“ und „Änderungen abgelehnt“, um sie zu sehen.</translation>
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
    <name>sinch::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TokenDialog</name>
    <message>
        <source>Create &amp;long-lived token</source>
        <translation>&amp;Langlebiges Token erstellen</translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation>&amp;WABAs nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation>Langlebiges Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation>Fügen Sie das Benutzerzugriffstoken ein, das Meta am Ende des Embedded Signup zurückgegeben hat. Tauschen Sie es gegen ein langlebiges Token (60 Tage gültig) oder schlagen Sie die erreichbaren WhatsApp Business-Konten und ihre Nummern nach.</translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation>Facebook-Benutzerzugriffstoken</translation>
    </message>
    <message>
        <source>EAAG…</source>
        <translation>EAAG…</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>The account&apos;s own</source>
        <translation>Der des Kontos</translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation>Benutzerzugriffs&amp;token:</translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation>&amp;Business Manager:</translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation>Langlebiges Token erstellen</translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation>WABAs nachschlagen</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation>Dieses Token wird von der Konsole nicht gespeichert und nicht erneut angezeigt: Kopieren Sie es jetzt und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation>Langlebiges Zugriffstoken:</translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation>WhatsApp Business-Konten</translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation>WhatsApp Business-Konto oder Nummer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation>Fügen Sie zuerst das Benutzerzugriffstoken ein</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Warten auf die Antwort des Servers</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Token wird getauscht…</translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation>WABAs werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation>Keine Nummern mit diesem Konto geteilt</translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation>Das Token erreicht kein WhatsApp Business-Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>%n WhatsApp Business-Konto.</numerusform>
            <numerusform>%n WhatsApp Business-Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation>Projekt &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation>In Projekt &amp;importieren…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Wählen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation>Das Projekt ist noch nicht verbunden</translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation>Alle Ressourcen des Projekts als JSON-Dateien schreiben</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation>Vorlagen und Webhooks eines Exports in diesem Projekt neu anlegen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation>&amp;Posteingang öffnen</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch-Provisionierungskonsole</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Sinch-Provisionierungskonsole · %n ungelesen</numerusform>
            <numerusform>Sinch-Provisionierungskonsole · %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>Seit dem letzten Speichern nichts geändert.</translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation>Geheimnis vergessen</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook erstellt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation>Ein anderer Webhook dieses Projekts sendet bereits an diese URL.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Der Server hat die rot markierten Felder abgelehnt.</translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation>Webhook-Editor</translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation>Webhook erstellen oder geänderte Felder senden (Strg+S)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation>Alle Felder einschließlich Geheimnis anstelle des Webhooks auf dem Server senden</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation>Webhook an %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Webhook wird erstellt…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation>Die ID dieses Webhooks auf dem Server</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>https://example.com/sinch/events</source>
        <translation>https://example.com/sinch/events</translation>
    </message>
    <message>
        <source>Target &amp;URL</source>
        <translation>Ziel-&amp;URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation>Signiert jedes Ereignis; mindestens %1 zufällige Zeichen</translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation>Unverändert (neues Geheimnis eingeben, um es zu ersetzen)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation>Geheimnis als Klartext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation>Nur in diesem Editor gehalten: nie in Entwürfe oder ins Anfrageprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation>ALL (alle Ereignisse)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Check the events to be sent (Space toggles the selected one).</source>
        <translation>Markieren Sie die zu sendenden Ereignisse (Leertaste schaltet das ausgewählte um).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Geheimnis ausblenden</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation>Wählen Sie einen Webhook zum Bearbeiten oder erstellen Sie einen (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation>&amp;Neuer Webhook</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Webhook erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation>Ausgewählten Webhook bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation>Ausgewählten Webhook löschen (Entf)</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Webhook-Aktionen</translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation>Webhook-Liste</translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation>Diese nicht gespeicherten Änderungen gehören zu einem Webhook des Projekts, das Sie verlassen haben. Speichern Sie sie (Strg+S), dann gehen sie an dieses Projekt, oder wählen Sie eine andere Zeile, um sie zu verwerfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+N)</source>
        <translation>(Strg+N)</translation>
    </message>
    <message>
        <source>Choose a project to see its webhooks.</source>
        <translation>Wählen Sie ein Projekt, um seine Webhooks zu sehen.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save sends them to the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>„Speichern“ sendet sie an den Server, „Verwerfen“ löscht sie, „Abbrechen“ führt zurück zum Editor.</translation>
    </message>
    <message>
        <source>Delete the webhook that sends to this address? Its events stop at once.</source>
        <translation>Den Webhook löschen, der an diese Adresse sendet? Seine Ereignisse enden sofort.</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Der Webhook an %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>Projekt hinzufügen…</translation>
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
        <source>Reading the key secret from the keychain…</source>
        <translation>Schlüsselgeheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key to see its senders, templates and webhooks.</source>
        <translation>Fügen Sie ein Sinch-Projekt mit seinem Zugangsschlüssel hinzu, um seine Absender, Vorlagen und Webhooks zu sehen.</translation>
    </message>
    <message>
        <source>To try the console without an account, start it with --sandbox.</source>
        <translation>Um die Konsole ohne Konto auszuprobieren, starten Sie sie mit --sandbox.</translation>
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
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Die Variablen als {{n}} statt ihrer Beispiele anzeigen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappTemplateEdits</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>Beispiel bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation>%1-Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Schaltfläche entfernen</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Schaltfläche verschieben</translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation>Karussell hinzufügen</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation>Kartenaufbau übernehmen</translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation>Kartenschaltfläche hinzufügen</translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation>Variable {{%1}} einfügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Kopfzeile entfernen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Kopfzeile hinzufügen</translation>
    </message>
    <message>
        <source>Change header</source>
        <translation>Kopfzeile ändern</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>Link (URL)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
</context>
</TS>
