<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>Correct the highlighted fields and try again.</source>
        <translation>Corrigez les champs signalés et réessayez.</translation>
    </message>
    <message>
        <source>The access key was refused. Check the project ID, key ID and key secret in the project settings.</source>
        <translation>La clé d’accès a été refusée. Vérifiez l’ID du projet, l’ID de clé et le secret de clé dans les paramètres du projet.</translation>
    </message>
    <message>
        <source>This key may not do that. Ask the project&apos;s administrator for access.</source>
        <translation>Cette clé n’a pas ce droit. Demandez l’accès à l’administrateur du projet.</translation>
    </message>
    <message>
        <source>It no longer exists or the ID is wrong. Refresh the list.</source>
        <translation>L’élément n’existe plus ou l’ID est erroné. Actualisez la liste.</translation>
    </message>
    <message>
        <source>It conflicts with the current state. Refresh and try again.</source>
        <translation>Cela entre en conflit avec l’état actuel. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>A precondition is not met. Complete the missing steps first.</source>
        <translation>Une condition préalable n’est pas remplie. Effectuez d’abord les étapes manquantes.</translation>
    </message>
    <message>
        <source>A limit or a dependency blocks this. Free up or fix the dependency first.</source>
        <translation>Une limite ou une dépendance l’empêche. Libérez de la capacité ou corrigez d’abord la dépendance.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>Le serveur a rencontré un problème. Patientez un instant et réessayez ; si cela persiste, contactez le support Sinch.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the project settings.</source>
        <translation>Réessayez ; si cela persiste, vérifiez les paramètres du projet.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Le serveur demande d’attendre %n seconde.</numerusform>
            <numerusform>Le serveur demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted values: %1.</source>
        <translation>Valeurs acceptées : %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1). Check the base URL in the project settings and your network connection.</source>
        <translation>Le nom du serveur est introuvable (%1). Vérifiez l’URL de base dans les paramètres du projet et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.</source>
        <translation>Le serveur a refusé la connexion (%1). Vérifiez l’URL de base ; si elle est correcte, le service est peut-être indisponible : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>Le serveur a fermé la connexion avant de répondre. Réessayez.</translation>
    </message>
    <message>
        <source>The network failed: %1. Check your connection and try again.</source>
        <translation>Le réseau a échoué : %1. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). The console never skips this check: verify the base URL and the system&apos;s certificates.</source>
        <translation>Le certificat du serveur n’a pas été accepté (%1). La console ne saute jamais cette vérification : contrôlez l’URL de base et les certificats du système.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (%1). It may be a proxy or an outage page; try again later.</source>
        <translation>Le serveur a répondu par autre chose que le JSON de l’API (%1). Il peut s’agir d’un proxy ou d’une page de panne ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d’erreur : %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération : %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Additional information: %1</source>
        <translation>Informations complémentaires : %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Le serveur a répondu HTTP %1 avec un corps vide.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s JSON.</source>
        <translation>Le serveur a répondu HTTP %1 avec une page web au lieu du JSON de l’API.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not JSON.</source>
        <translation>Le serveur a répondu HTTP %1 avec un corps qui n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>a redirect to another site was refused</source>
        <translation>une redirection vers un autre site a été refusée</translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n manquante</numerusform>
            <numerusform>%1 · %n manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Available in every language of this project.</source>
        <translation>Disponible dans toutes les langues de ce projet.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Langues manquantes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n language(s)</source>
        <translation>
            <numerusform>%1, %n langue</numerusform>
            <numerusform>%1, %n langues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateRules</name>
    <message>
        <source>Give the template a name, e.g. order_update.</source>
        <translation>Donnez un nom au modèle, par ex. order_update.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting and ending with a letter or digit.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets bas, en commençant et en finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Names are at most 512 characters.</source>
        <translation>Les noms font 512 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Choisissez la langue du modèle.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Choisissez une catégorie : marketing, utilitaire ou authentification.</translation>
    </message>
    <message>
        <source>The template has no details; add at least a body.</source>
        <translation>Le modèle n’a pas de détails ; ajoutez au moins un corps.</translation>
    </message>
    <message>
        <source>For %1 templates the time to live is %2 to %3 seconds.</source>
        <translation>Pour les modèles %1, la durée de vie est de %2 à %3 secondes.</translation>
    </message>
    <message>
        <source>Meta&apos;s own minimum is 30 seconds; shorter codes may expire before they arrive.</source>
        <translation>Le minimum de Meta est de 30 secondes ; des codes plus courts peuvent expirer avant d’arriver.</translation>
    </message>
    <message>
        <source>A template has one %1 part; merge or remove this one.</source>
        <translation>Un modèle n’a qu’une partie %1 ; fusionnez ou supprimez celle-ci.</translation>
    </message>
    <message>
        <source>Add a body: every template has one.</source>
        <translation>Ajoutez un corps : chaque modèle en a un.</translation>
    </message>
    <message>
        <source>A carousel template has no header of its own: the cards carry the media.</source>
        <translation>Un modèle carrousel n’a pas d’en-tête propre : ce sont les cartes qui portent les médias.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>Rédigez le texte d’en-tête, ou choisissez « sans en-tête ».</translation>
    </message>
    <message>
        <source>Header texts are at most 60 characters; this one has %1.</source>
        <translation>Les textes d’en-tête font 60 caractères au plus ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>A text header can have one variable, {{1}}.</source>
        <translation>Un en-tête texte peut avoir une variable, {{1}}.</translation>
    </message>
    <message>
        <source>Give an example for the header&apos;s {{1}}.</source>
        <translation>Donnez un exemple pour le {{1}} de l’en-tête.</translation>
    </message>
    <message>
        <source>A location header takes no example; the location is sent with each message.</source>
        <translation>Un en-tête de localisation ne prend pas d’exemple ; la position est envoyée avec chaque message.</translation>
    </message>
    <message>
        <source>Choose the header&apos;s kind: text, image, video, document or location.</source>
        <translation>Choisissez le type d’en-tête : texte, image, vidéo, document ou localisation.</translation>
    </message>
    <message>
        <source>Authentication bodies have preset wording; this text will not be used.</source>
        <translation>Les corps d’authentification ont un libellé prédéfini ; ce texte ne sera pas utilisé.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Rédigez le texte du message.</translation>
    </message>
    <message>
        <source>Bodies are at most 1024 characters; this one has %1.</source>
        <translation>Les corps font 1024 caractères au plus ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>The security recommendation is only for AUTHENTICATION templates.</source>
        <translation>La recommandation de sécurité est réservée aux modèles AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A carousel template has no footer.</source>
        <translation>Un modèle carrousel n’a pas de pied de page.</translation>
    </message>
    <message>
        <source>Footers are at most 60 characters; this one has %1.</source>
        <translation>Les pieds de page font 60 caractères au plus ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Footers cannot have variables.</source>
        <translation>Les pieds de page ne peuvent pas contenir de variables.</translation>
    </message>
    <message>
        <source>The code expiry note is only for AUTHENTICATION templates.</source>
        <translation>La mention d’expiration du code est réservée aux modèles AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Codes expire after 1 to 90 minutes.</source>
        <translation>Les codes expirent après 1 à 90 minutes.</translation>
    </message>
    <message>
        <source>A carousel template has no buttons of its own: each card has its buttons.</source>
        <translation>Un modèle carrousel n’a pas de boutons propres : chaque carte a les siens.</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.</source>
        <translation>Partie inconnue « %1 » : utilisez HEADER, BODY, FOOTER, BUTTONS ou CAROUSEL.</translation>
    </message>
    <message>
        <source>Authentication templates need a one-time-password button.</source>
        <translation>Les modèles d’authentification nécessitent un bouton de mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>a JPEG or PNG image up to 5 MB</source>
        <translation>une image JPEG ou PNG de 5 Mo au plus</translation>
    </message>
    <message>
        <source>an MP4 or 3GP video (H.264 and AAC) up to 16 MB</source>
        <translation>une vidéo MP4 ou 3GP (H.264 et AAC) de 16 Mo au plus</translation>
    </message>
    <message>
        <source>a PDF document up to 100 MB</source>
        <translation>un document PDF de 100 Mo au plus</translation>
    </message>
    <message>
        <source>Add a sample %1 URL: reviewers need to see the media.</source>
        <translation>Ajoutez une URL d’exemple pour %1 : les vérificateurs doivent voir le média.</translation>
    </message>
    <message>
        <source>The sample media must be a full http(s) URL.</source>
        <translation>Le média d’exemple doit être une URL http(s) complète.</translation>
    </message>
    <message>
        <source>This file type does not fit a %1 header: use %2.</source>
        <translation>Ce type de fichier ne convient pas à un en-tête %1 : utilisez %2.</translation>
    </message>
    <message>
        <source>The file type cannot be told from the URL: make sure it is %1, or set mimeType.</source>
        <translation>Le type de fichier ne se déduit pas de l’URL : vérifiez qu’il s’agit de %1, ou renseignez mimeType.</translation>
    </message>
    <message>
        <source>Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.</source>
        <translation>Les variables doivent être numérotées {{1}}, {{2}}… sans trou : {{%1}} manque.</translation>
    </message>
    <message>
        <source>Give one example for each variable: the text has %1, the examples list %2.</source>
        <translation>Donnez un exemple pour chaque variable : le texte en contient %1, la liste d’exemples %2.</translation>
    </message>
    <message>
        <source>Example %1 is empty: write a realistic value.</source>
        <translation>L’exemple %1 est vide : saisissez une valeur réaliste.</translation>
    </message>
    <message>
        <source>The text starts with a variable; Meta often rejects that. Start with words.</source>
        <translation>Le texte commence par une variable ; Meta le refuse souvent. Commencez par des mots.</translation>
    </message>
    <message>
        <source>The text ends with a variable; Meta often rejects that. Add text after {{%1}}.</source>
        <translation>Le texte se termine par une variable ; Meta le refuse souvent. Ajoutez du texte après {{%1}}.</translation>
    </message>
    <message>
        <source>Two variables stand side by side; put words between them.</source>
        <translation>Deux variables se suivent directement ; mettez des mots entre elles.</translation>
    </message>
    <message>
        <source>Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.</source>
        <translation>Trop de variables pour la quantité de texte (%1 variables, %2 mots) ; Meta refuse de tels modèles. Ajoutez du texte ou fusionnez des variables.</translation>
    </message>
    <message>
        <source>Add at least one button, or remove the buttons part.</source>
        <translation>Ajoutez au moins un bouton, ou supprimez la partie boutons.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>%1 boutons au plus sont autorisés ; supprimez-en %2.</translation>
    </message>
    <message>
        <source>Card buttons can only be quick replies, URLs or phone numbers.</source>
        <translation>Les boutons de carte ne peuvent être que des réponses rapides, des URL ou des numéros de téléphone.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Donnez un libellé au bouton.</translation>
    </message>
    <message>
        <source>Button labels are at most 25 characters; this one has %1.</source>
        <translation>Les libellés de bouton font 25 caractères au plus ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Another button (%1) already says &quot;%2&quot;: labels must differ.</source>
        <translation>Un autre bouton (%1) affiche déjà « %2 » : les libellés doivent être différents.</translation>
    </message>
    <message>
        <source>Keep the quick replies together: move this one next to the other quick replies.</source>
        <translation>Gardez les réponses rapides ensemble : placez celle-ci à côté des autres réponses rapides.</translation>
    </message>
    <message>
        <source>Enter the web address the button opens.</source>
        <translation>Saisissez l’adresse web qu’ouvre le bouton.</translation>
    </message>
    <message>
        <source>A URL can only have one variable, {{1}}, at its very end.</source>
        <translation>Une URL ne peut avoir qu’une variable, {{1}}, tout à la fin.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Saisissez une adresse web complète commençant par https://.</translation>
    </message>
    <message>
        <source>WhatsApp refuses links to %1: link to your own site.</source>
        <translation>WhatsApp refuse les liens vers %1 : pointez vers votre propre site.</translation>
    </message>
    <message>
        <source>Give a full example URL with a value in place of {{1}}.</source>
        <translation>Donnez une URL d’exemple complète avec une valeur à la place de {{1}}.</translation>
    </message>
    <message>
        <source>The example must be the full URL with a value in place of {{1}}.</source>
        <translation>L’exemple doit être l’URL complète avec une valeur à la place de {{1}}.</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Saisissez le numéro de téléphone à appeler.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +4670123456.</source>
        <translation>Écrivez le numéro au format international, par ex. +4670123456.</translation>
    </message>
    <message>
        <source>One-time-password buttons belong in AUTHENTICATION templates only.</source>
        <translation>Les boutons de mot de passe à usage unique sont réservés aux modèles AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose copy code, one tap or zero tap.</source>
        <translation>Choisissez copie du code, un toucher (one tap) ou zéro toucher (zero tap).</translation>
    </message>
    <message>
        <source>The autofill label is at most 25 characters.</source>
        <translation>Le libellé de saisie automatique fait 25 caractères au plus.</translation>
    </message>
    <message>
        <source>packageName and signatureHash on the button are deprecated: move them into supported apps.</source>
        <translation>packageName et signatureHash sur le bouton sont obsolètes : déplacez-les dans les applications prises en charge.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap codes need your Android app: add its package name and signature hash.</source>
        <translation>Les codes one tap et zero tap nécessitent votre application Android : ajoutez son nom de paquet et son empreinte de signature.</translation>
    </message>
    <message>
        <source>Each supported app needs a package name and a signature hash.</source>
        <translation>Chaque application prise en charge nécessite un nom de paquet et une empreinte de signature.</translation>
    </message>
    <message>
        <source>Zero-tap codes need you to accept WhatsApp&apos;s zero-tap terms.</source>
        <translation>Les codes zero tap exigent que vous acceptiez les conditions zero tap de WhatsApp.</translation>
    </message>
    <message>
        <source>Pick a flow: its ID is 1 to 30 digits.</source>
        <translation>Choisissez un flow : son ID compte de 1 à 30 chiffres.</translation>
    </message>
    <message>
        <source>Choose the flow action: data exchange or navigate.</source>
        <translation>Choisissez l’action du flow : échange de données ou navigation.</translation>
    </message>
    <message>
        <source>Choose the screen the flow opens on.</source>
        <translation>Choisissez l’écran sur lequel s’ouvre le flow.</translation>
    </message>
    <message>
        <source>The screen ID is at most 432 characters.</source>
        <translation>L’ID d’écran fait 432 caractères au plus.</translation>
    </message>
    <message>
        <source>At most 2 URL buttons are allowed; this has %1.</source>
        <translation>2 boutons URL au plus sont autorisés ; il y en a ici %1.</translation>
    </message>
    <message>
        <source>At most 1 phone number button is allowed; this has %1.</source>
        <translation>1 bouton de numéro de téléphone au plus est autorisé ; il y en a ici %1.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one one-time-password button.</source>
        <translation>Les modèles d’authentification ont exactement un bouton de mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>A carousel needs at least one card.</source>
        <translation>Un carrousel nécessite au moins une carte.</translation>
    </message>
    <message>
        <source>A carousel with one card shows no carousel; add a second card.</source>
        <translation>Un carrousel d’une seule carte n’affiche pas de carrousel ; ajoutez une deuxième carte.</translation>
    </message>
    <message>
        <source>At most 10 cards are allowed; remove %1.</source>
        <translation>10 cartes au plus sont autorisées ; supprimez-en %1.</translation>
    </message>
    <message>
        <source>Carousels are meant for MARKETING templates; Meta may change or reject the category.</source>
        <translation>Les carrousels sont prévus pour les modèles MARKETING ; Meta peut changer la catégorie ou refuser le modèle.</translation>
    </message>
    <message>
        <source>A card has one %1; remove this one.</source>
        <translation>Une carte a un seul %1 ; supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Card headers are an image or a video.</source>
        <translation>Les en-têtes de carte sont une image ou une vidéo.</translation>
    </message>
    <message>
        <source>Card texts are at most 160 characters; this one has %1.</source>
        <translation>Les textes de carte font 160 caractères au plus ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Write the card&apos;s text.</source>
        <translation>Rédigez le texte de la carte.</translation>
    </message>
    <message>
        <source>Cards hold a media header, a text and buttons only.</source>
        <translation>Les cartes ne contiennent qu’un en-tête média, un texte et des boutons.</translation>
    </message>
    <message>
        <source>Card %1 needs an image or video header.</source>
        <translation>La carte %1 nécessite un en-tête image ou vidéo.</translation>
    </message>
    <message>
        <source>Card %1 needs a text.</source>
        <translation>La carte %1 nécessite un texte.</translation>
    </message>
    <message>
        <source>Card %1 needs one or two buttons.</source>
        <translation>La carte %1 nécessite un ou deux boutons.</translation>
    </message>
    <message>
        <source>Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.</source>
        <translation>La carte %1 diffère de la carte 1 : toutes les cartes doivent avoir les mêmes parties, le même format d’en-tête et les mêmes types de boutons dans le même ordre.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · modifications en brouillon</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · modifications en vérification</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · modifications refusées</translation>
    </message>
    <message>
        <source>%1 · changes %2</source>
        <translation>%1 · modifications : %2</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it as a project.</source>
        <translation>Démarrer le bac à sable intégré et l’ouvrir comme projet.</translation>
    </message>
    <message>
        <source>Faults the sandbox injects, e.g. latency=200,503=0.1.</source>
        <translation>Pannes que le bac à sable injecte, par ex. latency=200,503=0.1.</translation>
    </message>
    <message>
        <source>Seconds the sandbox takes to review a submission.</source>
        <translation>Secondes que met le bac à sable à examiner une soumission.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console: manage projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Subcommands:
  serve-sandbox [options]  run only the built-in emulator of the API (see serve-sandbox --help)
  lint FILE... [--json]    validate WhatsApp template JSON files (exit 1 on errors)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]
                           draw a WhatsApp template as the phone shows it</source>
        <translation>Console de provisionnement Sinch : gérer les projets, les expéditeurs WhatsApp, KakaoTalk et RCS, les modèles et les webhooks.

