<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>KakaoTalk channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished">Meldungstext</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Kommentar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">In Prüfung</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation type="unfinished"></translation>
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
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation type="unfinished">Höchstens %1 Schaltflächen sind erlaubt; entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 is already a %2 button: a template has at most one button of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation type="unfinished">Geben Sie der Schaltfläche eine Beschriftung.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation type="unfinished">Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>A web link button needs the mobile web address (linkMo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS scheme and the Android scheme; the PC link does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation type="unfinished">Wählen Sie die Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation type="unfinished">Schreiben Sie den Nachrichtentext.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 templates need the additional information (extra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising templates are expected to have a %1 button; Kakao may reject the template without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title and a subtitle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name and URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without emphasis this is not shown: choose text or image emphasis, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">In Prüfung</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation type="unfinished">%1 · Änderungen im Entwurf</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation type="unfinished">%1 · Änderungen in Prüfung</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation type="unfinished">%1 · Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished">Basic</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Entwurf</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In test: ready to launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaireRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated: the API no longer needs this answer and may ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation type="unfinished"></translation>
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
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">In Prüfung</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>Sinch America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch SEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Entwurf</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Kommentar</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::BulkClonePlan</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the template itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation type="unfinished">WhatsApp-Vorlagen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished">Webhooks</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation type="unfinished">KakaoTalk-Absender</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::InboxModel</name>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::InboxSync</name>
    <message>
        <source>WhatsApp account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::rules::ImageRequirement</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1; Sinch takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +44 20 7123 4567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with Choose….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished">Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Telefonnummer</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation type="unfinished">Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished">Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountPage</name>
    <message>
        <source>&amp;Create account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation type="unfinished">Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen …</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished">Stand: %1</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityDelegate</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityFeedView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Conversation API region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewWidget</name>
    <message>
        <source>KakaoTalk</source>
        <translation type="unfinished">KakaoTalk</translation>
    </message>
    <message>
        <source>Show the variables as #{name} instead of their examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation type="unfinished">%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished">Die Liste filtern</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation type="unfinished">Liste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation type="unfinished">Nichts passt zu „%1“. Leeren Sie den Filter (Esc), um alle %2 zu sehen.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation type="unfinished">Wählen Sie ein Projekt, um seine %1 zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished">%1 werden geladen …</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BodyPart</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkCloneDialog</name>
    <message numerus="yes">
        <source>Clone %n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show reads its state again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 25 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example.com/track/{{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished">Dunkel</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the same content as the approved version.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; (details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (changes.details, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen …</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Kommentar</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block rate rank 1 is the template people block most often in this timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentController</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were not closed properly last time. Open them again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Choose a project to see its activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditSession</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FindingsList</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::FlowsPage</name>
    <message>
        <source>Choose a flow to see its screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the folder of a project export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the plan or the import to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxController</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">Projekt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished">WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation type="unfinished">KakaoTalk</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished">RCS</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished">Absender</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished">Vorlagen</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Mobile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 mobile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryPicker</name>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sender&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Kategorien</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao is reviewing this template; editing waits for its decision, which is checked every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateFilters</name>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished">Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Kakao&apos;s default (Others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short line under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tem&amp;plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves them as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished">Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished">Wird geladen</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation type="unfinished">Leere Liste</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation type="unfinished">Die Liste konnte nicht geladen werden. Siehe die Meldung oben.</translation>
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
    <message>
        <source>&amp;Quick open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::ui::PhonePreviewWidget</name>
    <message>
        <source>Light</source>
        <translation type="unfinished">Hell</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation type="unfinished">Helle Vorschau</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished">Dunkel</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation type="unfinished">Dunkle Vorschau</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation type="unfinished">Variablen anzeigen</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation type="unfinished">Vorlagenvorschau</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished">Warnung: %1</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished">Anwendungsfall</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewWidget</name>
    <message>
        <source>Google Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand card has no variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandStep</name>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Marke</translation>
    </message>
    <message>
        <source>Brand na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Telefonnummer</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7123 4567 or 2071234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsCountriesStep</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one country (Space toggles the selected one). Each of GB, FR, ES and US adds its own questions to the launch questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched (%2). Check the address; Sinch must be able to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only some details can change (Sinch: &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message>
        <source>Launch questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished">Anwendungsfall</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (IN_TEST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Marke</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished">Anwendungsfall</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sender is %1: %2 The other fields are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation type="unfinished">Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, digits only (e.g. +447700900123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation type="unfinished">Upscales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation type="unfinished">RCS-Absender</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished">&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only while the sender is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation type="unfinished"></translation>
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
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nichts passt zu „%1“. Leeren Sie den Filter (Esc), um alle %2 zu sehen.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the %1 of one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished">Meldungstext</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCH: a number Sinch provides; CUSTOMER: your own number, which must receive the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, without the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hauptstraße 1, 10115 Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A square image (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+821012345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel admin&apos;s phone: Kakao sends the verification token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Pending changes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is %1: it needs no verification now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderVerificationDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digits sent to the admin phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to &amp;live:</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation type="unfinished">Partner-App</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation type="unfinished">Eigentümer-App</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished">Zugewiesen</translation>
    </message>
    <message>
        <source>Choose a solution first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message>
        <source>C&amp;lone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message numerus="yes">
        <source>Not submitted: %n error(s) to fix first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) to fix first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the changes are in review and the server takes no edits until the review ends. Your edits are kept in the local draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save and Submit wait. The review is checked every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
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
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation type="unfinished"></translation>
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
    <name>sinch::ui::TokenDialog</name>
    <message>
        <source>Create &amp;long-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAAG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation type="unfinished">Sinch-Provisionierungskonsole</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/sinch/events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Anzeigen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished">Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the events to be sent (Space toggles the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to see its webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook that sends to %1? Its events stop at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">WhatsApp</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
