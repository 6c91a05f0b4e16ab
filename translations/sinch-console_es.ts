<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityLabel</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation>Aprobado (ahora %1)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 por %2 · %3</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Correct the highlighted fields and try again.</source>
        <translation>Corrija los campos resaltados y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The access key was refused. Check the project ID, key ID and key secret in the project settings.</source>
        <translation>Se rechazó la clave de acceso. Revise el ID del proyecto, el ID de la clave y el secreto de la clave en la configuración del proyecto.</translation>
    </message>
    <message>
        <source>This key may not do that. Ask the project&apos;s administrator for access.</source>
        <translation>Esta clave no tiene permiso para hacerlo. Solicite acceso al administrador del proyecto.</translation>
    </message>
    <message>
        <source>It no longer exists or the ID is wrong. Refresh the list.</source>
        <translation>Ya no existe o el ID es incorrecto. Actualice la lista.</translation>
    </message>
    <message>
        <source>It conflicts with the current state. Refresh and try again.</source>
        <translation>Entra en conflicto con el estado actual. Actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A precondition is not met. Complete the missing steps first.</source>
        <translation>No se cumple una condición previa. Complete primero los pasos que faltan.</translation>
    </message>
    <message>
        <source>A limit or a dependency blocks this. Free up or fix the dependency first.</source>
        <translation>Un límite o una dependencia lo impide. Libere o corrija primero la dependencia.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>El servidor tuvo un problema. Espere un momento y vuelva a intentarlo; si persiste, contacte con el soporte de Sinch.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the project settings.</source>
        <translation>Vuelva a intentarlo; si persiste, revise la configuración del proyecto.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>El servidor pide esperar %n segundo.</numerusform>
            <numerusform>El servidor pide esperar %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted values: %1.</source>
        <translation>Valores aceptados: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1). Check the base URL in the project settings and your network connection.</source>
        <translation>No se encontró el nombre del servidor (%1). Revise la URL base en la configuración del proyecto y su conexión de red.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.</source>
        <translation>El servidor rechazó la conexión (%1). Revise la URL base; si es correcta, puede que el servicio no esté disponible: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>El servidor cerró la conexión antes de responder. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>El servidor cerró la conexión antes de responder; puede que el cambio se haya hecho o no. Actualice para comprobarlo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>El servidor no respondió a tiempo; puede que el cambio se haya hecho o no. Actualice para comprobarlo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The network failed: %1. Check your connection and try again.</source>
        <translation>Error de red: %1. Revise su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Revise su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). The console never skips this check: verify the base URL and the system&apos;s certificates.</source>
        <translation>No se aceptó el certificado del servidor (%1). La consola nunca omite esta comprobación: verifique la URL base y los certificados del sistema.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operación: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Additional information: %1</source>
        <translation>Información adicional: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>El servidor respondió HTTP %1 con el cuerpo vacío.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s JSON.</source>
        <translation>El servidor respondió HTTP %1 con una página web en lugar del JSON de la API.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not JSON.</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo que no es JSON.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>a redirect to another site was refused</source>
        <translation>se rechazó una redirección a otro sitio</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>an answer too large to read</source>
        <translation>una respuesta demasiado grande para leerla</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>una respuesta que no se pudo leer</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Espere un momento y vuelva a intentarlo; si persiste, contacte con el soporte de Sinch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (%1). If it keeps happening, ask for fewer items at a time or contact support.</source>
        <translation>La respuesta del servidor era demasiado grande para leerla (%1). Si vuelve a ocurrir, pida menos elementos a la vez o contacte con el soporte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it came cut off or garbled. Try again; if it keeps happening, a proxy or an outage may be in the way.</source>
        <translation>No se pudo leer la respuesta del servidor: llegó cortada o dañada. Vuelva a intentarlo; si sigue ocurriendo, puede haber un proxy o una interrupción de por medio.</translation>
    </message>
    <message>
        <source>stopped waiting for the answer</source>
        <translation>se dejó de esperar la respuesta</translation>
    </message>
    <message>
        <source>You stopped waiting for the server; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Dejó de esperar al servidor; puede que el cambio se haya hecho o no. Actualice para comprobarlo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>You stopped waiting for the server. Try again when you are ready.</source>
        <translation>Dejó de esperar al servidor. Vuelva a intentarlo cuando quiera.</translation>
    </message>
    <message>
        <source>Stopped waiting for the answer.</source>
        <translation>Se dejó de esperar la respuesta.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automoción</translation>
    </message>
    <message>
        <source>Basic message</source>
        <translation>Mensaje básico</translation>
    </message>
    <message>
        <source>Beauty spa salon</source>
        <translation>Belleza, spa y salón</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Ropa y moda</translation>
    </message>
    <message>
        <source>Conversational</source>
        <translation>Conversacional</translation>
    </message>
    <message>
        <source>Conversational legacy</source>
        <translation>Conversacional (heredado)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Downscaling</source>
        <translation>Reduciendo</translation>
    </message>
    <message>
        <source>Downscaling failed</source>
        <translation>Reducción fallida</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimiento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Organización de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanzas y banca</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hoteles y alojamiento</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Invalid in Google My Business</source>
        <translation>No válido en Google My Business</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>En prueba</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lanzado</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lanzando</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina y salud</translation>
    </message>
    <message>
        <source>Multiuse</source>
        <translation>Multiuso</translation>
    </message>
    <message>
        <source>Non profit</source>
        <translation>Sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>No lanzado</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>Juegos de azar en línea</translation>
    </message>
    <message>
        <source>Otc drugs</source>
        <translation>Medicamentos sin receta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>Código de un solo uso (OTP)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Pending Facebook verification</source>
        <translation>Verificación de Facebook pendiente</translation>
    </message>
    <message>
        <source>Pending unlaunched</source>
        <translation>Retirada pendiente</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>Verificación pendiente</translation>
    </message>
    <message>
        <source>Physical gambling</source>
        <translation>Juegos de azar presenciales</translation>
    </message>
    <message>
        <source>Preparing launch</source>
        <translation>Preparando el lanzamiento</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promocional</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Servicio público</translation>
    </message>
    <message>
        <source>Quality score green</source>
        <translation>Calidad: verde</translation>
    </message>
    <message>
        <source>Quality score red</source>
        <translation>Calidad: roja</translation>
    </message>
    <message>
        <source>Quality score unknown</source>
        <translation>Calidad: desconocida</translation>
    </message>
    <message>
        <source>Quality score yellow</source>
        <translation>Calidad: amarilla</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras y comercio minorista</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>Mensaje único</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaccional</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viajes y transporte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unlaunched</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Ampliado</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>Ampliando</translation>
    </message>
    <message>
        <source>Upscaling failed</source>
        <translation>Ampliación fallida</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Abusive content</source>
        <translation>Contenido abusivo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Conversation expire policy</source>
        <translation>Caducidad por conversación</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Categoría incorrecta</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato no válido</translation>
    </message>
    <message>
        <source>Message expire policy</source>
        <translation>Caducidad por mensaje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Persist retention policy</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Estafa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Número propio</translation>
    </message>
    <message>
        <source>Sinch</source>
        <translation>Sinch</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>Se permiten como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; no es uno de %2.</translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation>Una variable no está cerrada: escríbala como #{name}.</translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation>Una variable no tiene nombre: escríbala como #{name}, p. ej., #{customer}.</translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation>%1 no es una variable de KakaoTalk: escriba las variables como #{name}, p. ej., #{customer}.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>Se permiten como máximo %1 botones; quite %2.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation>Indique la posición del botón, de %1 a %2.</translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation>Las posiciones son números enteros de %1 a %2.</translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation>El botón %1 ya tiene la posición %2: cada botón necesita la suya.</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>Elija qué hace el botón.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Póngale una etiqueta al botón.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation>Las etiquetas de botón tienen como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation>Los enlaces tienen de %1 a %2 caracteres; este tiene %3.</translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation>La plantilla no tiene detalles: agregue al menos un nombre, un idioma y el contenido.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Póngale un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation>Los nombres tienen como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Elija el idioma de la plantilla.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Escriba el texto del mensaje.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation>El texto tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation>Los teléfonos muestran unos %1 caracteres del título (%2 líneas); el resto se corta.</translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation>Los teléfonos Android muestran %1 caracteres del subtítulo; el resto se corta.</translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation>El código de categoría tiene de %1 a %2 caracteres, p. ej., 999999; elíjalo entre las categorías de plantilla.</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation>Use una imagen JPEG o PNG de hasta 500 KB, de al menos 500×250 píxeles y con proporción 2:1.</translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation>El texto parece un código de un solo uso: active el indicador de seguridad para que solo se muestre en el dispositivo principal.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title.</source>
        <translation>Una plantilla con texto destacado necesita un título.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a subtitle.</source>
        <translation>Una plantilla con texto destacado necesita un subtítulo.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name.</source>
        <translation>Una plantilla con imagen necesita el nombre de la imagen.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s URL.</source>
        <translation>Una plantilla con imagen necesita la URL de la imagen.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>El subtítulo</translation>
    </message>
    <message>
        <source>The image&apos;s name</source>
        <translation>El nombre de la imagen</translation>
    </message>
    <message>
        <source>The image&apos;s URL</source>
        <translation>La URL de la imagen</translation>
    </message>
    <message>
        <source>%1 is not shown without emphasis: choose text or image emphasis, or remove it.</source>
        <translation>%1 no se muestra sin énfasis: elija énfasis de texto o de imagen, o quítelo.</translation>
    </message>
    <message>
        <source>A web link button needs its mobile link: the web address it opens on phones.</source>
        <translation>Un botón de enlace web necesita su enlace móvil: la dirección web que abre en los teléfonos.</translation>
    </message>
    <message>
        <source>Button %1 is already a “%2” button: a template has at most one button of each kind.</source>
        <translation>El botón %1 ya es un botón «%2»: una plantilla tiene como máximo un botón de cada tipo.</translation>
    </message>
    <message>
        <source>%1: a link cannot hold a variable (#{…}); enter the full web address.</source>
        <translation>%1: un enlace no puede contener una variable (#{…}); escriba la dirección web completa.</translation>
    </message>
    <message>
        <source>%1: enter a full web address starting with https://.</source>
        <translation>%1: ingrese una dirección web completa que empiece por https://.</translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.</source>
        <translation>Un botón de enlace de app necesita al menos %1 de estos: el enlace móvil, el enlace de app de iOS y el enlace de app de Android; el enlace de PC no cuenta.</translation>
    </message>
    <message>
        <source>“%1” templates need the additional information.</source>
        <translation>Las plantillas «%1» necesitan la información adicional.</translation>
    </message>
    <message>
        <source>Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.</source>
        <translation>Se espera que las plantillas publicitarias tengan un botón «%1»; Kakao puede rechazar la plantilla sin él.</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · cambios en borrador</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · cambios en revisión</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · cambios rechazados</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básica</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation>Con información adicional</translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation>Con publicidad</translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation>Información adicional y publicidad</translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation>Sin énfasis</translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation>Título destacado</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Enlace web</translation>
    </message>
    <message>
        <source>App link</source>
        <translation>Enlace de app</translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation>Seguimiento de envío</translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation>Palabra clave del bot</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Entrega de mensajes</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Hablar con un agente</translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation>Transferir al bot</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Agregar canal</translation>
    </message>
    <message>
        <source>Business form</source>
        <translation>Formulario empresarial</translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation>Plugin de imagen segura</translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation>Plugin de pago con un clic</translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation>Plugin de información personal</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nunca aprobada</translation>
    </message>
    <message>
        <source>Mobile link</source>
        <translation>Enlace móvil</translation>
    </message>
    <message>
        <source>PC link</source>
        <translation>Enlace de PC</translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation>Enlace de app de iOS</translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation>Enlace de app de Android</translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… %Ln carácter más no mostrado</numerusform>
            <numerusform>… %Ln caracteres más no mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation>Guarde la plantilla para iniciar su actividad: comentarios, ediciones y pasos de revisión.</translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation>Nombre de la marca</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>Enlace a la política de privacidad</translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation>Enlace a las condiciones del servicio</translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation>Teléfono o correo de contacto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Color de la marca</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation>Dispositivos de prueba</translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation>Cuestionario: preguntas generales</translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation>Cuestionario: contacto de verificación</translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation>Cuestionario: Reino Unido</translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation>Cuestionario: Estados Unidos</translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation>Cuestionario: Francia</translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation>Cuestionario: España</translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation>Cuestionario: video de demostración</translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation>Falta %1: complételo.</translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation>Falta %1: agregue al menos un número de teléfono o correo electrónico (un sitio web solo no cuenta).</translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation>%1: elija al menos un país donde lanzar.</translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation>%1 está sin responder: responda sus preguntas.</translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation>%1 está sin responder: los operadores españoles pueden pedirlo.</translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation>%1 está vacío: los usuarios no ven ningún texto sobre la marca.</translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation>%1 es el negro predeterminado: elija el color de la marca.</translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation>%1: aún no hay ninguno, así que nadie ha probado el remitente en un teléfono.</translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation>Falta %1: el lanzamiento se queda en «Lanzándose» hasta que se proporcione un video.</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>Aún no lanzado</translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation>Pendiente: el operador lo está revisando</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lanzado</translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation>Rechazado por el operador</translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation>Suspendido por el operador</translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation>Retirándose</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation>No válido en Google My Business: corrija la ficha de la empresa</translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation>Desconocido para la API</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>En configuración</translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation>Preparando el lanzamiento</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lanzándose</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>En prueba</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaire</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
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
        <translation>%1 está obsoleto: la API ya no necesita esta respuesta y puede ignorarla.</translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation>%1 debe tener exactamente %2 dígitos, sin espacios ni otros signos (tiene %3 caracteres).</translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation>%1 debe escribirse como %2 (dígitos en lugar de X).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>entry %1 %2</source>
        <translation>entrada %1 %2</translation>
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
        <translation>sus países</translation>
    </message>
    <message>
        <source>its launch</source>
        <translation>su lanzamiento</translation>
    </message>
    <message>
        <source>While the sender is “%1”, only %2 can change.</source>
        <translation>Mientras el remitente esté en «%1», solo se pueden cambiar %2.</translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · falta %n</numerusform>
            <numerusform>%1 · faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Available in every language of this project.</source>
        <translation>Disponible en todos los idiomas de este proyecto.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n language(s)</source>
        <translation>
            <numerusform>%1, %n idioma</numerusform>
            <numerusform>%1, %n idiomas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestNumberText</name>
    <message>
        <source>Invited: waiting for the tester to accept</source>
        <translation>Invitado: esperando a que el evaluador acepte</translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation>Pendiente: Google está verificando el número</translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation>Verificado: puede recibir mensajes de prueba</translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation>Rechazado por el evaluador: vuelva a enviar la invitación</translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation>No válido: no es un número compatible con RCS</translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation>Desconocido para Google: revise el número</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Redactar un mensaje</translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation>Crear un evento de calendario</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Marcar un número</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Abrir un enlace</translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation>Abrir un enlace dentro de la conversación</translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation>Compartir una ubicación</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>Ver una ubicación</translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation>Revocar un mensaje enviado</translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation>Carruseles de tarjetas enriquecidas</translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation>Tarjetas enriquecidas independientes</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>Función no especificada</translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation>Una función que la API no nombra</translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation>Upscale en curso: vinculando el número de SMS</translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation>Con upscale: RCS con respaldo por SMS</translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation>Falló el upscale: vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation>Downscale en curso: desvinculando el número de SMS</translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation>Falló el downscale: vuelva a intentarlo</translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation>Remitente RCS %1 vinculado al número de SMS %2 en %3: %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation>App de Conversation API: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation>Ingrese la URL a la que se envían los eventos (https://…).</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation>La URL tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation>La URL no puede contener espacios.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation>No es una URL válida. Escríbala completa, p. ej., https://example.com/callback.</translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation>La URL debe empezar por https://: los eventos contienen datos del proyecto y solo se envían cifrados.</translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation>Al reemplazar el webhook se envían todos los campos: vuelva a ingresar su secreto.</translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation>Ingrese un secreto: el servidor firma cada evento con él para que pueda verificarlos.</translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation>El secreto tiene %1 caracteres; debe tener de %2 a %3.</translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation>Un secreto tan corto es fácil de adivinar: use al menos %1 caracteres aleatorios.</translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation>Elija al menos un evento (ALL para todos los eventos).</translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation>“%1” no es un evento que el servidor conozca.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation>ALL ya envía todos los eventos; los demás eventos elegidos no agregan nada.</translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation>Ingrese el nombre legal de la empresa, exactamente como aparece en el Business Manager de Meta.</translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation>El nombre legal tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation>El nombre empieza o termina con un espacio; Meta lo compara exactamente.</translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation>Ingrese el ID del Business Manager (Configuración del negocio &gt; Información del negocio en Meta Business Manager).</translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation>El ID tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation>Los ID de Business Manager de Meta solo tienen dígitos; revise si hay un error de escritura.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation>“%1” no es un Business Manager que el servidor conozca.</translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation>Ingrese el nombre de la solución, tal como la llama el partner.</translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation>Pegue el token de acceso devuelto al completarse el registro insertado (Embedded Signup) del partner.</translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation>Elija el Business Manager de Sinch de la solución.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation>“%1” no es un Business Manager que el servidor acepte para soluciones.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateRules</name>
    <message>
        <source>Give the template a name, e.g. order_update.</source>
        <translation>Póngale un nombre a la plantilla, p. ej., order_update.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting and ending with a letter or digit.</source>
        <translation>Use letras minúsculas, dígitos y guiones bajos; debe empezar y terminar con una letra o un dígito.</translation>
    </message>
    <message>
        <source>Names are at most 512 characters.</source>
        <translation>Los nombres tienen como máximo 512 caracteres.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Elija el idioma de la plantilla.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Elija una categoría: marketing, utilidad o autenticación.</translation>
    </message>
    <message>
        <source>The template has no details; add at least a body.</source>
        <translation>La plantilla no tiene detalles; agregue al menos un cuerpo.</translation>
    </message>
    <message>
        <source>For %1 templates the time to live is %2 to %3 seconds.</source>
        <translation>En las plantillas %1, el tiempo de vida es de %2 a %3 segundos.</translation>
    </message>
    <message>
        <source>Meta&apos;s own minimum is 30 seconds; shorter codes may expire before they arrive.</source>
        <translation>El mínimo de Meta es 30 segundos; los códigos más cortos pueden caducar antes de llegar.</translation>
    </message>
    <message>
        <source>A template has one %1 part; merge or remove this one.</source>
        <translation>Una plantilla tiene una sola parte %1; combine o quite esta.</translation>
    </message>
    <message>
        <source>Add a body: every template has one.</source>
        <translation>Agregue un cuerpo: toda plantilla tiene uno.</translation>
    </message>
    <message>
        <source>A carousel template has no header of its own: the cards carry the media.</source>
        <translation>Una plantilla de carrusel no tiene encabezado propio: las tarjetas llevan el contenido multimedia.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>Escriba el texto del encabezado o elija sin encabezado.</translation>
    </message>
    <message>
        <source>Header texts are at most 60 characters; this one has %1.</source>
        <translation>Los textos de encabezado tienen como máximo 60 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>A text header can have one variable, {{1}}.</source>
        <translation>Un encabezado de texto puede tener una variable, {{1}}.</translation>
    </message>
    <message>
        <source>Give an example for the header&apos;s {{1}}.</source>
        <translation>Dé un ejemplo para la {{1}} del encabezado.</translation>
    </message>
    <message>
        <source>A location header takes no example; the location is sent with each message.</source>
        <translation>Un encabezado de ubicación no lleva ejemplo; la ubicación se envía con cada mensaje.</translation>
    </message>
    <message>
        <source>Choose the header&apos;s kind: text, image, video, document or location.</source>
        <translation>Elija el tipo de encabezado: texto, imagen, video, documento o ubicación.</translation>
    </message>
    <message>
        <source>Authentication bodies have preset wording; this text will not be used.</source>
        <translation>Los cuerpos de autenticación tienen un texto predefinido; este texto no se usará.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Escriba el texto del mensaje.</translation>
    </message>
    <message>
        <source>Bodies are at most 1024 characters; this one has %1.</source>
        <translation>Los cuerpos tienen como máximo 1024 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>The security recommendation is only for AUTHENTICATION templates.</source>
        <translation>La recomendación de seguridad es solo para plantillas AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A carousel template has no footer.</source>
        <translation>Una plantilla de carrusel no tiene pie de página.</translation>
    </message>
    <message>
        <source>Footers are at most 60 characters; this one has %1.</source>
        <translation>Los pies de página tienen como máximo 60 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>Footers cannot have variables.</source>
        <translation>Los pies de página no pueden tener variables.</translation>
    </message>
    <message>
        <source>The code expiry note is only for AUTHENTICATION templates.</source>
        <translation>La nota de caducidad del código es solo para plantillas AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A carousel template has no buttons of its own: each card has its buttons.</source>
        <translation>Una plantilla de carrusel no tiene botones propios: cada tarjeta tiene sus botones.</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.</source>
        <translation>Parte desconocida &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS o CAROUSEL.</translation>
    </message>
    <message>
        <source>Authentication templates need a one-time-password button.</source>
        <translation>Las plantillas de autenticación necesitan un botón de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>a JPEG or PNG image up to 5 MB</source>
        <translation>una imagen JPEG o PNG de hasta 5 MB</translation>
    </message>
    <message>
        <source>an MP4 or 3GP video (H.264 and AAC) up to 16 MB</source>
        <translation>un video MP4 o 3GP (H.264 y AAC) de hasta 16 MB</translation>
    </message>
    <message>
        <source>a PDF document up to 100 MB</source>
        <translation>un documento PDF de hasta 100 MB</translation>
    </message>
    <message>
        <source>The sample media must be a full http(s) URL.</source>
        <translation>El contenido multimedia de ejemplo debe ser una URL http(s) completa.</translation>
    </message>
    <message>
        <source>This file type does not fit a %1 header: use %2.</source>
        <translation>Este tipo de archivo no sirve para un encabezado %1: use %2.</translation>
    </message>
    <message>
        <source>The file type cannot be told from the URL: make sure it is %1, or set mimeType.</source>
        <translation>No se puede deducir el tipo de archivo de la URL: asegúrese de que sea %1 o defina mimeType.</translation>
    </message>
    <message>
        <source>Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.</source>
        <translation>Las variables deben numerarse {{1}}, {{2}}... sin saltos: falta {{%1}}.</translation>
    </message>
    <message>
        <source>Give one example for each variable: the text has %1, the examples list %2.</source>
        <translation>Dé un ejemplo por cada variable: el texto tiene %1 y la lista de ejemplos, %2.</translation>
    </message>
    <message>
        <source>Example %1 is empty: write a realistic value.</source>
        <translation>El ejemplo %1 está vacío: escriba un valor realista.</translation>
    </message>
    <message>
        <source>The text starts with a variable; Meta often rejects that. Start with words.</source>
        <translation>El texto empieza con una variable; Meta suele rechazarlo. Empieza con palabras.</translation>
    </message>
    <message>
        <source>The text ends with a variable; Meta often rejects that. Add text after {{%1}}.</source>
        <translation>El texto termina con una variable; Meta suele rechazarlo. Agregue texto después de {{%1}}.</translation>
    </message>
    <message>
        <source>Two variables stand side by side; put words between them.</source>
        <translation>Hay dos variables juntas; ponga palabras entre ellas.</translation>
    </message>
    <message>
        <source>Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.</source>
        <translation>Demasiadas variables para la cantidad de texto (%1 variables, %2 palabras); Meta rechaza esas plantillas. Agregue texto o combine variables.</translation>
    </message>
    <message>
        <source>Add at least one button, or remove the buttons part.</source>
        <translation>Agregue al menos un botón o quite la parte de botones.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>Se permiten como máximo %1 botones; quite %2.</translation>
    </message>
    <message>
        <source>Card buttons can only be quick replies, URLs or phone numbers.</source>
        <translation>Los botones de tarjeta solo pueden ser respuestas rápidas, URL o números de teléfono.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Póngale una etiqueta al botón.</translation>
    </message>
    <message>
        <source>Button labels are at most 25 characters; this one has %1.</source>
        <translation>Las etiquetas de botón tienen como máximo 25 caracteres; esta tiene %1.</translation>
    </message>
    <message>
        <source>Another button (%1) already says &quot;%2&quot;: labels must differ.</source>
        <translation>Otro botón (%1) ya dice &quot;%2&quot;: las etiquetas deben ser distintas.</translation>
    </message>
    <message>
        <source>Keep the quick replies together: move this one next to the other quick replies.</source>
        <translation>Mantenga juntas las respuestas rápidas: mueva esta junto a las demás.</translation>
    </message>
    <message>
        <source>Enter the web address the button opens.</source>
        <translation>Ingrese la dirección web que abre el botón.</translation>
    </message>
    <message>
        <source>A URL can only have one variable, {{1}}, at its very end.</source>
        <translation>Una URL solo puede tener una variable, {{1}}, justo al final.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Ingrese una dirección web completa que empiece por https://.</translation>
    </message>
    <message>
        <source>WhatsApp refuses links to %1: link to your own site.</source>
        <translation>WhatsApp rechaza los enlaces a %1: enlace a su propio sitio.</translation>
    </message>
    <message>
        <source>Give a full example URL with a value in place of {{1}}.</source>
        <translation>Dé una URL de ejemplo completa con un valor en lugar de {{1}}.</translation>
    </message>
    <message>
        <source>The example must be the full URL with a value in place of {{1}}.</source>
        <translation>El ejemplo debe ser la URL completa con un valor en lugar de {{1}}.</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Ingrese el número de teléfono al que llamar.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +46701234567.</source>
        <translation>Escriba el número en formato internacional, p. ej., +46701234567.</translation>
    </message>
    <message>
        <source>One-time-password buttons belong in AUTHENTICATION templates only.</source>
        <translation>Los botones de contraseña de un solo uso son solo para plantillas AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose copy code, one tap or zero tap.</source>
        <translation>Elija copiar código, un toque o cero toques.</translation>
    </message>
    <message>
        <source>The autofill label is at most 25 characters.</source>
        <translation>La etiqueta de autocompletar tiene como máximo 25 caracteres.</translation>
    </message>
    <message>
        <source>packageName and signatureHash on the button are deprecated: move them into supported apps.</source>
        <translation>packageName y signatureHash en el botón están obsoletos: muévalos a las apps compatibles.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap codes need your Android app: add its package name and signature hash.</source>
        <translation>Los códigos de un toque y de cero toques necesitan su app de Android: agregue su nombre de paquete y el hash de firma.</translation>
    </message>
    <message>
        <source>Each supported app needs a package name and a signature hash.</source>
        <translation>Cada app compatible necesita un nombre de paquete y un hash de firma.</translation>
    </message>
    <message>
        <source>Zero-tap codes need you to accept WhatsApp&apos;s zero-tap terms.</source>
        <translation>Los códigos de cero toques requieren que aceptes las condiciones de cero toques de WhatsApp.</translation>
    </message>
    <message>
        <source>Pick a flow: its ID is 1 to 30 digits.</source>
        <translation>Elija un flujo: su ID tiene de 1 a 30 dígitos.</translation>
    </message>
    <message>
        <source>Choose the flow action: data exchange or navigate.</source>
        <translation>Elija la acción del flujo: intercambio de datos o navegar.</translation>
    </message>
    <message>
        <source>Choose the screen the flow opens on.</source>
        <translation>Elija la pantalla en la que se abre el flujo.</translation>
    </message>
    <message>
        <source>The screen ID is at most 432 characters.</source>
        <translation>El ID de pantalla tiene como máximo 432 caracteres.</translation>
    </message>
    <message>
        <source>At most 2 URL buttons are allowed; this has %1.</source>
        <translation>Se permiten como máximo 2 botones de URL; este tiene %1.</translation>
    </message>
    <message>
        <source>At most 1 phone number button is allowed; this has %1.</source>
        <translation>Se permite como máximo 1 botón de número de teléfono; este tiene %1.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one one-time-password button.</source>
        <translation>Las plantillas de autenticación tienen exactamente un botón de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>A carousel needs at least one card.</source>
        <translation>Un carrusel necesita al menos una tarjeta.</translation>
    </message>
    <message>
        <source>A carousel with one card shows no carousel; add a second card.</source>
        <translation>Un carrusel con una sola tarjeta no se muestra como carrusel; agregue una segunda tarjeta.</translation>
    </message>
    <message>
        <source>At most 10 cards are allowed; remove %1.</source>
        <translation>Se permiten como máximo 10 tarjetas; quite %1.</translation>
    </message>
    <message>
        <source>Carousels are meant for MARKETING templates; Meta may change or reject the category.</source>
        <translation>Los carruseles son para plantillas MARKETING; Meta puede cambiar o rechazar la categoría.</translation>
    </message>
    <message>
        <source>A card has one %1; remove this one.</source>
        <translation>Una tarjeta tiene un solo %1; quite este.</translation>
    </message>
    <message>
        <source>Card headers are an image or a video.</source>
        <translation>Los encabezados de tarjeta son una imagen o un video.</translation>
    </message>
    <message>
        <source>Card texts are at most 160 characters; this one has %1.</source>
        <translation>Los textos de tarjeta tienen como máximo 160 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>Write the card&apos;s text.</source>
        <translation>Escriba el texto de la tarjeta.</translation>
    </message>
    <message>
        <source>Cards hold a media header, a text and buttons only.</source>
        <translation>Las tarjetas solo contienen un encabezado multimedia, un texto y botones.</translation>
    </message>
    <message>
        <source>Card %1 needs an image or video header.</source>
        <translation>La tarjeta %1 necesita un encabezado de imagen o video.</translation>
    </message>
    <message>
        <source>Card %1 needs a text.</source>
        <translation>La tarjeta %1 necesita un texto.</translation>
    </message>
    <message>
        <source>Card %1 needs one or two buttons.</source>
        <translation>La tarjeta %1 necesita uno o dos botones.</translation>
    </message>
    <message>
        <source>Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.</source>
        <translation>La tarjeta %1 es distinta de la tarjeta 1: todas las tarjetas necesitan las mismas partes, formato de encabezado y tipos de botón en el mismo orden.</translation>
    </message>
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation>Una plantilla en el servidor conserva su nombre: vuelva a poner &quot;%1&quot;, o exporte la plantilla e impórtela en una nueva para usar el nombre &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation>Una plantilla en el servidor conserva su idioma: vuelva a poner %1, o agregue %2 como nuevo idioma de la plantilla.</translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation>sus cambios se rechazaron por %1, no por la categoría</translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation>ya se revisó (%1)</translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation>La categoría no puede cambiar de %1 a %2 porque %3: vuelva a poner %1 o cree una plantilla nueva con la categoría %2. Solo puede cambiar en un borrador o tras un rechazo por categoría incorrecta (INCORRECT_CATEGORY).</translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation>El proyecto ya tiene una plantilla &quot;%1&quot; en %2: elija otro nombre o abra esa plantilla para editarla.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation>El nombre &quot;%1&quot; se eliminó el %2 y no se puede reutilizar antes del %3: elija otro nombre o espere hasta entonces.</translation>
    </message>
    <message>
        <source>Codes expire after %1 to %2 minutes.</source>
        <translation>Los códigos caducan tras %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>Add a sample URL for the header (%1): reviewers need to see the media.</source>
        <translation>Agregue una URL de ejemplo para el encabezado (%1): los revisores necesitan ver el contenido multimedia.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · cambios en borrador</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · cambios en revisión</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · cambios rechazados</translation>
    </message>
    <message>
        <source>%1 · changes %2</source>
        <translation>%1 · cambios %2</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Rejected (never approved)</source>
        <translation>Rechazado (nunca aprobado)</translation>
    </message>
</context>
<context>
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation>Incorporada: lista para agregar remitentes y plantillas</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation>Esperando la verificación de la empresa por parte de Meta</translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation>Rechazada: corrija los datos y vuelva a guardarlos</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>En creación</translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation>Borrador, no enviado a revisión</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation>Esperando la verificación de Meta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
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
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>Bloqueado por Meta</translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation>Bloqueo programado</translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation>Restablecido tras un bloqueo</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it as a project.</source>
        <translation>Inicia el sandbox integrado y lo abre como proyecto.</translation>
    </message>
    <message>
        <source>Faults the sandbox injects, e.g. latency=200,503=0.1.</source>
        <translation>Fallos que inyecta el sandbox, p. ej., latency=200,503=0.1.</translation>
    </message>
    <message>
        <source>Seconds the sandbox takes to review a submission.</source>
        <translation>Segundos que tarda el sandbox en revisar un envío.</translation>
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
        <translation>Sinch Provisioning Console: administra proyectos, remitentes de WhatsApp, KakaoTalk y RCS, plantillas y webhooks.

Subcomandos:
  serve-sandbox [options]  ejecuta solo el emulador integrado de la API (consulte serve-sandbox --help)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           valida archivos JSON de plantillas de WhatsApp y KakaoTalk (sale con 1 si hay errores)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           dibuja una plantilla de WhatsApp o KakaoTalk (AlimTalk) como la muestra el teléfono
  export --project ID --out DIR
                           escriba cada recurso de un proyecto como archivos JSON (consulte export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           vuelva a crear las plantillas y los webhooks de una exportación en otro proyecto
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           imprime las plantillas de WhatsApp de un proyecto como vistas previas en una hoja de contactos PDF</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation>La base de datos de la bandeja de entrada estaba dañada. Se movió a %1 y se creó una nueva; las actividades se volverán a leer del servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation>La base de datos de la bandeja de entrada %1 está dañada y no se pudo mover. Cierre la consola, elimine el archivo y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation>Otra consola de Sinch está usando la base de datos de la bandeja de entrada, así que esta ventana la muestra en solo lectura y no sincroniza. Cierre la otra consola y vuelva a abrir la bandeja de entrada para sincronizar aquí.</translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation>No se pudo abrir la base de datos de la bandeja de entrada %1 (%2). La bandeja funciona sin ella hasta que se pueda escribir el archivo; revise los permisos de la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>sinch::ApiClient</name>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Operación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No project is selected, or its key could not be read.</source>
        <translation>No hay ningún proyecto seleccionado o no se pudo leer su clave.</translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message>
        <source>The project is no longer configured.</source>
        <translation>El proyecto ya no está configurado.</translation>
    </message>
    <message>
        <source>The request lacks the path parameter &quot;%1&quot;.</source>
        <translation>A la solicitud le falta el parámetro de ruta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1: %2</source>
        <translation>el JSON está dañado en el byte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>sin datos durante %n segundo</numerusform>
            <numerusform>sin datos durante %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>una respuesta de más de %n MB, que la consola no lee</numerusform>
            <numerusform>una respuesta de más de %n MB, que la consola no lee</numerusform>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>senders</source>
        <translation>remitentes</translation>
    </message>
    <message>
        <source>No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.</source>
        <translation>Aún no hay remitentes de WhatsApp en este proyecto. Registre un número de teléfono como remitente para empezar a enviar.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>plantillas</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>flujos</translation>
    </message>
    <message>
        <source>No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.</source>
        <translation>No hay flujos de WhatsApp en esta cuenta. Los flujos se crean en WhatsApp Manager y aparecen aquí cuando se publican.</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>App del partner</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>App del propietario</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>solutions</source>
        <translation>soluciones</translation>
    </message>
    <message>
        <source>No multi-partner solutions. A solution appears here once a partner shares it with this project.</source>
        <translation>No hay soluciones multipartner. Una solución aparece aquí cuando un partner la comparte con este proyecto.</translation>
    </message>
    <message>
        <source>Plus friend ID</source>
        <translation>ID de Plus Friend</translation>
    </message>
    <message>
        <source>No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.</source>
        <translation>Aún no hay remitentes de KakaoTalk. Registre un canal de KakaoTalk (ID de Plus Friend) como remitente para empezar.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>El servidor no mostró categorías de remitente. Actualice (F5) para volver a pedirlas.</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Actividad de la cuenta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>No RCS account activity yet. Comments and review events appear here.</source>
        <translation>Aún no hay actividad de la cuenta RCS. Aquí aparecen los comentarios y los eventos de revisión.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>No RCS senders yet. Create an RCS agent, fill its launch questionnaire and launch it per country.</source>
        <translation>Aún no hay remitentes RCS. Cree un agente RCS, complete su cuestionario de lanzamiento y láncelo por país.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>Upscales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>Remitente RCS</translation>
    </message>
    <message>
        <source>upscales</source>
        <translation>upscales</translation>
    </message>
    <message>
        <source>No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.</source>
        <translation>No hay upscales. Un upscale envía RCS a los usuarios de un número de SMS una vez lanzado su remitente.</translation>
    </message>
    <message>
        <source>Upscale senders</source>
        <translation>Remitentes para upscale</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Con upscale</translation>
    </message>
    <message>
        <source>No senders can be upscaled yet. Launched RCS senders appear here.</source>
        <translation>Aún no hay remitentes que admitan upscale. Aquí aparecen los remitentes RCS lanzados.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Activadores</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>webhooks</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to get callbacks when templates and senders change state.</source>
        <translation>Aún no hay webhooks. Agregue uno para recibir callbacks cuando las plantillas y los remitentes cambien de estado.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation>Este proyecto aún no tiene cuenta de WhatsApp.
Cree una con el nombre legal de la empresa y su ID de Meta Business Manager; luego Meta revisa la empresa, lo que puede tardar unos días.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Cualquier cambio</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Aún no hay plantillas. Cree una (Ctrl+N)</translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation>Teléfono del administrador</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation>Este remitente aún no tiene plantillas de AlimTalk. Cree una (Ctrl+N): escriba el mensaje con #{variables}, guárdelo como borrador y envíelo a revisión de Kakao.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation>Conversation API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Cuenta de %1</translation>
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
        <translation>es la propia plantilla</translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation>%1 ya está clonada en %2 desde %3</translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation>Cancelado mientras esperaba para reenviarlo: el servidor lo había rechazado con 429 (demasiadas solicitudes), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation>Reenviando (intento %1)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation>Rechazado con 429 (demasiadas solicitudes) y no se reenvió porque se canceló la tarea: no se cambió nada.</translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation>Sigue rechazado con 429 (demasiadas solicitudes) tras %1 intentos: no se cambió nada. Vuelva a ejecutarlo más tarde.</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation>Rechazado con 429 (demasiadas solicitudes): esperando %1 s para reenviarlo.</translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation>Se perdió la respuesta (%1): puede que se haya hecho. Revise el destino antes de volver a ejecutarlo.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation>El servidor pidió ir más despacio: esperando %1 s.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>listo %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>con error %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>no realizado %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>desconocido %1</translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation>pendiente %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>cancelado %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>finalizado %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation>Iniciado %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>%n solicitud reenviada después de que el servidor respondiera 429 (demasiadas solicitudes, no procesada).</numerusform>
            <numerusform>%n solicitudes reenviadas después de que el servidor respondiera 429 (demasiadas solicitudes, no procesadas).</numerusform>
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
        <translation>Ingrese el secreto de la clave: un secreto vacío no se guarda.</translation>
    </message>
    <message>
        <source>No key secret is stored for this project. Enter it in the project&apos;s settings.</source>
        <translation>No hay ningún secreto de clave guardado para este proyecto. Ingréselo en la configuración del proyecto.</translation>
    </message>
    <message>
        <source>The keychain could not store the key secret (%1). Try again, or check the keychain application.</source>
        <translation>El llavero no pudo guardar el secreto de la clave (%1). Vuelva a intentarlo o revise la aplicación del llavero.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.</source>
        <translation>Se denegó el acceso al llavero, así que el secreto de la clave solo se conserva hasta que se cierre la consola. Permita que la consola use el llavero para conservarlo entre sesiones.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.</source>
        <translation>Se denegó el acceso al llavero, así que no se pudo leer el secreto de la clave. Permita que la consola use el llavero o vuelva a ingresar el secreto de la clave.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret stored there was not removed.</source>
        <translation>Se denegó el acceso al llavero, así que no se quitó el secreto de la clave guardado ahí.</translation>
    </message>
    <message>
        <source>The keychain could not read the key secret (%1). Try again, or enter the key secret again.</source>
        <translation>El llavero no pudo leer el secreto de la clave (%1). Vuelva a intentarlo o vuelva a ingresar el secreto de la clave.</translation>
    </message>
    <message>
        <source>The keychain could not remove the key secret (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain application.</source>
        <translation>El llavero no pudo quitar el secreto de la clave (%1). Quite la entrada &quot;%2&quot; de &quot;%3&quot; en la aplicación del llavero.</translation>
    </message>
    <message>
        <source>The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.</source>
        <translation>El secreto de la clave solo se conserva hasta que se cierre la consola, porque no hay ningún llavero disponible. Instale y desbloquee GNOME Keyring o KWallet y vuelva a ingresar el secreto para conservarlo entre sesiones.</translation>
    </message>
    <message>
        <source>The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.</source>
        <translation>No se puede leer el secreto de la clave porque no hay ningún llavero disponible. Vuelva a ingresar el secreto de la clave; se conserva hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.</source>
        <translation>Se quitó el secreto de la clave de la memoria. No hay ningún llavero disponible, así que no se pudo quitar un secreto guardado ahí en una sesión anterior.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.</source>
        <translation>No hay ningún llavero disponible (%1). Los secretos de clave solo se conservan hasta que se cierre la consola; instale y desbloquee GNOME Keyring o KWallet para conservarlos entre sesiones.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportApplier</name>
    <message>
        <source>Not connected to the project.</source>
        <translation>No hay conexión con el proyecto.</translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation>Los borradores locales necesitan un proyecto agregado a la consola (sus borradores le pertenecen).</translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation>Plantilla de WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation>Plantilla de KakaoTalk</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation>Idéntica, omitir</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation>El proyecto de destino no tiene el remitente de KakaoTalk %1: regístrelo allí primero y vuelva a planificar.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation>Plantillas de WhatsApp</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Remitentes de KakaoTalk</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation>Plantillas de KakaoTalk de %1</translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation>Cancelado antes de completar el plan.</translation>
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
        <translation>%1 — %2 por %3</translation>
    </message>
</context>
<context>
    <name>sinch::InboxSync</name>
    <message>
        <source>WhatsApp account</source>
        <translation>Cuenta de WhatsApp</translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation>Cuenta de RCS</translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>%n resultado de revisión</numerusform>
            <numerusform>%n resultados de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation>Resultado de la revisión: %1</translation>
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
        <translation>Ingrese un nombre visible para el proyecto.</translation>
    </message>
    <message>
        <source>Enter the project ID. The Sinch Customer Dashboard shows it beside the project&apos;s name.</source>
        <translation>Ingrese el ID del proyecto. El Sinch Customer Dashboard lo muestra junto al nombre del proyecto.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the project ID.</source>
        <translation>Quite los espacios o saltos de línea del ID del proyecto.</translation>
    </message>
    <message>
        <source>Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys.</source>
        <translation>Ingrese el ID de la clave. El Sinch Customer Dashboard lo muestra en Access Keys.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the key ID.</source>
        <translation>Quite los espacios o saltos de línea del ID de la clave.</translation>
    </message>
    <message>
        <source>Enter a base URL that starts with https:// and names a host, for example %1.</source>
        <translation>Ingrese una URL base que empiece por https:// e indique un host, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL: the key ID and key secret have their own fields.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL base: el ID y el secreto de la clave tienen sus propios campos.</translation>
    </message>
    <message>
        <source>Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Use https en la URL base: http simple solo se permite para el sandbox local (127.0.0.1, localhost o ::1), no para %1.</translation>
    </message>
    <message>
        <source>Enter a token URL that starts with https:// and names a host, for example %1.</source>
        <translation>Ingrese una URL de token que empiece por https:// e indique un host, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL: the key ID and key secret have their own fields.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL de token: el ID y el secreto de la clave tienen sus propios campos.</translation>
    </message>
    <message>
        <source>Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Use https en la URL de token: http simple solo se permite para el sandbox local (127.0.0.1, localhost o ::1), no para %1.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project&apos;s name.</source>
        <translation>El ID de proyecto &quot;%1&quot; no parece un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Compruebe que copió el ID del proyecto y no su nombre.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.</source>
        <translation>El ID de clave &quot;%1&quot; no parece un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Compruebe que copió el ID de la clave y no el secreto.</translation>
    </message>
    <message>
        <source>Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.</source>
        <translation>Use https en la URL de Conversation API: http simple solo se permite para el sandbox local, no para %1.</translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation>Elija la región de Conversation API (EU o US) o ingrese una URL que empiece por https:// e indique un host.</translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation>La carpeta contiene la exportación del proyecto %1: exporte %2 a otra carpeta.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>No se puede crear la carpeta.</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>Actividades de %1</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operación: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Attempt: %1, %2 ms</source>
        <translation>Intento: %1, %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Cuerpo de la solicitud:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Cuerpo de la respuesta:</translation>
    </message>
    <message>
        <source>Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).</source>
        <translation>Los cuerpos se guardan para las solicitudes fallidas (para todas con la regla de registro sinch.api.debug=true).</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1, incompleta</translation>
    </message>
    <message>
        <source>%1 (its headers came; the answer did not, whole)</source>
        <translation>%1 (llegaron las cabeceras; la respuesta no llegó entera)</translation>
    </message>
</context>
<context>
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation>El remitente está en un estado que esta consola no conoce (%1): consulte su actividad para ver qué pasó.</translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation>El número ya es un remitente de WhatsApp en otro lugar: quítelo de allí o use otro número.</translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation>El número nunca se verificó: vuelva a registrarlo e ingrese el código.</translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation>La cuenta de WhatsApp Business pertenece a otro proyecto: use ese proyecto o pida al soporte de Sinch que la mueva.</translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation>Meta no ha verificado la empresa: complete la verificación de la empresa en el Business Manager de Meta.</translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation>El remitente se eliminó en Meta: vuelva a crearlo.</translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation>Falló la configuración del remitente (%1): contacte con el soporte de Sinch indicando el ID del remitente.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>sin código de error</translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation>Falló la configuración del remitente: &quot;%1&quot;. Contacte con el soporte de Sinch indicando el ID del remitente.</translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation>Meta rechazó los cambios sin indicar motivo: edítelos y vuelva a enviarlos, o descártelos.</translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation>Meta rechazó los cambios: &quot;%1&quot; Edítelos para cumplir esa regla y vuelva a enviarlos, o descártelos.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation>Ingrese el código de 6 dígitos enviado a %1.</translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation>Solicite un código de verificación para %1: Meta lo envía por SMS o llamada de voz.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation>No hay nada que hacer: Meta está revisando el remitente; esta página sigue la revisión.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation>Envíe los cambios en borrador a revisión de Meta o descártelos.</translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation>El remitente está inactivo: vuelva a registrar %1 e ingrese el nuevo código.</translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation>Meta suspendió el remitente: revise su calificación de calidad y contacte con el soporte de Sinch para apelar.</translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation>No hay nada que hacer: el remitente está activo.</translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation>Kakao rechazó los cambios: compruebe que el nombre, las categorías y el logotipo coincidan con el canal de KakaoTalk y vuelva a enviarlos o descártelos.</translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation>Ingrese el token que Kakao envió al teléfono del administrador %1.</translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation>Solicite un token: Kakao lo envía al teléfono del administrador %1.</translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation>No hay nada que hacer: Kakao está revisando el remitente; esta página sigue la revisión.</translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation>Envíe el remitente a revisión de Kakao o descarte el borrador.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation>Envíe los cambios en borrador a revisión de Kakao o descártelos.</translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation>El remitente está inactivo: solicite un token para el teléfono del administrador %1 para reactivarlo.</translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation>Kakao bloqueó el canal de KakaoTalk: el propietario del canal debe resolverlo con Kakao.</translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation>Kakao suspendió el remitente: contacte con el soporte de Sinch.</translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation>Kakao no aceptó este token. Revise los dígitos del último token enviado a %1 y vuelva a escribirlos, o solicite un token nuevo.</translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation>Este remitente no está esperando un token: solicite un token primero.</translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation>Este remitente ya está verificado y activo: no necesita token.</translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation>Ese no es el código que Meta envió a %1. Revise los 6 dígitos del último SMS o llamada y vuelva a escribirlos; tras varios códigos incorrectos, el código se anula y se rechazan nuevos durante un tiempo.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation>Se ingresaron demasiados códigos incorrectos para %1, así que Meta anuló el código y por ahora rechaza nuevos. Espere unas horas y vuelva a registrarse para obtener un código nuevo; si sigue rechazándose, pida al soporte de Sinch que revise el número con Meta.</translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation>No hay ningún código válido que comprobar: se usó, se anuló tras códigos incorrectos o nunca se solicitó. Vuelva a registrarse para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation>Se solicitó un código hace un momento: espere un minuto a que llegue antes de pedir otro.</translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation>Este número ya está registrado y verificado: no necesita un código nuevo.</translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation>Solo se puede solicitar un código mientras el remitente espera la verificación o está inactivo.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Aún no activo</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation>Clonar en %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportar a %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 no es un JSON válido: %2 en el carácter %3.</translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation>%1 no contiene ninguna plantilla: se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation>%1 no parece una plantilla de WhatsApp: no tiene &quot;name&quot; ni &quot;details&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation>%1: &quot;details.components&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Button clicks</source>
        <translation>Clics en botones</translation>
    </message>
</context>
<context>
    <name>sinch::TemplatePathWords</name>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Allow category change</source>
        <translation>Permitir cambio de categoría</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Tiempo de vida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation>El código caduca tras (minutos)</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Code button</source>
        <translation>Botón del código</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texto de autocompletado</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Paquete de Android</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>Hash de firma de la app</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Acción del flow</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Primera pantalla</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
    </message>
</context>
<context>
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation>{{1}} en el encabezado</translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation>{{%1}} en el cuerpo</translation>
    </message>
</context>
<context>
    <name>sinch::TokenProvider</name>
    <message>
        <source>The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.</source>
        <translation>El servicio de tokens rechazó la clave. Revise el ID y el secreto de la clave o cambie el proyecto a autenticación básica.</translation>
    </message>
    <message>
        <source>the token answer has no access_token or expires_in</source>
        <translation>la respuesta del token no tiene access_token ni expires_in</translation>
    </message>
</context>
<context>
    <name>sinch::app</name>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 acepta %2, no &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Vuelve a crear las plantillas y los webhooks de una exportación de proyecto en otro proyecto: primero el plan (crear, idéntica, conflicto con sus diferencias) y luego, sin --dry-run, los cambios. Las plantillas se crean como borradores en el servidor y nunca se envían; con --as-drafts pasan a ser borradores locales de la consola. Cada webhook nuevo pida su secreto (una respuesta vacía, o sin terminal, genera uno que se muestra una sola vez).
El secreto de la clave se toma de SINCH_KEY_SECRET o del llavero.</translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Exporta todos los recursos legibles de un proyecto (cuenta de WhatsApp, remitentes, plantillas, flujos, remitentes y plantillas de KakaoTalk, remitentes RCS, webhooks, actividades) como archivos JSON con un manifest.json; al volver a ejecutarlo solo se reescribe lo que cambió. No se escribe ningún secreto ni token.
El secreto de la clave se toma de SINCH_KEY_SECRET o del llavero.</translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation>El proyecto: un nombre, el ID de proyecto de Sinch o el ID local de la lista de la consola; con --key-id, el ID de proyecto de Sinch.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>La carpeta a la que se exporta.</translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation>Muestra el plan sin cambiar nada.</translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation>Convierte las plantillas en borradores locales de la consola (para enviarlas desde el editor).</translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation>Aplica también los conflictos: el contenido de la exportación reemplaza el del proyecto.</translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation>La dirección de la API (con --key-id).</translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation>La dirección del token OAuth2 (con --key-id).</translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation>El ID de la clave de acceso: el proyecto se toma de las opciones.</translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation>oauth2 (predeterminado) o basic.</translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation>La carpeta de una exportación de proyecto.</translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation>--project es obligatorio: el nombre o ID del proyecto</translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation>import acepta una carpeta, la exportación que se importará</translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation>export no acepta más palabras: la carpeta se indica con --out</translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation>--out es obligatorio: la carpeta a la que se exporta</translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation>--base-url, --token-url y --auth necesitan --key-id (un proyecto indicado por las opciones)</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation>--%1 acepta una dirección http(s), no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation>--auth acepta oauth2 o basic, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n plantilla, %1</numerusform>
            <numerusform>%n plantillas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation>Imprime todas las plantillas de WhatsApp de un proyecto como vista previa de teléfono en una hoja de contactos PDF, con índice.
El secreto de la clave se toma de la variable de entorno %1 o, si no, del llavero.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation>Solo plantillas en este estado (repite la opción o separe los estados con comas).</translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation>Solo plantillas de esta categoría.</translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation>Solo plantillas en este idioma (p. ej., EN_US, KO).</translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation>Páginas y vistas previas oscuras.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation>&quot;%1&quot; inesperado (consulte --help)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>indique el PDF que se escribirá con -o FILE.pdf</translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation>no se pueden leer las plantillas de %1: %2</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Plantillas de WhatsApp</translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation> · solo %1</translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation>%1: %2 plantillas, %3 páginas (leídas en %4 ms, dibujadas en %5 ms)
</translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation>El proyecto: el ID de proyecto de Sinch, el nombre o el ID local de un proyecto configurado; con --key-id y --base-url, cualquier ID de proyecto.</translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation>El ID de la clave de acceso (un proyecto no configurado en la consola).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation>La dirección de la API (predeterminada: la configurada o, si no, la de Sinch).</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation>El endpoint de tokens OAuth2 (predeterminado: el de Sinch).</translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation>basic u oauth2 (predeterminado: oauth2).</translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation>indique el proyecto con --project ID</translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation>--auth es basic u oauth2, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation>ningún proyecto configurado es &quot;%1&quot;; agréguelo en la consola o indique --key-id (y --base-url) para acceder sin configurarlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation>&quot;%1&quot; coincide con %2 proyectos configurados: use el ID de proyecto de Sinch</translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation>no hay secreto de clave para %1%2: defina %3 o guarde el secreto del proyecto en la consola (nunca se toma un secreto de una opción)</translation>
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
        <translation>Es %1; Sinch acepta %2.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation>Mide %1 × %2 píxeles; debe medir exactamente %3 × %4.</translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation>Pesa %1; se permite como máximo %2.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
    <message>
        <source>sinch-console lint: unknown option %1</source>
        <translation>sinch-console lint: opción desconocida %1</translation>
    </message>
    <message>
        <source>sinch-console lint: name at least one template JSON file</source>
        <translation>sinch-console lint: indique al menos un archivo JSON de plantilla</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>no es un objeto JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>sinch-console lint: --channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>sinch-console lint: --channel es whatsapp o kakaotalk, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Uso: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Valida archivos JSON de plantillas de WhatsApp y KakaoTalk (con la forma de la solicitud de creación de la API);
el canal se deduce de los campos de cada archivo, salvo que --channel lo indique.
Código de salida: 0 sin errores, 1 se encontraron errores, 2 entrada ilegible.
</translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation>Elija el %1: no se puede cambiar una vez que existe el remitente.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation>“%1” no es un %2 que la API conozca; elija uno de %3.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>El %1 tiene %2 caracteres; acórtelo a %3 como máximo.</translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation>El %1 no es una dirección web; escríbala completa, p. ej., https://example.com/page.</translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation>El %1 es %2; use una imagen JPEG o PNG.</translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation>Ingrese el número de teléfono o quite esta fila.</translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation>Agregue al menos %1 entrada aquí o no incluya la lista.</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation>Aquí se permiten como máximo %1 entradas; quite %2.</translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation>Póngale a este contacto una etiqueta visible, p. ej., “Atención al cliente”.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation>Ingrese el %1 o quite esta fila.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>No es una dirección de correo electrónico; escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation>Esta entrada ya está en la lista de arriba; cada una debe ser distinta.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>nombre de la marca</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button.</source>
        <translation>Escriba el color como código hexadecimal, p. ej., #1A73E8, o elíjalo con el botón Elegir…</translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation>El texto blanco sobre este color tiene un contraste de %1:1; se lee mejor a partir de %2:1. Elija un color más oscuro.</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>URL de la política de privacidad</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL de las condiciones del servicio</translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation>Elija al menos un país donde se lanzará el remitente.</translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation>Los remitentes RCS no pueden lanzarse en “%1”; elija uno de %2.</translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation>%1 está elegido dos veces; quite uno.</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation>Se permiten como máximo %1 números de prueba; quite %2.</translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation>Escriba el número de prueba en E.164: + y el código de país, luego el número (p. ej., +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation>%1 aparece dos veces; quite uno.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>billing category</source>
        <translation>categoría de facturación</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>caso de uso</translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +442071234567).</source>
        <translation>Escriba el número con %1 a %2 dígitos sin prefijo de país ni separadores (p. ej., 2071234567), o en E.164 con el prefijo de país (p. ej., +442071234567).</translation>
    </message>
    <message>
        <source>At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).</source>
        <translation>Como máximo %1 caracteres; este tiene %2. Quite los espacios y guiones (p. ej., +442071234567).</translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Categoría de la empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Segundo sitio web</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation>URL de la foto de perfil</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation>Número proporcionado por</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation>Almacenamiento local de Meta</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>ID de búsqueda</translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation>Número de teléfono del administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL del logotipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation>Categoría (segundo nivel)</translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation>Categoría (tercer nivel)</translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation>Elija la categoría hasta su tercer nivel.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1 necesita al menos %n carácter.</numerusform>
            <numerusform>%1 necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” no es uno de %3.</translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation>%1 no es una dirección de correo electrónico: escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation>%1 no es una dirección web: escríbala completa, p. ej., https://example.com.</translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation>%1: solo dígitos, con el código de país y un + inicial opcional, p. ej., +821012345678.</translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation>%1: solo dígitos, sin código de país, espacios ni guiones.</translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation>%1: el código de llamada del país en dígitos, sin + (49 para Alemania, 44 para el Reino Unido).</translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation>%1: el código debe tener exactamente %2 dígitos.</translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation>%1: la dirección no indica el tipo de la imagen; debe ser uno de %2.</translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation>%1: un archivo %2; la imagen debe ser uno de %3.</translation>
    </message>
    <message>
        <source>%1 is required with your own number: WhatsApp sends the verification code to it.</source>
        <translation>%1 es obligatorio con su propio número: WhatsApp envía allí el código de verificación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1 solo tiene %n dígito; con el código de país un número de teléfono tiene al menos 8, p. ej. +821012345678.</numerusform>
            <numerusform>%1 solo tiene %n dígitos; con el código de país un número de teléfono tiene al menos 8, p. ej. +821012345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>El archivo PNG que se escribirá.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Usa el tema oscuro.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 0.5 to 4 (default 1).</source>
        <translation>Píxeles por píxel lógico, de 0.5 a 4 (predeterminado: 1).</translation>
    </message>
    <message>
        <source>The template, as JSON (the API&apos;s create request).</source>
        <translation>La plantilla, como JSON (la solicitud de creación de la API).</translation>
    </message>
    <message>
        <source>give one template file (see --help)</source>
        <translation>indique un archivo de plantilla (consulte --help)</translation>
    </message>
    <message>
        <source>give the PNG to write with -o OUT.png</source>
        <translation>indique el PNG que se escribirá con -o OUT.png</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, not &quot;%1&quot;</source>
        <translation>--scale acepta un número de 0.5 a 4, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>internal error: rendering needs a QGuiApplication</source>
        <translation>error interno: el renderizado necesita una QGuiApplication</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 no es un JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <source>%1 is not a template: expected a JSON object</source>
        <translation>%1 no es una plantilla: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2×%3 px, %4 findings marked (%5 errors)
</source>
        <translation>%1: %2×%3 px, %4 observaciones marcadas (%5 errores)
</translation>
    </message>
    <message>
        <source>Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.
The channel is told from the file&apos;s fields unless --channel names it.</source>
        <translation>Renderiza una plantilla de WhatsApp o KakaoTalk (AlimTalk) como la muestra el teléfono y escribe un PNG.
El canal se deduce de los campos del archivo, salvo que --channel lo indique.</translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation>Muestra las variables ({{n}}, #{name}) en lugar de los ejemplos.</translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation>Renderiza como plantilla de este canal: whatsapp o kakaotalk.</translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation>KakaoTalk: el ejemplo que se muestra para #{NAME} (repite para cada variable).</translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation>KakaoTalk: el nombre del canal que se muestra sobre el mensaje.</translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>--channel es whatsapp o kakaotalk, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--example acepta NAME=VALUE, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation>Creada mediante Embedded Signup</translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation>Análisis de plantillas</translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation>Regiones de Conversation API</translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation>Ubicación principal de la empresa</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Nombre legal de la empresa</translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation>ID de Meta Business Manager</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation>Nuevo nombre legal de la empresa</translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation>Nuevo ID de Business Manager</translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation>Activado: se recopilan las estadísticas de plantillas de Meta</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountPage</name>
    <message>
        <source>&amp;Create account…</source>
        <translation>&amp;Crear cuenta…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation>Activar &amp;análisis de plantillas…</translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation>Activar análisis de plantillas</translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation>&amp;Token de acceso de larga duración…</translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation>Crear token de acceso de larga duración</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>Mostrar &amp;JSON</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation>Ingrese el nombre legal de la empresa y el ID de Meta Business Manager para la revisión de Meta</translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation>Muestra la cuenta tal como la envió el servidor</translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation>Pide a Meta que recopile estadísticas de plantillas (enviados, entregados, leídos, clics)</translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation>Intercambia un token de Embedded Signup por uno de larga duración o busca las WABA a las que da acceso</translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation>Cuenta como JSON</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>Ocultar &amp;JSON</translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation>Ocultar JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Elija primero un proyecto.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Elija un proyecto para ver su actividad.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation>Corrija los datos que Meta rechazó y vuelva a enviarlos a revisión</translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation>Meta solo acepta cambios de una cuenta rechazada; esta está: %1</translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation>El análisis de plantillas ya está activado</translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation>Meta ofrece el análisis de plantillas una vez incorporada la cuenta</translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation>Nombre &amp;legal de la empresa:</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Nombre legal de la empresa</translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation>Tal como aparece en el Business Manager de Meta</translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation>Debe coincidir exactamente con el nombre de la empresa en Meta Business Manager.</translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation>ID de Meta &amp;Business Manager:</translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation>ID de Business Manager</translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation>p. ej., 104857600123456</translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation>En Meta Business Manager: Configuración del negocio &gt; Información del negocio.</translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation>Dejar que Sinch elija</translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation>Business &amp;Manager de Sinch:</translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation>Business Manager de Sinch</translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation>La empresa de Sinch que incorpora la cuenta; no se puede cambiar después.</translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation>Nueva cuenta de WhatsApp</translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation>Corregir los datos de la cuenta</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation>Crea la cuenta; Meta la revisa (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation>Envía los datos corregidos a revisión de Meta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation>No cambió nada: corrija primero un campo.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation>Enviando los datos…</translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation>Cuenta creada. Meta revisa la empresa; su estado se muestra aquí.</translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation>Datos enviados a revisión de Meta.</translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation>¿Pedir a Meta que recopile análisis de las plantillas de esta cuenta?

Meta contará cuántas veces se envía, entrega y lee cada plantilla y cuántas veces se hace clic en sus botones; la lista de plantillas muestra las cifras. No se puede desactivar aquí.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation>Activando el análisis de plantillas…</translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation>El análisis de plantillas está activado: Meta lo recopila a partir de ahora.</translation>
    </message>
    <message>
        <source>The account could not be read. See the message above.</source>
        <translation>No se pudo leer la cuenta. Consulte el mensaje de arriba.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityDelegate</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityFeedView</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation>Actividad, más reciente primero</translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation>Comentarios que se están publicando</translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation>Volver a leer la actividad</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Actualizar actividad</translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation>Elija un elemento para ver su actividad.</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>Cargando actividad…</translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation>No se pudo leer la actividad. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation>Aún no hay actividad. Aquí aparecen los comentarios, las ediciones y los pasos de revisión.</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Actividad de %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>Usted · enviando…</translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation>No se publicó el comentario: %1 Se devolvió al cuadro; vuelva a publicarlo cuando quiera.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AddProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>Agregar proyecto</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>e.g. Shop production</source>
        <translation>p. ej., Tienda producción</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>from the Sinch dashboard, Settings → Projects</source>
        <translation>del panel de Sinch, Settings → Projects</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>ID de la clave de acceso</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Secreto de la clave</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>se muestra una vez al crear la clave</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar secreto</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Muestra u oculta el secreto</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>OAuth 2.0 (recommended)</source>
        <translation>OAuth 2.0 (recomendado)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básica</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID del &amp;proyecto:</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>ID de la &amp;clave:</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>&amp;Secreto de la clave:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configuración avanzada</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Problems with the entered values</source>
        <translation>Problemas con los valores ingresados</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Probando</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Probar y guardar</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Probar y guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>enter the key secret</source>
        <translation>ingrese el secreto de la clave</translation>
    </message>
    <message>
        <source>leave empty to keep the current secret</source>
        <translation>déjelo vacío para conservar el secreto actual</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>Ingrese el secreto de la clave.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Probando la clave con %1…</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>La clave funciona. Guardando…</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>No se pudo guardar el proyecto: %1</translation>
    </message>
    <message>
        <source>Conversation API region</source>
        <translation>Región de Conversation API</translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation>Dónde están las apps de Conversation API del proyecto: allí van las listas de apps y los envíos de prueba</translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation>&amp;Región de Conversation:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Otra (%1)</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>The new project</source>
        <translation>El proyecto nuevo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>KakaoTalk channel</source>
        <translation>Canal de KakaoTalk</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation>Llegó un AlimTalk</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation>Mensaje de seguridad: solo se muestra en el dispositivo principal</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation>Agrega este canal para recibir sus anuncios y mensajes de marketing en KakaoTalk.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Botón: %1</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Enviado el %1</translation>
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
        <translation>Muestra las variables como #{name} en lugar de sus ejemplos</translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation>Vista previa de AlimTalk</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrar %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nada coincide con “%1”. Borre el filtro (Esc) para ver los %2.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Elija un proyecto para ver sus %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Elija un proyecto para ver su actividad.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BodyPart</name>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation>Agregar texto del cuerpo</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Agregar cuerpo</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation>WhatsApp escribe por sí mismo el texto de un mensaje de autenticación.</translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation>Agregar la recomendación de seguridad (&quot;No compartas este código&quot;)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto del cuerpo</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Monoespaciado</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation>Inserta una variable en el cursor (Ctrl+Shift+V)</translation>
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
            <numerusform>Clonar %n plantilla</numerusform>
            <numerusform>Clonar %n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Proyecto de destino</translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation>%1 (este proyecto)</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>Idiomas de destino</translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation>Marque los idiomas en los que clonar; si no marca ninguno, cada plantilla conserva su idioma</translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation>&amp;Enviar los clones a revisión (si no, quedan como borradores)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation>Proyecto de &amp;destino:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation>T&amp;raducciones (cada texto de un clon en otro idioma; edite la columna Traducción):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Clonar</translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation>El %1 de %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%n clon en %1.</numerusform>
            <numerusform>%n clones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Omitidos: %1.</translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation>No hay nada que clonar: elija otro proyecto o marque un idioma</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>C&amp;ancel job</source>
        <translation>C&amp;ancelar tarea</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar &amp;informe</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Finalizado. %1</translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation>Revise en el servidor los elementos marcados como Desconocido antes de volver a ejecutarlos.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation>Cancelando: esperando respuesta a las solicitudes ya enviadas…</translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation>El servidor pidió ir más despacio (429): esperando antes de volver a enviar. %1</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>En curso… %1</translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation>No inicia nada nuevo; lo ya enviado termina y se informa</translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation>La tarea no está en curso</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation>Nombre del paquete</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation>Crear un subproyecto</translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation>Crear una app de SMS</translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation>Crear una app de Conversation API</translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation>Nombre de la app de Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Política de retención</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Días de retención</translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation>Da nombre al subproyecto y a las apps, salvo que tengan uno propio</translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation>El nombre del paquete si está vacío</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation>Nombre d&amp;e la app</translation>
    </message>
    <message>
        <source>Processing &amp;mode</source>
        <translation>&amp;Modo de procesamiento</translation>
    </message>
    <message>
        <source>Retention p&amp;olicy</source>
        <translation>Po&amp;lítica de retención</translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation>&amp;Tiempo de retención</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>De %1 a %2 días</translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation>Elija al menos una cosa que cree el paquete.</translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation>Ingrese un nombre: el subproyecto y las apps toman el nombre del paquete.</translation>
    </message>
    <message>
        <source>Brazil (BR)</source>
        <translation>Brasil (BR)</translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation>Europa (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Estados Unidos (US)</translation>
    </message>
    <message>
        <source>Where the resources are created</source>
        <translation>Dónde se crean los recursos</translation>
    </message>
    <message>
        <source>Choose a region: the bundle&apos;s subproject and apps are created there.</source>
        <translation>Elija una región: allí se crean el subproyecto y las aplicaciones del paquete.</translation>
    </message>
    <message>
        <source>Also names the subproject and apps</source>
        <translation>También da nombre al subproyecto y a las apps</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 tiene %2 caracteres; el máximo es %3.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copiar valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Subproject</source>
        <translation>Subproyecto</translation>
    </message>
    <message>
        <source>Parent project ID</source>
        <translation>ID del proyecto principal</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SMS app</source>
        <translation>App de SMS</translation>
    </message>
    <message>
        <source>SMS service ID</source>
        <translation>ID del servicio SMS</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Tokens de acceso</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App de Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Política de retención</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Días conservados</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <source>Webhooks told it is done</source>
        <translation>Webhooks avisados de que terminó</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID del webhook</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation>Crear paquete</translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation>Mostrar paquete</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>ID del paquete</translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation>Detalles del paquete</translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation>Cree un paquete o ingrese el ID de un paquete y presione Intro.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>This form has created a bundle: change a field to create another.</source>
        <translation>Este formulario ya ha creado un paquete: cambie un campo para crear otro.</translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show bundle reads its state again. To create another, change the form first.</source>
        <translation>Paquete creado (%1). Puede que el servidor aún esté creando sus partes: «Mostrar paquete» vuelve a leer su estado. Para crear otro, cambie antes el formulario.</translation>
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
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Choose a flow</source>
        <translation>Elegir un flujo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Button %1 </source>
        <translation>Botón %1 </translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation>Botón %1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Up to 25 characters</source>
        <translation>Hasta 25 caracteres</translation>
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
        <translation>URL de ejemplo:</translation>
    </message>
    <message>
        <source>example URL</source>
        <translation>URL de ejemplo</translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation>Necesario si la URL termina con {{1}}</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation>Autocompletar con un toque</translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation>Cero toques</translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation>&amp;Entrega del código:</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Tipo de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation>Texto de autocompletar:</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texto de autocompletar</translation>
    </message>
    <message>
        <source>App package:</source>
        <translation>Paquete de la app:</translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation>Nombre del paquete de la app compatible</translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation>com.example.app</translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation>Hash de firma:</translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation>Hash de firma de la app compatible</translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation>Acepto las condiciones del servicio de cero toques</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;lujo:</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Navegar a una pantalla</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Acción del flujo</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Pantalla:</translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation>Pantalla del flujo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Quitar botón</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Quitar botón %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation>Aún no hay botones. Agregue hasta 10; las respuestas rápidas van juntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>%n botón. Selecciónelo en el esquema para editarlo; arrastre o use Alt+Arriba/Abajo para reordenar.</numerusform>
            <numerusform>%n botones. Seleccione uno en el esquema para editarlo; arrastre o use Alt+Arriba/Abajo para reordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation>Quitar todos los botones</translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation>Quitar botones</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Tarjeta %1 de %2</translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation>Las tarjetas tienen estructuras distintas; WhatsApp necesita que sean iguales.</translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation>Aplicar la estructura de esta tarjeta a todas</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Multimedia:</translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation>Formato multimedia de la tarjeta %1</translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation>URL del contenido:</translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation>URL del contenido de la tarjeta %1</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation>Texto de la tarjeta %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Quitar botón %1</translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation>Quitar el botón %1 de la tarjeta %2</translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation>Quitar botón de tarjeta</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplicar tarjeta</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>Quitar tarjeta %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation>No es un carrusel. Un carrusel muestra de 1 a 10 tarjetas después del cuerpo, cada una con contenido multimedia, texto y botones.</translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation>Convertir en carrusel</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>%n tarjeta. Todas las tarjetas tienen el mismo formato de encabezado y botones.</numerusform>
            <numerusform>%n tarjetas. Todas las tarjetas tienen el mismo formato de encabezado y botones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Agregar tarjeta</translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation>Quitar carrusel</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportAction</name>
    <message>
        <source>Export &amp;catalogue…</source>
        <translation>Exportar &amp;catálogo…</translation>
    </message>
    <message>
        <source>Print the current project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>Imprime las plantillas de WhatsApp del proyecto actual como vistas previas en una hoja de contactos PDF</translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation>Elija primero un proyecto que esté listo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Exportar catálogo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Páginas:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation>%1 plantillas.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation>Todas las plantillas de %1 que coinciden con los filtros, una vista previa de teléfono por cada una, con índice por nombre.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation>Elija primero el archivo PDF que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation>Leyendo plantillas… %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation>No se pudieron leer las plantillas: %1 Vuelva a intentarlo o revise la configuración del proyecto.</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Leyendo plantillas…</translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation>Ninguna plantilla coincide con estos filtros: no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Plantillas de WhatsApp</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n plantilla, %1</numerusform>
            <numerusform>%n plantillas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>Dibujando %n plantilla…</numerusform>
            <numerusform>Dibujando %n plantillas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation>No se pudo escribir el catálogo: %1. Elija otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>Se escribió %n plantilla en %1 páginas en %2.</numerusform>
            <numerusform>Se escribieron %n plantillas en %1 páginas en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation>− %1: antes %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
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
        <translation>Sin cambios: el mismo contenido que la versión aprobada.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Compare with approved — %1</source>
        <translation>Comparar con la aprobada — %1</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Versión aprobada</translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation>Los cambios pendientes (%1) tienen el mismo contenido que la versión aprobada.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>%n línea solo en la versión aprobada (−), </numerusform>
            <numerusform>%n líneas solo en la versión aprobada (−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>%n línea solo en los cambios pendientes (+).</numerusform>
            <numerusform>%n líneas solo en los cambios pendientes (+).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>&amp;Campos cambiados:</translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation>Solo en los cambios pendientes</translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation>Solo en la versión aprobada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aprobada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Cambios pendientes&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation>Ingrese el ID de una app de Conversation para ver su canal de %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation>Esta app no tiene canal de %1.</translation>
    </message>
    <message>
        <source>No such app.</source>
        <translation>No existe esa app.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Global brand page</source>
        <translation>Página global de la marca</translation>
    </message>
    <message>
        <source>Can join groups</source>
        <translation>Puede unirse a grupos</translation>
    </message>
    <message>
        <source>Reads all group messages</source>
        <translation>Lee todos los mensajes del grupo</translation>
    </message>
    <message>
        <source>Supports inline queries</source>
        <translation>Admite consultas en línea</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Suscriptores</translation>
    </message>
    <message>
        <source>Bot URI</source>
        <translation>URI del bot</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation>Mostrar canales</translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation>Canales de Conversation API</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID de la app de Conversation</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>App de &amp;Conversation</translation>
    </message>
    <message>
        <source>This project has no Conversation app with the ID “%1”. Check the ID, or choose one of the project&apos;s apps from the list.</source>
        <translation>Este proyecto no tiene ninguna app de Conversation con el ID «%1». Compruebe el ID o elija una de las apps del proyecto en la lista.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation>Publicar comentario</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation>Escriba un comentario para los revisores y su equipo (Ctrl+Intro lo publica)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n carácter de más</numerusform>
            <numerusform>%n caracteres de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Queda %n carácter</numerusform>
            <numerusform>Quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Post comment (in the comment box)</source>
        <translation>Publicar comentario (en el cuadro de comentario)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CompareDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Compare analytics</source>
        <translation>Comparar análisis</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Período</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation>Posición por tasa de bloqueo</translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation>Motivo principal de bloqueo</translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation>Error de comparación</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Block rate rank 1 is the template people block most often in this timeframe.</source>
        <translation>La posición 1 por tasa de bloqueo es la plantilla que más se bloquea en este período.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation>Filtrar por app de Conversation</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App de Conversation</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID de la app de Conversation</translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Elija una app o escriba su ID, p. ej., 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation>Leyendo las apps de Conversation del proyecto…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID de app %1</translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation>No se pudieron leer las apps (%1). Escriba el ID de la app a mano.</translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation>No se pudieron leer las apps (%1).</translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation>Escriba el ID de la app de Conversation.</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>Elija la app del proyecto (%n) o escriba un ID de app.</numerusform>
            <numerusform>Elija una de las %n apps del proyecto o escriba un ID de app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation>Muestra solo los remitentes conectados a una app de Conversation</translation>
    </message>
    <message>
        <source>The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>No se pudieron leer las apps: escriba el ID de la app, p. ej., 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
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
        <translation>%1 (cambios sin guardar)</translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation>Restaurar borradores</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Document tabs</source>
        <translation>Pestañas de documentos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n documento tiene cambios sin guardar.</numerusform>
            <numerusform>%n documentos tienen cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept as drafts, and the console offers them back when it starts again.</source>
        <translation>Se guardan como borradores y la consola los vuelve a ofrecer cuando se inicie de nuevo.</translation>
    </message>
    <message>
        <source>Keep drafts and quit</source>
        <translation>Conservar borradores y salir</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>%n documento tenía cambios sin guardar cuando la consola se cerró por última vez. ¿Abrirlo de nuevo?</numerusform>
            <numerusform>%n documentos tenían cambios sin guardar cuando la consola se cerró por última vez. ¿Abrirlos de nuevo?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 as JSON</source>
        <translation>%1 como JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Elija primero un proyecto.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Elija un proyecto para ver su actividad.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation>Cerrar documento</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Cerrarlo y perderlos?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditSession</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>No hay cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n cambio sin guardar</numerusform>
            <numerusform>%n cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation> · guardado automáticamente %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorListPage</name>
    <message>
        <source>Cancel goes back to the editor, where they are kept.</source>
        <translation>Cancelar vuelve al editor, donde se conservan.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation>Ejemplos: lo que ven los revisores en lugar de cada variable.</translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation>Ejemplo de {{1}}:</translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation>Ejemplo de la variable 1 del encabezado</translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation>Ejemplo de la variable %1</translation>
    </message>
    <message>
        <source>%1 example of variable %2</source>
        <translation>%1: ejemplo de la variable %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exportar proyecto</translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation>Escribe todos los recursos de &lt;b&gt;%1&lt;/b&gt; (%2) como archivos JSON con un manifiesto: cuenta, remitentes, plantillas, flujos, remitentes de KakaoTalk y RCS, webhooks y actividades. No se escribe ningún secreto ni token. Si vuelve a exportar a la misma carpeta, solo se reescribe lo que cambió.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation>Lo que no se pudo exportar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Leyendo el proyecto…</translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation>Leídos %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation>Cancelado. Archivos escritos antes de detenerse: %1. El manifiesto de la carpeta indica que la exportación está incompleta.</translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation>Listo en %1 s. Archivos: %2 (%3 escritos, %4 sin cambios, %5 quitados).</translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation>Partes que no se pudieron leer: %1 (abajo); el resto se escribió. Vuelva a exportar para reintentarlas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation>La exportación está en curso</translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation>Escriba o elija primero la carpeta a la que exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
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
        <translation>Elija un flujo para ver sus pantallas.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nombre del flujo</translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation>Estado del flujo</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID del flujo</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>&amp;Pantallas:</translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation>Cargando las pantallas…</translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation>Este flujo aún no tiene pantallas: agréguelas en WhatsApp Manager.</translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation>No se pudieron leer las pantallas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>%n pantalla, en el orden del flujo. Un botón de flujo que navega abre una de ellas.</numerusform>
            <numerusform>%n pantallas, en el orden del flujo. Un botón de flujo que navega abre una de ellas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Elija la carpeta en un cuadro de diálogo de archivos</translation>
    </message>
    <message>
        <source>Type a folder, or choose one with Browse</source>
        <translation>Escriba una carpeta o elija una con Examinar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation>Sin pie de página.</translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation>Agregar caducidad del código</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>Agregar pie de página</translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation>El código caduca después de (minutos)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation>El código &amp;caduca después de:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texto del pie de página</translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation>Hasta 60 caracteres, sin variables</translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation>Quitar pie de página</translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Formato del encabezado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation>Sin encabezado. Elija un formato para agregar un encabezado de texto, imagen, video, documento o ubicación.</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texto del encabezado</translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation>Hasta 60 caracteres</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variable</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation>La ubicación se elige al enviar el mensaje.</translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation>&amp;URL del contenido:</translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation>URL de ejemplo del contenido del encabezado</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation>Un archivo de ejemplo que los revisores puedan abrir: JPEG o PNG de hasta 5 MB, MP4 de hasta 16 MB, PDF de hasta 100 MB.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation>Carpeta de exportación que se importará</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>Importar desde una carpeta</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation>&amp;Secreto del webhook:</translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation>Convertir las plantillas en &amp;borradores locales (envíelas desde el editor)</translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation>Importar al proyecto</translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation>Vuelve a crear las plantillas y los webhooks de una exportación de proyecto en &lt;b&gt;%1&lt;/b&gt;. Primero planifique: nada cambia hasta que importe lo marcado. Las plantillas se crean como borradores y nunca se envían a revisión.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation>Planificar la importación</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan de importación</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation>Elija un recurso para ver en qué se diferencia del del proyecto.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation>Vacío: se genera uno y se muestra una vez</translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation>Plantillas como borradores locales</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation>Lo que no se pudo importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation>Importa los recursos marcados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation>Cancelando… lo enviado se mantiene.</translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation>Leyendo la exportación y el proyecto…</translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation>El proyecto ya lo tiene igual: no hay nada que hacer</translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation>No hay plan: consulte abajo lo que no se pudo leer y vuelva a planificar.</translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation>%1 para crear, %2 idénticos, %3 diferentes, %4 no se pueden importar. Marque lo que quiere importar.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Importados %1 de %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation>Importado: %1 creados, %2 reemplazados, %3 borradores locales; %4 con error.</translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation>Secretos de webhook</translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation>Estos webhooks recibieron secretos nuevos. Cópielos ahora en los servicios que verifican los eventos: solo se muestran esta vez.

%1</translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation>Nuevo en este proyecto. Lo que se enviará:</translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation>El proyecto lo tiene con el mismo contenido: se omite.</translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation>El proyecto lo tiene con otro contenido. Si se marca, el de la exportación lo reemplaza:</translation>
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
        <translation>Escriba o elija primero la carpeta de una exportación de proyecto</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>&amp;Importar %n</numerusform>
            <numerusform>&amp;Importar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the plan or the import to finish</source>
        <translation>Espere a que termine el plan o la importación</translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation>Planifique primero: elija la carpeta de la exportación y presione Planificar</translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation>Marque los recursos que se importarán</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxController</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>Buscar comentarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Buscar comentarios</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Solo &amp;no leídos</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation>Pide a cada proyecto las novedades</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation>Marca como leídas todas las entradas mostradas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation>Elija los proyectos cuyos resultados de revisión y comentarios le notifican</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
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
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toda la actividad</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation>Resultados de revisión</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Pasos de revisión</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo no leídos</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
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
        <translation>Bandeja de entrada, más reciente primero</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n no leído</numerusform>
            <numerusform>%n no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation>Todo leído. Desmarque “Solo no leídos” para ver todas las entradas.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation>Nada coincide. Borre la búsqueda (Esc) o elija “Todos” en los filtros.</translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation>Aún no hay nada. Los comentarios, resultados de revisión y ediciones de los remitentes y plantillas de cada proyecto llegan aquí a medida que se sincroniza la bandeja (Sincronizar ahora los pide de inmediato).</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Aún no hay proyectos</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Notificarme sobre %1</translation>
    </message>
    <message>
        <source>%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.</source>
        <translation>%1 no se pudo sincronizar por completo: %2 Lo leído se conserva; el resto se lee en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Syncing once the pages&apos; requests are in…</source>
        <translation>Se sincronizará cuando lleguen las respuestas de las páginas…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Button %1 mobile link</source>
        <translation>Enlace móvil del botón %1</translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation>Enlace de PC del botón %1</translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation>Enlace de app de iOS del botón %1</translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation>Enlace de app de Android del botón %1</translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation>Botón %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation>Tipo del botón %1</translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation>Etiqueta del botón %1</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation>Indique al menos %1 de estos: el enlace móvil, el enlace de app de iOS y el de Android.</translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation>Subir el botón %1</translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation>Sube este botón (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation>Bajar el botón %1</translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation>Baja este botón (Alt+Abajo)</translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation>Este es el primer botón</translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation>Este es el último botón</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Quitar botón %1</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Quita este botón</translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation>Tipo del nuevo botón</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>A&amp;gregar botón</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Agregar botón</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation>Una plantilla tiene como máximo %1 botones: quite uno para agregar otro</translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation>Agrega un botón del tipo elegido (como máximo %1)</translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation>Nuevo &amp;botón</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoriesPage</name>
    <message>
        <source>KakaoTalk sender categories</source>
        <translation>Categorías de remitentes de KakaoTalk</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Categoría elegida</translation>
    </message>
    <message>
        <source>Loading the categories…</source>
        <translation>Cargando las categorías…</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>El servidor no ha listado ninguna categoría de remitente. Actualice (F5) para volver a preguntar.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Ninguna categoría coincide con «%1».</translation>
    </message>
    <message>
        <source>Open a category (→) to see its second and third levels: a sender takes one of the third.</source>
        <translation>Abra una categoría (→) para ver su segundo y tercer nivel: un remitente toma una del tercero.</translation>
    </message>
    <message>
        <source>%1 · codes %2</source>
        <translation>%1 · códigos %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryPicker</name>
    <message>
        <source>Choose the sender&apos;s category</source>
        <translation>Elija la categoría del remitente</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>Selector de categorías</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Categoría elegida</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Elegir categoría</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation>Usar esta categoría (Intro)</translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation>Elija una categoría del tercer nivel: abra una rama (→) y elija una de sus entradas.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Ninguna categoría coincide con “%1”.</translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation>No se eligió ninguna categoría.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegida: %1</translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation>%1 › … (elija una de sus entradas)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryTree</name>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Buscar categorías</translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation>Busca en los tres niveles (↓ va a la lista)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation>Ejemplos: lo que leen los revisores en lugar de cada variable. Se guardan con el borrador solo en esta consola; la API de Kakao no acepta ejemplos.</translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation>Ejemplo de #{%1}</translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation>p. ej., lo que vería un cliente</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation>El remitente de KakaoTalk (ID de Plus Friend) cuyas plantillas se muestran</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar borrador</translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation>Se recuperaron sus ediciones sin guardar de %1. Deshacer (Ctrl+Z) las descarta.</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Envía la plantilla aprobada a un teléfono mediante Conversation API</translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation>Solo se puede enviar una plantilla aprobada por Kakao.</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation>No mientras Kakao revisa la plantilla</translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation>Guarda la plantilla como borrador, sin enviarla a Kakao (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation>Envía la plantilla a revisión de Kakao (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Kakao is reviewing this template: Save draft and Submit for review wait for its decision, which is checked every 30 seconds.</source>
        <translation>Kakao está revisando esta plantilla: «Guardar borrador» y «Enviar a revisión» esperan su decisión, que se comprueba cada 30 segundos.</translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao rechazó la plantilla. Edítela y vuelva a enviarla, o elimine los cambios en borrador.</translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation>Kakao rechazó la plantilla: &quot;%1&quot; Edítela y vuelva a enviarla, o elimine los cambios en borrador.</translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation>Un borrador: Kakao no lo ha visto. Envíelo a revisión (Ctrl+Intro) cuando esté listo.</translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation>Aprobada por Kakao: lista para enviar.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation>Enviando a Kakao…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Guardando el borrador…</translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation>Enviada a revisión de Kakao.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation>Kakao rechazó los campos marcados en rojo; se conserva lo que escribió.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation>El servidor rechazó los campos marcados en rojo; se conserva lo que escribió.</translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation>Editor de plantillas de KakaoTalk</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Guar&amp;dar borrador</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Submit for revie&amp;w</source>
        <translation>Enviar a revi&amp;sión</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation>Actualizar el estado de la revisión</translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation>Lee la plantilla y su estado de revisión del servidor</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envia&amp;r prueba…</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>Subir botón</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>Bajar botón</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Usar la versión del servidor</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Plantilla %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation>Convertir el botón %1 en un botón %2</translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation>Agregar un botón %1</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Quitar botón %1</translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation>Mover el botón %1 a la posición %2</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Mover botón</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateFilters</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Muestra solo las plantillas en este estado (se consulta al servidor)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Muestra solo las plantillas cuyos cambios pendientes tienen este estado (se consulta al servidor)</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Cualquier cambio</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>El nombre empieza por</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Muestra solo las plantillas cuyo nombre empieza por este texto (se consulta al servidor)</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>El nombre empieza por…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation>Nueva plantilla de AlimTalk</translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation>Plantilla de AlimTalk</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation>El canal de KakaoTalk (ID de Plus Friend) al que pertenece esta plantilla</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation>Código de plantilla</translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation>El código de Kakao de esta plantilla, que se usa al enviarla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation>p. ej., confirmación del pedido</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Kakao&apos;s default (Others)</source>
        <translation>Predeterminado de Kakao (Otros)</translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation>La subcategoría en la que Kakao clasifica la plantilla; escriba para buscar</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation>Tipo de mensa&amp;je</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>&amp;Énfasis</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Énfasis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation>La línea destacada, p. ej., el número de pedido</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>A short line under the title</source>
        <translation>Una línea corta debajo del título</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>S&amp;ubtítulo</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nombre de la imagen</translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation>El nombre del archivo subido</translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation>No&amp;mbre de la imagen</translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation>URL de &amp;la imagen</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de la imagen</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation>JPEG o PNG, hasta 500 KB, al menos 500×250 píxeles, 2:1.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation>El mensaje, p. ej., #{name}님, 주문이 접수되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation>Escriba las variables como #{name}; como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation>In&amp;formación adicional</translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation>Mensaje de seguridad (códigos de un solo uso)</translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation>Solo se muestra en el dispositivo principal del destinatario, como exige Kakao para los mensajes OTP</translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation>Botones (como máximo %1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation>¿Eliminar la plantilla &quot;%1&quot; (%2) de %3? Ya no se podrá enviar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation>Eliminar cambios en borrador</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation>¿Eliminar los cambios pendientes de &quot;%1&quot;? Nunca se aprobó: solo se conserva su código.</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation>¿Eliminar los cambios pendientes de &quot;%1&quot;? La plantilla aprobada se queda como está.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Eliminar cambios</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation>Elija una plantilla para editarla o cree una (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation>Crea una plantilla (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>Elimina la plantilla seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation>Eliminar &amp;cambios en borrador…</translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation>Elimina los cambios pendientes de la plantilla seleccionada</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Acciones de plantilla</translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation>Lista de plantillas</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation>Elija una plantilla para ver su actividad.</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>R&amp;emitente:</translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation>Estas ediciones sin guardar son de una plantilla de otro remitente o proyecto. Guárdelas (Ctrl+S) y se aplicarán allí, o elija otra fila para descartarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation>Ninguna plantilla de %1 coincide con estos filtros. Elija Todos los estados y Cualquier cambio, o borre el nombre.</translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation>Cargando las plantillas de %1…</translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation>Elija un proyecto para ver sus plantillas de KakaoTalk.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation>Cargando los remitentes de KakaoTalk del proyecto…</translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation>No se pudieron leer los remitentes de KakaoTalk del proyecto. Actualice (F5) para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation>Las plantillas pertenecen a un remitente de KakaoTalk, y este proyecto aún no tiene ninguno. Registre uno primero en KakaoTalk › Remitentes.</translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation>Elija primero un remitente</translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation>Seleccione una plantilla para eliminarla</translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation>Seleccione una plantilla cuyos cambios pendientes quiera quitar</translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation>La plantilla seleccionada no tiene cambios pendientes</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation>No mientras Kakao revisa los cambios</translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation>Elimina los cambios pendientes; la plantilla aprobada se queda como está</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation>Una plantilla nueva aún no tiene actividad: empieza cuando se guarda la plantilla.</translation>
    </message>
    <message>
        <source>Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Guardar los conserva como borrador en el servidor, Descartar los elimina, Cancelar vuelve al editor.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>La consola usará este idioma a partir del próximo inicio: %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de elementos</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Lista vacía</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>No se pudo cargar la lista. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainActions</name>
    <message>
        <source>&amp;Add project…</source>
        <translation>&amp;Agregar proyecto…</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>Agrega un proyecto de Sinch con su clave de acceso</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Editar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>&amp;Quitar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Load the current view again (F5)</source>
        <translation>Vuelve a cargar la vista actual (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrar la lista</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>Apertura &amp;rápida…</translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation>Busca cualquier plantilla, remitente, flujo o webhook de cualquier proyecto por nombre o ID (Ctrl+K)</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Cambiar entre &amp;navegación y contenido</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation>Cierra la pestaña del documento actual (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Registro de solicitudes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Combinaciones de teclas</translation>
    </message>
    <message>
        <source>&amp;About Sinch Provisioning Console</source>
        <translation>&amp;Acerca de Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Mostrar &amp;navegación</translation>
    </message>
    <message>
        <source>Show or hide the list of areas (Alt+0)</source>
        <translation>Mostrar u ocultar la lista de áreas (Alt+0)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainWindow</name>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>The system keychain is not available, so key secrets are kept only until you quit. %1</source>
        <translation>El llavero del sistema no está disponible, así que los secretos de clave solo se conservan hasta que salga. %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>About Sinch Provisioning Console</source>
        <translation>Acerca de Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console %1

A desktop console for the Sinch Provisioning API: projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Built with Qt %2.</source>
        <translation>Sinch Provisioning Console %1

Una consola de escritorio para la Sinch Provisioning API: proyectos, remitentes de WhatsApp, KakaoTalk y RCS, plantillas y webhooks.

Creada con Qt %2.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Commit %1 · licence: %2</source>
        <translation>Commit %1 · licencia: %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Vuelve a enviar la solicitud</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the other requests go on</source>
        <translation>Dejar de esperar esta respuesta; las demás solicitudes continúan</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before leaving?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos antes de salir?</translation>
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
            <numerusform>%1, %n no leído</numerusform>
            <numerusform>%1, %n no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message>
        <source>Network activity</source>
        <translation>Actividad de red</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>Espera de reintento</translation>
    </message>
    <message>
        <source>Last error, click for details</source>
        <translation>Último error; haga clic para ver los detalles</translation>
    </message>
    <message>
        <source>Show the details of the last error</source>
        <translation>Muestra los detalles del último error</translation>
    </message>
    <message>
        <source>● Idle</source>
        <translation>● Inactivo</translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● %n solicitud</numerusform>
            <numerusform>● %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● %n solicitud, %1 en cola</numerusform>
            <numerusform>● %n solicitudes, %1 en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in flight: %1, waiting: %2</source>
        <translation>Solicitudes en curso: %1, en espera: %2</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, reintentando en %2 s</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>(waiting %1 s for the server)</source>
        <translation>(esperando al servidor desde hace %1 s)</translation>
    </message>
    <message>
        <source>The server has not answered for %1 s. A request with no answer is given up after %2 s without data and tried again when that is safe.</source>
        <translation>El servidor no responde desde hace %1 s. Una solicitud sin respuesta se abandona tras %2 s sin datos y se reintenta cuando es seguro.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop every request the console is waiting for; each page then offers to try again</source>
        <translation>Detiene todas las solicitudes que la consola espera; cada página ofrecerá volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation>Encabezado: ninguno</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation>Pie de página: ninguno</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation>Botones (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation>Carrusel (%1)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineView</name>
    <message>
        <source>Template outline</source>
        <translation>Esquema de la plantilla</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewCard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open the list of %1</source>
        <translation>Abrir la lista «%1»</translation>
    </message>
    <message>
        <source>Open the list showing only these: %1</source>
        <translation>Abrir la lista solo con estos: %1</translation>
    </message>
    <message>
        <source>The list cannot be filtered to exactly these: open it with the row&apos;s title.</source>
        <translation>La lista no se puede filtrar exactamente a estos: ábrala con el título de la fila.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>WhatsApp templates</source>
        <translation>Plantillas de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp senders</source>
        <translation>Remitentes de WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Remitentes de KakaoTalk</translation>
    </message>
    <message>
        <source>RCS senders</source>
        <translation>Remitentes RCS</translation>
    </message>
    <message>
        <source>RCS upscales</source>
        <translation>Upscales de RCS</translation>
    </message>
    <message>
        <source>No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).</source>
        <translation>Aún no hay ningún proyecto listo. Agregue uno con Proyecto → Agregar proyecto (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Numbers of each project, read from its lists. Refresh with F5.</source>
        <translation>Cifras de cada proyecto, leídas de sus listas. Actualice con F5.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>(%1) Refresh with F5 to try again.</source>
        <translation>(%1) Actualice con F5 para reintentar.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PhonePreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Vista previa clara</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation>Muestra la vista previa con el tema claro de %1</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Vista previa oscura</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation>Muestra la vista previa con el tema oscuro de %1</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Mostrar variables</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>Vista previa de %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation>Vista previa de la versión aprobada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aprobada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Editada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation>&amp;Campos cambiados (clic: ir al campo):</translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation>Muestra la versión aprobada junto a la editada, con los cambios marcados</translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation>No hay cambios que comparar: la plantilla está como se aprobó</translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation>No hay nada que comparar: la plantilla no tiene versión aprobada</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectActions</name>
    <message>
        <source>The key secret of “%1” is kept only until you quit.</source>
        <translation>El secreto de la clave de “%1” solo se conserva hasta que salga.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Proyecto “%1” guardado.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Quitar proyecto</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this computer? Its settings and the key secret in the keychain are deleted; nothing changes on the Sinch side.</source>
        <translation>¿Quitar el proyecto “%1” de esta computadora? Se eliminan su configuración y el secreto de la clave del llavero; nada cambia en Sinch.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key secret could not be deleted from the keychain: %2</source>
        <translation>Se quitó “%1”, pero no se pudo eliminar el secreto de su clave del llavero: %2</translation>
    </message>
    <message>
        <source>Project “%1” removed.</source>
        <translation>Proyecto “%1” quitado.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectManager</name>
    <message>
        <source>The key secret of “%1” is not in the keychain. Edit the project and enter it again.</source>
        <translation>El secreto de la clave de “%1” no está en el llavero. Edite el proyecto y vuelva a ingresarlo.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectStatusLabel</name>
    <message>
        <source>Current project</source>
        <translation>Proyecto actual</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · sandbox integrado en %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>ID de proyecto %1, clave %2, %3</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectSwitcher</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Cambiar de proyecto (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Proyect&amp;o:</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>Apertura rápida</translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation>Nombre o ID de una plantilla, remitente, flujo, webhook… en cualquier proyecto</translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation>Buscar en todos los proyectos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation>Agregue primero un proyecto: la apertura rápida busca en los proyectos que agregó.</translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>Escriba parte de un nombre o un ID. %n elemento de %1 proyectos para buscar.</numerusform>
            <numerusform>Escriba parte de un nombre o un ID. %n elementos de %1 proyectos para buscar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation>Nada se llama “%1” en ningún proyecto.</translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation>Intro lo abre; Arriba y Abajo eligen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>Leyendo %n lista…</numerusform>
            <numerusform>Leyendo %n listas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>No se pudo leer %n lista (consulte Ayuda → Registro de solicitudes).</numerusform>
            <numerusform>No se pudieron leer %n listas (consulte Ayuda → Registro de solicitudes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation>Categoría de &amp;facturación</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Categoría de facturación</translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation>Caso de &amp;uso</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation>Región de alojamiento</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no informada)</translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation>La región de alojamiento de Google, según la informa la API</translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation>Estos tres no se pueden cambiar una vez creado el remitente.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Condiciones del servicio</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nombre de la marca</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>La tarjeta de marca no tiene variables</translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation>Vista previa de la marca</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandStep</name>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Brand na&amp;me</source>
        <translation>No&amp;mbre de la marca</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nombre de la marca</translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation>Como lo ven las personas, como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation>Una frase, como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Color de la marca</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation>Elegir el color de la marca</translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation>Elija el color en un cuadro de diálogo de colores</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation>https://… %1</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>URL del &amp;logotipo</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL del logotipo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation>URL del &amp;banner</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>URL del banner</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Agregar número de teléfono</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Agregar dirección de correo electrónico</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL del sitio web</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Agregar sitio web</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation>URL de la &amp;política de privacidad</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL de la política de privacidad</translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation>https://example.com/privacy</translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation>URL de las condiciones del ser&amp;vicio</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL de las condiciones del servicio</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/terms</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>Etiqueta de %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>Se permiten como máximo %1 entradas.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Quitar un contacto</translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation>Elija el color de la marca</translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation>El color de los botones e iconos de la tarjeta (negro de forma predeterminada).</translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation>⚠ Texto blanco sobre este color: contraste %1:1, difícil de leer (busque %2:1).</translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation>Texto blanco sobre este color: contraste %1:1, fácil de leer.</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>inside a sentence</comment>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>banner</source>
        <comment>inside a sentence</comment>
        <translation>banner</translation>
    </message>
    <message>
        <source>Remove: %1 %2</source>
        <translation>Quitar: %1 %2</translation>
    </message>
    <message>
        <source>+442071234567 or 2071234567</source>
        <translation>+442071234567 o 2071234567</translation>
    </message>
    <message>
        <source>Label (at most %1)</source>
        <translation>Etiqueta (máximo %1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsCountriesStep</name>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>Check at least one country (Space toggles the selected one). Each of GB, FR, ES and US adds its own questions to the launch questionnaire.</source>
        <translation>Marque al menos un país (Espacio activa o desactiva el seleccionado). GB, FR, ES y US agregan cada uno sus propias preguntas al cuestionario de lanzamiento.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation>Comprobación de %1</translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation>Sinch necesita %1.</translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation>Obteniendo el %1 para comprobarlo…</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation>No se pudo obtener el %1: revise la dirección o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.</source>
        <translation>⚠ No se pudo obtener el %1: %2 Revise la dirección; Sinch debe poder obtenerlo.</translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation>Más de %1 KB</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 KB</translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation>%1: como lo necesita Sinch.</translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation>⚠ %1 Use una imagen de %2.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation>Estado del lanzamiento</translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation>Mostrar solo los operadores que &amp;requieren acción</translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation>Solo los que requieren acción</translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation>Rechazado, suspendido o no válido en Google My Business: el lanzamiento se detiene ahí hasta que actúe.</translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation>Panel de lanzamiento</translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation>País / operador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Aún no se ha consultado a ningún operador: lance el remitente para ver sus decisiones aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Lanzado con %2 de %3 operadores</translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation>; 1 aún está decidiendo</translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation>; %1 aún están decidiendo</translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation>; &lt;b&gt;1 requiere acción&lt;/b&gt; (consulte su observación)</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation>; &lt;b&gt;%1 requieren acción&lt;/b&gt; (consulte sus observaciones)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation>Resumen de la lista de comprobación del lanzamiento</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lanzar</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzar</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Lista de comprobación del lanzamiento</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation>Haga doble clic en un elemento (o presione Intro) para ir a su campo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operadores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation>Necesario antes del lanzamiento. Campo: %1</translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation>Una advertencia: el lanzamiento está permitido. Campo: %1</translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation>Lanzamiento solicitado. Las decisiones de los operadores aparecen abajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Falta 1 elemento para que este remitente pueda lanzarse.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faltan %1 elementos para que este remitente pueda lanzarse.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation>Presione Intro en uno (o haga doble clic) para ir a su campo.</translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation>Listo para lanzar, con 1 advertencia que tener en cuenta.</translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation>Listo para lanzar, con %1 advertencias que tener en cuenta.</translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation>Listo para lanzar: no falta nada.</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Abra primero un remitente.</translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation>La solicitud de lanzamiento está en camino.</translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation>Solo se puede lanzar un remitente en prueba; este está: %1.</translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation>Falta 1 elemento de la lista de comprobación: corríjalo primero (presione Intro en él para ir a su campo).</translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation>Faltan %1 elementos de la lista de comprobación: corríjalos primero (presione Intro en uno para ir a su campo).</translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation>Pide a los operadores de cada país elegido que lancen este remitente</translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation>Lanzar remitente</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lanzando…</translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only %3 can change.</source>
        <translation>¿Lanzar &quot;%1&quot; en %2? Los operadores de cada país lo revisan y, a partir de entonces, solo se pueden cambiar %3.</translation>
    </message>
    <message>
        <source>Launched. The operators&apos; decisions are below.</source>
        <translation>Lanzado. Las decisiones de los operadores aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation>%1 (obsoleto: ya no es obligatorio, se puede dejar vacío)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation>Marca o desmarca esta respuesta; se pueden marcar varias</translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation>Usar esta respuesta (haga clic de nuevo para borrarla)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation>https://… (varias separadas por %1)</translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation>O agregue sus propias palabras</translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation>O escriba su propia respuesta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message>
        <source>Launch questionnaire</source>
        <translation>Cuestionario de lanzamiento</translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation>Las preguntas vienen de Sinch según el caso de uso y los países del remitente. Elija una respuesta sugerida (varias si la pregunta lo permite) o escriba la suya.</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Preguntas sin responder</translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation>Cargando las preguntas</translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation>&amp;Volver a cargar preguntas</translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation>Volver a cargar preguntas</translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation>Vuelve a pedir las preguntas a Sinch: pueden cambiar según el país</translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation>Observaciones del cuestionario</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation>Elija primero el caso de uso del remitente: las preguntas dependen de él.</translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation>Se están cargando las preguntas</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Cargando las preguntas…</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Todas las preguntas tienen respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n pregunta sin responder</numerusform>
            <numerusform>%n preguntas sin responder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>Todas las preguntas tienen respuesta; %n respuesta por corregir.</numerusform>
            <numerusform>Todas las preguntas tienen respuesta; %n respuestas por corregir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1; %n respuesta por corregir</numerusform>
            <numerusform>%1; %n respuestas por corregir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation>Este país ya no está entre los países del remitente: sus respuestas se conservan hasta que se guarde el remitente. Vuelva a agregar el país para editarlas.</translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation>La API no hace preguntas en esta sección.</translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation>%1 – se conserva hasta guardar</translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation>%1 – todo respondido</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n sin responder</numerusform>
            <numerusform>%1 – %n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation>El país se quitó del remitente; vuelva a agregarlo para editar estas respuestas</translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation>Muestra u oculta las preguntas de esta sección</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n por corregir</numerusform>
            <numerusform>%1, %n por corregir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Categoría de facturación</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nombre de la marca</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Condiciones del servicio</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation>Finalizar envía los datos; la región, la categoría de facturación y el caso de uso se mantienen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (%1).</source>
        <translation>Finalizar crea el remitente en estado de prueba (%1).</translation>
    </message>
    <message>
        <source>Before launch</source>
        <translation>Antes del lanzamiento</translation>
    </message>
    <message>
        <source>Nothing is missing for a launch.</source>
        <translation>No falta nada para un lanzamiento.</translation>
    </message>
    <message>
        <source>Finish saves the sender without these; its launch asks for them:</source>
        <translation>Finalizar guarda el remitente sin esto; su lanzamiento lo pedirá:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation>En prueba: agregue números de prueba, responda el cuestionario y luego lance.</translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation>Lanzándose: los operadores revisan el remitente; solo pueden cambiar los países.</translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation>Lanzado: los mensajes llegan a las personas de los países lanzados; solo pueden cambiar los países.</translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation>Sin lanzar: el remitente ya no llega a las personas.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App de Conversation</translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation>Nombre de autenticación</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Revelar el token de autenticación</translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation>Muestra el token hasta que se elija otro remitente</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation>To&amp;ken de autenticación</translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation>Elija un remitente.</translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation>%1 — %2 (color %3)</translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation>%1, facturado como %2</translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation>%1; alojado por Google en %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation>Aún no hay ninguno conectado</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID de app %1</translation>
    </message>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (color %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation>Ingrese el nombre de la marca que las personas ven en la parte superior de sus mensajes.</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation>Volver a %1 (Alt+B)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>Este es el primer paso.</translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation>Continuar (Alt+N)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrija esto primero: %1</translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation>&amp;Finalizar: guardar los datos</translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation>&amp;Finalizar: crear el remitente</translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation>Enviarlo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation>Creando el remitente…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation>Remitente creado.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>El servidor rechazó los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation>Editar remitente RCS %1</translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation>Nuevo remitente RCS</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Campos bloqueados</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>Pasos del asistente</translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation>1. Datos básicos</translation>
    </message>
    <message>
        <source>2. Brand</source>
        <translation>2. Marca</translation>
    </message>
    <message>
        <source>3. Countries</source>
        <translation>3. Países</translation>
    </message>
    <message>
        <source>4. Questionnaire</source>
        <translation>4. Cuestionario</translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation>5. Números de prueba</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Revisión</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation>Cierra el asistente; lo que escribió se conserva como borrador (Esc)</translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation>Retomar el asistente sin terminar</translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation>Se recuperó el asistente que dejó sin terminar. Deshacer (Ctrl+Z) lo descarta.</translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation>Termine primero %1: %2</translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation>Asistente sin terminar</translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation>¿Conservar lo que escribió para la próxima vez que abra el asistente?</translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation>Descartar lo elimina; Cancelar vuelve al asistente.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conservar como borrador</translation>
    </message>
    <message>
        <source>%1 The other fields are read-only.</source>
        <translation>%1 Los demás campos son de solo lectura.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Nuevo remitente…</translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation>Crea un remitente RCS en el asistente (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Acciones del remitente</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envia&amp;r prueba…</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation>&amp;Dispositivos de prueba</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>Lan&amp;zar</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Elija primero un proyecto.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation>El asistente está abierto.</translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation>Elija primero un remitente de la lista.</translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation>Edita el remitente elegido en el asistente (Intro)</translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation>El remitente aún no está conectado a una app de Conversation.</translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation>Envía un mensaje desde el remitente elegido a un teléfono (pregunta antes)</translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation>Un mensaje de prueba de %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dispositivos de prueba&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation>Teléfonos que reciben los mensajes de este remitente antes de su lanzamiento. Cada evaluador acepta primero una invitación en el teléfono.</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>&amp;Resend invite</source>
        <translation>&amp;Reenviar invitación</translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation>Mostrar &amp;funciones</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Reenviar invitación</translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation>Mostrar funciones</translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation>Eliminar número de prueba</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Funciones del dispositivo</translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation>&amp;Nuevo número de prueba:</translation>
    </message>
    <message>
        <source>New test number</source>
        <translation>Nuevo número de prueba</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Agregar número de prueba</translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation>Problema con el nuevo número de prueba</translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation>Progreso del número de prueba</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Abra primero un remitente.</translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation>Escriba un número en formato E.164: + y el código de país, luego hasta 15 dígitos en total.</translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation>%1 ya está verificado: si lo vuelve a agregar, quedará sin verificar hasta que el evaluador acepte una nueva invitación.</translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation>%1 ya es un número de prueba.</translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>Un remitente tiene como máximo %n número de prueba: elimine uno primero.</numerusform>
            <numerusform>Un remitente tiene como máximo %n números de prueba: elimine uno primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation>Agregar %1 y enviarle una invitación</translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation>Seleccione primero un número de prueba.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Espere a que termine la solicitud actual.</translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation>%1 está verificado: no hay ninguna invitación que reenviar.</translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation>Volver a enviar la invitación a %1</translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation>Solo un dispositivo verificado informa de lo que admite.</translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation>Preguntar qué admite %1</translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation>Quitar %1 de los evaluadores</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Agregando %1…</translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation>Reenviando la invitación a %1…</translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation>Se reenvió la invitación a %1.</translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation>Preguntando qué admite %1…</translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation>%1 no informa de ninguna función de RCS.</translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation>%1 admite: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation>¿Quitar %1 de los evaluadores de este remitente? El dispositivo dejará de recibir mensajes de prueba.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation>Cargando los números de prueba…</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).</source>
        <translation>%1 no está en formato E.164: empiece por + y el prefijo de país, y luego el número (p. ej., +447700900123).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation>Número de prueba %1</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation>Quitar el número de prueba %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation>&amp;Agregar número de prueba</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Agregar número de prueba</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation>Se permiten como máximo %1 números de prueba.</translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation>Hasta %1 teléfonos en E.164 (+ y el código de país) que pueden probar el remitente antes de su lanzamiento. Cada propietario acepta una invitación de evaluador; un número agregado de nuevo vuelve a quedar sin verificar.</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>Agregar un número de prueba</translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation>Quitar un número de prueba</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation>Elija un proyecto para ver sus upscales de RCS.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation>Un upscale vincula un remitente RCS lanzado a un número de SMS en un país, para que los mensajes pasen a SMS donde RCS no esté disponible.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>Upscales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>Remitente RCS</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>Número de SMS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation>Detalles del upscale</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation>Actualizar upscales</translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation>Reintentar upscale</translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation>Eliminar upscale</translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation>Nuevo upscale</translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation>Remitente RCS para el upscale</translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation>País del upscale</translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation>ID del número de SMS</translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation>32 dígitos hexadecimales, del panel Numbers</translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation>Problema con el ID del número de SMS</translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation>&amp;Crear upscale</translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation>Crear upscale</translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation>Re&amp;mitente RCS:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation>ID del &amp;número de SMS:</translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation>Progreso del upscale</translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation>Cargando los upscales…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation>Seleccione un upscale para leerlo en palabras.</translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation>Seleccione primero un upscale.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Espere a que termine la solicitud actual.</translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation>Vuelve a intentar el paso que falló</translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation>Solo se puede reintentar un upscale con error; este está: %1.</translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation>Espere a que el servidor termine: %1.</translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation>Desvincula el número de SMS del remitente RCS</translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation>No hay ningún remitente RCS lanzado sin upscale: lance primero un remitente.</translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation>Escriba el ID del número de SMS (32 dígitos hexadecimales, sin guiones).</translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation>“%1” no es un ID de número de SMS: tiene 32 dígitos hexadecimales (0-9, a-f) y no lleva guiones.</translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation>Vincula el remitente al número de SMS</translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation>Creando el upscale…</translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation>Reintentando el upscale…</translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation>¿Eliminar este upscale? %1 Los mensajes ya no pasarán a SMS.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation>Eliminando el upscale…</translation>
    </message>
    <message>
        <source>The RCS senders could not be read: see the message above.</source>
        <translation>No se pudieron leer los remitentes RCS: consulte el mensaje de arriba.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation>Fijo una vez que existe el remitente: una actualización solo cambia sus datos.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation>Contenido abusivo</translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation>WhatsApp encontró expresiones que considera amenazantes, ofensivas o contrarias a su política comercial.</translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation>Reescriba el cuerpo, el encabezado y los botones en un tono neutro; quite la presión, las amenazas y el contenido que WhatsApp no permite (armas, drogas, contenido para adultos, apuestas).</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>Categoría incorrecta</translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation>El contenido no coincide con la categoría elegida: texto promocional en una plantilla UTILITY, o algo más que un código en una AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation>Elija la categoría que coincide con el texto (las ofertas y novedades son MARKETING) o quite las partes promocionales. Si permite cambios de categoría, WhatsApp lo corregirá por sí mismo la próxima vez.</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato no válido</translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation>La estructura incumple una regla de formato: variables no numeradas en orden, una variable al principio o al final del cuerpo, ejemplos que faltan, o demasiados botones o mal colocados.</translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation>Numere las variables {{1}}, {{2}}… sin saltos, ponga texto antes de la primera y después de la última, dé un ejemplo para cada variable y revise los límites de botones y longitudes.</translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation>Parece una estafa</translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation>El revisor consideró que el mensaje podría engañar a las personas: pide contraseñas o datos de pago, usa enlaces cortos desconocidos o promete premios demasiado buenos para ser verdad.</translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation>Use su propio dominio completo en los enlaces, nunca pida credenciales ni números de tarjeta, y diga claramente quién envía el mensaje y por qué.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation>La plantilla se rechazó sin un motivo específico.</translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation>Compárela con las directrices de plantillas de WhatsApp, corrija lo que señalan las observaciones de la consola y vuelva a enviarla; si se vuelve a rechazar, consulte al soporte de Sinch.</translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation>Motivo no reconocido</translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation>WhatsApp envió un motivo que esta versión de la API no conoce.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation>Busque el comentario del revisor en las actividades de la plantilla, corrija lo que indica y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation>La plantilla se rechazó con el código %1.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation>Busque el comentario del revisor en las actividades de la plantilla y luego edítela y vuelva a enviarla.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>No es una dirección web (https://…).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RequestLogWindow</name>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Filter by operation, status, URL or request ID (Ctrl+F)</source>
        <translation>Filtra por operación, estado, URL o ID de solicitud (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Filtrar el registro de solicitudes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Select a request to see its details, and a failed one&apos;s bodies (secrets are redacted).</source>
        <translation>Seleccione una solicitud para ver sus detalles y, si falló, sus cuerpos (los secretos se ocultan).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ResourceListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrar %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Selected item as JSON</source>
        <translation>Elemento seleccionado como JSON</translation>
    </message>
    <message>
        <source>Select an item to see all its fields.</source>
        <translation>Seleccione un elemento para ver todos sus campos.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Elija un proyecto para ver sus %1.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>Se cargaron %1 de %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nada coincide con “%1”. Borre el filtro (Esc) para ver los %2.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation>Elija uno de los %1 para ver su actividad y comentarlo.</translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation>Ningún %1 coincide con los filtros elegidos: elija “%2” para ver todos.</translation>
    </message>
    <message>
        <source>%1: show only the %2 with the value chosen here</source>
        <translation>%1: muestra solo los %2 con el valor elegido aquí</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SaveConflictDialog</name>
    <message>
        <source>Changed on the server — %1</source>
        <translation>Cambiada en el servidor — %1</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Conflicto al guardar</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Versión de ellos</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Only in their version</source>
        <translation>Solo en la versión de ellos</translation>
    </message>
    <message>
        <source>Only in your version</source>
        <translation>Solo en su versión</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>De ellos</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <source>&amp;Overwrite theirs</source>
        <translation>&amp;Sobrescribir la de ellos</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Sobrescribir la de ellos</translation>
    </message>
    <message>
        <source>Save your version; theirs is replaced.</source>
        <translation>Guardar su versión; la de ellos se reemplaza.</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>&amp;Cargar la de ellos</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Cargar la de ellos</translation>
    </message>
    <message>
        <source>Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back.</source>
        <translation>Reemplazar su versión en el editor por la de ellos; Deshacer (Ctrl+Z) recupera la suya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server now)</source>
        <translation>&lt;b&gt;De ellos&lt;/b&gt; (ahora en el servidor)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; (in this editor)</source>
        <translation>&lt;b&gt;Suya&lt;/b&gt; (en este editor)</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Campos &amp;cambiados:</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this template changed since you opened it (saved from another window, another console or by someone else). Saving now would replace that version with yours. Compare the two, then overwrite the server&apos;s, load it into the editor (Undo brings yours back), or cancel and keep editing.</source>
        <translation>La copia de esta plantilla en el servidor cambió desde que la abrió (guardada desde otra ventana, otra consola o por otra persona). Guardar ahora reemplazaría esa versión por la suya. Compare las dos y luego sobrescriba la del servidor, cárguela en el editor (Deshacer recupera la suya) o cancele y siga editando.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation>Enviar una prueba de %1</translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation>Envíe un mensaje mediante Conversation API a un teléfono que pueda revisar (antes del lanzamiento: uno de los dispositivos de prueba verificados del remitente). El mensaje es real y puede tener costo.</translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation>Envíe una vez la plantilla aprobada, mediante Conversation API, a un teléfono que pueda revisar. El mensaje es real y puede tener costo.</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Número de teléfono del destinatario</translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation>Desde la &amp;app:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation>La plantilla no tiene variables.</translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation>El mensaje tal como lo devuelve la API</translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation>Aquí se muestra el mensaje enviado, leído de nuevo desde la API.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation>Un mensaje de prueba está en camino.</translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation>Se están leyendo las apps del proyecto.</translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation>Elija la app que envía o escriba su ID.</translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation>%1 no tiene canal de %2: elija una app que lo tenga.</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Ingrese el número de teléfono al que enviar.</translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation>Ingrese el número en formato internacional: + y luego el código de país y el número, p. ej., +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation>Dele un valor a %1.</translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation>Escriba el mensaje que se enviará.</translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation>Envía la plantilla a %1 (pregunta antes)</translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation>Aún no es un número en formato internacional: + y luego el código de país, p. ej., +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation>Formato internacional (E.164). Los números a los que se envía se guardan como destinatarios de prueba de este proyecto.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation>¿Enviar %1 a %2 ahora? El mensaje es real y puede tener costo.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation>Aceptado: ID de mensaje %1. Leyéndolo de nuevo…</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation>Aceptado: ID de mensaje %1. No se pudo volver a leer.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation>Aceptado: ID de mensaje %1, a las %2.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation>Aceptado: ID de mensaje %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation>Calificación de calidad</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID del remitente</translation>
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
        <translation>Solo dígitos, sin el código de país.</translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation>Opcional: el país donde Meta guarda los datos del remitente.</translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation>Acme Retail</translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation>Se muestra a los clientes; Meta lo compara con sus directrices de nombres visibles.</translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation>Pan fresco cada mañana</translation>
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
        <translation>Una imagen cuadrada (%1).</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation>Conservar el remitente como borrador si Meta rechaza el envío</translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation>@acmeshop</translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation>El ID de búsqueda del canal de KakaoTalk.</translation>
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
        <translation>El teléfono del administrador del canal: Kakao envía allí el token de verificación.</translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation>Opcional: %1, como máximo 5 MB.</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation>Conservar el remitente como borrador si Kakao rechaza el envío</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>%1: a number Sinch provides; %2: your own number, which must receive the code.</source>
        <translation>%1: un número que proporciona Sinch; %2: su propio número, que debe recibir el código.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending changes status</source>
        <translation>Estado de los cambios pendientes</translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation>Seleccione un remitente para ver sus detalles o cree uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation>Campos del remitente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation>Los cambios pendientes repiten los valores activos.</translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation>Estado del remitente: %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>Request code…</source>
        <translation>Solicitar código…</translation>
    </message>
    <message>
        <source>Request token…</source>
        <translation>Solicitar token…</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Ingresar código…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Ingresar token…</translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation>Revisar y enviar…</translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation>Editar cambios…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Cambiado: %1 → %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>Cambios pendientes (%1): %n campo difiere de los valores activos.</numerusform>
            <numerusform>Cambios pendientes (%1): %n campos difieren de los valores activos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation>Guarda el remitente como borrador: nada va a revisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation>Envía el remitente a revisión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Guardando el borrador…</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Guardado como borrador.</translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation>Otro remitente de este proyecto ya usa este ID de búsqueda: revise el ID o abra ese remitente para editarlo.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation>El servidor rechazó los campos marcados en rojo: corríjalos y vuelva a enviar.</translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Nuevo remitente de WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Nuevo remitente de KakaoTalk</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Editar remitente %1</translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation>Editor de remitentes</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>Envia&amp;r</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar borrador</translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation>Se recuperó lo que escribió aquí la última vez. Deshacer (Ctrl+Z) lo descarta.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation>¿Descartar lo que escribió en %1?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation>Cancelar vuelve al editor, donde Ctrl+S guarda un borrador.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking whether the last save went through…</source>
        <translation>Comprobando si el último guardado llegó…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Nuevo remitente de WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Nuevo remitente de KakaoTalk</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Detalles del remitente</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— sin definir —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Elegir categoría</translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation>Elija la categoría de la lista de tres niveles de Kakao, con búsqueda</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ninguna elegida</translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation>Elegir la categoría %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Nuevo remitente…</translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation>Crea un remitente (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Verify number…</source>
        <translation>&amp;Verificar número…</translation>
    </message>
    <message>
        <source>&amp;Verify sender…</source>
        <translation>&amp;Verificar remitente…</translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation>Eliminar &amp;cambios…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Acciones del remitente</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation>Seleccione un remitente para editarlo</translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation>Los cambios se están revisando: edítelos cuando la revisión haya decidido</translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation>Edita los datos del remitente seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation>Seleccione un remitente para registrarlo y verificarlo</translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation>Solicite un %1 de verificación e ingréselo</translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation>Seleccione un remitente para eliminar sus cambios pendientes</translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation>El remitente no tiene cambios pendientes</translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation>Los cambios se están revisando y no se pueden eliminar ahora</translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation>Descarta los cambios pendientes; los datos activos se mantienen</translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation>Elimina el remitente seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation>Seleccione un remitente para eliminarlo</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Eliminar cambios pendientes</translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation>¿Eliminar los cambios pendientes de %1? Los datos activos se quedan como están.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Eliminar cambios</translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation>Se eliminaron los cambios pendientes.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Eliminar remitente</translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation>¿Eliminar el remitente %1? Deja de enviar de inmediato y no se puede restaurar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation>Se eliminó el remitente.</translation>
    </message>
    <message>
        <source>The sender is “%1”: it needs no verification now</source>
        <translation>El remitente está en «%1»: ahora no necesita verificación</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderVerificationDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Sender verification</source>
        <translation>Verificación del remitente</translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation>1. Meta envía un código de 6 dígitos a %1. 2. Escríbalo abajo para verificar el número.</translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation>1. Kakao envía un token al teléfono del administrador %1. 2. Escríbalo abajo para verificar el remitente.</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Mensaje de verificación</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Enviar el código por</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Enviar el código &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>&amp;Send token</source>
        <translation>&amp;Enviar token</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Send token</source>
        <translation>Enviar token</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation>Escriba primero los %1 dígitos del %2 (escribió %3).</translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation>Escriba primero el %1.</translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation>Comprobar el %1 (Intro)</translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation>Enviar un %1 nuevo (el anterior deja de funcionar)</translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation>Solicitar el %1</translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation>Solicitando un %1…</translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation>Hay un token en camino a %1: escríbalo abajo.</translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation>Hay un código en camino a %1 por %2: escríbalo abajo.</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>llamada de voz</translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation>Comprobando el %1…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>the token&apos;s digits</source>
        <translation>los dígitos del token</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation>Una plantilla en el servidor conserva su nombre e idioma. Para usar otros, expórtela e impórtela en una plantilla nueva.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>En el servidor:</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>Estado en el servidor</translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation>El estado de la plantilla y el de sus cambios según la última lectura.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation>Las plantillas revisadas conservan su categoría (%1); solo puede cambiar tras un rechazo por categoría incorrecta.</translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation>Permitir que Meta cambie la categoría</translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation>Tiempo de vida del mensaje en segundos</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation>Cuánto tiempo reintenta WhatsApp la entrega: de %1 a %2 segundos para esta categoría.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>&amp;Tiempo de vida:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Combinaciones de teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Combinación</translation>
    </message>
    <message>
        <source>Also used by “%1”</source>
        <translation>También la usa “%1”</translation>
    </message>
    <message>
        <source>In the whole window</source>
        <translation>En toda la ventana</translation>
    </message>
    <message>
        <source>In every editor</source>
        <translation>En todos los editores</translation>
    </message>
    <message>
        <source>On this page: %1</source>
        <translation>En esta página: %1</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>En esta pestaña: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation>Enviar al servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation>Cierra el formulario sin enviarlo</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Esperando la respuesta del servidor</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>El servidor rechazó los campos marcados en rojo.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation>Elija una solución para verla o cree una (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation>&amp;Nueva solución…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation>Agrega la solución de un partner con su token de Embedded Signup (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation>Acciones de la solución</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>Nueva solución</translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation>Asignar solución</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>App del partner</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>App del propietario</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Choose a solution first</source>
        <translation>Elija primero una solución</translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation>Esta solución ya está asignada al proyecto</translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation>Termine o cancele primero la nueva solución</translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation>Asigna la solución seleccionada a este proyecto</translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation>%1 (app de Meta %2)</translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation>Sí: este proyecto se incorpora mediante el Embedded Signup de la solución</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>Nombre de la solución</translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation>Tal como la llama el partner</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Pegue el token</translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation>El accessToken de la authResponse que devuelve Meta cuando se completa el Embedded Signup del partner. Se envía una vez y la consola no lo guarda en ningún lugar.</translation>
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
        <translation>Crear solución</translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation>Agrega la solución a este proyecto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation>Creando la solución…</translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation>Solución “%1” creada. Asígnela para incorporar este proyecto mediante su Embedded Signup.</translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation>¿Asignar “%1” a este proyecto?

El proyecto se incorporará mediante el Embedded Signup de la solución: %2 podrá crear y administrar la cuenta y los remitentes de WhatsApp de este proyecto con Sinch.</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>el partner</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation>“%1” está asignada a este proyecto.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SpinRangeGuard</name>
    <message>
        <source>%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.</source>
        <translation>%1 está fuera de rango: escriba un número de %2 a %3, o baje de %2 para «%4». El campo sigue con %5.</translation>
    </message>
    <message>
        <source>%1 is out of range: type a number from %2 to %3. The field still holds %4.</source>
        <translation>%1 está fuera de rango: escriba un número de %2 a %3. El campo sigue con %4.</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: fuera de rango</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message>
        <source>C&amp;lone…</source>
        <translation>C&amp;lonar…</translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation>Eliminar &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xportar seleccionadas…</translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation>Exportar las plantillas seleccionadas a</translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation>Informe de &amp;tareas masivas</translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation>Hay una tarea masiva en curso: espere a que termine o cancélela (Informe de tareas masivas)</translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation>Seleccione primero las filas de idioma de las plantillas (Ctrl+clic, Mayús+clic)</translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation>Muestra la última tarea masiva y su informe</translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation>Aún no se ha ejecutado ninguna tarea masiva</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation>Eliminar plantillas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n idioma de plantilla en el servidor: %1? Se eliminan su versión aprobada y sus cambios pendientes; no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n idiomas de plantilla en el servidor: %1? Se eliminan sus versiones aprobadas y sus cambios pendientes; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation>%1 · calidad: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation>Eliminar idioma de plantilla</translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation>¿Eliminar “%1” en %2? La versión aprobada y los cambios pendientes de este idioma se eliminan en el servidor; los demás idiomas se mantienen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation>“%1 · %2” eliminada.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation>¿Eliminar “%1” en todos los idiomas (%2)? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation>“%1” eliminada en todos los idiomas.</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Eliminar cambios pendientes</translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation>¿Eliminar los cambios pendientes de “%1 · %2”? La versión aprobada se queda como está.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Eliminar cambios</translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation>Cambios pendientes de “%1 · %2” eliminados.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDetailView</name>
    <message>
        <source>Selected template</source>
        <translation>Plantilla seleccionada</translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation>Seleccione una plantilla para ver su estado, qué significa un rechazo y todos sus campos.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation>Aún no en: %1</translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation>Expanda el nombre (→) y seleccione un idioma para ver su estado y sus campos.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation>No mientras los cambios están en revisión</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Guardar borrador (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Enviar a revisión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Envía la plantilla aprobada a un teléfono mediante Conversation API</translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation>Guarde y envíe la plantilla; una vez aprobada, se puede enviar como prueba.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation>Comparar con la aprobada</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envia&amp;r prueba…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia local: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation>Nueva plantilla · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Reemplazar plantilla</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar borrador</translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation>Se recuperaron sus ediciones locales. Deshacer (Ctrl+Z) vuelve a la versión del servidor.</translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation>El nombre y el idioma se quedan en %1 · %2: una plantilla en el servidor los conserva.</translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation>%1 importada. Deshacer (Ctrl+Z) recupera la versión anterior.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is “%1”.</source>
        <translation>Solo se puede enviar una plantilla aprobada; esta está en «%1».</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateFilterBar</name>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation>Buscar en las plantillas cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Muestra solo las plantillas en este estado (se consulta al servidor)</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Muestra solo las plantillas cuyos cambios pendientes tienen este estado (se consulta al servidor)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation>Muestra solo este idioma de las plantillas cargadas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation>Muestra solo esta categoría de las plantillas cargadas</translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation>Rango de análisis</translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation>El período de las columnas de enviados, entregados, leídos y clics</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>El nombre empieza por…</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>El nombre empieza por</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Muestra solo las plantillas cuyo nombre empieza por este texto (se consulta al servidor)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Cualquier cambio</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation>Análisis: último día</translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation>Análisis: última semana</translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation>Análisis: último mes</translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation>Análisis: último trimestre</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nunca aprobado</translation>
    </message>
    <message>
        <source>Templates Meta has not approved yet: a draft, in review or rejected</source>
        <translation>Plantillas que Meta aún no ha aprobado: borrador, en revisión o rechazadas</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateListToolBar</name>
    <message>
        <source>Template actions</source>
        <translation>Acciones de plantilla</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation>Crea una plantilla de WhatsApp (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation>Abre el idioma seleccionado en una pestaña (Intro)</translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation>Comparar con la &amp;aprobada</translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation>Muestra los cambios pendientes junto a la versión aprobada (Ctrl+D)</translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation>Comparar a&amp;nálisis</translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation>Compara el análisis de dos plantillas seleccionadas</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation>Eliminar cambios &amp;pendientes…</translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation>Descarta los cambios pendientes y conserva la versión aprobada</translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation>&amp;Eliminar este idioma…</translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation>Elimina el idioma seleccionado de la plantilla (Supr)</translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation>Eliminar &amp;todos los idiomas…</translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation>Elimina la plantilla en todos los idiomas (Mayús+Supr)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copiar como JSON</translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation>Copia las plantillas seleccionadas como JSON (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation>Cerrar plantilla</translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation>Los cambios de %1 están en revisión, así que el servidor no acepta ediciones ahora. ¿Conservar sus ediciones como borrador local?</translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation>Un borrador conservado se ofrece cuando vuelve a abrir esta plantilla. Descartar elimina las ediciones.</translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation>Conservar borrador local</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation>¿Guardar los cambios de %1 como borrador en el servidor antes de cerrar?</translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation>Descartar elimina los cambios, también la copia local.</translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation>Ediciones locales</translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation>Tiene ediciones de %1 del %2 que no están en el servidor. ¿Restaurarlas?</translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation>Las ediciones restauradas se pueden deshacer (Ctrl+Z). Descartar las elimina; Cancelar las conserva para más adelante hasta que se edite esta plantilla.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message>
        <source>Not sent: the changes are in review and the server takes no edits until the review ends. Your edits are kept in the local draft.</source>
        <translation>No enviada: los cambios están en revisión y el servidor no acepta ediciones hasta que termine la revisión. Sus ediciones se conservan en el borrador local.</translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation>No hay conexión con ningún proyecto.</translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save draft and Submit for review wait. The review is checked every 30 seconds.</source>
        <translation>Estos cambios están en revisión. El servidor no acepta ediciones hasta que termine la revisión: lo que cambie aquí se queda en un borrador local, y «Guardar borrador» y «Enviar a revisión» esperan. La revisión se comprueba cada 30 segundos.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Enviada a revisión.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>El servidor rechazó la plantilla: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>El servidor rechazó %n campo; está marcado.</numerusform>
            <numerusform>El servidor rechazó %n campos; están marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation>La revisión terminó: los cambios se rechazaron. Edítelos y vuelva a enviarlos.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation>La revisión terminó: los cambios se rechazaron (%1). Edítelos y vuelva a enviarlos.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation>La revisión terminó: los cambios se aprobaron. Puede volver a editar y guardar.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Cargar la versión de ellos</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs.</source>
        <translation>La versión de ellos está cargada. Deshacer (Ctrl+Z) recupera la suya para guardarla encima.</translation>
    </message>
    <message>
        <source>Not saved: the template was changed on the server since you opened it. Your edits are kept; save again to compare and choose.</source>
        <translation>No guardada: la plantilla cambió en el servidor desde que la abrió. Sus cambios se conservan; guarde de nuevo para comparar y elegir.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(%n error más que corregir antes de enviar)</numerusform>
            <numerusform>(%n errores más que corregir antes de enviar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(%n error más que corregir antes de guardar el borrador)</numerusform>
            <numerusform>(%n errores más que corregir antes de guardar el borrador)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take the name again until then. Choose another name.</source>
        <translation>No guardado: una plantilla llamada «%1» se eliminó hace menos de 30 días y WhatsApp no acepta de nuevo el nombre hasta entonces. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template; WhatsApp takes a deleted template&apos;s name again only after 30 days, so give it another name and save.</source>
        <translation>No guardado: «%1» se eliminó en el servidor después de que la abriera. Sus cambios se conservan aquí como una plantilla nueva; WhatsApp solo acepta de nuevo el nombre de una plantilla eliminada pasados 30 días, así que dele otro nombre y guarde.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template.</source>
        <translation>No guardado: «%1» se eliminó en el servidor después de que la abriera. Sus cambios se conservan aquí como una plantilla nueva.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Crear de nuevo</translation>
    </message>
    <message>
        <source>WhatsApp keeps a deleted template&apos;s name for 30 days: choose another name.</source>
        <translation>WhatsApp reserva el nombre de una plantilla eliminada durante 30 días: elija otro nombre.</translation>
    </message>
    <message>
        <source>Nothing to save: the server has every change.</source>
        <translation>Nada que guardar: el servidor tiene todos los cambios.</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>Enviando a revisión…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Guardando el borrador…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateViewTab</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Plantilla %1</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID de WhatsApp</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Qué cambiar:</translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation>Los cambios pendientes (%1) se guardan junto a la versión aprobada; “Comparar con la aprobada” muestra las diferencias.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>Se cargaron %1 de %2</translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation>Plantillas de WhatsApp</translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation>Número de plantillas</translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation>Se muestran %1 de %2 nombres</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation>Ningún nombre de plantilla empieza por “%1”. Borre el filtro de nombre para ver todas.</translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation>No hay plantillas que empiecen por “%1” en este estado. Borre el filtro de nombre y elija “Todos los estados” y “Cualquier cambio” para ver todas.</translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation>No hay plantillas en este estado. Elija “Todos los estados” y “Cualquier cambio” para ver todas.</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Aún no hay plantillas. Cree una (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation>Nada coincide con estos filtros. Borre la búsqueda (Esc) o elija “Todos los idiomas” y “Todas las categorías”.</translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation>Elija un proyecto para ver sus plantillas de WhatsApp.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Cargando plantillas…</translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation>No se pudieron cargar las plantillas. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>No template was rejected after an approval. Templates rejected before they were ever approved have no state: choose “All states” and “Changes rejected” to see them.</source>
        <translation>Ninguna plantilla fue rechazada después de una aprobación. Las plantillas rechazadas antes de ser aprobadas no tienen estado: elija “Todos los estados” y “Cambios rechazados” para verlas.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TokenDialog</name>
    <message>
        <source>Create &amp;long-lived token</source>
        <translation>Crear token de &amp;larga duración</translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation>Buscar &amp;WABA</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation>Token de acceso de larga duración</translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation>Pegue el token de acceso de usuario que devolvió Meta al final del Embedded Signup. Intercámbielo por un token de larga duración (válido durante 60 días) o busque las cuentas de WhatsApp Business a las que da acceso y sus números.</translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation>Token de acceso de usuario de Facebook</translation>
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
        <translation>El de la cuenta</translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation>&amp;Token de acceso de usuario:</translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation>&amp;Business Manager:</translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation>Crear token de larga duración</translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation>Buscar WABA</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copia el token al portapapeles</translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation>La consola no guarda este token y no se volverá a mostrar: cópielo ahora y guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation>Token de acceso de larga duración:</translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation>Cuentas de WhatsApp Business</translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation>Cuenta de WhatsApp Business o número</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation>Pegue primero el token de acceso de usuario</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Esperando la respuesta del servidor</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Intercambiando el token…</translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation>Buscando las WABA…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation>No hay números compartidos con esta cuenta</translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation>El token no da acceso a ninguna cuenta de WhatsApp Business.</translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>%n cuenta de WhatsApp Business.</numerusform>
            <numerusform>%n cuentas de WhatsApp Business.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation>&amp;Exportar proyecto…</translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation>&amp;Importar al proyecto…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Elija primero un proyecto</translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation>El proyecto aún no está conectado</translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation>Escribe todos los recursos del proyecto como archivos JSON</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation>Vuelve a crear las plantillas y los webhooks de una exportación en este proyecto</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation>Abrir &amp;bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>&amp;Marcar todo como leído</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Sinch Provisioning Console · %n no leído</numerusform>
            <numerusform>Sinch Provisioning Console · %n no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Crear webhook</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>No cambió nada desde la última vez que se guardó.</translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation>Olvidar el secreto</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook creado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation>Otro webhook de este proyecto ya envía a esta URL.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>El servidor rechazó los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation>Editor de webhooks</translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation>Crea el webhook o envía los campos cambiados (Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation>Envía todos los campos, incluido el secreto, en lugar del webhook del servidor</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation>Webhook a %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Creando el webhook…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
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
        <translation>ID del webhook</translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation>El ID de este webhook en el servidor</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL de destino</translation>
    </message>
    <message>
        <source>https://example.com/sinch/events</source>
        <translation>https://example.com/sinch/events</translation>
    </message>
    <message>
        <source>Target &amp;URL</source>
        <translation>&amp;URL de destino</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation>Firma cada evento; al menos %1 caracteres aleatorios</translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation>Sin cambios (escriba un secreto nuevo para reemplazarlo)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar secreto</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation>Muestra el secreto como texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation>Solo se conserva en este editor: nunca se escribe en los borradores ni en el registro de solicitudes.</translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation>ALL (todos los eventos)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Check the events to be sent (Space toggles the selected one).</source>
        <translation>Marque los eventos que se enviarán (Espacio activa o desactiva el seleccionado).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar secreto</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation>Elija un webhook para editarlo o cree uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation>&amp;Nuevo webhook</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Crea un webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation>Edita el webhook seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation>Elimina el webhook seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Acciones del webhook</translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation>Lista de webhooks</translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation>Estas ediciones sin guardar son de un webhook del proyecto que dejó. Guárdelas (Ctrl+S) y se aplicarán a ese proyecto, o elija otra fila para descartarlas.</translation>
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
        <translation>Elija un proyecto para ver sus webhooks.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Cargando webhooks…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save sends them to the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Guardar los envía al servidor, Descartar los elimina, Cancelar vuelve al editor.</translation>
    </message>
    <message>
        <source>Delete the webhook that sends to this address? Its events stop at once.</source>
        <translation>¿Eliminar el webhook que envía a esta dirección? Sus eventos se detienen de inmediato.</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Se eliminó el webhook a %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>Agregar proyecto…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Agregar proyecto</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar (Ctrl+1 … Ctrl+9).</source>
        <translation>Elija un proyecto en la barra de herramientas (Ctrl+1 … Ctrl+9).</translation>
    </message>
    <message>
        <source>Reading the key secret from the keychain…</source>
        <translation>Leyendo el secreto de la clave del llavero…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key to see its senders, templates and webhooks.</source>
        <translation>Agregue un proyecto de Sinch con su clave de acceso para ver sus remitentes, plantillas y webhooks.</translation>
    </message>
    <message>
        <source>To try the console without an account, start it with --sandbox.</source>
        <translation>Para probar la consola sin cuenta, iníciela con --sandbox.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewRenderer</name>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation>Autocompletar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas las opciones</translation>
    </message>
    <message>
        <source>*{{1}}* is your verification code.</source>
        <translation>*{{1}}* es tu código de verificación.</translation>
    </message>
    <message>
        <source>For your security, do not share this code.</source>
        <translation>Por tu seguridad, no compartas este código.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>Este código caduca en %n minuto.</numerusform>
            <numerusform>Este código caduca en %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewWidget</name>
    <message>
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Muestra las variables como {{n}} en lugar de sus ejemplos</translation>
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
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>Editar ejemplo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Agregar botón</translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation>Agregar botón %1</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Quitar botón</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Mover botón</translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation>Agregar carrusel</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Agregar tarjeta</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplicar tarjeta</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation>Aplicar estructura de tarjeta</translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation>Agregar botón de tarjeta</translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation>Insertar variable {{%1}}</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar encabezado</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Agregar encabezado</translation>
    </message>
    <message>
        <source>Change header</source>
        <translation>Cambiar encabezado</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>Enlace (URL)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
</context>
</TS>
