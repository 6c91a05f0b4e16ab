<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLabel</name>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation>Approuvé (désormais %1)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 par %2 · %3</translation>
    </message>
</context>
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
        <source>The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Le serveur a fermé la connexion avant de répondre ; la modification a peut-être été faite, ou non. Actualisez pour vérifier avant de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Le serveur n’a pas répondu à temps ; la modification a peut-être été faite, ou non. Actualisez pour vérifier avant de l’envoyer à nouveau.</translation>
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
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>an answer too large to read</source>
        <translation>une réponse trop volumineuse pour être lue</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>une réponse illisible</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Patientez un instant et réessayez ; si cela persiste, contactez le support Sinch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (%1). If it keeps happening, ask for fewer items at a time or contact support.</source>
        <translation>La réponse du serveur était trop volumineuse pour être lue (%1). Si cela se reproduit, demandez moins d’éléments à la fois ou contactez le support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it came cut off or garbled. Try again; if it keeps happening, a proxy or an outage may be in the way.</source>
        <translation>La réponse du serveur n’a pas pu être lue : elle est arrivée tronquée ou altérée. Réessayez ; si cela se reproduit, un proxy ou une panne est peut-être en cause.</translation>
    </message>
    <message>
        <source>stopped waiting for the answer</source>
        <translation>attente de la réponse arrêtée</translation>
    </message>
    <message>
        <source>You stopped waiting for the server; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Vous avez cessé d’attendre le serveur ; la modification a peut-être été faite, peut-être pas. Actualisez pour vérifier avant de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>You stopped waiting for the server. Try again when you are ready.</source>
        <translation>Vous avez cessé d’attendre le serveur. Réessayez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Stopped waiting for the answer.</source>
        <translation>Attente de la réponse arrêtée.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcool</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobile</translation>
    </message>
    <message>
        <source>Basic message</source>
        <translation>Message simple</translation>
    </message>
    <message>
        <source>Beauty spa salon</source>
        <translation>Beauté, spa et salon</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Vêtements et habillement</translation>
    </message>
    <message>
        <source>Conversational</source>
        <translation>Conversationnel</translation>
    </message>
    <message>
        <source>Conversational legacy</source>
        <translation>Conversationnel (ancien)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Downscaling</source>
        <translation>Rétrogradation en cours</translation>
    </message>
    <message>
        <source>Downscaling failed</source>
        <translation>Échec de la rétrogradation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Divertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Organisation d&apos;événements</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finance et banque</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentation et épicerie</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hôtellerie et hébergement</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Invalid in Google My Business</source>
        <translation>Non valide dans Google My Business</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lancement en cours</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Médical et santé</translation>
    </message>
    <message>
        <source>Multiuse</source>
        <translation>Polyvalent</translation>
    </message>
    <message>
        <source>Non profit</source>
        <translation>Association à but non lucratif</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>Non lancé</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>Jeux d&apos;argent en ligne</translation>
    </message>
    <message>
        <source>Otc drugs</source>
        <translation>Médicaments sans ordonnance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>Code à usage unique (OTP)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pending Facebook verification</source>
        <translation>Vérification Facebook en attente</translation>
    </message>
    <message>
        <source>Pending unlaunched</source>
        <translation>Retrait en attente</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>Vérification en attente</translation>
    </message>
    <message>
        <source>Physical gambling</source>
        <translation>Jeux d&apos;argent physiques</translation>
    </message>
    <message>
        <source>Preparing launch</source>
        <translation>Lancement en préparation</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Services professionnels</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promotionnel</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Service public</translation>
    </message>
    <message>
        <source>Quality score green</source>
        <translation>Qualité : vert</translation>
    </message>
    <message>
        <source>Quality score red</source>
        <translation>Qualité : rouge</translation>
    </message>
    <message>
        <source>Quality score unknown</source>
        <translation>Qualité : inconnue</translation>
    </message>
    <message>
        <source>Quality score yellow</source>
        <translation>Qualité : jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Commerce et distribution</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>Message unique</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactionnel</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Voyages et transports</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unlaunched</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Étendu</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>Extension en cours</translation>
    </message>
    <message>
        <source>Upscaling failed</source>
        <translation>Échec de l&apos;extension</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilitaire</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Abusive content</source>
        <translation>Contenu abusif</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Conversation expire policy</source>
        <translation>Expiration par conversation</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Catégorie incorrecte</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Format non valide</translation>
    </message>
    <message>
        <source>Message expire policy</source>
        <translation>Expiration par message</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Persist retention policy</source>
        <translation>Conservation permanente</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Arnaque</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <source>Sinch</source>
        <translation>Sinch</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>%1 caractères au maximum sont autorisés ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>« %1 » ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation>Une variable n’est pas fermée : écrivez-la sous la forme #{name}.</translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation>Une variable n’a pas de nom : écrivez-la sous la forme #{name}, par ex. #{customer}.</translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation>%1 n’est pas une variable KakaoTalk : écrivez les variables sous la forme #{name}, par ex. #{customer}.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>%1 boutons au plus sont autorisés ; supprimez-en %2.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation>Indiquez la position du bouton, de %1 à %2.</translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation>Les positions sont des nombres entiers de %1 à %2.</translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation>Le bouton %1 a déjà la position %2 : chaque bouton doit avoir la sienne.</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>Choisissez l’action du bouton.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Donnez un libellé au bouton.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation>Les libellés de bouton comptent au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation>Les liens comptent de %1 à %2 caractères ; celui-ci en a %3.</translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation>Le modèle n’a aucun détail : ajoutez au moins un nom, une langue et le contenu.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation>Les noms comptent au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Choisissez la langue du modèle.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Rédigez le texte du message.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation>Le texte compte au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation>Les téléphones affichent environ %1 caractères d’un titre (%2 lignes) ; le reste est tronqué.</translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation>Les téléphones Android affichent %1 caractères d’un sous-titre ; le reste est tronqué.</translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation>Le code de catégorie compte de %1 à %2 caractères, par ex. 999999 ; choisissez-le parmi les catégories de modèles.</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation>Utilisez une image JPEG ou PNG de 500 Ko au plus, d’au moins 500×250 pixels, au format 2:1.</translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation>Le texte ressemble à un code à usage unique : activez l’indicateur de sécurité pour qu’il s’affiche uniquement sur l’appareil principal.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title.</source>
        <translation>Un modèle à texte mis en avant nécessite un titre.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a subtitle.</source>
        <translation>Un modèle à texte mis en avant nécessite un sous-titre.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name.</source>
        <translation>Un modèle à image nécessite le nom de l’image.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s URL.</source>
        <translation>Un modèle à image nécessite l’URL de l’image.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>Le sous-titre</translation>
    </message>
    <message>
        <source>The image&apos;s name</source>
        <translation>Le nom de l’image</translation>
    </message>
    <message>
        <source>The image&apos;s URL</source>
        <translation>L’URL de l’image</translation>
    </message>
    <message>
        <source>%1 is not shown without emphasis: choose text or image emphasis, or remove it.</source>
        <translation>%1 ne s’affiche pas sans mise en avant : choisissez une mise en avant texte ou image, ou retirez-le.</translation>
    </message>
    <message>
        <source>A web link button needs its mobile link: the web address it opens on phones.</source>
        <translation>Un bouton de lien web a besoin de son lien mobile : l’adresse web qu’il ouvre sur les téléphones.</translation>
    </message>
    <message>
        <source>Button %1 is already a “%2” button: a template has at most one button of each kind.</source>
        <translation>Le bouton %1 est déjà un bouton « %2 » : un modèle a au plus un bouton de chaque type.</translation>
    </message>
    <message>
        <source>%1: a link cannot hold a variable (#{…}); enter the full web address.</source>
        <translation>%1 : un lien ne peut pas contenir de variable (#{…}) ; saisissez l’adresse web complète.</translation>
    </message>
    <message>
        <source>%1: enter a full web address starting with https://.</source>
        <translation>%1 : saisissez une adresse web complète commençant par https://.</translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.</source>
        <translation>Un bouton de lien d’application nécessite au moins %1 parmi le lien mobile, le lien d’application iOS et le lien d’application Android ; le lien PC ne compte pas.</translation>
    </message>
    <message>
        <source>“%1” templates need the additional information.</source>
        <translation>Les modèles « %1 » nécessitent les informations supplémentaires.</translation>
    </message>
    <message>
        <source>Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.</source>
        <translation>Les modèles publicitaires doivent avoir un bouton « %1 » ; Kakao peut refuser le modèle sans ce bouton.</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
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
        <source>Changes rejected</source>
        <translation>Modifications refusées</translation>
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
        <source>Basic</source>
        <translation>Basique</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation>Avec informations supplémentaires</translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation>Avec publicité</translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation>Informations supplémentaires et publicité</translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation>Sans mise en avant</translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation>Titre mis en avant</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Lien web</translation>
    </message>
    <message>
        <source>App link</source>
        <translation>Lien d’application</translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation>Suivi de livraison</translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation>Mot-clé du bot</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Transmission du message</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Parler à un conseiller</translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation>Transférer au bot</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter le canal</translation>
    </message>
    <message>
        <source>Business form</source>
        <translation>Formulaire professionnel</translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation>Plug-in d’image sécurisée</translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation>Plug-in de paiement en un clic</translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation>Plug-in d’informations personnelles</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Jamais approuvé</translation>
    </message>
    <message>
        <source>Mobile link</source>
        <translation>Lien mobile</translation>
    </message>
    <message>
        <source>PC link</source>
        <translation>Lien PC</translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation>Lien d’application iOS</translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation>Lien d’application Android</translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… %Ln caractère de plus non affiché</numerusform>
            <numerusform>… %Ln caractères de plus non affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation>Enregistrez le modèle pour démarrer son activité : commentaires, modifications et étapes de vérification.</translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation>Nom de la marque</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>Lien vers la politique de confidentialité</translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation>Lien vers les conditions d’utilisation</translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation>Téléphone ou e-mail de contact</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de la marque</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation>Appareils de test</translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation>Questionnaire : questions générales</translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation>Questionnaire : contact de vérification</translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation>Questionnaire : Royaume-Uni</translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation>Questionnaire : États-Unis</translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation>Questionnaire : France</translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation>Questionnaire : Espagne</translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation>Questionnaire : vidéo de démonstration</translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation>%1 : manquant. Renseignez-le.</translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation>%1 : manquant. Ajoutez au moins un numéro de téléphone ou un e-mail (un site web seul ne suffit pas).</translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation>%1 : choisissez au moins un pays de lancement.</translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation>%1 : sans réponse. Répondez à ses questions.</translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation>%1 : sans réponse. Les opérateurs espagnols peuvent le demander.</translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation>%1 : vide. Les utilisateurs ne voient aucun texte sur la marque.</translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation>%1 : noir par défaut. Choisissez la couleur de la marque.</translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation>%1 : aucun pour l’instant, personne n’a donc essayé l’expéditeur sur un téléphone.</translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation>%1 : manquant. Le lancement reste à l’état « Lancement en cours » tant qu’aucune vidéo n’est fournie.</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>Pas encore lancé</translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation>En attente : l’opérateur examine la demande</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation>Refusé par l’opérateur</translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation>Suspendu par l’opérateur</translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation>Retrait en cours</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation>Non valide dans Google My Business : corrigez la fiche de l’établissement</translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation>Inconnu de l’API</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Configuration en cours</translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation>Préparation du lancement</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lancement en cours</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>En test</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaire</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
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
        <translation>%1 est obsolète : l’API n’a plus besoin de cette réponse et peut l’ignorer.</translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation>%1 doit compter exactement %2 chiffres, sans espaces ni autres signes (il compte %3 caractères).</translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation>%1 doit être écrit sous la forme %2 (des chiffres à la place de X).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>entry %1 %2</source>
        <translation>entrée %1 %2</translation>
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
        <translation>ses pays</translation>
    </message>
    <message>
        <source>its launch</source>
        <translation>son lancement</translation>
    </message>
    <message>
        <source>While the sender is “%1”, only %2 can change.</source>
        <translation>Tant que l’expéditeur est « %1 », seuls %2 peuvent changer.</translation>
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
    <name>TestNumberText</name>
    <message>
        <source>Invited: waiting for the tester to accept</source>
        <translation>Invité : en attente d’acceptation par le testeur</translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation>En attente : Google vérifie le numéro</translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation>Vérifié : peut recevoir des messages de test</translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation>Refusé par le testeur : renvoyez l’invitation</translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation>Non valide : numéro non compatible RCS</translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation>Inconnu de Google : vérifiez le numéro</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Rédiger un message</translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation>Créer un événement d’agenda</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Composer un numéro</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation>Ouvrir un lien dans la conversation</translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation>Partager une position</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>Afficher une position</translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation>Révoquer un message envoyé</translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation>Carrousels de cartes enrichies</translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation>Cartes enrichies autonomes</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>Fonctionnalité non spécifiée</translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation>Fonctionnalité non nommée par l’API</translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation>Upscale en cours : association au numéro SMS</translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation>Upscale effectué : RCS avec repli SMS</translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation>Échec de l’upscale : réessayez</translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation>Downscale en cours : dissociation du numéro SMS</translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation>Échec du downscale : réessayez</translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation>Expéditeur RCS %1 associé au numéro SMS %2 dans %3 : %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation>Application Conversation API : %1.</translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation>Saisissez l’URL à laquelle les événements sont envoyés (https://…).</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation>L’URL compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation>L’URL ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation>Cette URL n’est pas valide. Saisissez-la en entier, par ex. https://example.com/callback.</translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation>L’URL doit commencer par https:// : les événements contiennent des données du projet et ne sont envoyés que chiffrés.</translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation>Remplacer le webhook envoie tous les champs : saisissez à nouveau son secret.</translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation>Saisissez un secret : le serveur signe chaque événement avec celui-ci pour que vous puissiez les vérifier.</translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation>Le secret compte %1 caractères ; il doit en avoir de %2 à %3.</translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation>Un secret aussi court est facile à deviner : utilisez au moins %1 caractères aléatoires.</translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation>Choisissez au moins un événement (ALL pour tous les événements).</translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation>« %1 » n’est pas un événement connu du serveur.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>« %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation>ALL envoie déjà tous les événements ; les autres événements choisis n’apportent rien.</translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation>Saisissez la raison sociale de l’entreprise, exactement comme l’affiche le Business Manager de Meta.</translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation>La raison sociale compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation>Le nom commence ou se termine par une espace ; Meta le compare à l’identique.</translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation>Saisissez l’ID Business Manager (Paramètres de l’entreprise &gt; Informations sur l’entreprise dans Meta Business Manager).</translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation>L’ID compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation>Les ID Business Manager de Meta ne contiennent que des chiffres ; vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation>« %1 » n’est pas un Business Manager connu du serveur.</translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation>Saisissez le nom de la solution, tel que le partenaire l’appelle.</translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation>Collez le jeton d’accès renvoyé à la fin de l’inscription intégrée (Embedded Signup) du partenaire.</translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation>Choisissez le Business Manager Sinch de la solution.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation>« %1 » n’est pas un Business Manager accepté par le serveur pour les solutions.</translation>
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
        <source>Write the number in international form, e.g. +46701234567.</source>
        <translation>Écrivez le numéro au format international, par ex. +46701234567.</translation>
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
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation>Un modèle présent sur le serveur conserve son nom : rétablissez « %1 », ou exportez le modèle et importez-le dans un nouveau pour utiliser le nom « %2 ».</translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation>Un modèle présent sur le serveur conserve sa langue : rétablissez %1, ou ajoutez %2 comme nouvelle langue du modèle.</translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation>ses modifications ont été refusées pour %1, pas pour la catégorie</translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation>il a été vérifié (%1)</translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation>La catégorie ne peut pas passer de %1 à %2 car %3 : rétablissez %1, ou créez un nouveau modèle avec la catégorie %2. Elle ne peut changer que dans un brouillon ou après un refus pour mauvaise catégorie (INCORRECT_CATEGORY).</translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation>Le projet a déjà un modèle « %1 » en %2 : choisissez un autre nom, ou ouvrez ce modèle pour le modifier.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation>Le nom « %1 » a été supprimé le %2 et ne peut pas être réutilisé avant le %3 : choisissez un autre nom, ou patientez jusque-là.</translation>
    </message>
    <message>
        <source>Codes expire after %1 to %2 minutes.</source>
        <translation>Les codes expirent après %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>Add a sample URL for the header (%1): reviewers need to see the media.</source>
        <translation>Ajoutez une URL d’exemple pour l’en-tête (%1) : les vérificateurs doivent voir le média.</translation>
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
    <message>
        <source>Changes rejected</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Rejected (never approved)</source>
        <translation>Refusé (jamais approuvé)</translation>
    </message>
</context>
<context>
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation>Intégré : prêt pour ajouter des expéditeurs et des modèles</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation>En attente de la vérification de l’entreprise par Meta</translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation>Refusé : corrigez les informations et enregistrez-les à nouveau</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Création en cours</translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation>Brouillon, non envoyé en vérification</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation>En attente de la vérification de Meta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
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
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>Banni par Meta</translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation>Bannissement programmé</translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation>Rétabli après un bannissement</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
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
        <translation>Console de provisionnement Sinch : gérez les projets, les expéditeurs WhatsApp, KakaoTalk et RCS, les modèles et les webhooks.

Sous-commandes :
  serve-sandbox [options]  exécuter uniquement l’émulateur intégré de l’API (voir serve-sandbox --help)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           valider des fichiers JSON de modèles WhatsApp et KakaoTalk (code 1 en cas d’erreur)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           dessiner un modèle WhatsApp ou KakaoTalk (AlimTalk) tel que le téléphone l’affiche
  export --project ID --out DIR
                           écrire chaque ressource d’un projet en fichiers JSON (voir export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           recréer les modèles et webhooks d’un export dans un autre projet
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           imprimer les modèles WhatsApp d’un projet sous forme d’aperçus sur une planche PDF</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
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
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation>La base de données de la boîte de réception était endommagée. Elle a été déplacée vers %1 et une nouvelle a été créée ; les activités seront relues depuis le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation>La base de données de la boîte de réception %1 est endommagée et n’a pas pu être déplacée. Fermez la console, supprimez le fichier et recommencez.</translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation>Une autre console Sinch utilise la base de données de la boîte de réception : cette fenêtre l’affiche donc en lecture seule et ne synchronise pas. Fermez l’autre console et rouvrez la boîte de réception pour synchroniser ici.</translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation>La base de données de la boîte de réception %1 n’a pas pu être ouverte (%2). La boîte de réception fonctionne sans elle jusqu’à ce que le fichier puisse être écrit ; vérifiez les autorisations du dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
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
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>aucune donnée depuis %n seconde</numerusform>
            <numerusform>aucune donnée depuis %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>une réponse de plus de %n Mo, que la console ne lit pas</numerusform>
            <numerusform>une réponse de plus de %n Mo, que la console ne lit pas</numerusform>
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
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
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
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation>Ce projet n’a pas encore de compte WhatsApp.
Créez-en un avec la raison sociale de l’entreprise et son ID Meta Business Manager ; Meta vérifie ensuite l’entreprise, ce qui peut prendre quelques jours.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Aucun modèle pour l’instant. Créez-en un (Ctrl+N)</translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation>Téléphone de l’administrateur</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation>Cet expéditeur n’a pas encore de modèle AlimTalk. Créez-en un (Ctrl+N) : rédigez le message avec des #{variables}, enregistrez-le comme brouillon, puis soumettez-le au contrôle de Kakao.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation>Conversation API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
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
        <translation>c’est le modèle lui-même</translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation>%1 est déjà cloné dans %2 depuis %3</translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation>Annulé en attente d’un nouvel envoi : le serveur l’avait refusé avec 429 (trop de requêtes), rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation>Nouvel envoi (tentative %1)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation>Refusé avec 429 (trop de requêtes) et non renvoyé car la tâche a été annulée : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation>Toujours refusé avec 429 (trop de requêtes) après %1 tentatives : rien n’a été modifié. Relancez plus tard.</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation>Refusé avec 429 (trop de requêtes) : nouvel envoi dans %1 s.</translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation>La réponse a été perdue (%1) : l’opération a peut-être été effectuée. Vérifiez la cible avant de relancer.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation>Le serveur a demandé de ralentir : attente de %1 s.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>terminés %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>en échec %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>non effectués %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>inconnus %1</translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation>à faire %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>annulé %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminé %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation>Démarré %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>%n requête renvoyée après une réponse 429 du serveur (trop de requêtes, non traitée).</numerusform>
            <numerusform>%n requêtes renvoyées après une réponse 429 du serveur (trop de requêtes, non traitées).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
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
    <name>sinch::ImportApplier</name>
    <message>
        <source>Not connected to the project.</source>
        <translation>Non connecté au projet.</translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation>Les brouillons locaux nécessitent un projet ajouté à la console (ses brouillons lui appartiennent).</translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation>Modèle WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation>Modèle KakaoTalk</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation>Identique, ignorer</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation>Le projet cible n’a pas d’expéditeur KakaoTalk %1 : enregistrez-le d’abord dans ce projet, puis planifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation>Modèles WhatsApp</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Expéditeurs KakaoTalk</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation>Modèles KakaoTalk de %1</translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation>Annulé avant la fin du plan.</translation>
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
        <translation>%1 — %2 par %3</translation>
    </message>
</context>
<context>
    <name>sinch::InboxSync</name>
    <message>
        <source>WhatsApp account</source>
        <translation>Compte WhatsApp</translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation>Compte RCS</translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>%n résultat de vérification</numerusform>
            <numerusform>%n résultats de vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nouveau commentaire</numerusform>
            <numerusform>%n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation>Résultat de la vérification : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
    <message>
        <source>Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.</source>
        <translation>Utilisez https dans l’URL de Conversation API : le http simple n’est autorisé que pour le bac à sable local, pas pour %1.</translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation>Choisissez la région de Conversation API (EU ou US), ou saisissez une URL commençant par https:// et indiquant un hôte.</translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation>Le dossier contient l’export du projet %1 : exportez %2 dans un autre dossier.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>Activités de %1</translation>
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
    <message>
        <source>Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).</source>
        <translation>Les corps sont conservés pour les requêtes en échec (pour toutes avec la règle de journal sinch.api.debug=true).</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1, incomplète</translation>
    </message>
    <message>
        <source>%1 (its headers came; the answer did not, whole)</source>
        <translation>%1 (les en-têtes sont arrivés ; la réponse pas en entier)</translation>
    </message>
</context>
<context>
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation>L’expéditeur est dans un état inconnu de cette console (%1) : consultez son activité pour savoir ce qui s’est passé.</translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation>Le numéro est déjà un expéditeur WhatsApp ailleurs : supprimez-le là-bas, ou utilisez un autre numéro.</translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation>Le numéro n’a jamais été vérifié : enregistrez-le à nouveau et saisissez le code.</translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation>Le compte WhatsApp Business appartient à un autre projet : utilisez ce projet, ou demandez au support Sinch de le déplacer.</translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation>Meta n’a pas vérifié l’entreprise : terminez la vérification de l’entreprise dans le Business Manager de Meta.</translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation>L’expéditeur a été supprimé chez Meta : créez-le à nouveau.</translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation>La configuration de l’expéditeur a échoué (%1) : contactez le support Sinch en indiquant l’ID de l’expéditeur.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>aucun code d’erreur</translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation>La configuration de l’expéditeur a échoué : « %1 ». Contactez le support Sinch en indiquant l’ID de l’expéditeur.</translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation>Meta a refusé les modifications sans motif : modifiez-les et soumettez-les à nouveau, ou annulez-les.</translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation>Meta a refusé les modifications : « %1 » Modifiez-les pour respecter cette règle et soumettez-les à nouveau, ou annulez-les.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation>Saisissez le code à 6 chiffres envoyé au %1.</translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation>Demandez un code de vérification pour le %1 : Meta l’envoie par SMS ou appel vocal.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation>Rien à faire : Meta examine l’expéditeur ; cette page suit la vérification.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation>Soumettez les modifications en brouillon à la vérification de Meta, ou annulez-les.</translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation>L’expéditeur est inactif : enregistrez à nouveau le %1 et saisissez le nouveau code.</translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation>Meta a suspendu l’expéditeur : vérifiez son évaluation de qualité et contactez le support Sinch pour faire appel.</translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation>Rien à faire : l’expéditeur est actif.</translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation>Kakao a refusé les modifications : vérifiez que le nom, les catégories et le logo correspondent au canal KakaoTalk, puis soumettez-les à nouveau ou annulez-les.</translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation>Saisissez le jeton envoyé par Kakao au téléphone de l’administrateur %1.</translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation>Demandez un jeton : Kakao l’envoie au téléphone de l’administrateur %1.</translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation>Rien à faire : Kakao examine l’expéditeur ; cette page suit le contrôle.</translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation>Soumettez l’expéditeur au contrôle de Kakao, ou annulez le brouillon.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation>Soumettez les modifications en brouillon au contrôle de Kakao, ou annulez-les.</translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation>L’expéditeur est en sommeil : demandez un jeton pour le téléphone de l’administrateur %1 pour le réactiver.</translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation>Kakao a bloqué le canal KakaoTalk : le propriétaire du canal doit régler le problème avec Kakao.</translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation>Kakao a suspendu l’expéditeur : contactez le support Sinch.</translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation>Kakao n’a pas accepté ce jeton. Vérifiez les chiffres du dernier jeton envoyé au %1 et saisissez-les à nouveau, ou demandez un nouveau jeton.</translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation>Cet expéditeur n’attend pas de jeton : demandez d’abord un jeton.</translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation>Cet expéditeur est déjà vérifié et actif : il n’a pas besoin de jeton.</translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation>Ce n’est pas le code envoyé par Meta au %1. Vérifiez les 6 chiffres du dernier SMS ou appel et saisissez-les à nouveau ; après quelques codes erronés, le code est annulé et les nouveaux sont refusés pendant un certain temps.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation>Trop de codes erronés ont été saisis pour le %1 : Meta a donc annulé le code et refuse les nouveaux pour le moment. Patientez quelques heures, puis enregistrez à nouveau le numéro pour obtenir un nouveau code ; s’il est toujours refusé, demandez au support Sinch de vérifier le numéro auprès de Meta.</translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation>Il n’y a aucun code valide à vérifier : il a été utilisé, annulé après des codes erronés ou jamais demandé. Enregistrez à nouveau le numéro pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation>Un code vient d’être demandé : attendez une minute qu’il arrive avant d’en demander un autre.</translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation>Ce numéro est déjà enregistré et vérifié : il n’a pas besoin de nouveau code.</translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation>Un code ne peut être demandé que lorsque l’expéditeur attend une vérification ou est inactif.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Pas encore actif</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation>Cloner vers %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exporter vers %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 n’est pas un JSON valide : %2 au caractère %3.</translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation>%1 ne contient aucun modèle : un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation>%1 ne ressemble pas à un modèle WhatsApp : il ne contient ni &quot;name&quot; ni &quot;details&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation>%1 : &quot;details.components&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
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
    <name>sinch::TemplatePathWords</name>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Bouton %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Boutons</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrousel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
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
        <source>Allow category change</source>
        <translation>Autoriser le changement de catégorie</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation>Le code expire après (minutes)</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Code button</source>
        <translation>Bouton du code</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texte de remplissage automatique</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Paquet Android</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>Empreinte de signature de l’application</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Action du flow</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Premier écran</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Code promo</translation>
    </message>
</context>
<context>
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation>{{1}} dans l’en-tête</translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation>{{%1}} dans le corps</translation>
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
    <name>sinch::app</name>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 attend %2, pas « %3 »</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Recrée les modèles et webhooks d’un export de projet dans un autre projet : d’abord le plan (créer, identique, conflit avec ses différences), puis, sans --dry-run, les modifications. Les modèles sont créés comme brouillons sur le serveur, jamais soumis ; avec --as-drafts, ils deviennent plutôt des brouillons locaux de la console. Chaque nouveau webhook demande son secret (une réponse vide, ou l’absence de terminal, en génère un, affiché une seule fois).
Le secret de la clé provient de SINCH_KEY_SECRET ou du trousseau.</translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Exporte chaque ressource lisible d’un projet (compte WhatsApp, expéditeurs, modèles, flows, expéditeurs et modèles KakaoTalk, expéditeurs RCS, webhooks, activités) en fichiers JSON avec un manifest.json ; une nouvelle exécution ne réécrit que ce qui a changé. Aucun secret ni jeton n’est écrit.
Le secret de la clé provient de SINCH_KEY_SECRET ou du trousseau.</translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation>Le projet : un nom, un ID de projet Sinch ou un ID local de la liste de la console ; avec --key-id, l’ID de projet Sinch.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>Le dossier dans lequel exporter.</translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation>Afficher le plan, ne rien modifier.</translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation>Faire des modèles des brouillons locaux de la console (à soumettre depuis l’éditeur).</translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation>Appliquer aussi les conflits : le contenu de l’export remplace celui du projet.</translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation>L’adresse de l’API (avec --key-id).</translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation>L’adresse du jeton OAuth2 (avec --key-id).</translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation>L’ID de la clé d’accès : le projet provient des options.</translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation>oauth2 (par défaut) ou basic.</translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation>Le dossier d’un export de projet.</translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation>--project est obligatoire : le nom ou l’ID du projet</translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation>import attend un seul dossier, l’export à importer</translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation>export n’attend pas d’autres mots : le dossier s’indique avec --out</translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation>--out est obligatoire : le dossier dans lequel exporter</translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation>--base-url, --token-url et --auth nécessitent --key-id (un projet indiqué par les options)</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation>--%1 attend une adresse http(s), pas « %2 »</translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation>--auth attend oauth2 ou basic, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n modèle, %1</numerusform>
            <numerusform>%n modèles, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation>Imprime chaque modèle WhatsApp d’un projet sous forme d’aperçu de téléphone sur une planche PDF, avec une table des matières.
Le secret de la clé provient de la variable d’environnement %1, sinon du trousseau.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation>Uniquement les modèles dans cet état (répétable, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation>Uniquement les modèles de cette catégorie.</translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation>Uniquement les modèles dans cette langue (par ex. EN_US, KO).</translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation>Pages et aperçus sombres.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation>« %1 » inattendu (voir --help)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>indiquez le PDF à écrire avec -o FILE.pdf</translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation>impossible de lire les modèles de %1 : %2</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Modèles WhatsApp</translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation> · uniquement %1</translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation>%1 : %2 modèles, %3 pages (lus en %4 ms, dessinés en %5 ms)
</translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation>Le projet : l’ID de projet Sinch, le nom ou l’ID local d’un projet configuré ; avec --key-id et --base-url, n’importe quel ID de projet.</translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation>L’ID de la clé d’accès (pour un projet non configuré dans la console).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation>L’adresse de l’API (par défaut : celle configurée, sinon celle de Sinch).</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation>Le point de terminaison du jeton OAuth2 (par défaut : celui de Sinch).</translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation>basic ou oauth2 (par défaut : oauth2).</translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation>indiquez le projet avec --project ID</translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation>--auth vaut basic ou oauth2, pas « %1 »</translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation>aucun projet configuré ne correspond à « %1 » ; ajoutez-le dans la console, ou indiquez --key-id (et --base-url) pour y accéder sans configuration</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation>« %1 » désigne %2 projets configurés : utilisez l’ID de projet Sinch</translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation>aucun secret de clé pour %1%2 : définissez %3 ou enregistrez le secret du projet dans la console (un secret n’est jamais lu depuis une option)</translation>
    </message>
</context>
<context>
    <name>sinch::rules::ImageRequirement</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>It is %1; Sinch takes %2.</source>
        <translation>Format %1 ; Sinch accepte %2.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>pas une image</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation>L’image fait %1 × %2 pixels ; elle doit faire exactement %3 × %4.</translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation>Taille %1 ; %2 au maximum est autorisé.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
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
    <message>
        <source>sinch-console lint: --channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>sinch-console lint : --channel vaut whatsapp ou kakaotalk, pas « %1 »</translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Utilisation : sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Valide des fichiers JSON de modèles WhatsApp et KakaoTalk (la forme de la requête de création de l’API) ;
le canal est déduit des champs de chaque fichier, sauf si --channel l’indique.
Code de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 entrée illisible.
</translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation>Choisissez une valeur pour « %1 » : elle ne pourra plus être modifiée une fois l’expéditeur créé.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation>« %1 » n’est pas une valeur de %2 connue de l’API ; choisissez parmi %3.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>Le champ « %1 » compte %2 caractères ; raccourcissez-le à %3 au maximum.</translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation>Le champ « %1 » ne contient pas une adresse web ; saisissez-la en entier, par ex. https://example.com/page.</translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation>Le champ « %1 » désigne un fichier %2 ; utilisez une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation>Saisissez le numéro de téléphone, ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation>Ajoutez au moins %1 entrée ici, ou omettez la liste.</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation>%1 entrées au maximum sont autorisées ici ; supprimez-en %2.</translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation>Donnez à ce contact un libellé visible, par ex. « Service client ».</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation>Renseignez le champ « %1 », ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>Ceci n’est pas une adresse e-mail ; saisissez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation>Cette entrée figure déjà dans la liste ci-dessus ; chacune doit être différente.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>nom de la marque</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button.</source>
        <translation>Saisissez la couleur sous forme de code hexadécimal, par ex. #1A73E8, ou choisissez-la avec le bouton Choisir…</translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation>Un texte blanc sur cette couleur a un contraste de %1:1 ; la lecture est optimale à partir de %2:1. Choisissez une couleur plus foncée.</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>bannière</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>URL de la politique de confidentialité</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL des conditions d’utilisation</translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation>Choisissez au moins un pays dans lequel l’expéditeur sera lancé.</translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation>Les expéditeurs RCS ne peuvent pas être lancés dans « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation>%1 est choisi deux fois ; supprimez-en un.</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation>%1 numéros de test au maximum sont autorisés ; supprimez-en %2.</translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation>Saisissez le numéro de test au format E.164 : + et l’indicatif pays, puis le numéro (par ex. +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation>%1 figure deux fois ; supprimez-en un.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>billing category</source>
        <translation>catégorie de facturation</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’usage</translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +442071234567).</source>
        <translation>Écrivez le numéro avec %1 à %2 chiffres, sans indicatif de pays ni séparateurs (p. ex. 2071234567), ou en E.164 avec l’indicatif de pays (p. ex. +442071234567).</translation>
    </message>
    <message>
        <source>At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).</source>
        <translation>Au plus %1 caractères ; celui-ci en a %2. Retirez les espaces et les tirets (p. ex. +442071234567).</translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Catégorie d’activité</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Deuxième site web</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation>URL de la photo de profil</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Indicatif pays</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation>Numéro fourni par</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation>Stockage local Meta</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>ID de recherche</translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation>Numéro de téléphone de l’administrateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL du logo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation>Catégorie (deuxième niveau)</translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation>Catégorie (troisième niveau)</translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation>Choisissez la catégorie jusqu’à son troisième niveau.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 compte %2 caractères ; %3 au maximum sont autorisés.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1 nécessite au moins %n caractère.</numerusform>
            <numerusform>%1 nécessite au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation>%1 n’est pas une adresse e-mail : saisissez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation>%1 n’est pas une adresse web : saisissez-la en entier, par ex. https://example.com.</translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation>%1 : chiffres uniquement, avec l’indicatif pays et un + initial facultatif, par ex. +821012345678.</translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation>%1 : chiffres uniquement, sans indicatif pays, espaces ni tirets.</translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation>%1 : l’indicatif téléphonique du pays en chiffres, sans + (49 pour l’Allemagne, 44 pour le Royaume-Uni).</translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation>%1 : le code doit comporter exactement %2 chiffres.</translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation>%1 : l’adresse n’indique pas le type de l’image ; il doit faire partie de %2.</translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation>%1 : un fichier %2 ; l’image doit faire partie de %3.</translation>
    </message>
    <message>
        <source>%1 is required with your own number: WhatsApp sends the verification code to it.</source>
        <translation>%1 est obligatoire avec votre propre numéro : WhatsApp y envoie le code de vérification.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1 n’a que %n chiffre ; avec l’indicatif du pays, un numéro de téléphone en a au moins 8, p. ex. +821012345678.</numerusform>
            <numerusform>%1 n’a que %n chiffres ; avec l’indicatif du pays, un numéro de téléphone en a au moins 8, p. ex. +821012345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
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
    <message>
        <source>Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.
The channel is told from the file&apos;s fields unless --channel names it.</source>
        <translation>Affiche un modèle WhatsApp ou KakaoTalk (AlimTalk) tel que le téléphone le montre et écrit un PNG.
Le canal est déduit des champs du fichier, sauf si --channel l’indique.</translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation>Afficher les variables ({{n}}, #{name}) au lieu des exemples.</translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation>Afficher comme modèle de ce canal : whatsapp ou kakaotalk.</translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation>KakaoTalk : l’exemple affiché pour #{NAME} (à répéter pour chaque variable).</translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation>KakaoTalk : le nom du canal affiché au-dessus du message.</translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>--channel vaut whatsapp ou kakaotalk, pas « %1 »</translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--example attend NAME=VALUE, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID du compte WhatsApp Business</translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation>Créé via Embedded Signup</translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation>Statistiques des modèles</translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation>Régions Conversation API</translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation>Siège principal de l’entreprise</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannissement</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Raison sociale de l’entreprise</translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation>ID Meta Business Manager</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation>Nouvelle raison sociale</translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation>Nouvel ID Business Manager</translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation>Activé : les statistiques des modèles de Meta sont collectées</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountPage</name>
    <message>
        <source>&amp;Create account…</source>
        <translation>&amp;Créer le compte…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les informations…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation>Activer les &amp;statistiques des modèles…</translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation>Activer les statistiques des modèles</translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation>&amp;Jeton d’accès longue durée…</translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation>Créer un jeton d’accès longue durée</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>Afficher le &amp;JSON</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>Afficher le JSON</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation>Saisissez la raison sociale de l’entreprise et l’ID Meta Business Manager pour la vérification de Meta</translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation>Afficher le compte tel que le serveur l’a envoyé</translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation>Demander à Meta de collecter les statistiques des modèles (envoyés, distribués, lus, clics)</translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation>Échanger un jeton Embedded Signup contre un jeton longue durée, ou rechercher les WABA auxquels il donne accès</translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation>Compte au format JSON</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>Masquer le &amp;JSON</translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation>Masquer le JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choisissez d’abord un projet.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Choisissez un projet pour voir son activité.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation>Corrigez les informations refusées par Meta et renvoyez-les en vérification</translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation>Meta n’accepte de modifications que pour un compte refusé ; celui-ci est : %1</translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation>Les statistiques des modèles sont déjà activées</translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation>Meta propose les statistiques des modèles une fois le compte intégré</translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation>&amp;Raison sociale de l’entreprise :</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Raison sociale de l’entreprise</translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation>Telle qu’affichée dans le Business Manager de Meta</translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation>Doit correspondre exactement au nom de l’entreprise dans Meta Business Manager.</translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation>ID Meta &amp;Business Manager :</translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation>ID Business Manager</translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation>par ex. 104857600123456</translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation>Dans Meta Business Manager : Paramètres de l’entreprise &gt; Informations sur l’entreprise.</translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation>Laisser Sinch choisir</translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation>Business &amp;Manager Sinch :</translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation>Business Manager Sinch</translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation>L’entité Sinch qui intègre le compte ; elle ne peut pas être modifiée ensuite.</translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation>Nouveau compte WhatsApp</translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation>Corriger les informations du compte</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Envoyer en vérification</translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation>Créer le compte ; Meta le vérifie (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation>Envoyer les informations corrigées à la vérification de Meta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation>Rien n’a changé : corrigez d’abord un champ.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation>Envoi des informations…</translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation>Compte créé. Meta vérifie l’entreprise ; son état s’affiche ici.</translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation>Informations envoyées à la vérification de Meta.</translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation>Demander à Meta de collecter les statistiques des modèles de ce compte ?

Meta compte alors combien de fois chaque modèle est envoyé, distribué et lu, et combien de fois ses boutons sont cliqués ; la liste des modèles affiche ces chiffres. Cette option ne peut pas être désactivée ici.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation>Activation des statistiques des modèles…</translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation>Les statistiques des modèles sont activées : Meta les collecte désormais.</translation>
    </message>
    <message>
        <source>The account could not be read. See the message above.</source>
        <translation>Impossible de lire le compte. Consultez le message ci-dessus.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityDelegate</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityFeedView</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation>Activité, la plus récente en premier</translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation>Commentaires en cours de publication</translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation>Relire l’activité</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Actualiser l’activité</translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation>Choisissez un élément pour voir son activité.</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>Chargement de l’activité…</translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation>Impossible de lire l’activité. Consultez le message ci-dessus.</translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation>Aucune activité pour l’instant. Les commentaires, modifications et étapes de vérification s’affichent ici.</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Activité de %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>Vous · envoi…</translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation>Le commentaire n’a pas été publié : %1 Il est de retour dans la zone de saisie ; publiez-le à nouveau quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
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
    <message>
        <source>Conversation API region</source>
        <translation>Région Conversation API</translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation>Emplacement des applications Conversation API du projet : les listes d’applications et les envois de test y sont dirigés</translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation>&amp;Région Conversation :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Autre (%1)</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>The new project</source>
        <translation>Le nouveau projet</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>KakaoTalk channel</source>
        <translation>Canal KakaoTalk</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation>AlimTalk reçu</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation>Message de sécurité : affiché uniquement sur l’appareil principal</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation>Ajoutez ce canal pour recevoir ses publicités et messages marketing sur KakaoTalk.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Bouton : %1</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Envoyé à %1</translation>
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
        <translation>Afficher les variables sous la forme #{name} au lieu de leurs exemples</translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation>Aperçu AlimTalk</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrer : %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste : %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Rien ne correspond à « %1 ». Effacez le filtre (Échap) pour revoir la liste complète des %2.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Choisissez un projet pour voir ses %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement : %1…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Choisissez un projet pour voir son activité.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BodyPart</name>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation>Ajouter le texte du corps</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Ajouter un corps</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation>WhatsApp rédige lui-même le texte d’un message d’authentification.</translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation>Ajouter la recommandation de sécurité (« Ne partagez pas ce code »)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texte du corps</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation>Insérer une variable au curseur (Ctrl+Maj+V)</translation>
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
            <numerusform>Cloner %n modèle</numerusform>
            <numerusform>Cloner %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Projet cible</translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation>%1 (ce projet)</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>Langues cibles</translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation>Cochez les langues dans lesquelles cloner ; si aucune n’est cochée, chaque modèle garde sa propre langue</translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation>&amp;Soumettre les clones à la vérification (sinon ce sont des brouillons)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à la vérification</translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation>Projet &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation>T&amp;raductions (chaque texte d’un clone dans une autre langue ; modifiez la colonne Traduction) :</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation>%1 de %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%n clone dans %1.</numerusform>
            <numerusform>%n clones dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Exclus : %1.</translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation>Rien à cloner : choisissez un autre projet ou cochez une langue</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>C&amp;ancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copier le &amp;rapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Terminé. %1</translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation>Vérifiez sur le serveur les éléments marqués Inconnu avant de les relancer.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation>Annulation : attente des réponses aux requêtes déjà envoyées…</translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation>Le serveur a demandé de ralentir (429) : attente avant un nouvel envoi. %1</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>En cours… %1</translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation>Ne rien démarrer de nouveau ; ce qui est déjà envoyé se termine et est signalé</translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation>La tâche n’est pas en cours</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation>Créer un sous-projet</translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation>Créer une application SMS</translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation>Créer une application Conversation API</translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation>Nom de l’application Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Mode de traitement</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Jours de conservation</translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation>Nomme le sous-projet et les applications, sauf s’ils ont leur propre nom</translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation>Le nom du lot si vide</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation>Nom de l’app&amp;lication</translation>
    </message>
    <message>
        <source>Processing &amp;mode</source>
        <translation>Mode de &amp;traitement</translation>
    </message>
    <message>
        <source>Retention p&amp;olicy</source>
        <translation>Politique de &amp;conservation</translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation>&amp;Durée de conservation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation>Choisissez au moins un élément à créer par le lot.</translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation>Saisissez un nom : le sous-projet et les applications portent le nom du lot.</translation>
    </message>
    <message>
        <source>Brazil (BR)</source>
        <translation>Brésil (BR)</translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation>Europe (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>États-Unis (US)</translation>
    </message>
    <message>
        <source>Where the resources are created</source>
        <translation>Où les ressources sont créées</translation>
    </message>
    <message>
        <source>Choose a region: the bundle&apos;s subproject and apps are created there.</source>
        <translation>Choisissez une région : le sous-projet et les applications du lot y sont créés.</translation>
    </message>
    <message>
        <source>Also names the subproject and apps</source>
        <translation>Nomme aussi le sous-projet et les applications</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 compte %2 caractères ; le maximum est %3.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Subproject</source>
        <translation>Sous-projet</translation>
    </message>
    <message>
        <source>Parent project ID</source>
        <translation>ID du projet parent</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>SMS app</source>
        <translation>Application SMS</translation>
    </message>
    <message>
        <source>SMS service ID</source>
        <translation>ID du service SMS</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Jetons d’accès</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Application Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Mode de traitement</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Jours conservés</translation>
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
        <source>Webhooks told it is done</source>
        <translation>Webhooks prévenus de la fin</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation>Créer le lot</translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation>Afficher le lot</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>ID du lot</translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation>Détails du lot</translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation>Créez un lot, ou saisissez l’ID d’un lot et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>This form has created a bundle: change a field to create another.</source>
        <translation>Ce formulaire a déjà créé un lot : modifiez un champ pour en créer un autre.</translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show bundle reads its state again. To create another, change the form first.</source>
        <translation>Lot créé (%1). Le serveur est peut-être encore en train de créer ses parties : « Afficher le lot » relit son état. Pour en créer un autre, modifiez d’abord le formulaire.</translation>
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
    <message>
        <source>Choose a flow</source>
        <translation>Choisir un flow</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Button %1 </source>
        <translation>Bouton %1 </translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation>Bouton %1 (%2) :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Up to 25 characters</source>
        <translation>25 caractères au maximum</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>https://shop.example.com/track/{{1}}</source>
        <translation>https://shop.example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Example URL:</source>
        <translation>Exemple d’URL :</translation>
    </message>
    <message>
        <source>example URL</source>
        <translation>exemple d’URL</translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation>Obligatoire si l’URL se termine par {{1}}</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Numéro de téléphone :</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation>Saisie automatique en un geste</translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation>Sans action</translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation>&amp;Transmission du code :</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Type de mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation>Texte de saisie automatique :</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texte de saisie automatique</translation>
    </message>
    <message>
        <source>App package:</source>
        <translation>Package de l’application :</translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation>Nom du package de l’application prise en charge</translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation>com.example.app</translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation>Hachage de signature :</translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation>Hachage de signature de l’application prise en charge</translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation>J’accepte les conditions d’utilisation du mode sans action</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;low :</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Naviguer vers un écran</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Échange de données</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Action du flow</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Écran :</translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation>Écran du flow</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation>Bouton %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Supprimer le bouton</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Supprimer le bouton %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation>Boutons</translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation>Aucun bouton pour l’instant. Ajoutez-en jusqu’à 10 ; les réponses rapides restent groupées.</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>%n bouton. Sélectionnez-le dans le plan pour le modifier ; faites glisser ou utilisez Alt+Haut/Bas pour réorganiser.</numerusform>
            <numerusform>%n boutons. Sélectionnez-en un dans le plan pour le modifier ; faites glisser ou utilisez Alt+Haut/Bas pour réorganiser.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation>Supprimer tous les boutons</translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation>Supprimer les boutons</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Carte %1 sur %2</translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation>Les cartes n’ont pas la même structure ; WhatsApp exige qu’elles soient identiques.</translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation>Appliquer la structure de cette carte à toutes les cartes</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Média :</translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation>Format du média de la carte %1</translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation>URL du média :</translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation>URL du média de la carte %1</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation>Texte de la carte %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Supprimer le bouton %1</translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation>Supprimer le bouton %1 de la carte %2</translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation>Supprimer le bouton de la carte</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Dupliquer la carte</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>Supprimer la carte %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation>Carrousel</translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation>Pas un carrousel. Un carrousel affiche de 1 à 10 cartes après le corps, chacune avec un média, du texte et des boutons.</translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation>Transformer en carrousel</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>%n carte. Chaque carte a le même format d’en-tête et les mêmes boutons.</numerusform>
            <numerusform>%n cartes. Chaque carte a le même format d’en-tête et les mêmes boutons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation>Supprimer le carrousel</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportAction</name>
    <message>
        <source>Export &amp;catalogue…</source>
        <translation>Exporter le &amp;catalogue…</translation>
    </message>
    <message>
        <source>Print the current project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>Imprimer les modèles WhatsApp du projet actif sous forme d’aperçus sur une planche PDF</translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation>Choisissez d’abord un projet prêt</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages :</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation>Modèles %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation>Chaque modèle de %1 correspondant aux filtres, avec un aperçu de téléphone pour chacun et une table des matières par nom.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Un export est en cours</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation>Choisissez d’abord le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation>Lecture des modèles… %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation>Impossible de lire les modèles : %1 Réessayez, ou vérifiez les paramètres du projet.</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Lecture des modèles…</translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation>Aucun modèle ne correspond à ces filtres : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Modèles WhatsApp</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n modèle, %1</numerusform>
            <numerusform>%n modèles, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>Dessin de %n modèle…</numerusform>
            <numerusform>Dessin de %n modèles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation>Impossible d’écrire le catalogue : %1. Choisissez un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>%n modèle écrit sur %1 pages dans %2.</numerusform>
            <numerusform>%n modèles écrits sur %1 pages dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1 : %2</translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation>− %1 : était %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1 : %2
%3 : %4
%5 : %6</translation>
    </message>
    <message>
        <source>No changes: the same content as the approved version.</source>
        <translation>Aucune modification : même contenu que la version approuvée.</translation>
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
    <message>
        <source>Compare with approved — %1</source>
        <translation>Comparer avec la version approuvée — %1</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Version approuvée</translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation>Les modifications en attente (%1) ont le même contenu que la version approuvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>%n ligne uniquement dans la version approuvée (−), </numerusform>
            <numerusform>%n lignes uniquement dans la version approuvée (−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>%n ligne uniquement dans les modifications en attente (+).</numerusform>
            <numerusform>%n lignes uniquement dans les modifications en attente (+).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Champs &amp;modifiés :</translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation>Uniquement dans les modifications en attente</translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation>Uniquement dans la version approuvée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Approuvé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Modifications en attente&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation>Saisissez un ID d’application Conversation pour voir son canal %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation>Aucun canal %1 sur cette application.</translation>
    </message>
    <message>
        <source>No such app.</source>
        <translation>Application introuvable.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Global brand page</source>
        <translation>Page de marque globale</translation>
    </message>
    <message>
        <source>Can join groups</source>
        <translation>Peut rejoindre des groupes</translation>
    </message>
    <message>
        <source>Reads all group messages</source>
        <translation>Lit tous les messages de groupe</translation>
    </message>
    <message>
        <source>Supports inline queries</source>
        <translation>Prend en charge les requêtes inline</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Sous-catégorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Bot URI</source>
        <translation>URI du bot</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation>Afficher les canaux</translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation>Canaux Conversation API</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID de l’application Conversation</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>Appli&amp;cation</translation>
    </message>
    <message>
        <source>This project has no Conversation app with the ID “%1”. Check the ID, or choose one of the project&apos;s apps from the list.</source>
        <translation>Ce projet n’a pas d’application Conversation avec l’ID « %1 ». Vérifiez l’ID ou choisissez l’une des applications du projet dans la liste.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation>Publier le commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation>Rédigez un commentaire pour les vérificateurs et votre équipe (Ctrl+Entrée pour publier)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n caractère en trop</numerusform>
            <numerusform>%n caractères en trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n caractère restant</numerusform>
            <numerusform>%n caractères restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Post comment (in the comment box)</source>
        <translation>Publier le commentaire (dans la zone de commentaire)</translation>
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
    <message>
        <source>Compare analytics</source>
        <translation>Comparer les statistiques</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation>Rang du taux de blocage</translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation>Principal motif de blocage</translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation>Erreur de comparaison</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Block rate rank 1 is the template people block most often in this timeframe.</source>
        <translation>Le rang 1 du taux de blocage correspond au modèle le plus souvent bloqué sur cette période.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation>Filtrer par application Conversation</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Application Conversation</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID de l’application Conversation</translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Choisissez une application, ou saisissez son ID, par ex. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation>Lecture des applications Conversation du projet…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID d’application %1</translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation>Impossible de lire les applications (%1). Saisissez l’ID de l’application manuellement.</translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation>Impossible de lire les applications (%1).</translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation>Saisissez l’ID de l’application Conversation.</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>Choisissez l’application du projet (%n), ou saisissez un ID d’application.</numerusform>
            <numerusform>Choisissez l’une des %n applications du projet, ou saisissez un ID d’application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation>Afficher uniquement les expéditeurs connectés à une application Conversation</translation>
    </message>
    <message>
        <source>The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Impossible de lire les applications : saisissez l’ID de l’application, par ex. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
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
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation>Restaurer les brouillons</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document tabs</source>
        <translation>Onglets des documents</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n document a des modifications non enregistrées.</numerusform>
            <numerusform>%n documents ont des modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept as drafts, and the console offers them back when it starts again.</source>
        <translation>Ils sont conservés comme brouillons, et la console les propose à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep drafts and quit</source>
        <translation>Garder les brouillons et quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>%n document avait des modifications non enregistrées à la dernière fermeture de la console. Le rouvrir ?</numerusform>
            <numerusform>%n documents avaient des modifications non enregistrées à la dernière fermeture de la console. Les rouvrir ?</numerusform>
        </translation>
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
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Choisissez un projet pour voir son activité.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation>Fermer le document</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Le fermer et les perdre ?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditSession</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message>
        <source>Change status</source>
        <translation>Statut des modifications</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Aucune modification non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation> · enregistré automatiquement %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorListPage</name>
    <message>
        <source>Cancel goes back to the editor, where they are kept.</source>
        <translation>Annuler revient à l’éditeur, où elles sont conservées.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation>Exemples : ce que voient les vérificateurs à la place de chaque variable.</translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation>Exemple de {{1}} :</translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation>Exemple de variable d’en-tête 1</translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation>Exemple de variable %1</translation>
    </message>
    <message>
        <source>%1 example of variable %2</source>
        <translation>%1 : exemple de la variable %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation>Écrit chaque ressource de &lt;b&gt;%1&lt;/b&gt; (%2) en fichiers JSON avec un manifeste : compte, expéditeurs, modèles, flows, expéditeurs KakaoTalk et RCS, webhooks et activités. Aucun secret ni jeton n’est écrit. Un nouvel export dans le même dossier ne réécrit que ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Statut de l’export</translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation>Ce qui n’a pas pu être exporté</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation>Lu %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation>Annulé. Fichiers écrits avant l’arrêt : %1. Le manifeste du dossier indique que l’export est incomplet.</translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation>Terminé en %1 s. Fichiers : %2 (%3 écrits, %4 inchangés, %5 supprimés).</translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation>Éléments illisibles : %1 (ci-dessous) ; le reste a été écrit. Exportez à nouveau pour les réessayer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation>L’export est en cours</translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation>Saisissez ou choisissez d’abord le dossier d’export</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FlowsPage</name>
    <message>
        <source>Choose a flow to see its screens.</source>
        <translation>Choisissez un flow pour voir ses écrans.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nom du flow</translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation>Statut du flow</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID du flow</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>&amp;Écrans :</translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation>Chargement des écrans…</translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation>Ce flow n’a pas encore d’écran : ajoutez-en dans WhatsApp Manager.</translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation>Impossible de lire les écrans : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>%n écran, dans l’ordre du flow. Un bouton de flow de navigation l’ouvre.</numerusform>
            <numerusform>%n écrans, dans l’ordre du flow. Un bouton de flow de navigation ouvre l’un d’eux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Choisir le dossier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>Type a folder, or choose one with Browse</source>
        <translation>Saisissez un dossier ou choisissez-en un avec Parcourir</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation>Aucun pied de page.</translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation>Ajouter l’expiration du code</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>Ajouter un pied de page</translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation>Le code expire après (minutes)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation>Le code &amp;expire après :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texte du pied de page</translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation>60 caractères au maximum, sans variables</translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation>Supprimer le pied de page</translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Format de l’en-tête</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation>Aucun en-tête. Choisissez un format pour ajouter un en-tête texte, image, vidéo, document ou position.</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texte de l’en-tête</translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation>60 caractères au maximum</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation>La position est choisie lors de l’envoi du message.</translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation>&amp;URL du média :</translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation>URL d’exemple du média de l’en-tête</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation>Un fichier d’exemple que les vérificateurs peuvent ouvrir : JPEG ou PNG jusqu’à 5 Mo, MP4 jusqu’à 16 Mo, PDF jusqu’à 100 Mo.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation>Dossier d’export à importer</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>Importer depuis le dossier</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation>&amp;Secret du webhook :</translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation>Faire des modèles des &amp;brouillons locaux (à soumettre depuis l’éditeur)</translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation>Importer dans le projet</translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation>Recrée les modèles et webhooks d’un export de projet dans &lt;b&gt;%1&lt;/b&gt;. Planifiez d’abord : rien ne change tant que vous n’importez pas ce qui est coché. Les modèles sont créés comme brouillons, jamais soumis à la vérification.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation>Planifier l’import</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan d’import</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation>Choisissez une ressource pour voir en quoi elle diffère de celle du projet.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation>Vide : un secret est généré et affiché une seule fois</translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation>Modèles en brouillons locaux</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Statut de l’import</translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation>Ce qui n’a pas pu être importé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation>Importer les ressources cochées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation>Annulation… ce qui a été envoyé est conservé.</translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation>Lecture de l’export et du projet…</translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation>Le projet l’a déjà tel quel : rien à faire</translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation>Aucun plan : consultez ci-dessous ce qui n’a pas pu être lu, puis planifiez à nouveau.</translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation>%1 à créer, %2 identiques, %3 différents, %4 non importables. Cochez ce qu’il faut importer.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Importé %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation>Importés : %1 créés, %2 remplacés, %3 brouillons locaux ; %4 en échec.</translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation>Secrets des webhooks</translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation>Ces webhooks ont reçu de nouveaux secrets. Copiez-les maintenant dans les services qui vérifient les événements : ils ne sont affichés qu’une seule fois.

%1</translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation>Nouveau dans ce projet. Ce qui sera envoyé :</translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation>Le projet l’a avec le même contenu : il est ignoré.</translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation>Le projet l’a avec un autre contenu. Si coché, celui de l’export le remplace :</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Type or choose the folder of a project export first</source>
        <translation>Saisissez ou choisissez d’abord le dossier d’un export de projet</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>&amp;Importer %n</numerusform>
            <numerusform>&amp;Importer %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the plan or the import to finish</source>
        <translation>Attendez la fin du plan ou de l’import</translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation>Planifiez d’abord : choisissez le dossier de l’export et cliquez sur Planifier</translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation>Cochez les ressources à importer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxController</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>Rechercher dans les commentaires (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Rechercher dans les commentaires</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Type d’activité</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lus uniquement</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation>Demander les nouveautés à chaque projet</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation>Marquer toutes les entrées affichées comme lues</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation>Choisissez les projets dont les résultats de vérification et les commentaires vous sont notifiés</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
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
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toute l’activité</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation>Résultats de vérification</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Étapes de vérification</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus uniquement</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statut de la synchronisation</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutes entre les synchronisations</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Inbox, newest first</source>
        <translation>Boîte de réception, les plus récents en premier</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation>Tout est lu. Décochez « Non lus uniquement » pour voir toutes les entrées.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation>Aucun résultat. Effacez la recherche (Échap) ou choisissez « Tous » dans les filtres.</translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation>Rien pour l’instant. Les commentaires, résultats de vérification et modifications des expéditeurs et modèles de chaque projet arrivent ici à chaque synchronisation (Synchroniser interroge immédiatement).</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Aucun projet pour l’instant</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Me notifier pour %1</translation>
    </message>
    <message>
        <source>%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.</source>
        <translation>%1 n’a pas pu être entièrement synchronisé : %2 Ce qui a été lu est conservé ; le reste sera lu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Syncing once the pages&apos; requests are in…</source>
        <translation>Synchronisation dès que les requêtes des pages ont abouti…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Button %1 mobile link</source>
        <translation>Lien mobile du bouton %1</translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation>Lien PC du bouton %1</translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation>Lien d’application iOS du bouton %1</translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation>Lien d’application Android du bouton %1</translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation>Bouton %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation>Type du bouton %1</translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation>Libellé du bouton %1</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>%1 caractères au maximum</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation>Indiquez au moins %1 parmi le lien mobile, le lien d’application iOS et le lien d’application Android.</translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation>Monter le bouton %1</translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation>Monter ce bouton (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation>Descendre le bouton %1</translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation>Descendre ce bouton (Alt+Bas)</translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation>C’est le premier bouton</translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation>C’est le dernier bouton</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Supprimer le bouton %1</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Supprimer ce bouton</translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation>Type du nouveau bouton</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>Aj&amp;outer un bouton</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Ajouter un bouton</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation>Un modèle a au plus %1 boutons : supprimez-en un pour en ajouter un autre</translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation>Ajouter un bouton du type choisi (%1 au maximum)</translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation>Nouveau &amp;bouton</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoriesPage</name>
    <message>
        <source>KakaoTalk sender categories</source>
        <translation>Catégories d’expéditeurs KakaoTalk</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Catégorie choisie</translation>
    </message>
    <message>
        <source>Loading the categories…</source>
        <translation>Chargement des catégories…</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>Le serveur n’a listé aucune catégorie d’expéditeur. Actualisez (F5) pour redemander.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Aucune catégorie ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Open a category (→) to see its second and third levels: a sender takes one of the third.</source>
        <translation>Ouvrez une catégorie (→) pour voir ses deuxième et troisième niveaux : un expéditeur en prend une du troisième.</translation>
    </message>
    <message>
        <source>%1 · codes %2</source>
        <translation>%1 · codes %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryPicker</name>
    <message>
        <source>Choose the sender&apos;s category</source>
        <translation>Choisir la catégorie de l’expéditeur</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>Sélecteur de catégorie</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Catégorie choisie</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoisir</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Choisir la catégorie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation>Utiliser cette catégorie (Entrée)</translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation>Choisissez une catégorie de troisième niveau : ouvrez une branche (→) et choisissez l’une de ses entrées.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Aucune catégorie ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation>Aucune catégorie choisie.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisie : %1</translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation>%1 › … (choisissez l’une de ses entrées)</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Rechercher des catégories</translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation>Rechercher dans les trois niveaux (↓ pour aller à la liste)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation>Exemples : ce que lisent les vérificateurs à la place de chaque variable. Conservés avec le brouillon dans cette console uniquement ; l’API de Kakao n’accepte pas d’exemples.</translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation>Exemple de #{%1}</translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation>par ex. ce que verrait un client</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation>L’expéditeur KakaoTalk (ID plus friend) dont les modèles sont affichés</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation>Vos modifications non enregistrées de %1 sont restaurées. Annuler (Ctrl+Z) les supprime.</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Envoyer le modèle approuvé à un téléphone via Conversation API</translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation>Seul un modèle approuvé par Kakao peut être envoyé.</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation>Impossible pendant le contrôle du modèle par Kakao</translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation>Conserver le modèle en brouillon, sans l’envoyer à Kakao (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation>Soumettre le modèle au contrôle de Kakao (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Kakao is reviewing this template: Save draft and Submit for review wait for its decision, which is checked every 30 seconds.</source>
        <translation>Kakao contrôle ce modèle : « Enregistrer le brouillon » et « Soumettre à la vérification » attendent sa décision, vérifiée toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao a refusé le modèle. Modifiez-le et soumettez-le à nouveau, ou supprimez les modifications en brouillon.</translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao a refusé le modèle : « %1 » Modifiez-le et soumettez-le à nouveau, ou supprimez les modifications en brouillon.</translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation>Un brouillon : Kakao ne l’a pas vu. Soumettez-le au contrôle (Ctrl+Entrée) quand il est prêt.</translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation>Approuvé par Kakao : prêt à l’envoi.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation>Envoi à Kakao…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation>Soumis au contrôle de Kakao.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation>Kakao a refusé les champs marqués en rouge ; votre saisie est conservée.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation>Le serveur a refusé les champs marqués en rouge ; votre saisie est conservée.</translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation>Éditeur de modèles KakaoTalk</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État du contrôle</translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>En&amp;registrer le brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Submit for revie&amp;w</source>
        <translation>&amp;Soumettre au contrôle</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre au contrôle</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation>Actualiser l’état du contrôle</translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation>Lire le modèle et son état de contrôle depuis le serveur</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envo&amp;yer un test…</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>Monter le bouton</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>Descendre le bouton</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Reprendre la version du serveur</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation>Transformer le bouton %1 en bouton %2</translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation>Ajouter un bouton %1</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Supprimer le bouton %1</translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation>Déplacer le bouton %1 en position %2</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Déplacer le bouton</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateFilters</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Afficher uniquement les modèles dans cet état (filtré par le serveur)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Afficher uniquement les modèles dont les modifications en attente ont ce statut (filtré par le serveur)</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Le nom commence par</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Afficher uniquement les modèles dont le nom commence par ce texte (filtré par le serveur)</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>Le nom commence par…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation>Nouveau modèle AlimTalk</translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation>Modèle AlimTalk</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation>Le canal KakaoTalk (ID plus friend) auquel appartient ce modèle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation>Code du modèle</translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation>Le code Kakao de ce modèle, utilisé lors de l’envoi</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation>par ex. confirmation de commande</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
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
        <source>Kakao&apos;s default (Others)</source>
        <translation>Par défaut de Kakao (Autres)</translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation>La sous-catégorie sous laquelle Kakao classe le modèle ; tapez pour rechercher</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation>Type de &amp;message</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>Mise en a&amp;vant</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Mise en avant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation>La ligne mise en avant, par ex. le numéro de commande</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>A short line under the title</source>
        <translation>Une ligne courte sous le titre</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>So&amp;us-titre</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nom de l’image</translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation>Le nom du fichier importé</translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation>Nom &amp;de l’image</translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation>Adresse &amp;web de l’image</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de l’image</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation>JPEG ou PNG, 500 Ko au maximum, au moins 500×250 pixels, 2:1.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation>Le message, par ex. #{name}님, 주문이 접수되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation>Écrivez les variables sous la forme #{name} ; %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Informations supplémentaires</translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation>Informa&amp;tions supplémentaires</translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation>Message de sécurité (codes à usage unique)</translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation>Affiché uniquement sur l’appareil principal du destinataire, comme l’exige Kakao pour les messages OTP</translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation>Boutons (%1 au maximum)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation>Supprimer le modèle « %1 » (%2) de %3 ? Il ne pourra plus être envoyé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation>Supprimer les modifications en brouillon</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation>Supprimer les modifications en attente de « %1 » ? Il n’a jamais été approuvé : seul son code est conservé.</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation>Supprimer les modifications en attente de « %1 » ? Le modèle approuvé reste inchangé.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Supprimer les modifications</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation>Choisissez un modèle pour le modifier, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation>Créer un modèle (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>Supprimer le modèle sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation>Supprimer les &amp;modifications en brouillon…</translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation>Supprimer les modifications en attente du modèle sélectionné</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Actions sur le modèle</translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation>Liste des modèles</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation>Choisissez un modèle pour voir son activité.</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation>Ces modifications non enregistrées concernent un modèle d’un autre expéditeur ou projet. Enregistrez-les (Ctrl+S) pour les y envoyer, ou choisissez une autre ligne pour les abandonner.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation>Aucun modèle de %1 ne correspond à ces filtres. Choisissez Tous les états et Toutes les modifications, ou effacez le nom.</translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation>Chargement des modèles de %1…</translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation>Choisissez un projet pour voir ses modèles KakaoTalk.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation>Chargement des expéditeurs KakaoTalk du projet…</translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation>Impossible de lire les expéditeurs KakaoTalk du projet. Actualisez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation>Les modèles appartiennent à un expéditeur KakaoTalk, et ce projet n’en a encore aucun. Enregistrez-en d’abord un sous KakaoTalk › Expéditeurs.</translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation>Choisissez d’abord un expéditeur</translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation>Sélectionnez un modèle pour le supprimer</translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation>Sélectionnez un modèle dont les modifications en attente doivent être supprimées</translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation>Le modèle sélectionné n’a aucune modification en attente</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation>Impossible pendant le contrôle des modifications par Kakao</translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation>Supprimer les modifications en attente ; le modèle approuvé reste inchangé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation>Un nouveau modèle n’a pas encore d’activité : elle commence une fois le modèle enregistré.</translation>
    </message>
    <message>
        <source>Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Enregistrer les conserve comme brouillon sur le serveur, Abandonner les supprime, Annuler revient à l’éditeur.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>La console utilisera la langue suivante à son prochain démarrage : %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <source>Empty list</source>
        <translation>Liste vide</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>La liste n’a pas pu être chargée. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainActions</name>
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
        <source>&amp;Quick open…</source>
        <translation>&amp;Ouverture rapide…</translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation>Trouver un modèle, un expéditeur, un flow ou un webhook de n’importe quel projet par nom ou ID (Ctrl+K)</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Basculer entre &amp;navigation et contenu</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation>Fermer l’onglet du document actif (Ctrl+W)</translation>
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
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Afficher la &amp;navigation</translation>
    </message>
    <message>
        <source>Show or hide the list of areas (Alt+0)</source>
        <translation>Afficher ou masquer la liste des zones (Alt+0)</translation>
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
        <source>Notice</source>
        <translation>Avis</translation>
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
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Commit %1 · licence: %2</source>
        <translation>Commit %1 · licence : %2</translation>
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
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d’attendre</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the other requests go on</source>
        <translation>Ne plus attendre cette réponse ; les autres requêtes continuent</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 contient des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before leaving?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de quitter ?</translation>
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
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
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
    <message>
        <source>(waiting %1 s for the server)</source>
        <translation>(attente du serveur depuis %1 s)</translation>
    </message>
    <message>
        <source>The server has not answered for %1 s. A request with no answer is given up after %2 s without data and tried again when that is safe.</source>
        <translation>Le serveur ne répond plus depuis %1 s. Une requête sans réponse est abandonnée après %2 s sans données et relancée quand c’est sans risque.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d’attendre</translation>
    </message>
    <message>
        <source>Stop every request the console is waiting for; each page then offers to try again</source>
        <translation>Arrête toutes les requêtes que la console attend ; chaque page propose ensuite de réessayer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation>En-tête : aucun</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête : %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation>Pied de page : aucun</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation>Boutons (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation>Carrousel (%1)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineView</name>
    <message>
        <source>Template outline</source>
        <translation>Plan du modèle</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewCard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open the list of %1</source>
        <translation>Ouvrir la liste « %1 »</translation>
    </message>
    <message>
        <source>Open the list showing only these: %1</source>
        <translation>Ouvrir la liste avec seulement ceux-ci : %1</translation>
    </message>
    <message>
        <source>The list cannot be filtered to exactly these: open it with the row&apos;s title.</source>
        <translation>La liste ne peut pas être filtrée exactement sur ceux-ci : ouvrez-la avec le titre de la ligne.</translation>
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
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>(%1) Refresh with F5 to try again.</source>
        <translation>(%1) Actualisez avec F5 pour réessayer.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PhonePreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Aperçu clair</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation>Afficher l’aperçu dans le thème clair de %1</translation>
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
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation>Afficher l’aperçu dans le thème sombre de %1</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Afficher les variables</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>Aperçu %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
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
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation>Aperçu de la version approuvée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Approuvé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifié&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation>Champs &amp;modifiés (cliquez pour y accéder) :</translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation>Afficher la version approuvée à côté de la version modifiée, avec les modifications signalées</translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation>Aucune modification à comparer : le modèle est tel qu’approuvé</translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation>Rien à comparer : le modèle n’a pas de version approuvée</translation>
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
    <name>sinch::ui::ProjectStatusLabel</name>
    <message>
        <source>Current project</source>
        <translation>Projet actuel</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · bac à sable intégré sur %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>ID du projet %1, clé %2, %3</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectSwitcher</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Changer de projet (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (bac à sable)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation>Nom ou ID d’un modèle, expéditeur, flow, webhook… dans n’importe quel projet</translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation>Rechercher dans tous les projets</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation>Ajoutez d’abord un projet : l’ouverture rapide recherche dans les projets que vous avez ajoutés.</translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>Saisissez une partie d’un nom ou un ID. %n élément à rechercher dans %1 projet(s).</numerusform>
            <numerusform>Saisissez une partie d’un nom ou un ID. %n éléments à rechercher dans %1 projet(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation>Rien ne s’appelle « %1 » dans aucun projet.</translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation>Entrée pour ouvrir ; Haut et Bas pour choisir.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>Lecture de %n liste…</numerusform>
            <numerusform>Lecture de %n listes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>Impossible de lire %n liste (voir Aide → Journal des requêtes).</numerusform>
            <numerusform>Impossible de lire %n listes (voir Aide → Journal des requêtes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation>Catégorie de facturatio&amp;n</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Catégorie de facturation</translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation>Cas d’&amp;usage</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation>Région d’hébergement</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation>Région d’hébergement de Google, telle qu’indiquée par l’API</translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation>Ces trois éléments ne peuvent plus être modifiés une fois l’expéditeur créé.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marque : %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nom de la marque</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <translation>La fiche de la marque n’a pas de variables</translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation>Aperçu de la marque</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandStep</name>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Brand na&amp;me</source>
        <translation>No&amp;m de la marque</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nom de la marque</translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation>Tel que les utilisateurs le voient, %1 caractères au maximum</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation>Une phrase, %1 caractères au maximum</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de la marque</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation>Choisir la couleur de la marque</translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation>Choisir la couleur dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation>https://… %1</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>URL du &amp;logo</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL du logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation>URL de la &amp;bannière</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>URL de la bannière</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL du site web</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Ajouter un site web</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation>URL de la &amp;politique de confidentialité</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL de la politique de confidentialité</translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation>https://example.com/privacy</translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation>URL des conditions d’&amp;utilisation</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL des conditions d’utilisation</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/terms</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>Libellé %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>%1 entrées au maximum sont autorisées.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Supprimer un contact</translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation>Choisir la couleur de la marque</translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation>La couleur des boutons et des icônes de la fiche (noir par défaut).</translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation>⚠ Texte blanc sur cette couleur : contraste %1:1, difficile à lire (visez %2:1).</translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation>Texte blanc sur cette couleur : contraste %1:1, facile à lire.</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>inside a sentence</comment>
        <translation>logo</translation>
    </message>
    <message>
        <source>banner</source>
        <comment>inside a sentence</comment>
        <translation>bannière</translation>
    </message>
    <message>
        <source>Remove: %1 %2</source>
        <translation>Supprimer : %1 %2</translation>
    </message>
    <message>
        <source>+442071234567 or 2071234567</source>
        <translation>+442071234567 ou 2071234567</translation>
    </message>
    <message>
        <source>Label (at most %1)</source>
        <translation>Libellé (%1 au plus)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsCountriesStep</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Check at least one country (Space toggles the selected one). Each of GB, FR, ES and US adds its own questions to the launch questionnaire.</source>
        <translation>Cochez au moins un pays (Espace coche ou décoche le pays sélectionné). GB, FR, ES et US ajoutent chacun leurs propres questions au questionnaire de lancement.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation>Vérification de l’image « %1 »</translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation>Sinch exige %1.</translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation>Récupération de l’image « %1 » pour la vérifier…</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation>Impossible de récupérer l’image « %1 » : vérifiez l’adresse, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.</source>
        <translation>⚠ Impossible de récupérer l’image « %1 » : %2 Vérifiez l’adresse ; Sinch doit pouvoir la récupérer.</translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation>Plus de %1 Ko</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 Ko</translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation>%1 : conforme aux exigences de Sinch.</translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation>⚠ %1 Utilisez une image de %2.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation>État du lancement</translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation>Afficher uniquement les opérateurs nécessitant une &amp;action</translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation>Action requise uniquement</translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation>Refusé, suspendu ou non valide dans Google My Business : le lancement reste bloqué tant que vous n’agissez pas.</translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation>Tableau de lancement</translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation>Pays / opérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Aucun opérateur n’a encore été sollicité : lancez l’expéditeur pour voir leurs décisions ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Lancé auprès de %2 opérateurs sur %3</translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation>; 1 n’a pas encore décidé</translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation>; %1 n’ont pas encore décidé</translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation>; &lt;b&gt;1 nécessite une action&lt;/b&gt; (voir sa remarque)</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation>; &lt;b&gt;%1 nécessitent une action&lt;/b&gt; (voir leurs remarques)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation>Résumé de la liste de contrôle du lancement</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Liste de contrôle du lancement</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation>Double-cliquez sur un élément (ou appuyez sur Entrée) pour accéder à son champ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opérateurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation>Obligatoire avant le lancement. Champ : %1</translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation>Avertissement : le lancement est autorisé. Champ : %1</translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation>Lancement demandé. Les décisions des opérateurs figurent ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 élément manque avant que cet expéditeur puisse être lancé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 éléments manquent avant que cet expéditeur puisse être lancé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation>Appuyez sur Entrée sur l’un d’eux (ou double-cliquez) pour accéder à son champ.</translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation>Prêt à être lancé, avec 1 avertissement à examiner.</translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation>Prêt à être lancé, avec %1 avertissements à examiner.</translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation>Prêt à être lancé : rien ne manque.</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Ouvrez d’abord un expéditeur.</translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation>La demande de lancement est en cours.</translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation>Seul un expéditeur en test peut être lancé ; celui-ci est : %1.</translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation>1 élément de la liste de contrôle manque : corrigez-le d’abord (appuyez sur Entrée dessus pour accéder à son champ).</translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation>%1 éléments de la liste de contrôle manquent : corrigez-les d’abord (appuyez sur Entrée sur l’un d’eux pour accéder à son champ).</translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation>Demander aux opérateurs de chaque pays choisi de lancer cet expéditeur</translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation>Lancer l’expéditeur</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lancement…</translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only %3 can change.</source>
        <translation>Lancer « %1 » dans %2 ? Les opérateurs de chaque pays l’examinent, et à partir de là seuls %3 peuvent changer.</translation>
    </message>
    <message>
        <source>Launched. The operators&apos; decisions are below.</source>
        <translation>Lancé. Les décisions des opérateurs figurent ci-dessous.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation>%1 (obsolète : n’est plus obligatoire, peut rester vide)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation>Choisir ou désélectionner cette réponse ; plusieurs réponses sont possibles</translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation>Utiliser cette réponse (cliquez à nouveau pour l’effacer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation>https://… (plusieurs, séparés par %1)</translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation>Ou ajoutez vos propres mots</translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation>Ou rédigez votre propre réponse</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Répondre à %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message>
        <source>Launch questionnaire</source>
        <translation>Questionnaire de lancement</translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation>Les questions proviennent de Sinch selon le cas d’usage et les pays de l’expéditeur. Choisissez une réponse suggérée (plusieurs si la question le permet) ou rédigez la vôtre.</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Questions sans réponse</translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation>Chargement des questions</translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation>&amp;Recharger les questions</translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation>Recharger les questions</translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation>Redemander les questions à Sinch : elles peuvent changer selon le pays</translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation>Constats du questionnaire</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation>Choisissez d’abord le cas d’usage de l’expéditeur : les questions en dépendent.</translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation>Les questions sont en cours de chargement</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Chargement des questions…</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n question sans réponse</numerusform>
            <numerusform>%n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>Toutes les questions ont une réponse ; %n réponse à corriger.</numerusform>
            <numerusform>Toutes les questions ont une réponse ; %n réponses à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1 ; %n réponse à corriger</numerusform>
            <numerusform>%1 ; %n réponses à corriger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation>Ce pays ne fait plus partie des pays de l’expéditeur : ses réponses sont conservées jusqu’à l’enregistrement de l’expéditeur. Ajoutez à nouveau le pays pour les modifier.</translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation>L’API ne pose aucune question dans cette section.</translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation>%1 – conservé jusqu’à l’enregistrement</translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation>%1 – tout est répondu</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n sans réponse</numerusform>
            <numerusform>%1 – %n sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation>Le pays a été retiré de l’expéditeur ; ajoutez-le à nouveau pour modifier ces réponses</translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation>Afficher ou masquer les questions de cette section</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n à corriger</numerusform>
            <numerusform>%1, %n à corriger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Catégorie de facturation</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nom de la marque</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Numéros de test</translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation>Terminer envoie les informations ; la région, la catégorie de facturation et le cas d’usage restent inchangés.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (%1).</source>
        <translation>Terminer crée l’expéditeur dans l’état de test (%1).</translation>
    </message>
    <message>
        <source>Before launch</source>
        <translation>Avant le lancement</translation>
    </message>
    <message>
        <source>Nothing is missing for a launch.</source>
        <translation>Rien ne manque pour un lancement.</translation>
    </message>
    <message>
        <source>Finish saves the sender without these; its launch asks for them:</source>
        <translation>Terminer enregistre l’expéditeur sans ces éléments ; son lancement les demandera :</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation>Test : ajoutez des numéros de test, répondez au questionnaire, puis lancez.</translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation>Lancement : les opérateurs examinent l’expéditeur ; seuls les pays peuvent changer.</translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation>Lancé : les messages atteignent les utilisateurs dans les pays lancés ; seuls les pays peuvent changer.</translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation>Retiré : l’expéditeur n’atteint plus personne.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Numéros de test</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Application Conversation</translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation>Nom d’authentification</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Jeton d’authentification</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Afficher le jeton d’authentification</translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation>Afficher le jeton jusqu’à ce qu’un autre expéditeur soit choisi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation>Jet&amp;on d’authentification</translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation>Choisissez un expéditeur.</translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation>%1 — %2 (couleur %3)</translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation>%1, facturé comme %2</translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation>%1 ; hébergé par Google dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation>Aucune connectée pour l’instant</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID d’application %1</translation>
    </message>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (couleur %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation>Saisissez le nom de la marque que les utilisateurs voient en haut de vos messages.</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation>Retour à %1 (Alt+B)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>C’est la première étape.</translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation>Continuer (Alt+N)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrigez d’abord ceci : %1</translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation>&amp;Terminer : enregistrer les informations</translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation>&amp;Terminer : créer l’expéditeur</translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation>Envoyer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation>Création de l’expéditeur…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation>Expéditeur créé.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Le serveur a refusé les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation>Modifier l’expéditeur RCS %1</translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation>Nouvel expéditeur RCS</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Champs verrouillés</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>Étapes de l’assistant</translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation>1. Informations de base</translation>
    </message>
    <message>
        <source>2. Brand</source>
        <translation>2. Marque</translation>
    </message>
    <message>
        <source>3. Countries</source>
        <translation>3. Pays</translation>
    </message>
    <message>
        <source>4. Questionnaire</source>
        <translation>4. Questionnaire</translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation>5. Numéros de test</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Récapitulatif</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Précé&amp;dent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation>Fermer l’assistant ; votre saisie est conservée comme brouillon (Échap)</translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation>Reprendre l’assistant inachevé</translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation>L’assistant que vous avez laissé inachevé est restauré. Annuler (Ctrl+Z) le supprime.</translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation>Terminez d’abord %1 : %2</translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation>Assistant inachevé</translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation>Conserver votre saisie pour la prochaine ouverture de l’assistant ?</translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation>Abandonner la supprime ; Annuler ramène à l’assistant.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conserver en brouillon</translation>
    </message>
    <message>
        <source>%1 The other fields are read-only.</source>
        <translation>%1 Les autres champs sont en lecture seule.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Nouvel expéditeur…</translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation>Créer un expéditeur RCS dans l’assistant (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Actions sur l’expéditeur</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envo&amp;yer un test…</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation>Appareils de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>Lan&amp;cer</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choisissez d’abord un projet.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation>L’assistant est ouvert.</translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation>Choisissez d’abord un expéditeur dans la liste.</translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation>Modifier l’expéditeur choisi dans l’assistant (Entrée)</translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation>L’expéditeur n’est pas encore connecté à une application Conversation.</translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation>Envoyer un message de l’expéditeur choisi vers un téléphone (avec confirmation)</translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation>Un message de test de %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appareils de test&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation>Téléphones qui reçoivent les messages de cet expéditeur avant son lancement. Chaque testeur accepte d’abord une invitation sur le téléphone.</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Numéros de test</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>&amp;Resend invite</source>
        <translation>&amp;Renvoyer l’invitation</translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation>Afficher les &amp;fonctionnalités</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Renvoyer l’invitation</translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation>Afficher les fonctionnalités</translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation>Supprimer le numéro de test</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Fonctionnalités de l’appareil</translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation>&amp;Nouveau numéro de test :</translation>
    </message>
    <message>
        <source>New test number</source>
        <translation>Nouveau numéro de test</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Ajouter le numéro de test</translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation>Problème avec le nouveau numéro de test</translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation>Progression du numéro de test</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Ouvrez d’abord un expéditeur.</translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation>Saisissez un numéro au format E.164 : + et l’indicatif pays, puis 15 chiffres au total au maximum.</translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation>%1 est déjà vérifié : l’ajouter à nouveau le rend non vérifié jusqu’à ce que le testeur accepte une nouvelle invitation.</translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation>%1 est déjà un numéro de test.</translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>Un expéditeur a au plus %n numéro de test : supprimez-le d’abord.</numerusform>
            <numerusform>Un expéditeur a au plus %n numéros de test : supprimez-en d’abord un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation>Ajouter %1 et lui envoyer une invitation</translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation>Sélectionnez d’abord un numéro de test.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Attendez la fin de la requête en cours.</translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation>%1 est vérifié : il n’y a pas d’invitation à renvoyer.</translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation>Renvoyer l’invitation à %1</translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation>Seul un appareil vérifié indique ses fonctionnalités.</translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation>Demander les fonctionnalités de %1</translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation>Retirer %1 des testeurs</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation>Nouvel envoi de l’invitation à %1…</translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation>L’invitation a été renvoyée à %1.</translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation>Demande des fonctionnalités de %1…</translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation>%1 n’indique aucune fonctionnalité RCS.</translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation>%1 prend en charge : %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation>Retirer %1 des testeurs de cet expéditeur ? L’appareil ne recevra plus de messages de test.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation>Chargement des numéros de test…</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).</source>
        <translation>%1 n’est pas au format E.164 : commencez par + et l’indicatif de pays, puis le numéro (p. ex. +447700900123).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation>Numéros de test</translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation>Numéro de test %1</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation>Supprimer le numéro de test %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation>&amp;Ajouter un numéro de test</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Ajouter un numéro de test</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation>%1 numéros de test au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation>Jusqu’à %1 téléphones au format E.164 (+ et l’indicatif pays) qui peuvent essayer l’expéditeur avant son lancement. Chaque propriétaire accepte une invitation de testeur ; un numéro ajouté à nouveau redevient non vérifié.</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>Ajouter un numéro de test</translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation>Supprimer un numéro de test</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation>Choisissez un projet pour voir ses upscales RCS.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation>Un upscale associe un expéditeur RCS lancé à un numéro SMS dans un pays, afin que les messages basculent vers le SMS là où le RCS n’est pas disponible.</translation>
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
        <source>SMS number</source>
        <translation>Numéro SMS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation>Détails de l’upscale</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation>Actualiser les upscales</translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation>Réessayer l’upscale</translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation>Supprimer l’upscale</translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation>Nouvel upscale</translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation>Expéditeur RCS à associer</translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation>Pays de l’upscale</translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation>ID du numéro SMS</translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation>32 chiffres hexadécimaux, depuis le tableau de bord Numbers</translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation>Problème avec l’ID du numéro SMS</translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation>&amp;Créer l’upscale</translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation>Créer l’upscale</translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation>E&amp;xpéditeur RCS :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation>ID du &amp;numéro SMS :</translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation>Progression de l’upscale</translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation>Chargement des upscales…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation>Sélectionnez un upscale pour le lire en toutes lettres.</translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation>Sélectionnez d’abord un upscale.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Attendez la fin de la requête en cours.</translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation>Réessayer l’étape en échec</translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation>Seul un upscale en échec peut être réessayé ; celui-ci est : %1.</translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation>Attendez que le serveur ait terminé : %1.</translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation>Dissocier le numéro SMS de l’expéditeur RCS</translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation>Aucun expéditeur RCS lancé sans upscale : lancez d’abord un expéditeur.</translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation>Saisissez l’ID du numéro SMS (32 chiffres hexadécimaux, sans tirets).</translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation>« %1 » n’est pas un ID de numéro SMS : celui-ci compte 32 chiffres hexadécimaux (0-9, a-f) sans tirets.</translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation>Associer l’expéditeur au numéro SMS</translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation>Création de l’upscale…</translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation>Nouvelle tentative de l’upscale…</translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation>Supprimer cet upscale ? %1 Les messages ne basculeront plus vers le SMS.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation>Suppression de l’upscale…</translation>
    </message>
    <message>
        <source>The RCS senders could not be read: see the message above.</source>
        <translation>Impossible de lire les expéditeurs RCS : consultez le message ci-dessus.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation>Fixé une fois l’expéditeur créé : une mise à jour ne modifie que ses informations.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>En lecture seule : %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation>Contenu abusif</translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation>WhatsApp a relevé une formulation qu’il juge menaçante, offensante ou contraire à sa politique commerciale.</translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation>Réécrivez le corps, l’en-tête et les boutons sur un ton neutre ; supprimez les pressions, menaces et contenus interdits par WhatsApp (armes, drogues, contenus pour adultes, jeux d’argent).</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>Mauvaise catégorie</translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation>Le contenu ne correspond pas à la catégorie choisie : texte promotionnel dans un modèle UTILITY, ou autre chose qu’un code dans un modèle AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation>Choisissez la catégorie qui correspond au texte (offres et actualités relèvent de MARKETING), ou supprimez les parties promotionnelles. Autoriser les changements de catégorie permet à WhatsApp de corriger cela lui-même la prochaine fois.</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Format non valide</translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation>La structure enfreint une règle de mise en forme : variables non numérotées dans l’ordre, variable au début ou à la fin du corps, exemples manquants, ou boutons trop nombreux ou mal placés.</translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation>Numérotez les variables {{1}}, {{2}}… sans trou, placez du texte avant la première et après la dernière, donnez un exemple à chaque variable, et vérifiez les limites de boutons et de longueur.</translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation>Ressemble à une arnaque</translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation>Le vérificateur a estimé que le message pouvait tromper les gens : demande de mots de passe ou de coordonnées de paiement, liens courts inconnus, ou gains trop beaux pour être vrais.</translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation>Utilisez votre propre domaine complet dans les liens, ne demandez jamais d’identifiants ni de numéros de carte, et indiquez clairement qui envoie le message et pourquoi.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation>Le modèle a été refusé sans motif précis.</translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation>Comparez-le aux consignes de WhatsApp sur les modèles, corrigez ce que signalent les constats de la console, et soumettez-le à nouveau ; s’il est encore refusé, contactez le support Sinch.</translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation>Motif non reconnu</translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation>WhatsApp a envoyé un motif inconnu de cette version de l’API.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation>Consultez les activités du modèle pour lire le commentaire du vérificateur, corrigez ce qu’il indique, et soumettez à nouveau.</translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation>Le modèle a été refusé avec le code %1.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation>Consultez les activités du modèle pour lire le commentaire du vérificateur, puis modifiez-le et soumettez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Pas une adresse web (https://…).</translation>
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
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Select a request to see its details, and a failed one&apos;s bodies (secrets are redacted).</source>
        <translation>Sélectionnez une requête pour voir ses détails, et les corps d’une requête en échec (secrets masqués).</translation>
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
        <source>%1 list</source>
        <translation>Liste : %1</translation>
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
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement : %1…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Rien ne correspond à « %1 ». Effacez le filtre (Échap) pour revoir la liste complète des %2.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation>Choisissez l’un des %1 pour voir son activité et le commenter.</translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation>Aucun élément (%1) ne correspond aux filtres choisis : choisissez « %2 » pour tout voir.</translation>
    </message>
    <message>
        <source>%1: show only the %2 with the value chosen here</source>
        <translation>%1 : afficher uniquement les %2 ayant la valeur choisie ici</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SaveConflictDialog</name>
    <message>
        <source>Changed on the server — %1</source>
        <translation>Modifié sur le serveur — %1</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Conflit d’enregistrement</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Only in their version</source>
        <translation>Uniquement dans sa version</translation>
    </message>
    <message>
        <source>Only in your version</source>
        <translation>Uniquement dans votre version</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>&amp;Overwrite theirs</source>
        <translation>&amp;Écraser la sienne</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Écraser la sienne</translation>
    </message>
    <message>
        <source>Save your version; theirs is replaced.</source>
        <translation>Enregistrer votre version ; la sienne est remplacée.</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>&amp;Charger la sienne</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Charger la sienne</translation>
    </message>
    <message>
        <source>Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back.</source>
        <translation>Remplacer votre version dans l’éditeur par la sienne ; Annuler (Ctrl+Z) ramène la vôtre.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server now)</source>
        <translation>&lt;b&gt;La sienne&lt;/b&gt; (sur le serveur maintenant)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; (in this editor)</source>
        <translation>&lt;b&gt;La vôtre&lt;/b&gt; (dans cet éditeur)</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Champs &amp;modifiés :</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this template changed since you opened it (saved from another window, another console or by someone else). Saving now would replace that version with yours. Compare the two, then overwrite the server&apos;s, load it into the editor (Undo brings yours back), or cancel and keep editing.</source>
        <translation>La copie de ce modèle sur le serveur a changé depuis que vous l’avez ouvert (enregistrée depuis une autre fenêtre, une autre console ou par quelqu’un d’autre). Enregistrer maintenant remplacerait cette version par la vôtre. Comparez les deux, puis écrasez celle du serveur, chargez-la dans l’éditeur (Annuler ramène la vôtre) ou annulez et continuez à modifier.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation>Envoyer un test de %1</translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation>Envoie un message via Conversation API à un téléphone que vous pouvez consulter (avant le lancement : l’un des appareils de test vérifiés de l’expéditeur). Le message est réel et peut être facturé.</translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation>Envoie une fois le modèle approuvé, via Conversation API, à un téléphone que vous pouvez consulter. Le message est réel et peut être facturé.</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Numéro de téléphone du destinataire</translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation>&amp;Depuis l’application :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation>Le modèle n’a pas de variables.</translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation>Le message tel que l’API le renvoie</translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation>Le message envoyé, relu depuis l’API, s’affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation>Un message de test est en cours d’envoi.</translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation>Lecture des applications du projet en cours.</translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation>Choisissez l’application d’envoi, ou saisissez son ID.</translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation>%1 n’a pas de canal %2 : choisissez une application qui en a un.</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Saisissez le numéro de téléphone du destinataire.</translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation>Saisissez le numéro au format international : + puis l’indicatif pays et le numéro, par ex. +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation>Donnez une valeur à %1.</translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation>Rédigez le message à envoyer.</translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation>Envoyer le modèle au %1 (avec confirmation)</translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation>Ce n’est pas encore un numéro au format international : + puis l’indicatif pays, par ex. +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation>Format international (E.164). Les numéros destinataires sont conservés comme destinataires de test de ce projet.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation>Envoyer %1 au %2 maintenant ? Le message est réel et peut être facturé.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation>Accepté : ID du message %1. Relecture…</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation>Accepté : ID du message %1. Impossible de le relire.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation>Accepté : ID du message %1, à %2.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation>Accepté : ID du message %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation>Évaluation de la qualité</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID de l’expéditeur</translation>
    </message>
    <message>
        <source>49</source>
        <translation>33</translation>
    </message>
    <message>
        <source>15123456789</source>
        <translation>612345678</translation>
    </message>
    <message>
        <source>Digits only, without the country code.</source>
        <translation>Chiffres uniquement, sans l’indicatif pays.</translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation>Facultatif : le pays où Meta conserve les données de l’expéditeur.</translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation>Acme Retail</translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation>Affiché aux clients ; Meta le vérifie selon ses règles sur les noms d’affichage.</translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation>Du pain frais chaque matin</translation>
    </message>
    <message>
        <source>Hauptstraße 1, 10115 Berlin</source>
        <translation>1 rue de Rivoli, 75001 Paris</translation>
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
        <translation>Une image carrée (%1).</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation>Conserver l’expéditeur en brouillon si Meta refuse la soumission</translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation>@acmeshop</translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation>L’ID de recherche du canal KakaoTalk.</translation>
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
        <translation>Le téléphone de l’administrateur du canal : Kakao y envoie le jeton de vérification.</translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation>Facultatif : %1, 5 Mo au maximum.</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation>Conserver l’expéditeur en brouillon si Kakao refuse la soumission</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>%1: a number Sinch provides; %2: your own number, which must receive the code.</source>
        <translation>%1 : un numéro fourni par Sinch ; %2 : votre propre numéro, qui doit recevoir le code.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pending changes status</source>
        <translation>Statut des modifications en attente</translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation>Sélectionnez un expéditeur pour voir ses informations, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation>Champs de l’expéditeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation>Les modifications en attente reprennent les valeurs en ligne.</translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation>État de l’expéditeur : %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <source>Request code…</source>
        <translation>Demander un code…</translation>
    </message>
    <message>
        <source>Request token…</source>
        <translation>Demander un jeton…</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Saisir le code…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Saisir le jeton…</translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation>Vérifier et soumettre…</translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation>Modifier les changements…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modifié : %1 → %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>Modifications en attente (%1) : %n champ diffère des valeurs en ligne.</numerusform>
            <numerusform>Modifications en attente (%1) : %n champs diffèrent des valeurs en ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation>Enregistrer l’expéditeur en brouillon : rien n’est envoyé en vérification (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation>Envoyer l’expéditeur en vérification (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Soumis.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Enregistré en brouillon.</translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation>Un autre expéditeur de ce projet utilise déjà cet ID de recherche : vérifiez l’ID, ou ouvrez cet expéditeur pour le modifier.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation>Le serveur a refusé les champs marqués en rouge : corrigez-les et renvoyez.</translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Nouvel expéditeur WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Nouvel expéditeur KakaoTalk</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Modifier l’expéditeur %1</translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation>Éditeur d’expéditeur</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>So&amp;umettre</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation>Ce que vous avez saisi ici la dernière fois est restauré. Annuler (Ctrl+Z) le supprime.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation>Abandonner votre saisie dans %1 ?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation>Annuler ramène à l’éditeur, où Ctrl+S enregistre un brouillon.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking whether the last save went through…</source>
        <translation>Vérification que le dernier enregistrement a abouti…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Nouvel expéditeur WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Nouvel expéditeur KakaoTalk</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Informations sur l’expéditeur</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non défini —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Choisir la catégorie</translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation>Choisir la catégorie dans la liste à trois niveaux de Kakao, avec recherche</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucune choisie</translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation>Choisir la catégorie %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Nouvel expéditeur…</translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation>Créer un expéditeur (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Verify number…</source>
        <translation>&amp;Vérifier le numéro…</translation>
    </message>
    <message>
        <source>&amp;Verify sender…</source>
        <translation>&amp;Vérifier l’expéditeur…</translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation>Supprimer les &amp;modifications…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Actions sur l’expéditeur</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation>Sélectionnez un expéditeur pour le modifier</translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation>Les modifications sont en vérification : modifiez une fois la décision rendue</translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation>Modifier les informations de l’expéditeur sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation>Sélectionnez un expéditeur pour l’enregistrer et le vérifier</translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation>Demander un %1 de vérification et le saisir</translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation>Sélectionnez un expéditeur pour supprimer ses modifications en attente</translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation>L’expéditeur n’a aucune modification en attente</translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation>Les modifications sont en vérification et ne peuvent pas être supprimées pour l’instant</translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation>Annuler les modifications en attente ; les informations en ligne restent inchangées</translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation>Supprimer l’expéditeur sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation>Sélectionnez un expéditeur pour le supprimer</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Supprimer les modifications en attente</translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation>Supprimer les modifications en attente de %1 ? Les informations en ligne restent inchangées.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Supprimer les modifications</translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation>Les modifications en attente ont été supprimées.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Supprimer l’expéditeur</translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation>Supprimer l’expéditeur %1 ? Il cesse immédiatement d’envoyer et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation>L’expéditeur a été supprimé.</translation>
    </message>
    <message>
        <source>The sender is “%1”: it needs no verification now</source>
        <translation>L’expéditeur est « %1 » : il n’a pas besoin de vérification pour l’instant</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderVerificationDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Sender verification</source>
        <translation>Vérification de l’expéditeur</translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation>1. Meta envoie un code à 6 chiffres au %1. 2. Saisissez-le ci-dessous pour vérifier le numéro.</translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation>1. Kakao envoie un jeton au téléphone de l’administrateur %1. 2. Saisissez-le ci-dessous pour vérifier l’expéditeur.</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Message de vérification</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Envoyer le code par</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Appel vocal</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Envoyer le code &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>&amp;Send token</source>
        <translation>&amp;Envoyer le jeton</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Send token</source>
        <translation>Envoyer le jeton</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Jeton de vérification</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation>Saisissez d’abord les %1 chiffres du %2 (%3 saisis).</translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation>Saisissez d’abord le %1.</translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation>Vérifier le %1 (Entrée)</translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation>Envoyer un nouveau %1 (le précédent cesse de fonctionner)</translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation>Demander le %1</translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation>Demande d’un %1…</translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation>Un jeton est en route vers le %1 : saisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation>Un code est en route vers le %1 par %2 : saisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>appel vocal</translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation>Vérification du %1…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>the token&apos;s digits</source>
        <translation>les chiffres du jeton</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation>Un modèle présent sur le serveur conserve son nom et sa langue. Pour en utiliser d’autres, exportez-le et importez-le dans un nouveau modèle.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Sur le serveur :</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>État sur le serveur</translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation>L’état du modèle et le statut de ses modifications lors de la dernière lecture.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation>Les modèles vérifiés conservent leur catégorie (%1) ; elle ne peut changer qu’après un refus pour mauvaise catégorie.</translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation>Autoriser Meta à changer la catégorie</translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation>Durée de vie du message en secondes</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation>Durée pendant laquelle WhatsApp réessaie la distribution : %1 à %2 secondes pour cette catégorie.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>&amp;Durée de vie :</translation>
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
    <message>
        <source>In the whole window</source>
        <translation>Dans toute la fenêtre</translation>
    </message>
    <message>
        <source>In every editor</source>
        <translation>Dans chaque éditeur</translation>
    </message>
    <message>
        <source>On this page: %1</source>
        <translation>Sur cette page : %1</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>Dans cet onglet : %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation>Envoyer au serveur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation>Fermer le formulaire sans l’envoyer</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>En attente de la réponse du serveur</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Le serveur a refusé les champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation>Choisissez une solution pour l’afficher, ou créez-en une (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation>&amp;Nouvelle solution…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation>Ajouter la solution d’un partenaire avec son jeton Embedded Signup (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation>Actions sur la solution</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>Nouvelle solution</translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation>Attribuer la solution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Choose a solution first</source>
        <translation>Choisissez d’abord une solution</translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation>Cette solution est déjà attribuée au projet</translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation>Terminez ou annulez d’abord la nouvelle solution</translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation>Attribuer la solution sélectionnée à ce projet</translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation>%1 (application Meta %2)</translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation>Oui : ce projet est intégré via l’Embedded Signup de la solution</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>Nom de la solution</translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation>Tel que le partenaire l’appelle</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Collez le jeton</translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation>L’accessToken de l’authResponse renvoyée par Meta à la fin de l’Embedded Signup du partenaire. Il est envoyé une seule fois et n’est conservé nulle part par la console.</translation>
    </message>
    <message>
        <source>Business &amp;manager:</source>
        <translation>Business &amp;Manager :</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>Create solution</source>
        <translation>Créer la solution</translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation>Ajouter la solution à ce projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation>Création de la solution…</translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation>Solution « %1 » créée. Attribuez-la pour intégrer ce projet via son Embedded Signup.</translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation>Attribuer « %1 » à ce projet ?

Le projet est alors intégré via l’Embedded Signup de la solution : %2 peut créer et gérer le compte WhatsApp et les expéditeurs de ce projet avec Sinch.</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>le partenaire</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation>« %1 » est attribuée à ce projet.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SpinRangeGuard</name>
    <message>
        <source>%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.</source>
        <translation>%1 est hors limites : saisissez un nombre de %2 à %3, ou descendez sous %2 pour « %4 ». Le champ contient toujours %5.</translation>
    </message>
    <message>
        <source>%1 is out of range: type a number from %2 to %3. The field still holds %4.</source>
        <translation>%1 est hors limites : saisissez un nombre de %2 à %3. Le champ contient toujours %4.</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1 : hors limites</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message>
        <source>C&amp;lone…</source>
        <translation>C&amp;loner…</translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation>Supprimer la séle&amp;ction…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation>Exporter les modèles sélectionnés vers</translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation>Rapport de la &amp;tâche groupée</translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation>Une tâche groupée est en cours : attendez-la ou annulez-la (Rapport de la tâche groupée)</translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation>Sélectionnez d’abord les lignes de langue des modèles (Ctrl+clic, Maj+clic)</translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation>Afficher la dernière tâche groupée et son rapport</translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation>Aucune tâche groupée n’a encore été exécutée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation>Supprimer les modèles</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n langue de modèle sur le serveur : %1 ? Ses versions approuvées et modifications en attente sont supprimées ; cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n langues de modèles sur le serveur : %1 ? Leurs versions approuvées et modifications en attente sont supprimées ; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation>%1 · qualité : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation>Supprimer la langue du modèle</translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation>Supprimer « %1 » en %2 ? La version approuvée et les éventuelles modifications en attente de cette langue sont supprimées du serveur ; les autres langues restent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation>« %1 · %2 » supprimé.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation>Supprimer « %1 » dans toutes les langues (%2) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation>« %1 » supprimé dans toutes les langues.</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Supprimer les modifications en attente</translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation>Supprimer les modifications en attente de « %1 · %2 » ? La version approuvée reste inchangée.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Supprimer les modifications</translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation>Modifications en attente de « %1 · %2 » supprimées.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDetailView</name>
    <message>
        <source>Selected template</source>
        <translation>Modèle sélectionné</translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation>Sélectionnez un modèle pour voir son état, la signification d’un refus et tous ses champs.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation>Pas encore en : %1</translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation>Développez le nom (→) et sélectionnez une langue pour voir son état et ses champs.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation>Impossible pendant la vérification des modifications</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Soumettre à la vérification (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Envoyer le modèle approuvé à un téléphone via Conversation API</translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation>Enregistrez et soumettez le modèle ; une fois approuvé, il pourra être envoyé en test.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à la vérification</translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation>Comparer avec la version approuvée</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envo&amp;yer un test…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation>Impossible d’enregistrer la copie locale : %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation>Nouveau modèle · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Remplacer le modèle</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation>Vos modifications locales sont restaurées. Annuler (Ctrl+Z) revient à la version du serveur.</translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation>Le nom et la langue restent %1 · %2 : un modèle présent sur le serveur les conserve.</translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation>%1 importé. Annuler (Ctrl+Z) rétablit la version précédente.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is “%1”.</source>
        <translation>Seul un modèle approuvé peut être envoyé ; celui-ci est « %1 ».</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateFilterBar</name>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation>Rechercher dans les modèles chargés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Afficher uniquement les modèles dans cet état (filtré par le serveur)</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Afficher uniquement les modèles dont les modifications en attente ont ce statut (filtré par le serveur)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation>Afficher uniquement cette langue des modèles chargés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation>Afficher uniquement cette catégorie des modèles chargés</translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation>Période des statistiques</translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation>La période des colonnes envoyés, distribués, lus et clics</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>Le nom commence par…</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Le nom commence par</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Afficher uniquement les modèles dont le nom commence par ce texte (filtré par le serveur)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation>Statistiques : dernier jour</translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation>Statistiques : dernière semaine</translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation>Statistiques : dernier mois</translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation>Statistiques : dernier trimestre</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Jamais approuvé</translation>
    </message>
    <message>
        <source>Templates Meta has not approved yet: a draft, in review or rejected</source>
        <translation>Modèles que Meta n’a pas encore approuvés : brouillon, en vérification ou refusé</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateListToolBar</name>
    <message>
        <source>Template actions</source>
        <translation>Actions sur le modèle</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation>Créer un modèle WhatsApp (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation>Ouvrir la langue sélectionnée dans un onglet (Entrée)</translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation>Comparer avec la version &amp;approuvée</translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation>Afficher les modifications en attente à côté de la version approuvée (Ctrl+D)</translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation>Comparer les stat&amp;istiques</translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation>Comparer les statistiques de deux modèles sélectionnés</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation>Supprimer les modifications en &amp;attente…</translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation>Abandonner les modifications en attente et conserver la version approuvée</translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation>&amp;Supprimer cette langue…</translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation>Supprimer la langue sélectionnée du modèle (Suppr)</translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation>Supprimer &amp;toutes les langues…</translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation>Supprimer le modèle dans toutes les langues (Maj+Suppr)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copier au format JSON</translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation>Copier les modèles sélectionnés au format JSON (Ctrl+Maj+C)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation>Fermer le modèle</translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation>Les modifications de %1 sont en vérification : le serveur n’accepte donc aucune modification pour l’instant. Conserver vos modifications comme brouillon local ?</translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation>Un brouillon conservé vous est proposé à la prochaine ouverture de ce modèle. Abandonner supprime les modifications.</translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation>Conserver le brouillon local</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation>Enregistrer les modifications de %1 comme brouillon sur le serveur avant de fermer ?</translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation>Abandonner supprime les modifications, ainsi que la copie locale.</translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation>Modifications locales</translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation>Vous avez des modifications de %1 datant du %2 qui ne sont pas sur le serveur. Les restaurer ?</translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation>Les modifications restaurées peuvent être annulées (Ctrl+Z). Abandonner les supprime ; Annuler les conserve jusqu’à la prochaine modification de ce modèle.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message>
        <source>Not sent: the changes are in review and the server takes no edits until the review ends. Your edits are kept in the local draft.</source>
        <translation>Non envoyé : les modifications sont en vérification et le serveur n’accepte aucune modification avant la fin de la vérification. Vos modifications sont conservées dans le brouillon local.</translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation>Non connecté à un projet.</translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save draft and Submit for review wait. The review is checked every 30 seconds.</source>
        <translation>Ces modifications sont en vérification. Le serveur n’accepte aucune modification avant la fin de la vérification : ce que vous modifiez ici reste dans un brouillon local, et « Enregistrer le brouillon » et « Soumettre à la vérification » attendent. La vérification est contrôlée toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Soumis à la vérification.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>Le serveur a refusé le modèle : %1</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>Le serveur a refusé %n champ ; il est signalé.</numerusform>
            <numerusform>Le serveur a refusé %n champs ; ils sont signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation>La vérification est terminée : les modifications ont été refusées. Modifiez-les et soumettez-les à nouveau.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation>La vérification est terminée : les modifications ont été refusées (%1). Modifiez-les et soumettez-les à nouveau.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation>La vérification est terminée : les modifications ont été approuvées. Vous pouvez à nouveau modifier et enregistrer.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Charger sa version</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs.</source>
        <translation>Sa version est chargée. Annuler (Ctrl+Z) ramène la vôtre pour l’enregistrer par-dessus.</translation>
    </message>
    <message>
        <source>Not saved: the template was changed on the server since you opened it. Your edits are kept; save again to compare and choose.</source>
        <translation>Non enregistré : le modèle a été modifié sur le serveur depuis que vous l’avez ouvert. Vos modifications sont conservées ; enregistrez de nouveau pour comparer et choisir.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Non soumis : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(encore %n erreur à corriger avant de soumettre)</numerusform>
            <numerusform>(encore %n erreurs à corriger avant de soumettre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(encore %n erreur à corriger avant d’enregistrer le brouillon)</numerusform>
            <numerusform>(encore %n erreurs à corriger avant d’enregistrer le brouillon)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take the name again until then. Choose another name.</source>
        <translation>Non enregistré : un modèle nommé « %1 » a été supprimé il y a moins de 30 jours, et WhatsApp n’accepte pas ce nom avant ce délai. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template; WhatsApp takes a deleted template&apos;s name again only after 30 days, so give it another name and save.</source>
        <translation>Non enregistré : « %1 » a été supprimé sur le serveur après que vous l’avez ouvert. Vos modifications sont conservées ici comme un nouveau modèle ; WhatsApp n’accepte de nouveau le nom d’un modèle supprimé qu’après 30 jours : donnez-lui un autre nom et enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template.</source>
        <translation>Non enregistré : « %1 » a été supprimé sur le serveur après que vous l’avez ouvert. Vos modifications sont conservées ici comme un nouveau modèle.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>WhatsApp keeps a deleted template&apos;s name for 30 days: choose another name.</source>
        <translation>WhatsApp garde le nom d’un modèle supprimé pendant 30 jours : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Nothing to save: the server has every change.</source>
        <translation>Rien à enregistrer : le serveur a toutes les modifications.</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>Envoi pour examen…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
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
    <message>
        <source>Template %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID WhatsApp</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Ce qu’il faut modifier :</translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation>Les modifications en attente (%1) sont conservées à côté de la version approuvée ; « Comparer avec la version approuvée » montre les différences.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation>Modèles WhatsApp</translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation>Nombre de modèles</translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation>%1 noms affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation>Aucun nom de modèle ne commence par « %1 ». Effacez le filtre de nom pour tout voir.</translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation>Aucun modèle commençant par « %1 » dans cet état. Effacez le filtre de nom, choisissez « Tous les états » et « Toutes les modifications » pour tout voir.</translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation>Aucun modèle dans cet état. Choisissez « Tous les états » et « Toutes les modifications » pour tout voir.</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Aucun modèle pour l’instant. Créez-en un (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation>Aucun résultat pour ces filtres. Effacez la recherche (Échap) ou choisissez « Toutes les langues » et « Toutes les catégories ».</translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation>Choisissez un projet pour voir ses modèles WhatsApp.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation>Impossible de charger les modèles. Consultez le message ci-dessus.</translation>
    </message>
    <message>
        <source>No template was rejected after an approval. Templates rejected before they were ever approved have no state: choose “All states” and “Changes rejected” to see them.</source>
        <translation>Aucun modèle n’a été refusé après une approbation. Les modèles refusés avant d’avoir jamais été approuvés n’ont pas d’état : choisissez « Tous les états » et « Modifications refusées » pour les voir.</translation>
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
    <name>sinch::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TokenDialog</name>
    <message>
        <source>Create &amp;long-lived token</source>
        <translation>Créer un jeton &amp;longue durée</translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation>Rechercher les &amp;WABA</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation>Jeton d’accès longue durée</translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation>Collez le jeton d’accès utilisateur renvoyé par Meta à la fin de l’Embedded Signup. Échangez-le contre un jeton longue durée (valable 60 jours), ou recherchez les comptes WhatsApp Business auxquels il donne accès et leurs numéros.</translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation>Jeton d’accès utilisateur Facebook</translation>
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
        <translation>Celui du compte</translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation>&amp;Jeton d’accès utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation>&amp;Business Manager :</translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation>Créer un jeton longue durée</translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation>Rechercher les WABA</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copier le jeton dans le presse-papiers</translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation>Ce jeton n’est pas conservé par la console et ne sera plus affiché : copiez-le maintenant et gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation>Jeton d’accès longue durée :</translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation>Comptes WhatsApp Business</translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation>Compte WhatsApp Business ou numéro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation>Collez d’abord le jeton d’accès utilisateur</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>En attente de la réponse du serveur</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Échange du jeton…</translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation>Recherche des WABA…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation>Aucun numéro partagé avec ce compte</translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation>Le jeton ne donne accès à aucun compte WhatsApp Business.</translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>%n compte WhatsApp Business.</numerusform>
            <numerusform>%n comptes WhatsApp Business.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation>&amp;Exporter le projet…</translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation>&amp;Importer dans le projet…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Choisissez d’abord un projet</translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation>Le projet n’est pas encore connecté</translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation>Écrire chaque ressource du projet en fichiers JSON</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation>Recréer les modèles et webhooks d’un export dans ce projet</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation>Ouvrir la boîte de &amp;réception</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>Tout &amp;marquer comme lu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Console de provisionnement Sinch</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Console de provisionnement Sinch · %n non lu</numerusform>
            <numerusform>Console de provisionnement Sinch · %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Créer le webhook</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>Rien n’a changé depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation>Oublier le secret</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook créé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation>Un autre webhook de ce projet envoie déjà vers cette URL.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>Le serveur a refusé les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation>Éditeur de webhook</translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation>Créer le webhook, ou envoyer les champs modifiés (Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation>Envoyer tous les champs, secret compris, à la place du webhook du serveur</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation>Webhook vers %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Création du webhook…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
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
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation>L’ID de ce webhook sur le serveur</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL cible</translation>
    </message>
    <message>
        <source>https://example.com/sinch/events</source>
        <translation>https://example.com/sinch/events</translation>
    </message>
    <message>
        <source>Target &amp;URL</source>
        <translation>&amp;URL cible</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation>Signe chaque événement ; au moins %1 caractères aléatoires</translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation>Inchangé (saisissez un nouveau secret pour le remplacer)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation>Afficher le secret en clair</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation>Conservé uniquement dans cet éditeur : jamais écrit dans les brouillons ni dans le journal des requêtes.</translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation>ALL (tous les événements)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Check the events to be sent (Space toggles the selected one).</source>
        <translation>Cochez les événements à envoyer (Espace coche ou décoche l’élément sélectionné).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Masquer le secret</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation>Choisissez un webhook pour le modifier, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation>&amp;Nouveau webhook</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Créer un webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation>Modifier le webhook sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation>Supprimer le webhook sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Actions sur le webhook</translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation>Liste des webhooks</translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation>Ces modifications non enregistrées concernent un webhook du projet que vous avez quitté. Enregistrez-les (Ctrl+S) pour les envoyer à ce projet, ou choisissez une autre ligne pour les abandonner.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+N)</source>
        <translation>(Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose a project to see its webhooks.</source>
        <translation>Choisissez un projet pour voir ses webhooks.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save sends them to the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Enregistrer les envoie au serveur, Abandonner les supprime, Annuler revient à l’éditeur.</translation>
    </message>
    <message>
        <source>Delete the webhook that sends to this address? Its events stop at once.</source>
        <translation>Supprimer le webhook qui envoie à cette adresse ? Ses événements s’arrêtent aussitôt.</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Le webhook vers %1 a été supprimé.</translation>
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
        <source>Reading the key secret from the keychain…</source>
        <translation>Lecture du secret de clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key to see its senders, templates and webhooks.</source>
        <translation>Ajoutez un projet Sinch avec sa clé d’accès pour voir ses expéditeurs, ses modèles et ses webhooks.</translation>
    </message>
    <message>
        <source>To try the console without an account, start it with --sandbox.</source>
        <translation>Pour essayer la console sans compte, lancez-la avec --sandbox.</translation>
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
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Afficher les variables sous la forme {{n}} au lieu de leurs exemples</translation>
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
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>Modifier l’exemple</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Ajouter un bouton</translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation>Ajouter un bouton %1</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Supprimer le bouton</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Déplacer le bouton</translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation>Ajouter un carrousel</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Dupliquer la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation>Appliquer la structure de la carte</translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation>Ajouter un bouton de carte</translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation>Insérer la variable {{%1}}</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Supprimer l’en-tête</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Change header</source>
        <translation>Modifier l’en-tête</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Réponse rapide</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>Lien (URL)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
</context>
</TS>