Sous-commandes :
  serve-sandbox [options]  lancer seulement l’émulateur intégré de l’API (voir serve-sandbox --help)
  lint FILE... [--json]    valider des fichiers JSON de modèles WhatsApp (code de sortie 1 en cas d’erreur)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N]
                           dessiner un modèle WhatsApp tel que le téléphone l’affiche</translation>
    </message>
</context>
<context>
    <name>sinch::ApiClient</name>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Opération inconnue « %1 ».</translation>
    </message>
    <message>
        <source>No project is selected, or its key could not be read.</source>
        <translation>Aucun projet n’est sélectionné, ou sa clé n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message>
        <source>The project is no longer configured.</source>
        <translation>Le projet n’est plus configuré.</translation>
    </message>
    <message>
        <source>The request lacks the path parameter &quot;%1&quot;.</source>
        <translation>Il manque à la requête le paramètre de chemin « %1 ».</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1: %2</source>
        <translation>le JSON est invalide à l’octet %1 : %2</translation>
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
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet. Create one in the Sinch dashboard, then refresh (F5).</source>
        <translation>Ce projet n’a pas encore de compte WhatsApp. Créez-en un dans le tableau de bord Sinch, puis actualisez (F5).</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>senders</source>
        <translation>expéditeurs</translation>
    </message>
    <message>
        <source>No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.</source>
        <translation>Aucun expéditeur WhatsApp dans ce projet pour l’instant. Enregistrez un numéro de téléphone comme expéditeur pour commencer à envoyer.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modèles</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>flows</translation>
    </message>
    <message>
        <source>No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.</source>
        <translation>Aucun WhatsApp Flow dans ce compte. Les flows se créent dans WhatsApp Manager et apparaissent ici une fois publiés.</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>Application partenaire</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>Application propriétaire</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>solutions</source>
        <translation>solutions</translation>
    </message>
    <message>
        <source>No multi-partner solutions. A solution appears here once a partner shares it with this project.</source>
        <translation>Aucune solution multi-partenaires. Une solution apparaît ici dès qu’un partenaire la partage avec ce projet.</translation>
    </message>
    <message>
        <source>Plus friend ID</source>
        <translation>ID Plus Friend</translation>
    </message>
    <message>
        <source>No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.</source>
        <translation>Aucun expéditeur KakaoTalk pour l’instant. Enregistrez un canal KakaoTalk (ID Plus Friend) comme expéditeur pour commencer.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>Le serveur n’a listé aucune catégorie d’expéditeur. Actualisez (F5) pour redemander.</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Activité du compte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>No RCS account activity yet. Comments and review events appear here.</source>
        <translation>Aucune activité de compte RCS pour l’instant. Les commentaires et les événements de vérification apparaissent ici.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>No RCS senders yet. Create an RCS agent, fill its launch questionnaire and launch it per country.</source>
        <translation>Aucun expéditeur RCS pour l’instant. Créez un agent RCS, remplissez son questionnaire de lancement et lancez-le pays par pays.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>Upscales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>Expéditeur RCS</translation>
    </message>
    <message>
        <source>upscales</source>
        <translation>upscales</translation>
    </message>
    <message>
        <source>No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.</source>
        <translation>Aucun upscale. Un upscale envoie du RCS aux utilisateurs d’un numéro SMS une fois son expéditeur lancé.</translation>
    </message>
    <message>
        <source>Upscale senders</source>
        <translation>Expéditeurs d’upscale</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Upscalé</translation>
    </message>
    <message>
        <source>No senders can be upscaled yet. Launched RCS senders appear here.</source>
        <translation>Aucun expéditeur ne peut encore être upscalé. Les expéditeurs RCS lancés apparaissent ici.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>webhooks</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to get callbacks when templates and senders change state.</source>
        <translation>Aucun webhook pour l’instant. Ajoutez-en un pour recevoir des rappels quand les modèles et les expéditeurs changent d’état.</translation>
    </message>
</context>
<context>
    <name>sinch::CredentialStore</name>
    <message>
        <source>Enter the key secret: an empty secret is not stored.</source>
        <translation>Saisissez le secret de clé : un secret vide n’est pas enregistré.</translation>
    </message>
    <message>
        <source>No key secret is stored for this project. Enter it in the project&apos;s settings.</source>
        <translation>Aucun secret de clé n’est enregistré pour ce projet. Saisissez-le dans les paramètres du projet.</translation>
    </message>
    <message>
        <source>The keychain could not store the key secret (%1). Try again, or check the keychain application.</source>
        <translation>Le trousseau n’a pas pu enregistrer le secret de clé (%1). Réessayez, ou vérifiez l’application du trousseau.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.</source>
        <translation>L’accès au trousseau a été refusé : le secret de clé n’est conservé que jusqu’à la fermeture de la console. Autorisez la console à utiliser le trousseau pour le garder d’une session à l’autre.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.</source>
        <translation>L’accès au trousseau a été refusé : le secret de clé n’a pas pu être lu. Autorisez la console à utiliser le trousseau, ou saisissez à nouveau le secret de clé.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret stored there was not removed.</source>
        <translation>L’accès au trousseau a été refusé : le secret de clé qui y est stocké n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>The keychain could not read the key secret (%1). Try again, or enter the key secret again.</source>
        <translation>Le trousseau n’a pas pu lire le secret de clé (%1). Réessayez, ou saisissez à nouveau le secret de clé.</translation>
    </message>
    <message>
        <source>The keychain could not remove the key secret (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain application.</source>
        <translation>Le trousseau n’a pas pu supprimer le secret de clé (%1). Supprimez l’entrée « %2 » de « %3 » dans l’application du trousseau.</translation>
    </message>
    <message>
        <source>The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.</source>
        <translation>Le secret de clé n’est conservé que jusqu’à la fermeture de la console, car aucun trousseau n’est disponible. Installez et déverrouillez GNOME Keyring ou KWallet, puis saisissez à nouveau le secret pour le garder d’une session à l’autre.</translation>
    </message>
    <message>
        <source>The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.</source>
        <translation>Le secret de clé ne peut pas être lu car aucun trousseau n’est disponible. Saisissez à nouveau le secret de clé ; il est conservé jusqu’à la fermeture de la console.</translation>
    </message>
    <message>
        <source>The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.</source>
        <translation>Le secret de clé a été retiré de la mémoire. Aucun trousseau n’est disponible : un secret qui y aurait été stocké lors d’une session précédente n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.</source>
        <translation>Aucun trousseau n’est disponible (%1). Les secrets de clé ne sont conservés que jusqu’à la fermeture de la console ; installez et déverrouillez GNOME Keyring ou KWallet pour les garder d’une session à l’autre.</translation>
    </message>
</context>
<context>
    <name>sinch::Project</name>
    <message>
        <source>Enter a display name for the project.</source>
        <translation>Saisissez un nom d’affichage pour le projet.</translation>
    </message>
    <message>
        <source>Enter the project ID. The Sinch Customer Dashboard shows it beside the project&apos;s name.</source>
        <translation>Saisissez l’ID du projet. Le Sinch Customer Dashboard l’affiche à côté du nom du projet.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the project ID.</source>
        <translation>Supprimez les espaces ou sauts de ligne de l’ID du projet.</translation>
    </message>
    <message>
        <source>Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys.</source>
        <translation>Saisissez l’ID de clé. Le Sinch Customer Dashboard la liste sous Access Keys.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the key ID.</source>
        <translation>Supprimez les espaces ou sauts de ligne de l’ID de clé.</translation>
    </message>
    <message>
        <source>Enter a base URL that starts with https:// and names a host, for example %1.</source>
        <translation>Saisissez une URL de base qui commence par https:// et nomme un hôte, par exemple %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL: the key ID and key secret have their own fields.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL de base : l’ID de clé et le secret de clé ont leurs propres champs.</translation>
    </message>
    <message>
        <source>Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Utilisez https dans l’URL de base : le http simple n’est permis que pour le bac à sable local (127.0.0.1, localhost ou ::1), pas pour %1.</translation>
    </message>
    <message>
        <source>Enter a token URL that starts with https:// and names a host, for example %1.</source>
        <translation>Saisissez une URL de jeton qui commence par https:// et nomme un hôte, par exemple %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL: the key ID and key secret have their own fields.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL de jeton : l’ID de clé et le secret de clé ont leurs propres champs.</translation>
    </message>
    <message>
        <source>Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Utilisez https dans l’URL de jeton : le http simple n’est permis que pour le bac à sable local (127.0.0.1, localhost ou ::1), pas pour %1.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project&apos;s name.</source>
        <translation>L’ID de projet « %1 » ne ressemble pas à un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Vérifiez que vous avez copié l’ID du projet et non son nom.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.</source>
        <translation>L’ID de clé « %1 » ne ressemble pas à un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Vérifiez que vous avez copié l’ID de clé et non le secret de clé.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Attempt: %1, %2 ms</source>
        <translation>Tentative : %1, %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corps de la requête :</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Corps de la réponse :</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Button clicks</source>
        <translation>Clics sur les boutons</translation>
    </message>
</context>
<context>
    <name>sinch::TokenProvider</name>
    <message>
        <source>The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.</source>
        <translation>Le service de jetons a refusé la clé. Vérifiez l’ID de clé et le secret de clé, ou passez le projet en authentification Basic.</translation>
    </message>
    <message>
        <source>the token answer has no access_token or expires_in</source>
        <translation>la réponse du jeton ne contient pas access_token ou expires_in</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
    <message>
        <source>Usage: sinch-console lint FILE... [--json]
Validates WhatsApp template JSON files (the API&apos;s create-request shape).
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Utilisation : sinch-console lint FILE... [--json]
Valide des fichiers JSON de modèles WhatsApp (au format de la requête de création de l’API).
Code de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 entrée illisible.
</translation>
    </message>
    <message>
        <source>sinch-console lint: unknown option %1</source>
        <translation>sinch-console lint : option inconnue %1</translation>
    </message>
    <message>
        <source>sinch-console lint: name at least one template JSON file</source>
        <translation>sinch-console lint : indiquez au moins un fichier de modèle JSON</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>n’est pas un objet JSON (%1 à l’octet %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
    <message>
        <source>Render a WhatsApp template as the phone shows it and write a PNG.</source>
        <translation>Dessiner un modèle WhatsApp tel que le téléphone l’affiche et l’enregistrer en PNG.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Le fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Utiliser le thème sombre.</translation>
    </message>
    <message>
        <source>Show {{n}} instead of the examples.</source>
        <translation>Afficher {{n}} au lieu des exemples.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 0.5 to 4 (default 1).</source>
        <translation>Pixels par pixel logique, de 0.5 à 4 (1 par défaut).</translation>
    </message>
    <message>
        <source>The template, as JSON (the API&apos;s create request).</source>
        <translation>Le modèle, en JSON (la requête de création de l’API).</translation>
    </message>
    <message>
        <source>give one template file (see --help)</source>
        <translation>indiquez un seul fichier de modèle (voir --help)</translation>
    </message>
    <message>
        <source>give the PNG to write with -o OUT.png</source>
        <translation>indiquez le fichier PNG à écrire avec -o OUT.png</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, not &quot;%1&quot;</source>
        <translation>--scale attend un nombre de 0.5 à 4, pas « %1 »</translation>
    </message>
    <message>
        <source>internal error: rendering needs a QGuiApplication</source>
        <translation>erreur interne : le rendu nécessite une QGuiApplication</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 n’est pas un JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <source>%1 is not a template: expected a JSON object</source>
        <translation>%1 n’est pas un modèle : objet JSON attendu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2×%3 px, %4 findings marked (%5 errors)
</source>
        <translation>%1 : %2×%3 px, %4 signalements marqués (%5 erreurs)
</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AddProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>e.g. Shop production</source>
        <translation>par ex. Boutique production</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>from the Sinch dashboard, Settings → Projects</source>
        <translation>depuis le tableau de bord Sinch, Settings → Projects</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>ID de la clé d’accès</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Secret de clé</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>affiché une seule fois à la création de la clé</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>OAuth 2.0 (recommended)</source>
        <translation>OAuth 2.0 (recommandé)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID du &amp;projet :</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>ID de &amp;clé :</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>&amp;Secret de clé :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL de &amp;jeton :</translation>
    </message>
    <message>
        <source>Problems with the entered values</source>
        <translation>Problèmes avec les valeurs saisies</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Tester et enregistrer</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Tester et enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>enter the key secret</source>
        <translation>saisissez le secret de clé</translation>
    </message>
    <message>
        <source>leave empty to keep the current secret</source>
        <translation>laisser vide pour garder le secret actuel</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>Saisissez le secret de clé.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Test de la clé avec %1…</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>La clé fonctionne. Enregistrement…</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Le projet n’a pas pu être enregistré : %1</translation>
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
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CompareDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentPage</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 as JSON</source>
        <translation>%1 en JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choisissez d’abord un projet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État au %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainWindow</name>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Console de provisionnement Sinch</translation>
    </message>
    <message>
        <source>The system keychain is not available, so key secrets are kept only until you quit. %1</source>
        <translation>Le trousseau du système n’est pas disponible : les secrets de clé ne sont conservés que jusqu’à la fermeture. %1</translation>
    </message>
    <message>
        <source>&amp;Add project…</source>
        <translation>&amp;Ajouter un projet…</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>Ajouter un projet Sinch avec sa clé d’accès</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the current view again (F5)</source>
        <translation>Recharger la vue actuelle (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Basculer entre &amp;navigation et contenu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Sinch Provisioning Console</source>
        <translation>À &amp;propos de la console de provisionnement Sinch</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Changer de projet (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Current project</source>
        <translation>Projet actuel</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (bac à sable)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>%1 — Sinch Provisioning Console</source>
        <translation>%1 — Console de provisionnement Sinch</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>ID du projet %1, clé %2, %3</translation>
    </message>
    <message>
        <source>About Sinch Provisioning Console</source>
        <translation>À propos de la console de provisionnement Sinch</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console %1

A desktop console for the Sinch Provisioning API: projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Built with Qt %2.</source>
        <translation>Console de provisionnement Sinch %1

Une console de bureau pour l’API Sinch Provisioning : projets, expéditeurs WhatsApp, KakaoTalk et RCS, modèles et webhooks.

Construite avec Qt %2.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · bac à sable intégré sur %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Renvoyer la requête</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>Attente avant nouvel essai</translation>
    </message>
    <message>
        <source>Last error, click for details</source>
        <translation>Dernière erreur, cliquez pour les détails</translation>
    </message>
    <message>
        <source>Show the details of the last error</source>
        <translation>Afficher les détails de la dernière erreur</translation>
    </message>
    <message>
        <source>● Idle</source>
        <translation>● Inactif</translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● %n requête</numerusform>
            <numerusform>● %n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● %n requête, %1 en attente</numerusform>
            <numerusform>● %n requêtes, %1 en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in flight: %1, waiting: %2</source>
        <translation>Requêtes en cours : %1, en attente : %2</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>WhatsApp templates</source>
        <translation>Modèles WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp senders</source>
        <translation>Expéditeurs WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Expéditeurs KakaoTalk</translation>
    </message>
    <message>
        <source>RCS senders</source>
        <translation>Expéditeurs RCS</translation>
    </message>
    <message>
        <source>RCS upscales</source>
        <translation>Upscales RCS</translation>
    </message>
    <message>
        <source>No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).</source>
        <translation>Aucun projet n’est encore prêt. Ajoutez-en un avec Projet → Ajouter un projet (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Numbers of each project, read from its lists. Refresh with F5.</source>
        <translation>Chiffres de chaque projet, lus dans ses listes. Actualisez avec F5.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectActions</name>
    <message>
        <source>The key secret of “%1” is kept only until you quit.</source>
        <translation>Le secret de clé de « %1 » n’est conservé que jusqu’à la fermeture.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Projet « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this computer? Its settings and the key secret in the keychain are deleted; nothing changes on the Sinch side.</source>
        <translation>Supprimer le projet « %1 » de cet ordinateur ? Ses paramètres et le secret de clé du trousseau sont effacés ; rien ne change du côté de Sinch.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key secret could not be deleted from the keychain: %2</source>
        <translation>« %1 » a été supprimé, mais son secret de clé n’a pas pu être effacé du trousseau : %2</translation>
    </message>
    <message>
        <source>Project “%1” removed.</source>
        <translation>Projet « %1 » supprimé.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectManager</name>
    <message>
        <source>The key secret of “%1” is not in the keychain. Edit the project and enter it again.</source>
        <translation>Le secret de clé de « %1 » n’est pas dans le trousseau. Modifiez le projet et saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RequestLogWindow</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Filter by operation, status, URL or request ID (Ctrl+F)</source>
        <translation>Filtrer par opération, statut, URL ou ID de requête (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Filtrer le journal des requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Select a request to see its details and bodies (secrets are redacted).</source>
        <translation>Sélectionnez une requête pour voir ses détails et ses corps (les secrets sont masqués).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ResourceListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrer : %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’éléments</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste : %1</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Liste vide</translation>
    </message>
    <message>
        <source>Selected item as JSON</source>
        <translation>Élément sélectionné en JSON</translation>
    </message>
    <message>
        <source>Select an item to see all its fields.</source>
        <translation>Sélectionnez un élément pour voir tous ses champs.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Choisissez un projet pour voir ses %1.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement : %1…</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>La liste n’a pas pu être chargée. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Rien ne correspond à « %1 ». Effacez le filtre (Échap) pour revoir la liste complète des %2.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Also used by “%1”</source>
        <translation>Également utilisé par « %1 »</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateViewTab</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Liste vide</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
</context>
<context>
    <name>sinch::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>Ajouter un projet…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar (Ctrl+1 … Ctrl+9).</source>
        <translation>Choisissez un projet dans la barre d’outils (Ctrl+1 … Ctrl+9).</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Add a Sinch project with its access key to see its senders, templates and webhooks.&lt;/p&gt;&lt;p&gt;To try the console without an account, start it with &lt;tt&gt;--sandbox&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Ajoutez un projet Sinch avec sa clé d’accès pour voir ses expéditeurs, ses modèles et ses webhooks.&lt;/p&gt;&lt;p&gt;Pour essayer la console sans compte, lancez-la avec &lt;tt&gt;--sandbox&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the key secret from the keychain…</source>
        <translation>Lecture du secret de clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewRenderer</name>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation>Saisie automatique</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Voir toutes les options</translation>
    </message>
    <message>
        <source>*{{1}}* is your verification code.</source>
        <translation>*{{1}}* est votre code de vérification.</translation>
    </message>
    <message>
        <source>For your security, do not share this code.</source>
        <translation>Pour votre sécurité, ne communiquez pas ce code.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>Ce code expire dans %n minute.</numerusform>
            <numerusform>Ce code expire dans %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Aperçu clair</translation>
    </message>
    <message>
        <source>Show the preview in WhatsApp&apos;s light theme</source>
        <translation>Afficher l’aperçu dans le thème clair de WhatsApp</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Aperçu sombre</translation>
    </message>
    <message>
        <source>Show the preview in WhatsApp&apos;s dark theme</source>
        <translation>Afficher l’aperçu dans le thème sombre de WhatsApp</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Afficher les variables</translation>
    </message>
    <message>
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Afficher les variables sous la forme {{n}} au lieu de leurs exemples</translation>
    </message>
    <message>
        <source>WhatsApp preview</source>
        <translation>Aperçu WhatsApp</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappTemplateEdits</name>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
</context>
</TS>
