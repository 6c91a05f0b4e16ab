<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityLabel</name>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation>Aprovado (agora %1)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
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
        <translation>Corrija os campos destacados e tente novamente.</translation>
    </message>
    <message>
        <source>The access key was refused. Check the project ID, key ID and key secret in the project settings.</source>
        <translation>A chave de acesso foi recusada. Verifique o ID do projeto, o ID da chave e o segredo da chave nas configurações do projeto.</translation>
    </message>
    <message>
        <source>This key may not do that. Ask the project&apos;s administrator for access.</source>
        <translation>Esta chave não tem permissão para isso. Peça acesso ao administrador do projeto.</translation>
    </message>
    <message>
        <source>It no longer exists or the ID is wrong. Refresh the list.</source>
        <translation>Não existe mais ou o ID está errado. Atualize a lista.</translation>
    </message>
    <message>
        <source>It conflicts with the current state. Refresh and try again.</source>
        <translation>Há um conflito com o estado atual. Atualize e tente novamente.</translation>
    </message>
    <message>
        <source>A precondition is not met. Complete the missing steps first.</source>
        <translation>Uma pré-condição não foi atendida. Conclua primeiro as etapas pendentes.</translation>
    </message>
    <message>
        <source>A limit or a dependency blocks this. Free up or fix the dependency first.</source>
        <translation>Um limite ou uma dependência impede isso. Libere ou corrija a dependência primeiro.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Solicitações demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>O servidor teve um problema. Aguarde um momento e tente novamente; se persistir, entre em contato com o suporte da Sinch.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the project settings.</source>
        <translation>Tente novamente; se persistir, verifique as configurações do projeto.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>O servidor recusou a solicitação (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>O servidor pede para aguardar %n segundo.</numerusform>
            <numerusform>O servidor pede para aguardar %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted values: %1.</source>
        <translation>Valores aceitos: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1). Check the base URL in the project settings and your network connection.</source>
        <translation>O nome do servidor não foi encontrado (%1). Verifique a URL base nas configurações do projeto e sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.</source>
        <translation>O servidor recusou a conexão (%1). Verifique a URL base; se estiver correta, o serviço pode estar fora do ar: tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>O servidor fechou a conexão antes de responder. Tente novamente.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>O servidor fechou a conexão antes de responder; a alteração pode ou não ter sido feita. Atualize para verificar antes de enviá-la novamente.</translation>
    </message>
    <message>
        <source>The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>O servidor não respondeu a tempo; a alteração pode ou não ter sido feita. Atualize para verificar antes de enviá-la novamente.</translation>
    </message>
    <message>
        <source>The network failed: %1. Check your connection and try again.</source>
        <translation>Falha na rede: %1. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>O servidor não respondeu a tempo. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). The console never skips this check: verify the base URL and the system&apos;s certificates.</source>
        <translation>O certificado do servidor não foi aceito (%1). O console nunca ignora esta verificação: confira a URL base e os certificados do sistema.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de erro: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensagem: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Solução: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operação: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>Additional information: %1</source>
        <translation>Informações adicionais: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>O servidor respondeu HTTP %1 com o corpo vazio.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s JSON.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web em vez do JSON da API.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not JSON.</source>
        <translation>O servidor respondeu HTTP %1 com um corpo que não é JSON.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>O servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>a redirect to another site was refused</source>
        <translation>um redirecionamento para outro site foi recusado</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>an answer too large to read</source>
        <translation>uma resposta grande demais para ler</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>uma resposta que não pôde ser lida</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>O servidor teve um problema (HTTP %1). Aguarde um momento e tente de novo; se persistir, contate o suporte da Sinch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (%1). If it keeps happening, ask for fewer items at a time or contact support.</source>
        <translation>A resposta do servidor era grande demais para ler (%1). Se continuar, peça menos itens por vez ou contate o suporte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it came cut off or garbled. Try again; if it keeps happening, a proxy or an outage may be in the way.</source>
        <translation>A resposta do servidor não pôde ser lida: chegou cortada ou corrompida. Tente de novo; se continuar, um proxy ou uma falha pode estar no caminho.</translation>
    </message>
    <message>
        <source>stopped waiting for the answer</source>
        <translation>parou de esperar a resposta</translation>
    </message>
    <message>
        <source>You stopped waiting for the server; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>Você parou de esperar o servidor; a alteração pode ter sido feita ou não. Atualize para conferir antes de enviá-la de novo.</translation>
    </message>
    <message>
        <source>You stopped waiting for the server. Try again when you are ready.</source>
        <translation>Você parou de esperar o servidor. Tente de novo quando quiser.</translation>
    </message>
    <message>
        <source>Stopped waiting for the answer.</source>
        <translation>Parou de esperar a resposta.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Bebidas alcoólicas</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotivo</translation>
    </message>
    <message>
        <source>Basic message</source>
        <translation>Mensagem básica</translation>
    </message>
    <message>
        <source>Beauty spa salon</source>
        <translation>Beleza, spa e salão</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Roupas e vestuário</translation>
    </message>
    <message>
        <source>Conversational</source>
        <translation>Conversacional</translation>
    </message>
    <message>
        <source>Conversational legacy</source>
        <translation>Conversacional (legado)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Downscaling</source>
        <translation>Reduzindo</translation>
    </message>
    <message>
        <source>Downscaling failed</source>
        <translation>Falha ao reduzir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Planejamento de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanças e bancos</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentos e mercado</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotéis e hospedagem</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Invalid in Google My Business</source>
        <translation>Inválido no Google Meu Negócio</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>Em teste</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lançado</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lançando</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina e saúde</translation>
    </message>
    <message>
        <source>Multiuse</source>
        <translation>Multiuso</translation>
    </message>
    <message>
        <source>Non profit</source>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>Não lançado</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>Jogos de azar online</translation>
    </message>
    <message>
        <source>Otc drugs</source>
        <translation>Medicamentos sem receita</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>Código de uso único (OTP)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Pending Facebook verification</source>
        <translation>Verificação do Facebook pendente</translation>
    </message>
    <message>
        <source>Pending unlaunched</source>
        <translation>Retirada pendente</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>Verificação pendente</translation>
    </message>
    <message>
        <source>Physical gambling</source>
        <translation>Jogos de azar presenciais</translation>
    </message>
    <message>
        <source>Preparing launch</source>
        <translation>Preparando o lançamento</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Serviços profissionais</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promocional</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Serviço público</translation>
    </message>
    <message>
        <source>Quality score green</source>
        <translation>Qualidade: verde</translation>
    </message>
    <message>
        <source>Quality score red</source>
        <translation>Qualidade: vermelha</translation>
    </message>
    <message>
        <source>Quality score unknown</source>
        <translation>Qualidade: desconhecida</translation>
    </message>
    <message>
        <source>Quality score yellow</source>
        <translation>Qualidade: amarela</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras e varejo</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>Mensagem única</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transacional</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viagens e transporte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unlaunched</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>Não reconhecido</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Não verificado</translation>
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
        <translation>Falha ao ampliar</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
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
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
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
        <translation>Conteúdo abusivo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Conversation expire policy</source>
        <translation>Expiração por conversa</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Descontinuado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Categoria incorreta</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato inválido</translation>
    </message>
    <message>
        <source>Message expire policy</source>
        <translation>Expiração por mensagem</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Persist retention policy</source>
        <translation>Retenção permanente</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Golpe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Número próprio</translation>
    </message>
    <message>
        <source>Sinch</source>
        <translation>Sinch</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Ásia-Pacífico</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Com falhas</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>São permitidos no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; não é um de %2.</translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation>Uma variável não foi fechada: escreva-a como #{name}.</translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation>Uma variável está sem nome: escreva-a como #{name}, por exemplo, #{customer}.</translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation>%1 não é uma variável do KakaoTalk: escreva as variáveis como #{name}, por exemplo, #{customer}.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>São permitidos no máximo %1 botões; remova %2.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation>Defina a posição do botão, de %1 a %2.</translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation>As posições são números inteiros de %1 a %2.</translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation>O botão %1 já tem a posição %2: cada botão precisa de uma posição própria.</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>Escolha o que o botão faz.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Dê um rótulo ao botão.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation>Os rótulos de botão têm no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation>Os links têm de %1 a %2 caracteres; este tem %3.</translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation>O modelo não tem detalhes: adicione pelo menos um nome, um idioma e o conteúdo.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation>Os nomes têm no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Escolha o idioma do modelo.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Escreva o texto da mensagem.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation>O texto tem no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation>Os celulares mostram cerca de %1 caracteres de um título (%2 linhas); o restante é cortado.</translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation>Celulares Android mostram %1 caracteres de um subtítulo; o restante é cortado.</translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation>O código da categoria tem de %1 a %2 caracteres, por exemplo, 999999; escolha-o nas categorias de modelo.</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation>Use uma imagem JPEG ou PNG de até 500 KB, com pelo menos 500×250 pixels, na proporção 2:1.</translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation>O texto parece um código de uso único: ative a opção de segurança para que seja exibido só no dispositivo principal.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title.</source>
        <translation>Um modelo com texto em destaque precisa de um título.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a subtitle.</source>
        <translation>Um modelo com texto em destaque precisa de um subtítulo.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name.</source>
        <translation>Um modelo com imagem precisa do nome da imagem.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s URL.</source>
        <translation>Um modelo com imagem precisa da URL da imagem.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>O título</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>O subtítulo</translation>
    </message>
    <message>
        <source>The image&apos;s name</source>
        <translation>O nome da imagem</translation>
    </message>
    <message>
        <source>The image&apos;s URL</source>
        <translation>A URL da imagem</translation>
    </message>
    <message>
        <source>%1 is not shown without emphasis: choose text or image emphasis, or remove it.</source>
        <translation>%1 não aparece sem ênfase: escolha ênfase de texto ou de imagem, ou remova.</translation>
    </message>
    <message>
        <source>A web link button needs its mobile link: the web address it opens on phones.</source>
        <translation>Um botão de link web precisa do seu link móvel: o endereço web que ele abre nos celulares.</translation>
    </message>
    <message>
        <source>Button %1 is already a “%2” button: a template has at most one button of each kind.</source>
        <translation>O botão %1 já é um botão “%2”: um modelo tem no máximo um botão de cada tipo.</translation>
    </message>
    <message>
        <source>%1: a link cannot hold a variable (#{…}); enter the full web address.</source>
        <translation>%1: um link não pode conter uma variável (#{…}); digite o endereço web completo.</translation>
    </message>
    <message>
        <source>%1: enter a full web address starting with https://.</source>
        <translation>%1: digite um endereço web completo que comece com https://.</translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.</source>
        <translation>Um botão de link de app precisa de pelo menos %1 entre o link para celular, o link do app iOS e o link do app Android; o link para PC não conta.</translation>
    </message>
    <message>
        <source>“%1” templates need the additional information.</source>
        <translation>Modelos “%1” precisam das informações adicionais.</translation>
    </message>
    <message>
        <source>Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.</source>
        <translation>Espera-se que modelos de publicidade tenham um botão “%1”; a Kakao pode rejeitar o modelo sem ele.</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Alterações rejeitadas</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · alterações em rascunho</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · alterações em análise</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · alterações rejeitadas</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation>Com informações extras</translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation>Com publicidade</translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation>Informações extras e publicidade</translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation>Sem destaque</translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation>Título em destaque</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Link web</translation>
    </message>
    <message>
        <source>App link</source>
        <translation>Link de app</translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation>Rastreamento de entrega</translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation>Palavra-chave do bot</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Entrega de mensagem</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Falar com um atendente</translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation>Transferir para o bot</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Adicionar canal</translation>
    </message>
    <message>
        <source>Business form</source>
        <translation>Formulário comercial</translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation>Plugin de imagem segura</translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation>Plugin de pagamento com um clique</translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation>Plugin de informações pessoais</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nunca aprovado</translation>
    </message>
    <message>
        <source>Mobile link</source>
        <translation>Link para celular</translation>
    </message>
    <message>
        <source>PC link</source>
        <translation>Link para PC</translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation>Link do app iOS</translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation>Link do app Android</translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… mais %Ln caractere não exibido</numerusform>
            <numerusform>… mais %Ln caracteres não exibidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation>Salve o modelo para iniciar a atividade: comentários, edições e etapas de análise.</translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation>Nome da marca</translation>
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
        <translation>Link da política de privacidade</translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation>Link dos termos de serviço</translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation>Telefone ou e-mail de contato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Cor da marca</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation>Dispositivos de teste</translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation>Questionário: perguntas gerais</translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation>Questionário: contato de verificação</translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation>Questionário: Reino Unido</translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation>Questionário: Estados Unidos</translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation>Questionário: França</translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation>Questionário: Espanha</translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation>Questionário: vídeo de demonstração</translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation>%1 está faltando: preencha.</translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation>%1 está faltando: adicione pelo menos um telefone ou e-mail (só um site não conta).</translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation>%1: escolha pelo menos um país para o lançamento.</translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation>%1 está sem resposta: responda às perguntas.</translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation>%1 está sem resposta: as operadoras espanholas podem solicitá-lo.</translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation>%1 está vazio: os usuários não veem nenhum texto sobre a marca.</translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation>%1 está no preto padrão: escolha a cor da marca.</translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation>%1: nenhum ainda, então ninguém testou o remetente em um celular.</translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation>%1 está faltando: o lançamento fica em Launching até que um vídeo seja enviado.</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>Ainda não lançado</translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation>Pendente: a operadora está analisando</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lançado</translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation>Rejeitado pela operadora</translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation>Suspenso pela operadora</translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation>Sendo retirado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation>Inválido no Google Meu Negócio: corrija o perfil da empresa</translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation>Desconhecido para a API</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Em configuração</translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation>Preparando o lançamento</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>Lançando</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>Em teste</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaire</name>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
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
        <translation>%1 está obsoleto: a API não precisa mais desta resposta e pode ignorá-la.</translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation>%1 deve ter exatamente %2 dígitos, sem espaços ou outros sinais (tem %3 caracteres).</translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation>%1 deve ser escrito como %2 (dígitos no lugar de X).</translation>
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
        <translation>seus países</translation>
    </message>
    <message>
        <source>its launch</source>
        <translation>seu lançamento</translation>
    </message>
    <message>
        <source>While the sender is “%1”, only %2 can change.</source>
        <translation>Enquanto o remetente está em “%1”, só podem mudar %2.</translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n faltando</numerusform>
            <numerusform>%1 · %n faltando</numerusform>
        </translation>
    </message>
    <message>
        <source>Available in every language of this project.</source>
        <translation>Disponível em todos os idiomas deste projeto.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Faltando: %1</translation>
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
        <translation>Convidado: aguardando o testador aceitar</translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation>Pendente: o Google está verificando o número</translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation>Verificado: pode receber mensagens de teste</translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation>Recusado pelo testador: reenvie o convite</translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation>Inválido: não é um número compatível com RCS</translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation>Desconhecido para o Google: verifique o número</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation>Criar um evento na agenda</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Ligar para um número</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Abrir um link</translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation>Abrir um link dentro da conversa</translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation>Compartilhar um local</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>Ver um local</translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation>Revogar uma mensagem enviada</translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation>Carrosséis de rich cards</translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation>Rich cards independentes</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>Recurso não especificado</translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation>Um recurso que a API não nomeia</translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation>Upscale em andamento: vinculando o número de SMS</translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation>Upscale feito: RCS com fallback para SMS</translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation>Falha no upscale: tente novamente</translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation>Downscale em andamento: desvinculando o número de SMS</translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation>Falha no downscale: tente novamente</translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation>Remetente RCS %1 vinculado ao número de SMS %2 em %3: %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation>App da Conversation API: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation>Digite a URL para a qual os eventos são enviados (https://…).</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation>A URL tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation>A URL não pode conter espaços.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation>Esta não é uma URL válida. Escreva-a por completo, por exemplo, https://example.com/callback.</translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation>A URL deve começar com https://: os eventos contêm dados do projeto e só são enviados criptografados.</translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation>Substituir o webhook envia todos os campos: digite o segredo novamente.</translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation>Digite um segredo: o servidor assina cada evento com ele para que você possa verificá-los.</translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation>O segredo tem %1 caracteres; deve ter de %2 a %3.</translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation>Um segredo tão curto é fácil de adivinhar: use pelo menos %1 caracteres aleatórios.</translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation>Escolha pelo menos um evento (ALL para todos os eventos).</translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation>“%1” não é um evento que o servidor conhece.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation>ALL já envia todos os eventos; os outros eventos escolhidos não acrescentam nada.</translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation>Digite a razão social da empresa, exatamente como aparece no Business Manager da Meta.</translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation>A razão social tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation>O nome começa ou termina com um espaço; a Meta faz a comparação exata.</translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation>Digite o ID do Business Manager (Configurações do negócio &gt; Informações do negócio no Business Manager da Meta).</translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation>O ID tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation>Os IDs do Business Manager da Meta têm só dígitos; verifique se há erro de digitação.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation>“%1” não é um Business Manager que o servidor conhece.</translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation>Digite o nome da solução, como o parceiro a chama.</translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation>Cole o token de acesso retornado quando o Cadastro Incorporado do parceiro foi concluído.</translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation>Escolha o Business Manager da Sinch para a solução.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation>“%1” não é um Business Manager que o servidor aceita para soluções.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateRules</name>
    <message>
        <source>Give the template a name, e.g. order_update.</source>
        <translation>Dê um nome ao modelo, por exemplo, order_update.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting and ending with a letter or digit.</source>
        <translation>Use letras minúsculas, dígitos e sublinhados, começando e terminando com uma letra ou dígito.</translation>
    </message>
    <message>
        <source>Names are at most 512 characters.</source>
        <translation>Os nomes têm no máximo 512 caracteres.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Escolha o idioma do modelo.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Escolha uma categoria: marketing, utilidade ou autenticação.</translation>
    </message>
    <message>
        <source>The template has no details; add at least a body.</source>
        <translation>O modelo não tem detalhes; adicione pelo menos um corpo.</translation>
    </message>
    <message>
        <source>For %1 templates the time to live is %2 to %3 seconds.</source>
        <translation>Para modelos %1, o tempo de vida é de %2 a %3 segundos.</translation>
    </message>
    <message>
        <source>Meta&apos;s own minimum is 30 seconds; shorter codes may expire before they arrive.</source>
        <translation>O mínimo da própria Meta é 30 segundos; códigos mais curtos podem expirar antes de chegar.</translation>
    </message>
    <message>
        <source>A template has one %1 part; merge or remove this one.</source>
        <translation>Um modelo tem uma parte %1; mescle ou remova esta.</translation>
    </message>
    <message>
        <source>Add a body: every template has one.</source>
        <translation>Adicione um corpo: todo modelo tem um.</translation>
    </message>
    <message>
        <source>A carousel template has no header of its own: the cards carry the media.</source>
        <translation>Um modelo de carrossel não tem cabeçalho próprio: os cards contêm a mídia.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>Escreva o texto do cabeçalho ou escolha nenhum cabeçalho.</translation>
    </message>
    <message>
        <source>Header texts are at most 60 characters; this one has %1.</source>
        <translation>Os textos de cabeçalho têm no máximo 60 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>A text header can have one variable, {{1}}.</source>
        <translation>Um cabeçalho de texto pode ter uma variável, {{1}}.</translation>
    </message>
    <message>
        <source>Give an example for the header&apos;s {{1}}.</source>
        <translation>Dê um exemplo para o {{1}} do cabeçalho.</translation>
    </message>
    <message>
        <source>A location header takes no example; the location is sent with each message.</source>
        <translation>Um cabeçalho de localização não aceita exemplo; a localização é enviada com cada mensagem.</translation>
    </message>
    <message>
        <source>Choose the header&apos;s kind: text, image, video, document or location.</source>
        <translation>Escolha o tipo de cabeçalho: texto, imagem, vídeo, documento ou localização.</translation>
    </message>
    <message>
        <source>Authentication bodies have preset wording; this text will not be used.</source>
        <translation>Corpos de autenticação têm texto predefinido; este texto não será usado.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Escreva o texto da mensagem.</translation>
    </message>
    <message>
        <source>Bodies are at most 1024 characters; this one has %1.</source>
        <translation>Os corpos têm no máximo 1024 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>The security recommendation is only for AUTHENTICATION templates.</source>
        <translation>A recomendação de segurança é só para modelos AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A carousel template has no footer.</source>
        <translation>Um modelo de carrossel não tem rodapé.</translation>
    </message>
    <message>
        <source>Footers are at most 60 characters; this one has %1.</source>
        <translation>Os rodapés têm no máximo 60 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>Footers cannot have variables.</source>
        <translation>Os rodapés não podem ter variáveis.</translation>
    </message>
    <message>
        <source>The code expiry note is only for AUTHENTICATION templates.</source>
        <translation>A nota de expiração do código é só para modelos AUTHENTICATION.</translation>
    </message>
    <message>
        <source>A carousel template has no buttons of its own: each card has its buttons.</source>
        <translation>Um modelo de carrossel não tem botões próprios: cada card tem seus botões.</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.</source>
        <translation>Parte desconhecida &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS ou CAROUSEL.</translation>
    </message>
    <message>
        <source>Authentication templates need a one-time-password button.</source>
        <translation>Modelos de autenticação precisam de um botão de senha de uso único.</translation>
    </message>
    <message>
        <source>a JPEG or PNG image up to 5 MB</source>
        <translation>uma imagem JPEG ou PNG de até 5 MB</translation>
    </message>
    <message>
        <source>an MP4 or 3GP video (H.264 and AAC) up to 16 MB</source>
        <translation>um vídeo MP4 ou 3GP (H.264 e AAC) de até 16 MB</translation>
    </message>
    <message>
        <source>a PDF document up to 100 MB</source>
        <translation>um documento PDF de até 100 MB</translation>
    </message>
    <message>
        <source>The sample media must be a full http(s) URL.</source>
        <translation>A mídia de exemplo deve ser uma URL http(s) completa.</translation>
    </message>
    <message>
        <source>This file type does not fit a %1 header: use %2.</source>
        <translation>Este tipo de arquivo não serve para um cabeçalho %1: use %2.</translation>
    </message>
    <message>
        <source>The file type cannot be told from the URL: make sure it is %1, or set mimeType.</source>
        <translation>Não é possível identificar o tipo de arquivo pela URL: verifique se é %1 ou defina mimeType.</translation>
    </message>
    <message>
        <source>Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.</source>
        <translation>As variáveis devem ser numeradas {{1}}, {{2}} ... sem lacunas: falta {{%1}}.</translation>
    </message>
    <message>
        <source>Give one example for each variable: the text has %1, the examples list %2.</source>
        <translation>Dê um exemplo para cada variável: o texto tem %1, a lista de exemplos tem %2.</translation>
    </message>
    <message>
        <source>Example %1 is empty: write a realistic value.</source>
        <translation>O exemplo %1 está vazio: escreva um valor realista.</translation>
    </message>
    <message>
        <source>The text starts with a variable; Meta often rejects that. Start with words.</source>
        <translation>O texto começa com uma variável; a Meta costuma rejeitar isso. Comece com palavras.</translation>
    </message>
    <message>
        <source>The text ends with a variable; Meta often rejects that. Add text after {{%1}}.</source>
        <translation>O texto termina com uma variável; a Meta costuma rejeitar isso. Adicione texto depois de {{%1}}.</translation>
    </message>
    <message>
        <source>Two variables stand side by side; put words between them.</source>
        <translation>Duas variáveis estão lado a lado; coloque palavras entre elas.</translation>
    </message>
    <message>
        <source>Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.</source>
        <translation>Variáveis demais para a quantidade de texto (%1 variáveis, %2 palavras); a Meta rejeita esses modelos. Adicione texto ou mescle variáveis.</translation>
    </message>
    <message>
        <source>Add at least one button, or remove the buttons part.</source>
        <translation>Adicione pelo menos um botão ou remova a parte de botões.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>São permitidos no máximo %1 botões; remova %2.</translation>
    </message>
    <message>
        <source>Card buttons can only be quick replies, URLs or phone numbers.</source>
        <translation>Os botões de card só podem ser respostas rápidas, URLs ou números de telefone.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Dê um rótulo ao botão.</translation>
    </message>
    <message>
        <source>Button labels are at most 25 characters; this one has %1.</source>
        <translation>Os rótulos de botão têm no máximo 25 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>Another button (%1) already says &quot;%2&quot;: labels must differ.</source>
        <translation>Outro botão (%1) já diz &quot;%2&quot;: os rótulos devem ser diferentes.</translation>
    </message>
    <message>
        <source>Keep the quick replies together: move this one next to the other quick replies.</source>
        <translation>Mantenha as respostas rápidas juntas: mova esta para perto das outras respostas rápidas.</translation>
    </message>
    <message>
        <source>Enter the web address the button opens.</source>
        <translation>Digite o endereço web que o botão abre.</translation>
    </message>
    <message>
        <source>A URL can only have one variable, {{1}}, at its very end.</source>
        <translation>Uma URL só pode ter uma variável, {{1}}, bem no final.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Digite um endereço web completo que comece com https://.</translation>
    </message>
    <message>
        <source>WhatsApp refuses links to %1: link to your own site.</source>
        <translation>O WhatsApp recusa links para %1: use um link para seu próprio site.</translation>
    </message>
    <message>
        <source>Give a full example URL with a value in place of {{1}}.</source>
        <translation>Dê uma URL de exemplo completa com um valor no lugar de {{1}}.</translation>
    </message>
    <message>
        <source>The example must be the full URL with a value in place of {{1}}.</source>
        <translation>O exemplo deve ser a URL completa com um valor no lugar de {{1}}.</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>Digite o número de telefone para ligar.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +46701234567.</source>
        <translation>Escreva o número no formato internacional, por exemplo, +46701234567.</translation>
    </message>
    <message>
        <source>One-time-password buttons belong in AUTHENTICATION templates only.</source>
        <translation>Botões de senha de uso único são só para modelos AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose copy code, one tap or zero tap.</source>
        <translation>Escolha copiar código, um toque ou toque zero.</translation>
    </message>
    <message>
        <source>The autofill label is at most 25 characters.</source>
        <translation>O rótulo de preenchimento automático tem no máximo 25 caracteres.</translation>
    </message>
    <message>
        <source>packageName and signatureHash on the button are deprecated: move them into supported apps.</source>
        <translation>packageName e signatureHash no botão estão obsoletos: mova-os para os apps compatíveis.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap codes need your Android app: add its package name and signature hash.</source>
        <translation>Códigos de um toque e toque zero precisam do seu app Android: adicione o nome do pacote e o hash de assinatura.</translation>
    </message>
    <message>
        <source>Each supported app needs a package name and a signature hash.</source>
        <translation>Cada app compatível precisa de um nome de pacote e um hash de assinatura.</translation>
    </message>
    <message>
        <source>Zero-tap codes need you to accept WhatsApp&apos;s zero-tap terms.</source>
        <translation>Códigos de toque zero exigem que você aceite os termos de toque zero do WhatsApp.</translation>
    </message>
    <message>
        <source>Pick a flow: its ID is 1 to 30 digits.</source>
        <translation>Escolha um fluxo: o ID tem de 1 a 30 dígitos.</translation>
    </message>
    <message>
        <source>Choose the flow action: data exchange or navigate.</source>
        <translation>Escolha a ação do fluxo: troca de dados ou navegar.</translation>
    </message>
    <message>
        <source>Choose the screen the flow opens on.</source>
        <translation>Escolha a tela em que o fluxo abre.</translation>
    </message>
    <message>
        <source>The screen ID is at most 432 characters.</source>
        <translation>O ID da tela tem no máximo 432 caracteres.</translation>
    </message>
    <message>
        <source>At most 2 URL buttons are allowed; this has %1.</source>
        <translation>São permitidos no máximo 2 botões de URL; este tem %1.</translation>
    </message>
    <message>
        <source>At most 1 phone number button is allowed; this has %1.</source>
        <translation>É permitido no máximo 1 botão de número de telefone; este tem %1.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one one-time-password button.</source>
        <translation>Modelos de autenticação têm exatamente um botão de senha de uso único.</translation>
    </message>
    <message>
        <source>A carousel needs at least one card.</source>
        <translation>Um carrossel precisa de pelo menos um card.</translation>
    </message>
    <message>
        <source>A carousel with one card shows no carousel; add a second card.</source>
        <translation>Um carrossel com um card não mostra carrossel; adicione um segundo card.</translation>
    </message>
    <message>
        <source>At most 10 cards are allowed; remove %1.</source>
        <translation>São permitidos no máximo 10 cards; remova %1.</translation>
    </message>
    <message>
        <source>Carousels are meant for MARKETING templates; Meta may change or reject the category.</source>
        <translation>Carrosséis são para modelos MARKETING; a Meta pode alterar ou rejeitar a categoria.</translation>
    </message>
    <message>
        <source>A card has one %1; remove this one.</source>
        <translation>Um card tem um %1; remova este.</translation>
    </message>
    <message>
        <source>Card headers are an image or a video.</source>
        <translation>Os cabeçalhos de card são uma imagem ou um vídeo.</translation>
    </message>
    <message>
        <source>Card texts are at most 160 characters; this one has %1.</source>
        <translation>Os textos de card têm no máximo 160 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>Write the card&apos;s text.</source>
        <translation>Escreva o texto do card.</translation>
    </message>
    <message>
        <source>Cards hold a media header, a text and buttons only.</source>
        <translation>Os cards contêm apenas um cabeçalho de mídia, um texto e botões.</translation>
    </message>
    <message>
        <source>Card %1 needs an image or video header.</source>
        <translation>O card %1 precisa de um cabeçalho de imagem ou vídeo.</translation>
    </message>
    <message>
        <source>Card %1 needs a text.</source>
        <translation>O card %1 precisa de um texto.</translation>
    </message>
    <message>
        <source>Card %1 needs one or two buttons.</source>
        <translation>O card %1 precisa de um ou dois botões.</translation>
    </message>
    <message>
        <source>Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.</source>
        <translation>O card %1 é diferente do card 1: todos os cards precisam das mesmas partes, formato de cabeçalho e tipos de botão, na mesma ordem.</translation>
    </message>
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation>Um modelo no servidor mantém seu nome: volte para &quot;%1&quot; ou exporte o modelo e importe-o em um novo para usar o nome &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation>Um modelo no servidor mantém seu idioma: volte para %1 ou adicione %2 como um novo idioma do modelo.</translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation>as alterações foram rejeitadas por %1, não pela categoria</translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation>ele já foi analisado (%1)</translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation>A categoria não pode mudar de %1 para %2 porque %3: volte para %1 ou crie um novo modelo com a categoria %2. Ela só pode mudar em um rascunho ou após uma rejeição por categoria errada (INCORRECT_CATEGORY).</translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation>O projeto já tem um modelo &quot;%1&quot; em %2: escolha outro nome ou abra esse modelo para editá-lo.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation>O nome &quot;%1&quot; foi excluído em %2 e não pode ser reutilizado antes de %3: escolha outro nome ou aguarde até lá.</translation>
    </message>
    <message>
        <source>Codes expire after %1 to %2 minutes.</source>
        <translation>Os códigos expiram após %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>Add a sample URL for the header (%1): reviewers need to see the media.</source>
        <translation>Adicione uma URL de exemplo para o cabeçalho (%1): os revisores precisam ver a mídia.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · alterações em rascunho</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · alterações em análise</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · alterações rejeitadas</translation>
    </message>
    <message>
        <source>%1 · changes %2</source>
        <translation>%1 · alterações %2</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Alterações rejeitadas</translation>
    </message>
    <message>
        <source>Rejected (never approved)</source>
        <translation>Rejeitado (nunca aprovado)</translation>
    </message>
</context>
<context>
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation>Integrado: pronto para adicionar remetentes e modelos</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation>Aguardando a verificação da empresa pela Meta</translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation>Rejeitado: corrija os dados e salve novamente</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Sendo criado</translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation>Rascunho, não enviado para análise</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation>Aguardando a verificação da Meta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
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
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>Banido pela Meta</translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation>Banimento programado</translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation>Restabelecido após banimento</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
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
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it as a project.</source>
        <translation>Inicia o sandbox integrado e o abre como projeto.</translation>
    </message>
    <message>
        <source>Faults the sandbox injects, e.g. latency=200,503=0.1.</source>
        <translation>Falhas que o sandbox injeta, por exemplo, latency=200,503=0.1.</translation>
    </message>
    <message>
        <source>Seconds the sandbox takes to review a submission.</source>
        <translation>Segundos que o sandbox leva para analisar um envio.</translation>
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
        <translation>Sinch Provisioning Console: gerencie projetos, remetentes do WhatsApp, KakaoTalk e RCS, modelos e webhooks.

Subcomandos:
  serve-sandbox [options]  executa só o emulador integrado da API (veja serve-sandbox --help)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           valida arquivos JSON de modelos do WhatsApp e KakaoTalk (sai com 1 em caso de erros)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           desenha um modelo do WhatsApp ou KakaoTalk (AlimTalk) como o celular o mostra
  export --project ID --out DIR
                           grava todos os recursos de um projeto como arquivos JSON (veja export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           recria os modelos e webhooks de uma exportação em outro projeto
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           imprime os modelos do WhatsApp de um projeto como prévias em uma folha de contatos PDF</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
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
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation>O banco de dados da caixa de entrada estava danificado. Ele foi movido para %1 e um novo foi criado; as atividades serão lidas novamente do servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation>O banco de dados da caixa de entrada %1 está danificado e não pôde ser movido. Feche o console, remova o arquivo e inicie novamente.</translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation>Outro console da Sinch está usando o banco de dados da caixa de entrada, então esta janela o mostra somente para leitura e não sincroniza. Feche o outro console e reabra a caixa de entrada para sincronizar aqui.</translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation>Não foi possível abrir o banco de dados da caixa de entrada %1 (%2). A caixa de entrada funciona sem ele até que o arquivo possa ser gravado; verifique as permissões da pasta e o espaço livre.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
</context>
<context>
    <name>sinch::ApiClient</name>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Operação desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No project is selected, or its key could not be read.</source>
        <translation>Nenhum projeto está selecionado ou não foi possível ler a chave dele.</translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message>
        <source>The project is no longer configured.</source>
        <translation>O projeto não está mais configurado.</translation>
    </message>
    <message>
        <source>The request lacks the path parameter &quot;%1&quot;.</source>
        <translation>A solicitação não tem o parâmetro de caminho &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1: %2</source>
        <translation>o JSON está corrompido no byte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>sem dados por %n segundo</numerusform>
            <numerusform>sem dados por %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>uma resposta maior que %n MB, que o console não lê</numerusform>
            <numerusform>uma resposta maior que %n MB, que o console não lê</numerusform>
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
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remetentes</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>remetentes</translation>
    </message>
    <message>
        <source>No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.</source>
        <translation>Ainda não há remetentes do WhatsApp neste projeto. Registre um número de telefone como remetente para começar a enviar.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modelos</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>fluxos</translation>
    </message>
    <message>
        <source>No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.</source>
        <translation>Não há WhatsApp Flows nesta conta. Os fluxos são criados no WhatsApp Manager e aparecem aqui depois de publicados.</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Soluções</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>App do parceiro</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>App do proprietário</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuído</translation>
    </message>
    <message>
        <source>solutions</source>
        <translation>soluções</translation>
    </message>
    <message>
        <source>No multi-partner solutions. A solution appears here once a partner shares it with this project.</source>
        <translation>Não há soluções multiparceiro. Uma solução aparece aqui quando um parceiro a compartilha com este projeto.</translation>
    </message>
    <message>
        <source>Plus friend ID</source>
        <translation>ID do Plus Friend</translation>
    </message>
    <message>
        <source>No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.</source>
        <translation>Ainda não há remetentes do KakaoTalk. Registre um canal do KakaoTalk (ID do Plus Friend) como remetente para começar.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Pai</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorias</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>O servidor não listou categorias de remetente. Atualize (F5) para perguntar de novo.</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Atividade da conta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>atividades</translation>
    </message>
    <message>
        <source>No RCS account activity yet. Comments and review events appear here.</source>
        <translation>Ainda não há atividade na conta RCS. Comentários e eventos de análise aparecem aqui.</translation>
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
        <translation>Ainda não há remetentes RCS. Crie um agente RCS, preencha o questionário de lançamento e lance-o por país.</translation>
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
        <translation>Remetente RCS</translation>
    </message>
    <message>
        <source>upscales</source>
        <translation>upscales</translation>
    </message>
    <message>
        <source>No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.</source>
        <translation>Não há upscales. Um upscale envia RCS para os usuários de um número de SMS depois que o remetente é lançado.</translation>
    </message>
    <message>
        <source>Upscale senders</source>
        <translation>Remetentes de upscale</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Com upscale</translation>
    </message>
    <message>
        <source>No senders can be upscaled yet. Launched RCS senders appear here.</source>
        <translation>Ainda não há remetentes para upscale. Remetentes RCS lançados aparecem aqui.</translation>
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
        <translation>Gatilhos</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>webhooks</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to get callbacks when templates and senders change state.</source>
        <translation>Ainda não há webhooks. Adicione um para receber callbacks quando modelos e remetentes mudarem de estado.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation>Este projeto ainda não tem conta do WhatsApp.
Crie uma com a razão social da empresa e o ID do Business Manager da Meta; a Meta então analisa a empresa, o que pode levar alguns dias.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Qualquer alteração</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Ainda não há modelos. Crie um (Ctrl+N)</translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation>Telefone do administrador</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation>Este remetente ainda não tem modelos de AlimTalk. Crie um (Ctrl+N): escreva a mensagem com #{variables}, salve-a como rascunho e envie-a para análise da Kakao.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation>Conversation API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Conta %1</translation>
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
        <translation>é o próprio modelo</translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation>%1 já foi clonado em %2 a partir de %3</translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation>Cancelado enquanto aguardava o reenvio: o servidor o recusou com 429 (solicitações demais), então nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes do envio.</translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation>Enviando novamente (tentativa %1)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation>Recusado com 429 (solicitações demais) e não reenviado porque a tarefa foi cancelada: nada foi alterado.</translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation>Ainda recusado com 429 (solicitações demais) após %1 tentativas: nada foi alterado. Execute novamente mais tarde.</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation>Recusado com 429 (solicitações demais): aguardando %1 s para reenviar.</translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation>A resposta se perdeu (%1): a operação pode ter sido feita. Verifique o destino antes de executar novamente.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation>O servidor pediu para desacelerar: aguardando %1 s.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não concluído</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>concluídos %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>com falha %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>não concluídos %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>desconhecidos %1</translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation>a fazer %1</translation>
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
        <translation>ainda em execução</translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation>Iniciado %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>%n solicitação reenviada depois que o servidor respondeu 429 (solicitações demais, não processada).</numerusform>
            <numerusform>%n solicitações reenviadas depois que o servidor respondeu 429 (solicitações demais, não processadas).</numerusform>
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
        <translation>Digite o segredo da chave: um segredo vazio não é armazenado.</translation>
    </message>
    <message>
        <source>No key secret is stored for this project. Enter it in the project&apos;s settings.</source>
        <translation>Nenhum segredo de chave está armazenado para este projeto. Digite-o nas configurações do projeto.</translation>
    </message>
    <message>
        <source>The keychain could not store the key secret (%1). Try again, or check the keychain application.</source>
        <translation>O chaveiro não conseguiu armazenar o segredo da chave (%1). Tente novamente ou verifique o aplicativo de chaveiro.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.</source>
        <translation>O acesso ao chaveiro foi negado, então o segredo da chave só é mantido até o console ser fechado. Permita que o console use o chaveiro para mantê-lo entre sessões.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.</source>
        <translation>O acesso ao chaveiro foi negado, então não foi possível ler o segredo da chave. Permita que o console use o chaveiro ou digite o segredo da chave novamente.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret stored there was not removed.</source>
        <translation>O acesso ao chaveiro foi negado, então o segredo da chave armazenado nele não foi removido.</translation>
    </message>
    <message>
        <source>The keychain could not read the key secret (%1). Try again, or enter the key secret again.</source>
        <translation>O chaveiro não conseguiu ler o segredo da chave (%1). Tente novamente ou digite o segredo da chave outra vez.</translation>
    </message>
    <message>
        <source>The keychain could not remove the key secret (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain application.</source>
        <translation>O chaveiro não conseguiu remover o segredo da chave (%1). Remova a entrada &quot;%2&quot; de &quot;%3&quot; no aplicativo de chaveiro.</translation>
    </message>
    <message>
        <source>The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.</source>
        <translation>O segredo da chave só é mantido até o console ser fechado, porque não há chaveiro disponível. Instale e desbloqueie o GNOME Keyring ou o KWallet e digite o segredo novamente para mantê-lo entre sessões.</translation>
    </message>
    <message>
        <source>The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.</source>
        <translation>Não é possível ler o segredo da chave porque não há chaveiro disponível. Digite o segredo da chave novamente; ele é mantido até o console ser fechado.</translation>
    </message>
    <message>
        <source>The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.</source>
        <translation>O segredo da chave foi removido da memória. Não há chaveiro disponível, então um segredo armazenado nele em uma sessão anterior não pôde ser removido.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.</source>
        <translation>Não há chaveiro disponível (%1). Os segredos de chave só são mantidos até o console ser fechado; instale e desbloqueie o GNOME Keyring ou o KWallet para mantê-los entre sessões.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportApplier</name>
    <message>
        <source>Not connected to the project.</source>
        <translation>Não conectado ao projeto.</translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation>Rascunhos locais precisam de um projeto adicionado ao console (os rascunhos pertencem a ele).</translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation>Modelo do WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation>Modelo do KakaoTalk</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation>Idêntico, ignorar</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Não é possível importar</translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation>O projeto de destino não tem o remetente do KakaoTalk %1: registre-o lá primeiro e planeje novamente.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation>Modelos do WhatsApp</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Remetentes do KakaoTalk</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation>Modelos do KakaoTalk de %1</translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation>Cancelado antes de o plano ser concluído.</translation>
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
        <translation>Conta do WhatsApp</translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation>Conta RCS</translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>%n resultado de análise</numerusform>
            <numerusform>%n resultados de análise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n novo comentário</numerusform>
            <numerusform>%n novos comentários</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation>Resultado da análise: %1</translation>
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
        <translation>Digite um nome de exibição para o projeto.</translation>
    </message>
    <message>
        <source>Enter the project ID. The Sinch Customer Dashboard shows it beside the project&apos;s name.</source>
        <translation>Digite o ID do projeto. O Sinch Customer Dashboard o mostra ao lado do nome do projeto.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the project ID.</source>
        <translation>Remova os espaços ou quebras de linha do ID do projeto.</translation>
    </message>
    <message>
        <source>Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys.</source>
        <translation>Digite o ID da chave. O Sinch Customer Dashboard o lista em Access Keys.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the key ID.</source>
        <translation>Remova os espaços ou quebras de linha do ID da chave.</translation>
    </message>
    <message>
        <source>Enter a base URL that starts with https:// and names a host, for example %1.</source>
        <translation>Digite uma URL base que comece com https:// e indique um host, por exemplo, %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL: the key ID and key secret have their own fields.</source>
        <translation>Remova o nome de usuário e a senha da URL base: o ID da chave e o segredo da chave têm campos próprios.</translation>
    </message>
    <message>
        <source>Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Use https na URL base: http simples só é permitido para o sandbox local (127.0.0.1, localhost ou ::1), não para %1.</translation>
    </message>
    <message>
        <source>Enter a token URL that starts with https:// and names a host, for example %1.</source>
        <translation>Digite uma URL de token que comece com https:// e indique um host, por exemplo, %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL: the key ID and key secret have their own fields.</source>
        <translation>Remova o nome de usuário e a senha da URL de token: o ID da chave e o segredo da chave têm campos próprios.</translation>
    </message>
    <message>
        <source>Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>Use https na URL de token: http simples só é permitido para o sandbox local (127.0.0.1, localhost ou ::1), não para %1.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project&apos;s name.</source>
        <translation>O ID do projeto &quot;%1&quot; não parece um UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Verifique se você copiou o ID do projeto, e não o nome dele.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.</source>
        <translation>O ID da chave &quot;%1&quot; não parece um UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Verifique se você copiou o ID da chave, e não o segredo da chave.</translation>
    </message>
    <message>
        <source>Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.</source>
        <translation>Use https na URL da Conversation API: http simples só é permitido para o sandbox local, não para %1.</translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation>Escolha a região da Conversation API (EU ou US) ou digite uma URL que comece com https:// e indique um host.</translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation>A pasta contém a exportação do projeto %1: exporte %2 em outra pasta.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Não é possível criar a pasta.</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>Atividades de %1</translation>
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
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID da solicitação</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operação: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>Attempt: %1, %2 ms</source>
        <translation>Tentativa: %1, %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corpo da solicitação:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Corpo da resposta:</translation>
    </message>
    <message>
        <source>Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).</source>
        <translation>Os corpos são guardados para as requisições com falha (para todas com a regra de log sinch.api.debug=true).</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1, incompleta</translation>
    </message>
    <message>
        <source>%1 (its headers came; the answer did not, whole)</source>
        <translation>%1 (os cabeçalhos chegaram; a resposta não chegou inteira)</translation>
    </message>
</context>
<context>
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation>O remetente está em um estado que este console não conhece (%1): veja a atividade dele para saber o que aconteceu.</translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation>O número já é um remetente do WhatsApp em outro lugar: remova-o de lá ou use outro número.</translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation>O número nunca foi verificado: registre-o novamente e digite o código.</translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation>A conta do WhatsApp Business pertence a outro projeto: use esse projeto ou peça ao suporte da Sinch para movê-la.</translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation>A Meta não verificou a empresa: conclua a verificação da empresa no Business Manager da Meta.</translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation>O remetente foi excluído na Meta: crie-o novamente.</translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation>Falha ao configurar o remetente (%1): entre em contato com o suporte da Sinch informando o ID do remetente.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>sem código de erro</translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation>Falha ao configurar o remetente: &quot;%1&quot;. Entre em contato com o suporte da Sinch informando o ID do remetente.</translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation>A Meta rejeitou as alterações sem motivo: edite-as e envie novamente, ou descarte-as.</translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation>A Meta rejeitou as alterações: &quot;%1&quot; Edite-as para seguir essa regra e envie novamente, ou descarte-as.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation>Digite o código de 6 dígitos enviado para %1.</translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation>Solicite um código de verificação para %1: a Meta o envia por SMS ou ligação.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation>Nada a fazer: a Meta está analisando o remetente; esta página acompanha a análise.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation>Envie as alterações em rascunho para análise da Meta ou descarte-as.</translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation>O remetente está inativo: registre %1 novamente e digite o novo código.</translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation>A Meta suspendeu o remetente: verifique a classificação de qualidade e entre em contato com o suporte da Sinch para recorrer.</translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation>Nada a fazer: o remetente está ativo.</translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation>A Kakao rejeitou as alterações: verifique se o nome, as categorias e o logotipo correspondem ao canal do KakaoTalk e envie novamente, ou descarte-as.</translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation>Digite o token que a Kakao enviou para o telefone do administrador %1.</translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation>Solicite um token: a Kakao o envia para o telefone do administrador %1.</translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation>Nada a fazer: a Kakao está analisando o remetente; esta página acompanha a análise.</translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation>Envie o remetente para análise da Kakao ou descarte o rascunho.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation>Envie as alterações em rascunho para análise da Kakao ou descarte-as.</translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation>O remetente está inativo: solicite um token para o telefone do administrador %1 para reativá-lo.</translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation>A Kakao bloqueou o canal do KakaoTalk: o proprietário do canal deve resolver isso com a Kakao.</translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation>A Kakao suspendeu o remetente: entre em contato com o suporte da Sinch.</translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation>A Kakao não aceitou este token. Confira os dígitos do último token enviado para %1 e digite-os novamente, ou solicite um novo token.</translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation>Este remetente não está aguardando um token: solicite um token primeiro.</translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation>Este remetente já está verificado e ativo: não precisa de token.</translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation>Este não é o código que a Meta enviou para %1. Confira os 6 dígitos do último SMS ou ligação e digite-os novamente; após alguns códigos errados, o código é anulado e novos códigos são recusados por um tempo.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation>Foram digitados códigos errados demais para %1, então a Meta anulou o código e está recusando novos por enquanto. Aguarde algumas horas e registre novamente para receber um novo código; se ainda for recusado, peça ao suporte da Sinch para verificar o número com a Meta.</translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation>Não há código válido para verificar: ele foi usado, anulado após códigos errados ou nunca foi solicitado. Registre novamente para receber um novo código.</translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation>Um código foi solicitado há pouco: aguarde um minuto para ele chegar antes de pedir outro.</translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation>Este número já está registrado e verificado: não precisa de um novo código.</translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation>Só é possível solicitar um código enquanto o remetente aguarda verificação ou está inativo.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Ainda não ativo</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation>Clonar para %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportar para %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 não é um JSON válido: %2 no caractere %3.</translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation>%1 não contém nenhum modelo: era esperado um objeto JSON.</translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation>%1 não parece um modelo do WhatsApp: não tem &quot;name&quot; nem &quot;details&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation>%1: &quot;details.components&quot; deve ser uma lista.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Não é possível exportar para %1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Rejeição</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Button clicks</source>
        <translation>Cliques em botões</translation>
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
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Allow category change</source>
        <translation>Permitir mudança de categoria</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Tempo de vida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
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
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de arquivo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation>O código expira após (minutos)</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>Aviso de segurança</translation>
    </message>
    <message>
        <source>Code button</source>
        <translation>Botão do código</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texto de preenchimento automático</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Pacote Android</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>Hash de assinatura do app</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Ação do flow</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>Primeira tela</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
</context>
<context>
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation>{{1}} no cabeçalho</translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation>{{%1}} no corpo</translation>
    </message>
</context>
<context>
    <name>sinch::TokenProvider</name>
    <message>
        <source>The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.</source>
        <translation>O serviço de token recusou a chave. Verifique o ID e o segredo da chave ou mude o projeto para autenticação Basic.</translation>
    </message>
    <message>
        <source>the token answer has no access_token or expires_in</source>
        <translation>a resposta do token não tem access_token nem expires_in</translation>
    </message>
</context>
<context>
    <name>sinch::app</name>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 aceita %2, não &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Recria os modelos e webhooks de uma exportação de projeto em outro projeto: primeiro o plano (criar, idêntico, conflito com as diferenças) e depois, sem --dry-run, as alterações. Os modelos são criados como rascunhos no servidor, nunca enviados; com --as-drafts, eles viram rascunhos locais do console. Cada novo webhook pede o segredo (uma resposta vazia, ou a falta de terminal, gera um, mostrado uma única vez).
O segredo da chave vem de SINCH_KEY_SECRET ou do chaveiro.</translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>Exporta todos os recursos legíveis de um projeto (conta do WhatsApp, remetentes, modelos, fluxos, remetentes e modelos do KakaoTalk, remetentes RCS, webhooks, atividades) como arquivos JSON com um manifest.json; uma nova execução regrava só o que mudou. Nenhum segredo ou token é gravado.
O segredo da chave vem de SINCH_KEY_SECRET ou do chaveiro.</translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation>O projeto: um nome, o ID de projeto da Sinch ou o ID local da lista do console; com --key-id, o ID de projeto da Sinch.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>A pasta de destino da exportação.</translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation>Mostra o plano sem alterar nada.</translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation>Transforma os modelos em rascunhos locais do console (para enviar pelo editor).</translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation>Aplica também os conflitos: o conteúdo da exportação substitui o do projeto.</translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation>O endereço da API (com --key-id).</translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation>O endereço do token OAuth2 (com --key-id).</translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation>O ID da chave de acesso: o projeto vem das flags.</translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation>oauth2 (padrão) ou basic.</translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation>A pasta de uma exportação de projeto.</translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation>--project é obrigatório: o nome ou ID do projeto</translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation>import aceita uma pasta, a exportação a importar</translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation>export não aceita mais palavras: a pasta vai com --out</translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation>--out é obrigatório: a pasta de destino da exportação</translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation>--base-url, --token-url e --auth precisam de --key-id (um projeto informado pelas flags)</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation>--%1 aceita um endereço http(s), não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation>--auth aceita oauth2 ou basic, não &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n modelo, %1</numerusform>
            <numerusform>%n modelos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation>Imprime todos os modelos do WhatsApp de um projeto como prévia de celular em uma folha de contatos PDF, com sumário.
O segredo da chave vem da variável de ambiente %1 ou, se não houver, do chaveiro.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a ser gravado.</translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation>Só modelos neste estado (repita ou separe por vírgulas).</translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation>Só modelos desta categoria.</translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation>Só modelos neste idioma (por exemplo, EN_US, KO).</translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation>Páginas e prévias escuras.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation>&quot;%1&quot; inesperado (veja --help)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>informe o PDF a ser gravado com -o FILE.pdf</translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation>não é possível ler os modelos de %1: %2</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Modelos do WhatsApp</translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation> · só %1</translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation>%1: %2 modelos, %3 páginas (lidos em %4 ms, desenhados em %5 ms)
</translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation>O projeto: o ID de projeto da Sinch, o nome ou o ID local de um projeto configurado; com --key-id e --base-url, qualquer ID de projeto.</translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation>O ID da chave de acesso (um projeto não configurado no console).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation>O endereço da API (padrão: o configurado ou, se não houver, o da Sinch).</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation>O endpoint de token OAuth2 (padrão: o da Sinch).</translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation>basic ou oauth2 (padrão: oauth2).</translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation>indique o projeto com --project ID</translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation>--auth é basic ou oauth2, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation>nenhum projeto configurado se chama &quot;%1&quot;; adicione-o no console ou informe --key-id (e --base-url) para acessá-lo sem configurar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation>&quot;%1&quot; corresponde a %2 projetos configurados: use o ID de projeto da Sinch</translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation>não há segredo de chave para %1%2: defina %3 ou salve o segredo do projeto no console (um segredo nunca é lido de uma flag)</translation>
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
        <translation>É %1; a Sinch aceita %2.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>não é uma imagem</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation>Tem %1 × %2 pixels; deve ter exatamente %3 × %4.</translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation>Tem %1; é permitido no máximo %2.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>até %1</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
    <message>
        <source>sinch-console lint: unknown option %1</source>
        <translation>sinch-console lint: opção desconhecida %1</translation>
    </message>
    <message>
        <source>sinch-console lint: name at least one template JSON file</source>
        <translation>sinch-console lint: informe pelo menos um arquivo JSON de modelo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>não é um objeto JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>sinch-console lint: --channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>sinch-console lint: --channel é whatsapp ou kakaotalk, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>Uso: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Valida arquivos JSON de modelos do WhatsApp e KakaoTalk (no formato da solicitação de criação da API);
o canal é deduzido dos campos de cada arquivo, a menos que --channel o indique.
Código de saída: 0 sem erros, 1 erros encontrados, 2 entrada ilegível.
</translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation>Escolha: %1. Não pode ser alterado depois que o remetente existir.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation>“%1” não é um valor de %2 que a API conhece; escolha um de %3.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>%1: tem %2 caracteres; reduza para no máximo %3.</translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation>%1: não é um endereço web; escreva-o completo, por exemplo, https://example.com/page.</translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation>%1: é %2; use uma imagem JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation>Digite o número de telefone ou remova esta linha.</translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation>Adicione pelo menos %1 item aqui ou deixe a lista de fora.</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation>São permitidos no máximo %1 itens aqui; remova %2.</translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation>Dê a este contato um rótulo visível, por exemplo, “Atendimento ao cliente”.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation>Digite: %1. Ou remova esta linha.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>endereço web</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>Este não é um endereço de e-mail; escreva-o como nome@example.com.</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation>Este item já está na lista acima; cada um deve ser diferente.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>nome da marca</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button.</source>
        <translation>Escreva a cor como código hexadecimal, por exemplo, #1A73E8, ou escolha-a com o botão Escolher…</translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation>Texto branco nesta cor tem contraste de %1:1; a leitura é melhor a partir de %2:1. Escolha uma cor mais escura.</translation>
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
        <translation>URL da política de privacidade</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL dos termos de serviço</translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation>Escolha pelo menos um país em que o remetente será lançado.</translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation>Remetentes RCS não podem ser lançados em “%1”; escolha um de %2.</translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation>%1 foi escolhido duas vezes; remova um.</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation>São permitidos no máximo %1 números de teste; remova %2.</translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation>Escreva o número de teste no formato E.164: + e o código do país, depois o número (por exemplo, +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation>%1 aparece duas vezes; remova um.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>billing category</source>
        <translation>categoria de cobrança</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>caso de uso</translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +442071234567).</source>
        <translation>Escreva o número com %1 a %2 dígitos, sem código do país nem separadores (ex.: 2071234567), ou em E.164 com o código do país (ex.: +442071234567).</translation>
    </message>
    <message>
        <source>At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).</source>
        <translation>No máximo %1 caracteres; este tem %2. Tire os espaços e hífens (ex.: +442071234567).</translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Categoria da empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Segundo site</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation>URL da foto do perfil</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation>Número fornecido por</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation>Armazenamento local da Meta</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>ID de pesquisa</translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation>Telefone do administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL do logotipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation>Categoria (segundo nível)</translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation>Categoria (terceiro nível)</translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation>Escolha a categoria até o terceiro nível.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 tem %2 caracteres; são permitidos no máximo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1 precisa de pelo menos %n caractere.</numerusform>
            <numerusform>%1 precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” não é um de %3.</translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation>%1 não é um endereço de e-mail: escreva-o como nome@example.com.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation>%1 não é um endereço web: escreva-o completo, por exemplo, https://example.com.</translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation>%1: só dígitos, com o código do país e um + opcional no início, por exemplo, +821012345678.</translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation>%1: só dígitos, sem código do país, espaços ou hífens.</translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation>%1: o código de discagem do país em dígitos, sem + (49 para a Alemanha, 44 para o Reino Unido).</translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation>%1: o código deve ter exatamente %2 dígitos.</translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation>%1: o endereço não indica o tipo da imagem; deve ser um de %2.</translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation>%1: um arquivo %2; a imagem deve ser um de %3.</translation>
    </message>
    <message>
        <source>%1 is required with your own number: WhatsApp sends the verification code to it.</source>
        <translation>%1 é obrigatório com o seu próprio número: o WhatsApp envia o código de verificação para ele.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1 tem só %n dígito; com o código do país, um número de telefone tem pelo menos 8, p. ex. +821012345678.</numerusform>
            <numerusform>%1 tem só %n dígitos; com o código do país, um número de telefone tem pelo menos 8, p. ex. +821012345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>O arquivo PNG a ser gravado.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Usa o tema escuro.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 0.5 to 4 (default 1).</source>
        <translation>Pixels por pixel lógico, de 0.5 a 4 (padrão 1).</translation>
    </message>
    <message>
        <source>The template, as JSON (the API&apos;s create request).</source>
        <translation>O modelo, em JSON (a solicitação de criação da API).</translation>
    </message>
    <message>
        <source>give one template file (see --help)</source>
        <translation>informe um arquivo de modelo (veja --help)</translation>
    </message>
    <message>
        <source>give the PNG to write with -o OUT.png</source>
        <translation>informe o PNG a ser gravado com -o OUT.png</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, not &quot;%1&quot;</source>
        <translation>--scale aceita um número de 0.5 a 4, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>internal error: rendering needs a QGuiApplication</source>
        <translation>erro interno: a renderização precisa de um QGuiApplication</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 não é um JSON válido: %2 na posição %3</translation>
    </message>
    <message>
        <source>%1 is not a template: expected a JSON object</source>
        <translation>%1 não é um modelo: era esperado um objeto JSON</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1: %2×%3 px, %4 findings marked (%5 errors)
</source>
        <translation>%1: %2×%3 px, %4 ocorrências marcadas (%5 erros)
</translation>
    </message>
    <message>
        <source>Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.
The channel is told from the file&apos;s fields unless --channel names it.</source>
        <translation>Renderiza um modelo do WhatsApp ou KakaoTalk (AlimTalk) como o celular o mostra e grava um PNG.
O canal é deduzido dos campos do arquivo, a menos que --channel o indique.</translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation>Mostra as variáveis ({{n}}, #{name}) em vez dos exemplos.</translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation>Renderiza como modelo deste canal: whatsapp ou kakaotalk.</translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation>KakaoTalk: o exemplo mostrado para #{NAME} (repita para cada variável).</translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation>KakaoTalk: o nome do canal mostrado acima da mensagem.</translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>--channel é whatsapp ou kakaotalk, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--example aceita NAME=VALUE, não &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
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
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation>Criada pelo Cadastro Incorporado</translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation>Análises de modelos</translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation>Regiões da Conversation API</translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation>Local principal da empresa</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banimento</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Razão social da empresa</translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation>ID do Business Manager da Meta</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation>Nova razão social da empresa</translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation>Novo ID do Business Manager</translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation>Ativado: os insights de modelos da Meta são coletados</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
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
        <translation>&amp;Criar conta…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar dados…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar dados</translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation>Ativar &amp;análises de modelos…</translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation>Ativar análises de modelos</translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation>&amp;Token de acesso de longa duração…</translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation>Criar token de acesso de longa duração</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation>Digite a razão social da empresa e o ID do Business Manager da Meta para análise da Meta</translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation>Mostrar a conta como o servidor a enviou</translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation>Pedir à Meta que colete insights de modelos (enviadas, entregues, lidas, cliques)</translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation>Trocar um token do Cadastro Incorporado por um de longa duração ou consultar as WABAs que ele alcança</translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation>Conta em JSON</translation>
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
        <translation>Escolha um projeto primeiro.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Escolha um projeto para ver a atividade dele.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation>Corrija os dados que a Meta rejeitou e envie-os para análise novamente</translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation>A Meta só aceita alterações de uma conta rejeitada; esta está: %1</translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation>As análises de modelos já estão ativadas</translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation>A Meta oferece análises de modelos depois que a conta é integrada</translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation>&amp;Razão social da empresa:</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>Razão social da empresa</translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation>Como aparece no Business Manager da Meta</translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation>Deve corresponder exatamente ao nome da empresa no Business Manager da Meta.</translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation>ID do &amp;Business Manager da Meta:</translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation>ID do Business Manager</translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation>por exemplo, 104857600123456</translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation>No Business Manager da Meta: Configurações do negócio &gt; Informações do negócio.</translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation>Deixar a Sinch escolher</translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation>&amp;Business Manager da Sinch:</translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation>Business Manager da Sinch</translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation>A empresa da Sinch que integra a conta; não pode ser alterada depois.</translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation>Nova conta do WhatsApp</translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation>Corrigir os dados da conta</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation>Criar a conta; a Meta a analisa (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation>Enviar os dados corrigidos para análise da Meta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation>Nada mudou: corrija um campo primeiro.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Criando a conta…</translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation>Enviando os dados…</translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation>Conta criada. A Meta analisa a empresa; o estado aparece aqui.</translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation>Dados enviados para análise da Meta.</translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation>Pedir à Meta que colete análises dos modelos desta conta?

A Meta passa a contar quantas vezes cada modelo é enviado, entregue e lido e quantas vezes seus botões são clicados; a lista de modelos mostra os números. Isso não pode ser desativado aqui.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation>Ativando análises de modelos…</translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation>As análises de modelos estão ativadas: a Meta as coleta a partir de agora.</translation>
    </message>
    <message>
        <source>The account could not be read. See the message above.</source>
        <translation>Não foi possível ler a conta. Veja a mensagem acima.</translation>
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
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation>Atividade, mais recentes primeiro</translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation>Comentários sendo publicados</translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation>Ler a atividade novamente</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Atualizar atividade</translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation>Escolha um item para ver a atividade dele.</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>Carregando atividade…</translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation>Não foi possível ler a atividade. Veja a mensagem acima.</translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation>Ainda não há atividade. Comentários, edições e etapas de análise aparecem aqui.</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Atividade de %1</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>Você · enviando…</translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation>O comentário não foi publicado: %1 Ele voltou para a caixa; publique-o novamente quando quiser.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AddProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>Adicionar projeto</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>e.g. Shop production</source>
        <translation>por exemplo, Produção da loja</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>from the Sinch dashboard, Settings → Projects</source>
        <translation>no painel da Sinch, Settings → Projects</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID da chave</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Segredo da chave</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>mostrado uma vez quando a chave foi criada</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar segredo</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostrar ou ocultar o segredo</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>OAuth 2.0 (recommended)</source>
        <translation>OAuth 2.0 (recomendado)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome de exibição:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID do &amp;projeto:</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>ID da &amp;chave:</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>&amp;Segredo da chave:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configurações avançadas</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL de &amp;token:</translation>
    </message>
    <message>
        <source>Problems with the entered values</source>
        <translation>Problemas nos valores digitados</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Teste de conexão</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testando</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Testar e salvar</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>Testar e salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar projeto</translation>
    </message>
    <message>
        <source>enter the key secret</source>
        <translation>digite o segredo da chave</translation>
    </message>
    <message>
        <source>leave empty to keep the current secret</source>
        <translation>deixe vazio para manter o segredo atual</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>Digite o segredo da chave.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Testando a chave com %1…</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>A chave funciona. Salvando…</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Não foi possível salvar o projeto: %1</translation>
    </message>
    <message>
        <source>Conversation API region</source>
        <translation>Região da Conversation API</translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation>Onde ficam os apps da Conversation API do projeto: as listas de apps e os envios de teste vão para lá</translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation>&amp;Região da Conversation:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Outra (%1)</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>O projeto</translation>
    </message>
    <message>
        <source>The new project</source>
        <translation>O novo projeto</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>KakaoTalk channel</source>
        <translation>Canal do KakaoTalk</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensagem de %1</translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation>AlimTalk recebido</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation>Mensagem de segurança: exibida apenas no dispositivo principal</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagem: %1</translation>
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
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation>Adicione este canal para receber anúncios e mensagens de marketing no KakaoTalk.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botão</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Botão: %1</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Enviado em %1</translation>
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
        <translation>Mostrar as variáveis como #{name} em vez dos exemplos</translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation>Prévia do AlimTalk</translation>
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
        <translation>Filtrar a lista</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nada corresponde a “%1”. Limpe o filtro (Esc) para ver a lista completa de %2.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Escolha um projeto para ver %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Escolha um projeto para ver a atividade dele.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
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
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation>Adicionar texto do corpo</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Adicionar corpo</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation>O WhatsApp escreve o texto de uma mensagem de autenticação por conta própria.</translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation>Adicionar a recomendação de segurança (&quot;Não compartilhe este código&quot;)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto do corpo</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Monoespaçado</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variável</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation>Inserir uma variável no cursor (Ctrl+Shift+V)</translation>
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
            <numerusform>Clonar %n modelo</numerusform>
            <numerusform>Clonar %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Projeto de destino</translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation>%1 (este projeto)</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>Idiomas de destino</translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation>Marque os idiomas para os quais clonar; sem nenhum marcado, cada modelo mantém o próprio idioma</translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation>&amp;Enviar os clones para análise (senão ficam como rascunhos)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation>Projeto de &amp;destino:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traduções</translation>
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
        <translation>Texto de origem</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation>T&amp;raduções (cada texto de um clone em outro idioma; edite a coluna Tradução):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Clonar</translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation>%1 de %2 em %3</translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%n clone em %1.</numerusform>
            <numerusform>%n clones em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Deixados de fora: %1.</translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation>Nada para clonar: escolha outro projeto ou marque um idioma</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>Item</translation>
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
        <translation>C&amp;ancelar tarefa</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar tarefa</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar &amp;relatório</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Concluído. %1</translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation>Verifique no servidor os itens marcados como Desconhecido antes de executá-los novamente.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation>Cancelando: aguardando a resposta das solicitações já enviadas…</translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation>O servidor pediu para desacelerar (429): aguardando antes de reenviar. %1</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>Em execução… %1</translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation>Não iniciar nada novo; o que já foi enviado termina e é relatado</translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation>A tarefa não está em execução</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation>Nome do pacote</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation>Criar um subprojeto</translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation>Criar um app de SMS</translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation>Criar um app da Conversation API</translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation>Nome do app da Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Modo de processamento</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Política de retenção</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Dias de retenção</translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation>Dá nome ao subprojeto e aos apps, a menos que tenham nome próprio</translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation>O nome do pacote, se vazio</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation>Nome &amp;do app</translation>
    </message>
    <message>
        <source>Processing &amp;mode</source>
        <translation>&amp;Modo de processamento</translation>
    </message>
    <message>
        <source>Retention p&amp;olicy</source>
        <translation>Po&amp;lítica de retenção</translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation>&amp;Tempo de retenção</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 a %2 dias</translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation>Escolha pelo menos um item para o pacote criar.</translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation>Digite um nome: o subprojeto e os apps recebem o nome do pacote.</translation>
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
        <translation>Onde os recursos são criados</translation>
    </message>
    <message>
        <source>Choose a region: the bundle&apos;s subproject and apps are created there.</source>
        <translation>Escolha uma região: o subprojeto e os aplicativos do pacote são criados lá.</translation>
    </message>
    <message>
        <source>Also names the subproject and apps</source>
        <translation>Também dá nome ao subprojeto e aos apps</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 tem %2 caracteres; o máximo é %3.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>Subproject</source>
        <translation>Subprojeto</translation>
    </message>
    <message>
        <source>Parent project ID</source>
        <translation>ID do projeto pai</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SMS app</source>
        <translation>App de SMS</translation>
    </message>
    <message>
        <source>SMS service ID</source>
        <translation>ID do serviço de SMS</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Tokens de acesso</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App do Conversation</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>Modo de processamento</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Política de retenção</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Dias mantidos</translation>
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
        <translation>Gatilhos</translation>
    </message>
    <message>
        <source>Webhooks told it is done</source>
        <translation>Webhooks avisados da conclusão</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID do webhook</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation>Criar pacote</translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation>Mostrar pacote</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Novo pacote</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>ID do pacote</translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation>Detalhes do pacote</translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation>Crie um pacote ou digite o ID de um pacote e pressione Enter.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>This form has created a bundle: change a field to create another.</source>
        <translation>Este formulário já criou um pacote: altere um campo para criar outro.</translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show bundle reads its state again. To create another, change the form first.</source>
        <translation>Pacote criado (%1). O servidor talvez ainda esteja criando suas partes: &quot;Mostrar pacote&quot; lê o estado de novo. Para criar outro, altere o formulário antes.</translation>
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
        <translation>Escolha um fluxo</translation>
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
        <translation>Botão %1 </translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation>Botão %1 (%2):</translation>
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
        <translation>Até 25 caracteres</translation>
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
        <translation>URL de exemplo:</translation>
    </message>
    <message>
        <source>example URL</source>
        <translation>URL de exemplo</translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation>Necessário quando a URL termina com {{1}}</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de telefone:</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de telefone</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation>Preenchimento automático com um toque</translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation>Toque zero</translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation>Entrega do &amp;código:</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>Tipo de senha de uso único</translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation>Texto de preenchimento automático:</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>Texto de preenchimento automático</translation>
    </message>
    <message>
        <source>App package:</source>
        <translation>Pacote do app:</translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation>Nome do pacote do app compatível</translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation>com.example.app</translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation>Hash de assinatura:</translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation>Hash de assinatura do app compatível</translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation>Aceito os termos de serviço de toque zero</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>F&amp;luxo:</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>Navegar para uma tela</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Troca de dados</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Ação:</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Ação do fluxo</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Tela:</translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation>Tela do fluxo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Remover botão %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation>Ainda não há botões. Adicione até 10; as respostas rápidas ficam juntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>%n botão. Selecione um na estrutura para editá-lo; arraste ou use Alt+Cima/Baixo para reordenar.</numerusform>
            <numerusform>%n botões. Selecione um na estrutura para editá-lo; arraste ou use Alt+Cima/Baixo para reordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation>Remover todos os botões</translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation>Remover botões</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Card %1 de %2</translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation>Os cards têm estruturas diferentes; o WhatsApp exige que sejam iguais.</translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation>Aplicar a estrutura deste card a todos os cards</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Mídia:</translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation>Formato da mídia do card %1</translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation>URL da mídia:</translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation>URL da mídia do card %1</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation>Texto do card %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Remover botão %1</translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation>Remover botão %1 do card %2</translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation>Remover botão do card</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplicar card</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover para a esquerda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover para a direita</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remover card</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>Remover card %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation>Não é um carrossel. Um carrossel mostra de 1 a 10 cards após o corpo, cada um com mídia, texto e botões.</translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation>Transformar em carrossel</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>%n card. Todos os cards têm o mesmo formato de cabeçalho e os mesmos botões.</numerusform>
            <numerusform>%n cards. Todos os cards têm o mesmo formato de cabeçalho e os mesmos botões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Adicionar card</translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation>Remover carrossel</translation>
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
        <translation>Imprimir os modelos do WhatsApp do projeto atual como prévias em uma folha de contatos PDF</translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation>Escolha primeiro um projeto que esteja pronto</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
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
        <translation>Categoria</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
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
        <translation>Arquivo PDF</translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation>Modelos %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation>Todos os modelos de %1 que correspondem aos filtros, com uma prévia de celular cada, e sumário por nome.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Uma exportação está em andamento</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation>Escolha primeiro o arquivo PDF a ser gravado</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation>Lendo modelos… %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation>Não foi possível ler os modelos: %1 Tente novamente ou verifique as configurações do projeto.</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Lendo modelos…</translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation>Nenhum modelo corresponde a estes filtros: nada foi gravado.</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · Modelos do WhatsApp</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n modelo, %1</numerusform>
            <numerusform>%n modelos, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>Desenhando %n modelo…</numerusform>
            <numerusform>Desenhando %n modelos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation>Não foi possível gravar o catálogo: %1. Escolha outro arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>%n modelo gravado em %1 páginas em %2.</numerusform>
            <numerusform>%n modelos gravados em %1 páginas em %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation>− %1: era %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
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
        <translation>Sem alterações: o mesmo conteúdo da versão aprovada.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Compare with approved — %1</source>
        <translation>Comparar com a aprovada — %1</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Versão aprovada</translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation>As alterações pendentes (%1) têm o mesmo conteúdo da versão aprovada.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>%n linha só na versão aprovada (−), </numerusform>
            <numerusform>%n linhas só na versão aprovada (−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>%n linha só nas alterações pendentes (+).</numerusform>
            <numerusform>%n linhas só nas alterações pendentes (+).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Campos &amp;alterados:</translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation>Só nas alterações pendentes</translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation>Só na versão aprovada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aprovado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Alterações pendentes&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation>Status de %1</translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation>Digite o ID de um app da Conversation para ver o canal %1 dele.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation>Nenhum canal %1 neste app.</translation>
    </message>
    <message>
        <source>No such app.</source>
        <translation>App não encontrado.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografia</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Seguindo</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto do perfil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Global brand page</source>
        <translation>Página global da marca</translation>
    </message>
    <message>
        <source>Can join groups</source>
        <translation>Pode entrar em grupos</translation>
    </message>
    <message>
        <source>Reads all group messages</source>
        <translation>Lê todas as mensagens do grupo</translation>
    </message>
    <message>
        <source>Supports inline queries</source>
        <translation>Aceita consultas inline</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoria</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Bot URI</source>
        <translation>URI do bot</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation>Mostrar canais</translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation>Canais da Conversation API</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID do app da Conversation</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>App do &amp;Conversation</translation>
    </message>
    <message>
        <source>This project has no Conversation app with the ID “%1”. Check the ID, or choose one of the project&apos;s apps from the list.</source>
        <translation>Este projeto não tem nenhum app do Conversation com o ID “%1”. Verifique o ID ou escolha um dos apps do projeto na lista.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation>Publicar comentário</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation>Escreva um comentário para os revisores e sua equipe (Ctrl+Enter publica)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n caractere a mais</numerusform>
            <numerusform>%n caracteres a mais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n caractere restante</numerusform>
            <numerusform>%n caracteres restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Post comment (in the comment box)</source>
        <translation>Publicar comentário (na caixa de comentário)</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Compare analytics</source>
        <translation>Comparar análises</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Período</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation>Posição na taxa de bloqueio</translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation>Principal motivo de bloqueio</translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation>Erro na comparação</translation>
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
        <translation>A posição 1 na taxa de bloqueio é o modelo que as pessoas mais bloqueiam neste período.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation>Filtrar por app da Conversation</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App da Conversation</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>ID do app da Conversation</translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Escolha um app ou digite o ID dele, por exemplo, 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation>Lendo os apps da Conversation do projeto…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todos os apps</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID do app %1</translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation>Não foi possível ler os apps (%1). Digite o ID do app manualmente.</translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation>Não foi possível ler os apps (%1).</translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation>Digite o ID do app da Conversation.</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>Escolha o app do projeto (%n) ou digite um ID de app.</numerusform>
            <numerusform>Escolha um dos %n apps do projeto ou digite um ID de app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation>Mostrar só os remetentes conectados a um app da Conversation</translation>
    </message>
    <message>
        <source>The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>Não foi possível ler os apps: digite o ID do app, por exemplo, 01H8X3N6R7T5Y2V9W4Z0QK1M3P</translation>
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
        <translation>%1 (alterações não salvas)</translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation>Restaurar rascunhos</translation>
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
        <translation>Abas de documentos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n documento tem alterações não salvas.</numerusform>
            <numerusform>%n documentos têm alterações não salvas.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept as drafts, and the console offers them back when it starts again.</source>
        <translation>Eles são mantidos como rascunhos, e o console os oferece de novo quando iniciar outra vez.</translation>
    </message>
    <message>
        <source>Keep drafts and quit</source>
        <translation>Manter rascunhos e sair</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>%n documento tinha alterações não salvas quando o console foi fechado pela última vez. Abrir de novo?</numerusform>
            <numerusform>%n documentos tinham alterações não salvas quando o console foi fechado pela última vez. Abrir de novo?</numerusform>
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
        <translation>%1 em JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Escolha um projeto primeiro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>Escolha um projeto para ver a atividade dele.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation>Fechar documento</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation>“%1” tem alterações não salvas. Fechar e perdê-las?</translation>
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
        <translation>Alterar status</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Sem alterações não salvas</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n alteração não salva</numerusform>
            <numerusform>%n alterações não salvas</numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation> · salvo automaticamente %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorListPage</name>
    <message>
        <source>Cancel goes back to the editor, where they are kept.</source>
        <translation>Cancelar volta ao editor, onde elas são mantidas.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation>Exemplos: o que os revisores veem no lugar de cada variável.</translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation>Exemplo de {{1}}:</translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation>Exemplo da variável 1 do cabeçalho</translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation>Exemplo da variável %1</translation>
    </message>
    <message>
        <source>%1 example of variable %2</source>
        <translation>%1: exemplo da variável %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Pasta de exportação</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar para a pasta</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exportar projeto</translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation>Grava todos os recursos de &lt;b&gt;%1&lt;/b&gt; (%2) como arquivos JSON com um manifesto: conta, remetentes, modelos, fluxos, remetentes do KakaoTalk e RCS, webhooks e atividades. Nenhum segredo ou token é gravado. Exportar de novo para a mesma pasta regrava só o que mudou.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation>O que não pôde ser exportado</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Lendo o projeto…</translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation>Lido %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation>Cancelado. Arquivos gravados antes da interrupção: %1. O manifesto da pasta indica que a exportação está incompleta.</translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation>Concluído em %1 s. Arquivos: %2 (%3 gravados, %4 inalterados, %5 removidos).</translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation>Partes que não puderam ser lidas: %1 (abaixo); o restante foi gravado. Exporte novamente para tentar de novo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation>A exportação está em andamento</translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation>Digite ou escolha primeiro a pasta de destino da exportação</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>Ocorrências</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
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
        <translation>Escolha um fluxo para ver as telas dele.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nome do fluxo</translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation>Status do fluxo</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID do fluxo</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
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
        <translation>&amp;Telas:</translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation>Carregando as telas…</translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation>Este fluxo ainda não tem telas: adicione-as no WhatsApp Manager.</translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation>Não foi possível ler as telas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>%n tela, na ordem do fluxo. Um botão de fluxo que navega abre uma delas.</numerusform>
            <numerusform>%n telas, na ordem do fluxo. Um botão de fluxo que navega abre uma delas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Procurar %1</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Escolher a pasta em uma caixa de diálogo de arquivos</translation>
    </message>
    <message>
        <source>Type a folder, or choose one with Browse</source>
        <translation>Digite uma pasta ou escolha uma com Procurar</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation>Sem rodapé.</translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation>Adicionar validade do código</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>Adicionar rodapé</translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation>O código expira após minutos</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não exibido</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation>O código &amp;expira após:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texto do rodapé</translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation>Até 60 caracteres, sem variáveis</translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation>Remover rodapé</translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Formato do cabeçalho</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation>Sem cabeçalho. Escolha um formato para adicionar um cabeçalho de texto, imagem, vídeo, documento ou localização.</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texto do cabeçalho</translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation>Até 60 caracteres</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variável</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation>A localização é escolhida quando a mensagem é enviada.</translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation>&amp;URL da mídia:</translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation>URL de exemplo da mídia do cabeçalho</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation>Um arquivo de exemplo que os revisores podem abrir: JPEG ou PNG de até 5 MB, MP4 de até 16 MB, PDF de até 100 MB.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation>Pasta de exportação a importar</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>Importar da pasta</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planejar</translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation>&amp;Segredo do webhook:</translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation>Transformar os modelos em &amp;rascunhos locais (enviá-los pelo editor)</translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation>Importar para o projeto</translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation>Recria os modelos e webhooks de uma exportação de projeto em &lt;b&gt;%1&lt;/b&gt;. Planeje primeiro: nada muda até você importar o que está marcado. Os modelos são criados como rascunhos, nunca enviados para análise.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation>Planejar a importação</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plano de importação</translation>
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
        <translation>Plano</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation>Escolha um recurso para ver como ele difere do que está no projeto.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Segredo do webhook</translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation>Vazio: um é gerado e mostrado uma vez</translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation>Modelos como rascunhos locais</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Status da importação</translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation>O que não pôde ser importado</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation>Importar os recursos marcados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation>Cancelando… o que foi enviado permanece.</translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation>Lendo a exportação e o projeto…</translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation>O projeto já o tem assim: nada a fazer</translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation>Sem plano: veja abaixo o que não pôde ser lido e planeje novamente.</translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation>%1 a criar, %2 idênticos, %3 diferentes, %4 não podem ser importados. Marque o que importar.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Importado %1 de %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation>Importados: %1 criados, %2 substituídos, %3 rascunhos locais; %4 com falha.</translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation>Segredos de webhook</translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation>Estes webhooks receberam novos segredos. Copie-os agora para os serviços que verificam os eventos: eles são mostrados só desta vez.

%1</translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation>Novo neste projeto. O que será enviado:</translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation>O projeto já o tem com o mesmo conteúdo: será ignorado.</translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation>O projeto o tem com outro conteúdo. Se marcado, o da exportação o substitui:</translation>
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
        <translation>Digite ou escolha primeiro a pasta de uma exportação de projeto</translation>
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
        <translation>Aguarde o plano ou a importação terminar</translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation>Planeje primeiro: escolha a pasta da exportação e clique em Planejar</translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation>Marque os recursos a importar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>Pesquisar comentários (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Pesquisar comentários</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
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
        <translation>Tipo de atividade</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Só não lidas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation>Perguntar a cada projeto o que há de novo</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcar tudo como lido</translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation>Marcar como lidas todas as entradas exibidas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation>Escolha os projetos cujos resultados de análise e comentários geram notificações</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
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
        <translation>Todos os recursos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remetentes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toda a atividade</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation>Resultados de análise</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Etapas de análise</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Edições</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Só não lidas</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Status da sincronização</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizações</translation>
    </message>
    <message>
        <source>every </source>
        <translation>a cada </translation>
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
        <translation>Caixa de entrada, mais recentes primeiro</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos os projetos</translation>
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
        <translation>Ainda não sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation>Tudo lido. Desmarque “Só não lidas” para ver todas as entradas.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation>Nada corresponde. Limpe a pesquisa (Esc) ou escolha “Todos” nos filtros.</translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation>Nada ainda. Comentários, resultados de análise e edições dos remetentes e modelos de todos os projetos chegam aqui conforme a caixa de entrada sincroniza (Sincronizar agora pergunta na hora).</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Ainda não há projetos</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Notificar-me sobre %1</translation>
    </message>
    <message>
        <source>%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.</source>
        <translation>%1 não pôde ser sincronizado por completo: %2 O que foi lido é mantido; o resto é lido na próxima sincronização.</translation>
    </message>
    <message>
        <source>Syncing once the pages&apos; requests are in…</source>
        <translation>Sincroniza assim que as solicitações das páginas forem respondidas…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Button %1 mobile link</source>
        <translation>Link para celular do botão %1</translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation>Link para PC do botão %1</translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation>Link do app iOS do botão %1</translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation>Link do app Android do botão %1</translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation>Botão %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation>Tipo do botão %1</translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation>Rótulo do botão %1</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>No máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation>Informe pelo menos %1 entre o link para celular, o link do app iOS e o do app Android.</translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation>Mover botão %1 para cima</translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation>Mover este botão para cima (Alt+Cima)</translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation>Mover botão %1 para baixo</translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation>Mover este botão para baixo (Alt+Baixo)</translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation>Este é o primeiro botão</translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation>Este é o último botão</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Remover botão %1</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Remover este botão</translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation>Tipo do novo botão</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>Adiciona&amp;r botão</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Adicionar botão</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation>Um modelo tem no máximo %1 botões: remova um para adicionar outro</translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation>Adicionar um botão do tipo escolhido (no máximo %1)</translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation>Novo &amp;botão</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoriesPage</name>
    <message>
        <source>KakaoTalk sender categories</source>
        <translation>Categorias de remetentes do KakaoTalk</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Categoria escolhida</translation>
    </message>
    <message>
        <source>Loading the categories…</source>
        <translation>Carregando as categorias…</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>O servidor não listou categorias de remetente. Atualize (F5) para perguntar de novo.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Nenhuma categoria corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Open a category (→) to see its second and third levels: a sender takes one of the third.</source>
        <translation>Abra uma categoria (→) para ver o segundo e o terceiro níveis: um remetente usa uma do terceiro.</translation>
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
        <translation>Escolha a categoria do remetente</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>Seletor de categoria</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>Categoria escolhida</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>Esc&amp;olher</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Escolher categoria</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation>Usar esta categoria (Enter)</translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation>Escolha uma categoria do terceiro nível: abra um ramo (→) e escolha um dos itens.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>Nenhuma categoria corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation>Nenhuma categoria escolhida.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Escolhida: %1</translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation>%1 › … (escolha um dos itens)</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Pesquisar categorias</translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation>Pesquisar nos três níveis (↓ vai para a lista)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Pes&amp;quisar:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation>Exemplos: o que os revisores leem no lugar de cada variável. Guardados com o rascunho só neste console; a API da Kakao não aceita exemplos.</translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation>Exemplo de #{%1}</translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation>por exemplo, o que um cliente veria</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation>O remetente do KakaoTalk (ID do Plus Friend) cujos modelos são exibidos</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar rascunho</translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation>Suas edições não salvas de %1 voltaram. Desfazer (Ctrl+Z) as descarta.</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Enviar o modelo aprovado para um celular pela Conversation API</translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation>Só é possível enviar um modelo aprovado pela Kakao.</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation>Não enquanto a Kakao analisa o modelo</translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation>Manter o modelo como rascunho, sem enviar à Kakao (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation>Enviar o modelo para análise da Kakao (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Kakao is reviewing this template: Save draft and Submit for review wait for its decision, which is checked every 30 seconds.</source>
        <translation>A Kakao está analisando este modelo: “Salvar rascunho” e “Enviar para análise” aguardam a decisão, que é verificada a cada 30 segundos.</translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation>A Kakao rejeitou o modelo. Edite-o e envie novamente, ou exclua as alterações em rascunho.</translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation>A Kakao rejeitou o modelo: &quot;%1&quot; Edite-o e envie novamente, ou exclua as alterações em rascunho.</translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation>Um rascunho: a Kakao ainda não o viu. Envie-o para análise (Ctrl+Enter) quando estiver pronto.</translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation>Aprovado pela Kakao: pronto para enviar.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation>Enviando para a Kakao…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Salvando o rascunho…</translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation>Enviado para análise da Kakao.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation>A Kakao recusou os campos marcados em vermelho; o que você digitou foi mantido.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation>O servidor recusou os campos marcados em vermelho; o que você digitou foi mantido.</translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation>Editor de modelos do KakaoTalk</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado da análise</translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation>Verificar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Salvar rascun&amp;ho</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Submit for revie&amp;w</source>
        <translation>En&amp;viar para análise</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation>Atualizar estado da análise</translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation>Ler o modelo e o estado da análise do servidor</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;teste…</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>Mover botão para cima</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>Mover botão para baixo</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Usar a versão do servidor</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation>Transformar o botão %1 em botão %2</translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation>Adicionar um botão %1</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>Remover botão %1</translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation>Mover o botão %1 para a posição %2</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Mover botão</translation>
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
        <translation>Mostrar só modelos neste estado (consultado no servidor)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Mostrar só modelos cujas alterações pendentes têm este status (consultado no servidor)</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Qualquer alteração</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>O nome começa com</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Mostrar só modelos cujo nome começa com este texto (consultado no servidor)</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>O nome começa com…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation>Novo modelo de AlimTalk</translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation>Modelo de AlimTalk</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation>O canal do KakaoTalk (ID do Plus Friend) ao qual este modelo pertence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation>Código do modelo</translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation>O código da Kakao para este modelo, usado ao enviá-lo</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation>por exemplo, confirmação de pedido</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Kakao&apos;s default (Others)</source>
        <translation>Padrão da Kakao (Outros)</translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation>A subcategoria em que a Kakao classifica o modelo; digite para pesquisar</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Cate&amp;goria</translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation>Tipo de &amp;mensagem</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>&amp;Destaque</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation>A linha em destaque, por exemplo, o número do pedido</translation>
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
        <translation>Uma linha curta abaixo do título</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Subtítulo</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nome da imagem</translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation>O nome do arquivo enviado</translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation>N&amp;ome da imagem</translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation>UR&amp;L da imagem</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL da imagem</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation>JPEG ou PNG, até 500 KB, pelo menos 500×250 pixels, 2:1.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation>A mensagem, por exemplo, #{name}님, 주문이 접수되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Conteúdo</translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation>Escreva as variáveis como #{name}; no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Informações extras</translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation>In&amp;formações extras</translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation>Mensagem de segurança (códigos de uso único)</translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation>Exibida só no dispositivo principal do destinatário, como a Kakao exige para mensagens de OTP</translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation>Botões (no máximo %1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation>Excluir o modelo &quot;%1&quot; (%2) de %3? Ele não poderá mais ser enviado.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation>Excluir alterações em rascunho</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation>Excluir as alterações pendentes de &quot;%1&quot;? Ele nunca foi aprovado: só o código permanece.</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation>Excluir as alterações pendentes de &quot;%1&quot;? O modelo aprovado permanece como está.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Excluir alterações</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation>Escolha um modelo para editá-lo ou crie um (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Novo modelo</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation>Criar um modelo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>Excluir o modelo selecionado (Del)</translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation>Excluir alterações em &amp;rascunho…</translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation>Excluir as alterações pendentes do modelo selecionado</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Ações do modelo</translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation>Lista de modelos</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation>Escolha um modelo para ver a atividade dele.</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>R&amp;emetente:</translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation>Estas edições não salvas são de um modelo de outro remetente ou projeto. Salve-as (Ctrl+S) e elas vão para lá, ou escolha outra linha para descartá-las.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation>Nenhum modelo de %1 corresponde a estes filtros. Escolha Todos os estados e Qualquer alteração, ou limpe o nome.</translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation>Carregando os modelos de %1…</translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation>Escolha um projeto para ver os modelos do KakaoTalk dele.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation>Carregando os remetentes do KakaoTalk do projeto…</translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation>Não foi possível ler os remetentes do KakaoTalk do projeto. Atualize (F5) para tentar novamente.</translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation>Os modelos pertencem a um remetente do KakaoTalk, e este projeto ainda não tem nenhum. Registre um primeiro em KakaoTalk › Remetentes.</translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation>Escolha um remetente primeiro</translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation>Selecione um modelo para excluí-lo</translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation>Selecione um modelo cujas alterações pendentes devem ser removidas</translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation>O modelo selecionado não tem alterações pendentes</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation>Não enquanto a Kakao analisa as alterações</translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation>Excluir as alterações pendentes; o modelo aprovado permanece como está</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation>Um modelo novo ainda não tem atividade: ela começa quando o modelo é salvo.</translation>
    </message>
    <message>
        <source>Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Salvar as guarda como rascunho no servidor, Descartar as joga fora, Cancelar volta ao editor.</translation>
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
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>O console usará este idioma a partir da próxima inicialização: %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de itens</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Lista vazia</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>Não foi possível carregar a lista. Veja a mensagem acima.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidos</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainActions</name>
    <message>
        <source>&amp;Add project…</source>
        <translation>&amp;Adicionar projeto…</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>Adicionar um projeto da Sinch com a chave de acesso</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Editar projeto…</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>&amp;Remover projeto…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the current view again (F5)</source>
        <translation>Carregar a exibição atual novamente (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrar a lista</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>Abertura &amp;rápida…</translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation>Encontrar qualquer modelo, remetente, fluxo ou webhook de qualquer projeto por nome ou ID (Ctrl+K)</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>Alternar entre &amp;navegação e conteúdo</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fechar aba</translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation>Fechar a aba do documento atual (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Log de solicitações</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Sinch Provisioning Console</source>
        <translation>&amp;Sobre o Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Mostrar &amp;navegação</translation>
    </message>
    <message>
        <source>Show or hide the list of areas (Alt+0)</source>
        <translation>Mostrar ou ocultar a lista de áreas (Alt+0)</translation>
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
        <translation>O chaveiro do sistema não está disponível, então os segredos de chave só são mantidos até você sair. %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>About Sinch Provisioning Console</source>
        <translation>Sobre o Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console %1

A desktop console for the Sinch Provisioning API: projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Built with Qt %2.</source>
        <translation>Sinch Provisioning Console %1

Um console de desktop para a Sinch Provisioning API: projetos, remetentes do WhatsApp, KakaoTalk e RCS, modelos e webhooks.

Desenvolvido com Qt %2.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Commit %1 · licence: %2</source>
        <translation>Commit %1 · licença: %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Enviar a solicitação novamente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the other requests go on</source>
        <translation>Parar de esperar esta resposta; as outras solicitações continuam</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 tem alterações não salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before leaving?</source>
        <translation>%1 tem alterações não salvas. Salvá-las antes de sair?</translation>
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
            <numerusform>%1, %n não lida</numerusform>
            <numerusform>%1, %n não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message>
        <source>Network activity</source>
        <translation>Atividade de rede</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <source>Last error, click for details</source>
        <translation>Último erro, clique para ver detalhes</translation>
    </message>
    <message>
        <source>Show the details of the last error</source>
        <translation>Mostrar os detalhes do último erro</translation>
    </message>
    <message>
        <source>● Idle</source>
        <translation>● Ocioso</translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● %n solicitação</numerusform>
            <numerusform>● %n solicitações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● %n solicitação, %1 na fila</numerusform>
            <numerusform>● %n solicitações, %1 na fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in flight: %1, waiting: %2</source>
        <translation>Solicitações em andamento: %1, aguardando: %2</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, nova tentativa em %2 s</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>(waiting %1 s for the server)</source>
        <translation>(aguardando o servidor há %1 s)</translation>
    </message>
    <message>
        <source>The server has not answered for %1 s. A request with no answer is given up after %2 s without data and tried again when that is safe.</source>
        <translation>O servidor não responde há %1 s. Uma solicitação sem resposta é abandonada após %2 s sem dados e tentada de novo quando for seguro.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Stop every request the console is waiting for; each page then offers to try again</source>
        <translation>Interrompe todas as solicitações que o console espera; cada página oferece tentar de novo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation>Cabeçalho: nenhum</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Cabeçalho: %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation>Rodapé: nenhum</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation>Botões (%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation>Carrossel (%1)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineView</name>
    <message>
        <source>Template outline</source>
        <translation>Estrutura do modelo</translation>
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
        <translation>Abrir a lista “%1”</translation>
    </message>
    <message>
        <source>Open the list showing only these: %1</source>
        <translation>Abrir a lista mostrando só estes: %1</translation>
    </message>
    <message>
        <source>The list cannot be filtered to exactly these: open it with the row&apos;s title.</source>
        <translation>A lista não pode ser filtrada exatamente para estes: abra-a pelo título da linha.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>WhatsApp templates</source>
        <translation>Modelos do WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp senders</source>
        <translation>Remetentes do WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>Remetentes do KakaoTalk</translation>
    </message>
    <message>
        <source>RCS senders</source>
        <translation>Remetentes RCS</translation>
    </message>
    <message>
        <source>RCS upscales</source>
        <translation>Upscales de RCS</translation>
    </message>
    <message>
        <source>No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).</source>
        <translation>Nenhum projeto está pronto ainda. Adicione um em Projeto → Adicionar projeto (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Numbers of each project, read from its lists. Refresh with F5.</source>
        <translation>Números de cada projeto, lidos das listas dele. Atualize com F5.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projeto %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>não configurado</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <source>(%1) Refresh with F5 to try again.</source>
        <translation>(%1) Atualize com F5 para tentar de novo.</translation>
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
        <translation>Prévia clara</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation>Mostrar a prévia no tema claro do %1</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Prévia escura</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation>Mostrar a prévia no tema escuro do %1</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>Mostrar variáveis</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>Prévia do %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation>Prévia do modelo</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation>Prévia da versão aprovada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aprovado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Editado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation>Campos &amp;alterados (clique para ir até lá):</translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation>Mostrar a versão aprovada ao lado da editada, com as alterações marcadas</translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation>Sem alterações para comparar: o modelo está como aprovado</translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation>Nada para comparar: o modelo não tem versão aprovada</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectActions</name>
    <message>
        <source>The key secret of “%1” is kept only until you quit.</source>
        <translation>O segredo da chave de “%1” só é mantido até você sair.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Projeto “%1” salvo.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remover projeto</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this computer? Its settings and the key secret in the keychain are deleted; nothing changes on the Sinch side.</source>
        <translation>Remover o projeto “%1” deste computador? As configurações dele e o segredo da chave no chaveiro serão excluídos; nada muda no lado da Sinch.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key secret could not be deleted from the keychain: %2</source>
        <translation>“%1” foi removido, mas não foi possível excluir o segredo da chave do chaveiro: %2</translation>
    </message>
    <message>
        <source>Project “%1” removed.</source>
        <translation>Projeto “%1” removido.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectManager</name>
    <message>
        <source>The key secret of “%1” is not in the keychain. Edit the project and enter it again.</source>
        <translation>O segredo da chave de “%1” não está no chaveiro. Edite o projeto e digite-o novamente.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectStatusLabel</name>
    <message>
        <source>Current project</source>
        <translation>Projeto atual</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nenhum projeto</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · sandbox integrado em %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>ID do projeto %1, chave %2, %3</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectSwitcher</name>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>Trocar de projeto (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nenhum projeto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projeto %1</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jeto:</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Mudar para %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>Abertura rápida</translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation>Nome ou ID de um modelo, remetente, fluxo, webhook … em qualquer projeto</translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation>Pesquisar em todos os projetos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation>Adicione um projeto primeiro: a Abertura rápida pesquisa os projetos que você adicionou.</translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>Digite parte de um nome ou um ID. %n item de %1 projeto(s) para pesquisar.</numerusform>
            <numerusform>Digite parte de um nome ou um ID. %n itens de %1 projeto(s) para pesquisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation>Nada chamado “%1” em nenhum projeto.</translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation>Enter abre; Cima e Baixo escolhem.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>Lendo %n lista…</numerusform>
            <numerusform>Lendo %n listas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>Não foi possível ler %n lista (veja Ajuda → Log de solicitações).</numerusform>
            <numerusform>Não foi possível ler %n listas (veja Ajuda → Log de solicitações).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation>Categoria de &amp;cobrança</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Categoria de cobrança</translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation>Cas&amp;o de uso</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation>Região de hospedagem</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation>A região de hospedagem do Google, conforme informada pela API</translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation>Estes três não podem ser alterados depois que o remetente for criado.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidade</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Termos de serviço</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nome da marca</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
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
        <translation>O card da marca não tem variáveis</translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation>Prévia da marca</translation>
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
        <translation>No&amp;me da marca</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nome da marca</translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation>Como as pessoas o veem, no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation>Uma frase, no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Cor da marca</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation>Escolher a cor da marca</translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation>Escolher a cor em uma caixa de diálogo de cores</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Cor</translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation>https://… %1</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>URL do &amp;logotipo</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL do logotipo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation>URL do &amp;banner</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>URL do banner</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Adicionar número de telefone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Adicionar endereço de e-mail</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL do site</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Adicionar site</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation>URL da &amp;política de privacidade</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL da política de privacidade</translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation>https://example.com/privacy</translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation>URL dos &amp;termos de serviço</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL dos termos de serviço</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/terms</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>Rótulo de %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>São permitidos no máximo %1 itens.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Adicionar um contato</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Remover um contato</translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation>Escolha a cor da marca</translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation>A cor dos botões e ícones no card (padrão: preto).</translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation>⚠ Texto branco nesta cor: contraste %1:1, difícil de ler (busque %2:1).</translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation>Texto branco nesta cor: contraste %1:1, fácil de ler.</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>inside a sentence</comment>
        <translation>o logotipo</translation>
    </message>
    <message>
        <source>banner</source>
        <comment>inside a sentence</comment>
        <translation>o banner</translation>
    </message>
    <message>
        <source>Remove: %1 %2</source>
        <translation>Remover: %1 %2</translation>
    </message>
    <message>
        <source>+442071234567 or 2071234567</source>
        <translation>+442071234567 ou 2071234567</translation>
    </message>
    <message>
        <source>Label (at most %1)</source>
        <translation>Rótulo (no máximo %1)</translation>
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
        <translation>Marque pelo menos um país (Espaço alterna o selecionado). GB, FR, ES e US adicionam, cada um, perguntas próprias ao questionário de lançamento.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation>Verificação de %1</translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation>A Sinch precisa de %1.</translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation>Buscando %1 para verificar…</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation>Não foi possível buscar %1: verifique o endereço ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.</source>
        <translation>⚠ Não foi possível buscar %1: %2 Verifique o endereço; a Sinch precisa conseguir buscá-lo.</translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation>Mais de %1 KB</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 KB</translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation>%1: como a Sinch precisa.</translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation>⚠ %1 Use uma imagem de %2.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation>Estado do lançamento</translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation>Mostrar só operadoras que &amp;precisam de ação</translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation>Só as que precisam de ação</translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation>Rejeitado, suspenso ou inválido no Google Meu Negócio: o lançamento fica parado aí até você agir.</translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation>Painel de lançamento</translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation>País / operadora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Nenhuma operadora foi consultada ainda: lance o remetente para ver as decisões delas aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. Lançado com %2 de %3 operadoras</translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation>; 1 ainda está decidindo</translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation>; %1 ainda estão decidindo</translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation>; &lt;b&gt;1 precisa de ação&lt;/b&gt; (veja a observação)</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation>; &lt;b&gt;%1 precisam de ação&lt;/b&gt; (veja as observações)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation>Resumo da lista de verificação do lançamento</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lançar</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lançar</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Lista de verificação do lançamento</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation>Clique duas vezes em um item (ou pressione Enter) para ir até o campo dele.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operadoras&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation>Necessário antes do lançamento. Campo: %1</translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation>Um aviso: o lançamento é permitido. Campo: %1</translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation>Lançamento solicitado. As decisões das operadoras estão abaixo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Falta 1 item para este remetente poder ser lançado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faltam %1 itens para este remetente poder ser lançado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation>Pressione Enter em um deles (ou clique duas vezes) para ir até o campo.</translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation>Pronto para lançar, com 1 aviso a considerar.</translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation>Pronto para lançar, com %1 avisos a considerar.</translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation>Pronto para lançar: nada está faltando.</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Abra um remetente primeiro.</translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation>A solicitação de lançamento está a caminho.</translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation>Só um remetente em teste pode ser lançado; este está: %1.</translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation>Falta 1 item da lista de verificação: corrija-o primeiro (pressione Enter nele para ir até o campo).</translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation>Faltam %1 itens da lista de verificação: corrija-os primeiro (pressione Enter em um para ir até o campo).</translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation>Pedir às operadoras de cada país escolhido que lancem este remetente</translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation>Lançar remetente</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lançando…</translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only %3 can change.</source>
        <translation>Lançar &quot;%1&quot; em %2? As operadoras de cada país o analisam e, a partir daí, só podem mudar %3.</translation>
    </message>
    <message>
        <source>Launched. The operators&apos; decisions are below.</source>
        <translation>Lançado. As decisões das operadoras estão abaixo.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation>%1 (obsoleto: não é mais obrigatório, pode ficar vazio)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation>Marque ou desmarque esta resposta; é possível marcar várias</translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation>Usar esta resposta (clique novamente para limpá-la)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation>https://… (vários separados por %1)</translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation>Ou adicione suas próprias palavras</translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation>Ou escreva sua própria resposta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
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
        <translation>Questionário de lançamento</translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation>As perguntas vêm da Sinch conforme o caso de uso e os países do remetente. Escolha uma resposta sugerida (várias, quando a pergunta permitir) ou escreva a sua.</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Perguntas sem resposta</translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation>Carregando as perguntas</translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation>&amp;Recarregar perguntas</translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation>Recarregar perguntas</translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation>Pedir as perguntas à Sinch novamente: elas podem mudar para um país</translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation>Ocorrências do questionário</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation>Escolha primeiro o caso de uso do remetente: as perguntas dependem dele.</translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation>As perguntas estão sendo carregadas</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Carregando as perguntas…</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Todas as perguntas foram respondidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n pergunta sem resposta</numerusform>
            <numerusform>%n perguntas sem resposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>Todas as perguntas foram respondidas; %n resposta a corrigir.</numerusform>
            <numerusform>Todas as perguntas foram respondidas; %n respostas a corrigir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1; %n resposta a corrigir</numerusform>
            <numerusform>%1; %n respostas a corrigir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation>Este país não está mais entre os países do remetente: as respostas dele são mantidas até o remetente ser salvo. Adicione o país novamente para editá-las.</translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation>A API não faz perguntas nesta seção.</translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation>%1 – mantido até salvar</translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation>%1 – tudo respondido</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n sem resposta</numerusform>
            <numerusform>%1 – %n sem resposta</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation>O país foi removido do remetente; adicione-o novamente para editar estas respostas</translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation>Mostrar ou ocultar as perguntas desta seção</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n a corrigir</numerusform>
            <numerusform>%1, %n a corrigir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>Categoria de cobrança</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nome da marca</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
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
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidade</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Termos de serviço</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de teste</translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation>Concluir envia os dados; região, categoria de cobrança e caso de uso permanecem.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (%1).</source>
        <translation>Concluir cria o remetente no estado de teste (%1).</translation>
    </message>
    <message>
        <source>Before launch</source>
        <translation>Antes do lançamento</translation>
    </message>
    <message>
        <source>Nothing is missing for a launch.</source>
        <translation>Não falta nada para um lançamento.</translation>
    </message>
    <message>
        <source>Finish saves the sender without these; its launch asks for them:</source>
        <translation>Concluir salva o remetente sem estes itens; o lançamento os pede:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation>Em teste: adicione números de teste, responda ao questionário e depois lance.</translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation>Lançando: as operadoras analisam o remetente; só os países podem mudar.</translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation>Lançado: as mensagens chegam às pessoas nos países lançados; só os países podem mudar.</translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation>Lançamento cancelado: o remetente não alcança mais as pessoas.</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de teste</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>App da Conversation</translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation>Nome de autenticação</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticação</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Revelar token de autenticação</translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation>Mostrar o token até outro remetente ser escolhido</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation>To&amp;ken de autenticação</translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation>Escolha um remetente.</translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation>%1 — %2 (cor %3)</translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation>%1, cobrado como %2</translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation>%1; hospedado pelo Google em %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation>Nenhum conectado ainda</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID do app %1</translation>
    </message>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (cor %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation>Digite o nome da marca que as pessoas veem no topo das suas mensagens.</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation>Voltar para %1 (Alt+B)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>Esta é a primeira etapa.</translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation>Continuar (Alt+N)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrija isto primeiro: %1</translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation>&amp;Concluir: salvar os dados</translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation>&amp;Concluir: criar o remetente</translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation>Enviar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation>Criando o remetente…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation>Remetente criado.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>O servidor recusou os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation>Editar remetente RCS %1</translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation>Novo remetente RCS</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Campos bloqueados</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>Etapas do assistente</translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation>1. Básico</translation>
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
        <translation>4. Questionário</translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation>5. Números de teste</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Revisão</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Ava&amp;nçar &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation>Fechar o assistente; o que você digitou é mantido como rascunho (Esc)</translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation>Retomar o assistente inacabado</translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation>O assistente que você deixou inacabado voltou. Desfazer (Ctrl+Z) o descarta.</translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation>Conclua %1 primeiro: %2</translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation>Assistente inacabado</translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation>Manter o que você digitou para a próxima vez que abrir o assistente?</translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation>Descartar o apaga; Cancelar volta ao assistente.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Manter como rascunho</translation>
    </message>
    <message>
        <source>%1 The other fields are read-only.</source>
        <translation>%1 Os outros campos são somente leitura.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Novo remetente…</translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation>Criar um remetente RCS no assistente (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Ações do remetente</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;teste…</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation>Dispositivos de &amp;teste</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lançar</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Escolha um projeto primeiro.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation>O assistente está aberto.</translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation>Escolha primeiro um remetente na lista.</translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation>Editar o remetente escolhido no assistente (Enter)</translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation>O remetente ainda não está conectado a um app da Conversation.</translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation>Enviar uma mensagem do remetente escolhido para um celular (pergunta antes)</translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation>Uma mensagem de teste de %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dispositivos de teste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation>Celulares que recebem as mensagens deste remetente antes do lançamento. Cada testador aceita primeiro um convite no celular.</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de teste</translation>
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
        <translation>&amp;Reenviar convite</translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation>Mostrar &amp;recursos</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Reenviar convite</translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation>Mostrar recursos</translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation>Excluir número de teste</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Recursos do dispositivo</translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation>&amp;Novo número de teste:</translation>
    </message>
    <message>
        <source>New test number</source>
        <translation>Novo número de teste</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Adicionar número de teste</translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation>Problema no novo número de teste</translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation>Progresso do número de teste</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>Abra um remetente primeiro.</translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation>Digite um número no formato E.164: + e o código do país, depois até 15 dígitos no total.</translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation>%1 já está verificado: adicioná-lo novamente o deixa não verificado até o testador aceitar um novo convite.</translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation>%1 já é um número de teste.</translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>Um remetente tem no máximo %n número de teste: exclua-o primeiro.</numerusform>
            <numerusform>Um remetente tem no máximo %n números de teste: exclua um primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation>Adicionar %1 e enviar um convite</translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation>Selecione um número de teste primeiro.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Aguarde a solicitação atual terminar.</translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation>%1 está verificado: não há convite para reenviar.</translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation>Enviar o convite para %1 novamente</translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation>Só um dispositivo verificado informa o que suporta.</translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation>Perguntar o que %1 suporta</translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation>Remover %1 dos testadores</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Adicionando %1…</translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation>Reenviando o convite para %1…</translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation>O convite foi reenviado para %1.</translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation>Perguntando o que %1 suporta…</translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation>%1 não informa nenhum recurso RCS.</translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation>%1 suporta: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation>Remover %1 dos testadores deste remetente? O dispositivo deixa de receber mensagens de teste.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Excluindo %1…</translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation>Carregando os números de teste…</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).</source>
        <translation>%1 não está no formato E.164: comece com + e o código do país, depois o número (ex.: +447700900123).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation>Números de teste</translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation>Número de teste %1</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation>Remover número de teste %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation>&amp;Adicionar número de teste</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>Adicionar número de teste</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation>São permitidos no máximo %1 números de teste.</translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation>Até %1 celulares em E.164 (+ e o código do país) que podem testar o remetente antes do lançamento. Cada proprietário aceita um convite de testador; um número adicionado de novo volta a ficar não verificado.</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>Adicionar um número de teste</translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation>Remover um número de teste</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation>Escolha um projeto para ver os upscales de RCS dele.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation>Um upscale vincula um remetente RCS lançado a um número de SMS em um país, para que as mensagens usem SMS como fallback onde o RCS não estiver disponível.</translation>
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
        <translation>Remetente RCS</translation>
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
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation>Detalhes do upscale</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation>Atualizar upscales</translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation>Tentar upscale novamente</translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation>Excluir upscale</translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation>Novo upscale</translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation>Remetente RCS para upscale</translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation>País do upscale</translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation>ID do número de SMS</translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation>32 dígitos hexadecimais, do painel Numbers</translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation>Problema no ID do número de SMS</translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation>&amp;Criar upscale</translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation>Criar upscale</translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation>&amp;Remetente RCS:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation>ID do &amp;número de SMS:</translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation>Progresso do upscale</translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation>Carregando os upscales…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation>Selecione um upscale para lê-lo por extenso.</translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation>Selecione um upscale primeiro.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>Aguarde a solicitação atual terminar.</translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation>Tentar a etapa com falha novamente</translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation>Só um upscale com falha pode ser repetido; este está: %1.</translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation>Aguarde o servidor terminar: %1.</translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation>Desvincular o número de SMS do remetente RCS</translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation>Nenhum remetente RCS lançado sem upscale: lance um remetente primeiro.</translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation>Digite o ID do número de SMS (32 dígitos hexadecimais, sem hífens).</translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation>“%1” não é um ID de número de SMS: ele tem 32 dígitos hexadecimais (0-9, a-f) e nenhum hífen.</translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation>Vincular o remetente ao número de SMS</translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation>Criando o upscale…</translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation>Tentando o upscale novamente…</translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation>Excluir este upscale? %1 As mensagens não usarão mais SMS como fallback.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation>Excluindo o upscale…</translation>
    </message>
    <message>
        <source>The RCS senders could not be read: see the message above.</source>
        <translation>Não foi possível ler os remetentes RCS: veja a mensagem acima.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation>Fixo depois que o remetente existe: uma atualização altera só os dados dele.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Somente leitura: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation>Conteúdo abusivo</translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation>O WhatsApp encontrou um texto que considera ameaçador, ofensivo ou contrário à política comercial.</translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation>Reescreva o corpo, o cabeçalho e os botões em tom neutro; remova pressão, ameaças e conteúdo que o WhatsApp não permite (armas, drogas, conteúdo adulto, jogos de azar).</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>Categoria errada</translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation>O conteúdo não corresponde à categoria escolhida: texto promocional em um modelo UTILITY ou qualquer coisa além de um código em um AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation>Escolha a categoria que corresponde ao texto (ofertas e novidades são MARKETING) ou remova as partes promocionais. Permitir mudanças de categoria deixa o WhatsApp corrigir isso sozinho da próxima vez.</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato inválido</translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation>A estrutura viola uma regra de formatação: variáveis fora de ordem, uma variável no início ou no fim do corpo, exemplos faltando ou botões demais ou mal posicionados.</translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation>Numere as variáveis {{1}}, {{2}} … sem lacunas, coloque texto antes da primeira e depois da última, dê um exemplo para cada variável e verifique os limites de botões e tamanhos.</translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation>Parece golpe</translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation>O revisor achou que a mensagem poderia enganar as pessoas: pedir senhas ou dados de pagamento, links curtos desconhecidos ou prêmios bons demais para ser verdade.</translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation>Use seu próprio domínio completo nos links, nunca peça credenciais ou números de cartão e diga claramente quem envia a mensagem e por quê.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Nenhum motivo informado</translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation>O modelo foi rejeitado sem um motivo específico.</translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation>Confira-o com as diretrizes de modelos do WhatsApp, corrija o que as ocorrências do console apontam e envie novamente; se for rejeitado de novo, fale com o suporte da Sinch.</translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation>Motivo não reconhecido</translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation>O WhatsApp enviou um motivo que esta versão da API não conhece.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation>Veja nas atividades do modelo o comentário do revisor, corrija o que ele indica e envie novamente.</translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation>O modelo foi rejeitado com o código %1.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation>Veja nas atividades do modelo o comentário do revisor, depois edite e envie novamente.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>Não é um endereço web (https://…).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RequestLogWindow</name>
    <message>
        <source>Request log</source>
        <translation>Log de solicitações</translation>
    </message>
    <message>
        <source>Filter by operation, status, URL or request ID (Ctrl+F)</source>
        <translation>Filtrar por operação, status, URL ou ID da solicitação (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Filtrar o log de solicitações</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalhes da solicitação</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Select a request to see its details, and a failed one&apos;s bodies (secrets are redacted).</source>
        <translation>Selecione uma requisição para ver seus detalhes e, se falhou, seus corpos (segredos ocultados).</translation>
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
        <translation>a lista</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar a lista</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Selected item as JSON</source>
        <translation>Item selecionado em JSON</translation>
    </message>
    <message>
        <source>Select an item to see all its fields.</source>
        <translation>Selecione um item para ver todos os campos dele.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>Escolha um projeto para ver %1.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 carregados</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>Nada corresponde a “%1”. Limpe o filtro (Esc) para ver a lista completa de %2.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation>Escolha um item em %1 para ver a atividade e comentar.</translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation>Nenhum item em %1 corresponde aos filtros escolhidos: escolha “%2” para ver tudo.</translation>
    </message>
    <message>
        <source>%1: show only the %2 with the value chosen here</source>
        <translation>%1: mostrar só %2 com o valor escolhido aqui</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SaveConflictDialog</name>
    <message>
        <source>Changed on the server — %1</source>
        <translation>Alterado no servidor — %1</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Conflito ao salvar</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Versão deles</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Only in their version</source>
        <translation>Somente na versão deles</translation>
    </message>
    <message>
        <source>Only in your version</source>
        <translation>Somente na sua versão</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deles</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <source>&amp;Overwrite theirs</source>
        <translation>&amp;Sobrescrever a deles</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Sobrescrever a deles</translation>
    </message>
    <message>
        <source>Save your version; theirs is replaced.</source>
        <translation>Salvar sua versão; a deles é substituída.</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>&amp;Carregar a deles</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Carregar a deles</translation>
    </message>
    <message>
        <source>Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back.</source>
        <translation>Substituir sua versão no editor pela deles; Desfazer (Ctrl+Z) traz a sua de volta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server now)</source>
        <translation>&lt;b&gt;Deles&lt;/b&gt; (agora no servidor)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; (in this editor)</source>
        <translation>&lt;b&gt;Sua&lt;/b&gt; (neste editor)</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>Campos &amp;alterados:</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this template changed since you opened it (saved from another window, another console or by someone else). Saving now would replace that version with yours. Compare the two, then overwrite the server&apos;s, load it into the editor (Undo brings yours back), or cancel and keep editing.</source>
        <translation>A cópia deste modelo no servidor mudou desde que você o abriu (salva de outra janela, de outro console ou por outra pessoa). Salvar agora substituiria essa versão pela sua. Compare as duas e então sobrescreva a do servidor, carregue-a no editor (Desfazer traz a sua de volta) ou cancele e continue editando.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation>Enviar um teste de %1</translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation>Envia uma mensagem pela Conversation API para um celular que você possa verificar (antes do lançamento: um dos dispositivos de teste verificados do remetente). A mensagem é real e pode ser cobrada.</translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation>Envia o modelo aprovado uma vez, pela Conversation API, para um celular que você possa verificar. A mensagem é real e pode ser cobrada.</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Número de telefone do destinatário</translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation>+55 11 98765 4321</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation>Do &amp;app:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation>O modelo não tem variáveis.</translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation>A mensagem como a API a retorna</translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation>A mensagem enviada, lida de volta da API, aparece aqui.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation>Uma mensagem de teste está a caminho.</translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation>Os apps do projeto estão sendo lidos.</translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation>Escolha o app que envia ou digite o ID dele.</translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation>%1 não tem canal %2: escolha um app que tenha.</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>Digite o número de telefone de destino.</translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation>Digite o número no formato internacional: + e depois o código do país e o número, por exemplo, +55 11 98765 4321.</translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation>Dê um valor para %1.</translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation>Escreva a mensagem a enviar.</translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation>Enviar o modelo para %1 (pergunta antes)</translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation>Ainda não é um número no formato internacional: + e depois o código do país, por exemplo, +55 11 98765 4321.</translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation>Formato internacional (E.164). Os números de destino são guardados como destinatários de teste deste projeto.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation>Enviar %1 para %2 agora? A mensagem é real e pode ser cobrada.</translation>
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
        <translation>Não enviado.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation>Aceito: ID da mensagem %1. Lendo de volta…</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation>Aceito: ID da mensagem %1. Não foi possível lê-la de volta.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation>Aceito: ID da mensagem %1, às %2.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation>Aceito: ID da mensagem %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation>Classificação de qualidade</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID do remetente</translation>
    </message>
    <message>
        <source>49</source>
        <translation>55</translation>
    </message>
    <message>
        <source>15123456789</source>
        <translation>11987654321</translation>
    </message>
    <message>
        <source>Digits only, without the country code.</source>
        <translation>Só dígitos, sem o código do país.</translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation>Opcional: o país onde a Meta guarda os dados do remetente.</translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation>Acme Varejo</translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation>Mostrado aos clientes; a Meta o verifica com base nas diretrizes de nome de exibição.</translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation>Pão fresquinho toda manhã</translation>
    </message>
    <message>
        <source>Hauptstraße 1, 10115 Berlin</source>
        <translation>Av. Paulista, 1000, São Paulo - SP</translation>
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
        <translation>Uma imagem quadrada (%1).</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation>Manter o remetente como rascunho se a Meta recusar o envio</translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation>@acmeshop</translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation>O ID de pesquisa do canal do KakaoTalk.</translation>
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
        <translation>O telefone do administrador do canal: a Kakao envia o token de verificação para ele.</translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation>Opcional: %1, no máximo 5 MB.</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation>Manter o remetente como rascunho se a Kakao recusar o envio</translation>
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
        <translation>%1: um número fornecido pela Sinch; %2: seu próprio número, que precisa receber o código.</translation>
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
        <translation>Status das alterações pendentes</translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation>Selecione um remetente para ver os dados dele ou crie um (Ctrl+N).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nome do remetente</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation>Campos do remetente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Em produção</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation>As alterações pendentes repetem os valores em produção.</translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation>Estado do remetente: %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Alterações: %1</translation>
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
        <translation>Digitar código…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Digitar token…</translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation>Revisar e enviar…</translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation>Editar alterações…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Alterado: %1 → %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>Alterações pendentes (%1): %n campo difere dos valores em produção.</numerusform>
            <numerusform>Alterações pendentes (%1): %n campos diferem dos valores em produção.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Aguardando a resposta do servidor…</translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation>Salvar o remetente como rascunho: nada vai para análise (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation>Enviar o remetente para análise (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Salvando o rascunho…</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Salvo como rascunho.</translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation>Outro remetente deste projeto já usa este ID de pesquisa: verifique o ID ou abra esse remetente para editá-lo.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation>O servidor recusou os campos marcados em vermelho: corrija-os e envie novamente.</translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Novo remetente do WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Novo remetente do KakaoTalk</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Editar remetente %1</translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation>Editor de remetente</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Salvar &amp;rascunho</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar rascunho</translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation>O que você digitou aqui da última vez voltou. Desfazer (Ctrl+Z) o descarta.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation>Descartar o que você digitou em %1?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation>Cancelar volta ao editor, onde Ctrl+S salva um rascunho.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking whether the last save went through…</source>
        <translation>Verificando se o último salvamento foi concluído…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation>Novo remetente do WhatsApp</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>Novo remetente do KakaoTalk</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Dados do remetente</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— não definido —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Escolher categoria</translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation>Escolha a categoria na lista de três níveis da Kakao, com pesquisa</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Nenhuma escolhida</translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation>Escolher categoria %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>&amp;Novo remetente…</translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation>Criar um remetente (Ctrl+N)</translation>
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
        <translation>&amp;Verificar remetente…</translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation>Excluir &amp;alterações…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>Ações do remetente</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation>Selecione um remetente para editá-lo</translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation>As alterações estão em análise: edite quando a análise for concluída</translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation>Editar os dados do remetente selecionado (Enter)</translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation>Selecione um remetente para registrá-lo e verificá-lo</translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation>Solicite um %1 de verificação e digite-o</translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation>Selecione um remetente para excluir as alterações pendentes dele</translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation>O remetente não tem alterações pendentes</translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation>As alterações estão em análise e não podem ser excluídas agora</translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation>Descartar as alterações pendentes; os dados em produção permanecem</translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation>Excluir o remetente selecionado (Del)</translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation>Selecione um remetente para excluí-lo</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Excluir alterações pendentes</translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation>Excluir as alterações pendentes de %1? Os dados em produção permanecem como estão.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Excluir alterações</translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation>As alterações pendentes foram excluídas.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Excluir remetente</translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation>Excluir o remetente %1? Ele para de enviar na hora e não pode ser restaurado.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation>O remetente foi excluído.</translation>
    </message>
    <message>
        <source>The sender is “%1”: it needs no verification now</source>
        <translation>O remetente está em “%1”: não precisa de verificação agora</translation>
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
        <translation>Verificação do remetente</translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation>1. A Meta envia um código de 6 dígitos para %1. 2. Digite-o abaixo para verificar o número.</translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation>1. A Kakao envia um token para o telefone do administrador %1. 2. Digite-o abaixo para verificar o remetente.</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Mensagem de verificação</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Enviar o código por</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Enviar o código &amp;por:</translation>
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
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Token de verificação</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Aguardando a resposta do servidor…</translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation>Digite primeiro todos os %1 dígitos do %2 (%3 digitados).</translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation>Digite primeiro o %1.</translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation>Verificar o %1 (Enter)</translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation>Enviar um novo %1 (o último deixa de funcionar)</translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation>Solicitar o %1</translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation>Solicitando um %1…</translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation>Um token está a caminho de %1: digite-o abaixo.</translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation>Um código está a caminho de %1 por %2: digite-o abaixo.</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>ligação</translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation>Verificando o %1…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>the token&apos;s digits</source>
        <translation>os dígitos do token</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation>Um modelo no servidor mantém o nome e o idioma. Para usar outros, exporte-o e importe-o em um novo modelo.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>No servidor:</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>Estado no servidor</translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation>O estado do modelo e o status das alterações dele na última leitura.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation>Modelos analisados mantêm a categoria (%1); ela só pode mudar após uma rejeição por categoria errada.</translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation>Permitir que a Meta altere a categoria</translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation>Tempo de vida da mensagem em segundos</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation>Por quanto tempo o WhatsApp tenta entregar: de %1 a %2 segundos para esta categoria.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>Tempo de &amp;vida:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Also used by “%1”</source>
        <translation>Também usado por “%1”</translation>
    </message>
    <message>
        <source>In the whole window</source>
        <translation>Em toda a janela</translation>
    </message>
    <message>
        <source>In every editor</source>
        <translation>Em todo editor</translation>
    </message>
    <message>
        <source>On this page: %1</source>
        <translation>Nesta página: %1</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>Nesta aba: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation>Enviar ao servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation>Fechar o formulário sem enviar</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Aguardando a resposta do servidor</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>O servidor recusou os campos marcados em vermelho.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation>Escolha uma solução para vê-la ou crie uma (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation>&amp;Nova solução…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation>Adicionar a solução de um parceiro com o token do Cadastro Incorporado (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Atribuir…</translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation>Ações da solução</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>Nova solução</translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation>Atribuir solução</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>App do parceiro</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>App do proprietário</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuído</translation>
    </message>
    <message>
        <source>Choose a solution first</source>
        <translation>Escolha uma solução primeiro</translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation>Esta solução já está atribuída ao projeto</translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation>Conclua ou cancele a nova solução primeiro</translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation>Atribuir a solução selecionada a este projeto</translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation>%1 (app da Meta %2)</translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation>Sim: este projeto é integrado pelo Cadastro Incorporado da solução</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>Nome da solução</translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation>Como o parceiro a chama</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Cole o token</translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation>O accessToken do authResponse que a Meta retorna quando o Cadastro Incorporado do parceiro é concluído. Ele é enviado uma vez e o console não o guarda em lugar nenhum.</translation>
    </message>
    <message>
        <source>Business &amp;manager:</source>
        <translation>&amp;Business Manager:</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>Business Manager</translation>
    </message>
    <message>
        <source>Create solution</source>
        <translation>Criar solução</translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation>Adicionar a solução a este projeto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation>Criando a solução…</translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation>Solução “%1” criada. Atribua-a para integrar este projeto pelo Cadastro Incorporado dela.</translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation>Atribuir “%1” a este projeto?

O projeto passa a ser integrado pelo Cadastro Incorporado da solução: %2 pode criar e gerenciar a conta do WhatsApp e os remetentes deste projeto com a Sinch.</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>o parceiro</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation>“%1” está atribuída a este projeto.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SpinRangeGuard</name>
    <message>
        <source>%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.</source>
        <translation>%1 está fora do intervalo: digite um número de %2 a %3, ou desça abaixo de %2 para “%4”. O campo continua com %5.</translation>
    </message>
    <message>
        <source>%1 is out of range: type a number from %2 to %3. The field still holds %4.</source>
        <translation>%1 está fora do intervalo: digite um número de %2 a %3. O campo continua com %4.</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: fora do intervalo</translation>
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
        <translation>Excluir &amp;selecionados…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xportar selecionados…</translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation>Exportar os modelos selecionados para</translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation>Relatório da &amp;tarefa em lote</translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation>Uma tarefa em lote está em execução: aguarde ou cancele-a (Relatório da tarefa em lote)</translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation>Selecione primeiro as linhas de idioma dos modelos (Ctrl+clique, Shift+clique)</translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation>Mostrar a última tarefa em lote e o relatório dela</translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation>Nenhuma tarefa em lote foi executada ainda</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation>Excluir modelos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n idioma de modelo no servidor: %1? As versões aprovadas e as alterações pendentes serão removidas; isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %n idiomas de modelo no servidor: %1? As versões aprovadas e as alterações pendentes serão removidas; isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation>%1 · qualidade: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation>Excluir idioma do modelo</translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation>Excluir “%1” em %2? A versão aprovada e as alterações pendentes deste idioma serão excluídas no servidor; os outros idiomas permanecem.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation>“%1 · %2” excluído.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation>Excluir “%1” em todos os idiomas (%2)? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation>“%1” excluído em todos os idiomas.</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>Excluir alterações pendentes</translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation>Excluir as alterações pendentes de “%1 · %2”? A versão aprovada permanece como está.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>Excluir alterações</translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation>Alterações pendentes de “%1 · %2” excluídas.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDetailView</name>
    <message>
        <source>Selected template</source>
        <translation>Modelo selecionado</translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation>Selecione um modelo para ver o estado, o que significa uma rejeição e todos os campos dele.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation>Ainda não em: %1</translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation>Expanda o nome (→) e selecione um idioma para ver o estado e os campos.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation>Não enquanto as alterações estão em análise</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Salvar rascunho (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Enviar para análise (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>Enviar o modelo aprovado para um celular pela Conversation API</translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation>Salve e envie o modelo; depois de aprovado, ele pode ser enviado como teste.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation>Comparar com a aprovada</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;teste…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation>Não foi possível salvar a cópia local: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation>Novo modelo · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Substituir modelo</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar rascunho</translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation>Suas edições locais voltaram. Desfazer (Ctrl+Z) retorna à versão do servidor.</translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation>O nome e o idioma continuam %1 · %2: um modelo no servidor os mantém.</translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation>%1 importado. Desfazer (Ctrl+Z) traz de volta a versão anterior.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is “%1”.</source>
        <translation>Só um modelo aprovado pode ser enviado; este está em “%1”.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Cartão %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateFilterBar</name>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation>Pesquisar modelos carregados (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>Mostrar só modelos neste estado (consultado no servidor)</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>Mostrar só modelos cujas alterações pendentes têm este status (consultado no servidor)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation>Mostrar só este idioma dos modelos carregados</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation>Mostrar só esta categoria dos modelos carregados</translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation>Período das análises</translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation>O período das colunas de enviadas, entregues, lidas e cliques</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>O nome começa com…</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>O nome começa com</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>Mostrar só modelos cujo nome começa com este texto (consultado no servidor)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>Qualquer alteração</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation>Análises: último dia</translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation>Análises: última semana</translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation>Análises: último mês</translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation>Análises: último trimestre</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nunca aprovado</translation>
    </message>
    <message>
        <source>Templates Meta has not approved yet: a draft, in review or rejected</source>
        <translation>Modelos que a Meta ainda não aprovou: rascunho, em análise ou rejeitados</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateListToolBar</name>
    <message>
        <source>Template actions</source>
        <translation>Ações do modelo</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Novo modelo</translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation>Criar um modelo do WhatsApp (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation>Abrir o idioma selecionado em uma aba (Enter)</translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation>Comparar com a a&amp;provada</translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation>Mostrar as alterações pendentes ao lado da versão aprovada (Ctrl+D)</translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation>Comparar a&amp;nálises</translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation>Comparar as análises de dois modelos selecionados</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation>Excluir alterações &amp;pendentes…</translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation>Descartar as alterações pendentes e manter a versão aprovada</translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation>&amp;Excluir este idioma…</translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation>Excluir o idioma selecionado do modelo (Del)</translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation>Excluir &amp;todos os idiomas…</translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation>Excluir o modelo em todos os idiomas (Shift+Del)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copiar como JSON</translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation>Copiar os modelos selecionados como JSON (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation>Fechar modelo</translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation>As alterações em %1 estão em análise, então o servidor não aceita edições agora. Manter suas edições como rascunho local?</translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation>Um rascunho mantido é oferecido quando você abrir este modelo novamente. Descartar joga as edições fora.</translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation>Manter rascunho local</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation>Salvar as alterações em %1 como rascunho no servidor antes de fechar?</translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation>Descartar joga as alterações fora, inclusive a cópia local.</translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation>Edições locais</translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation>Você tem edições de %1 de %2 que não estão no servidor. Restaurá-las?</translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation>Edições restauradas podem ser desfeitas (Ctrl+Z). Descartar as joga fora; Cancelar as guarda para depois, até este modelo ser editado.</translation>
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
        <translation>Não enviado: as alterações estão em análise e o servidor não aceita edições até a análise terminar. Suas edições estão guardadas no rascunho local.</translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation>Não conectado a um projeto.</translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save draft and Submit for review wait. The review is checked every 30 seconds.</source>
        <translation>Estas alterações estão em análise. O servidor não aceita edições até a análise terminar: o que você alterar aqui fica em um rascunho local, e “Salvar rascunho” e “Enviar para análise” aguardam. A análise é verificada a cada 30 segundos.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Enviado para análise.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>O servidor recusou o modelo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>O servidor recusou %n campo; ele está marcado.</numerusform>
            <numerusform>O servidor recusou %n campos; eles estão marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation>A análise terminou: as alterações foram rejeitadas. Edite-as e envie novamente.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation>A análise terminou: as alterações foram rejeitadas (%1). Edite-as e envie novamente.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation>A análise terminou: as alterações foram aprovadas. Você pode editar e salvar novamente.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Carregar a versão deles</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs.</source>
        <translation>A versão deles foi carregada. Desfazer (Ctrl+Z) traz a sua de volta para salvá-la por cima.</translation>
    </message>
    <message>
        <source>Not saved: the template was changed on the server since you opened it. Your edits are kept; save again to compare and choose.</source>
        <translation>Não salvo: o modelo foi alterado no servidor desde que você o abriu. Suas edições foram mantidas; salve de novo para comparar e escolher.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(mais %n erro para corrigir antes de enviar)</numerusform>
            <numerusform>(mais %n erros para corrigir antes de enviar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(mais %n erro para corrigir antes de salvar o rascunho)</numerusform>
            <numerusform>(mais %n erros para corrigir antes de salvar o rascunho)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take the name again until then. Choose another name.</source>
        <translation>Não salvo: um modelo chamado “%1” foi excluído há menos de 30 dias, e o WhatsApp não aceita o nome de novo até lá. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template; WhatsApp takes a deleted template&apos;s name again only after 30 days, so give it another name and save.</source>
        <translation>Não salvo: “%1” foi excluído no servidor depois que você o abriu. Suas edições ficam aqui como um modelo novo; o WhatsApp só aceita de novo o nome de um modelo excluído após 30 dias, então dê outro nome a ele e salve.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template.</source>
        <translation>Não salvo: “%1” foi excluído no servidor depois que você o abriu. Suas edições ficam aqui como um modelo novo.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Criar de novo</translation>
    </message>
    <message>
        <source>WhatsApp keeps a deleted template&apos;s name for 30 days: choose another name.</source>
        <translation>O WhatsApp guarda o nome de um modelo excluído por 30 dias: escolha outro nome.</translation>
    </message>
    <message>
        <source>Nothing to save: the server has every change.</source>
        <translation>Nada a salvar: o servidor já tem todas as alterações.</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>Enviando para análise…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Salvando o rascunho…</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID do WhatsApp</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>O que alterar:</translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation>As alterações pendentes (%1) ficam ao lado da versão aprovada; “Comparar com a aprovada” mostra as diferenças.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 carregados</translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation>Modelos do WhatsApp</translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation>Número de modelos</translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation>%1 de %2 nomes exibidos</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nome</numerusform>
            <numerusform>%n nomes</numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation>Nenhum nome de modelo começa com “%1”. Limpe o filtro de nome para ver todos.</translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation>Nenhum modelo que começa com “%1” neste estado. Limpe o filtro de nome e escolha “Todos os estados” e “Qualquer alteração” para ver todos.</translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation>Nenhum modelo neste estado. Escolha “Todos os estados” e “Qualquer alteração” para ver todos.</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>Ainda não há modelos. Crie um (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation>Nada corresponde a estes filtros. Limpe a pesquisa (Esc) ou escolha “Todos os idiomas” e “Todas as categorias”.</translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation>Escolha um projeto para ver os modelos do WhatsApp dele.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Carregando modelos…</translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation>Não foi possível carregar os modelos. Veja a mensagem acima.</translation>
    </message>
    <message>
        <source>No template was rejected after an approval. Templates rejected before they were ever approved have no state: choose “All states” and “Changes rejected” to see them.</source>
        <translation>Nenhum modelo foi rejeitado depois de uma aprovação. Modelos rejeitados antes de serem aprovados não têm estado: escolha “Todos os estados” e “Alterações rejeitadas” para vê-los.</translation>
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
        <translation>Escuro</translation>
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
        <translation>Criar token de &amp;longa duração</translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation>Consultar &amp;WABAs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation>Token de acesso de longa duração</translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation>Cole o token de acesso do usuário que a Meta retornou no fim do Cadastro Incorporado. Troque-o por um token de longa duração (válido por 60 dias) ou consulte as contas do WhatsApp Business que ele alcança e os números delas.</translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation>Token de acesso do usuário do Facebook</translation>
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
        <translation>O da própria conta</translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation>&amp;Token de acesso do usuário:</translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation>&amp;Business Manager:</translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation>Criar token de longa duração</translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation>Consultar WABAs</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar o token para a área de transferência</translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation>Este token não é guardado pelo console e não será mostrado novamente: copie-o agora e guarde-o em um lugar seguro.</translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation>Token de acesso de longa duração:</translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation>Contas do WhatsApp Business</translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation>Conta do WhatsApp Business ou número</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation>Cole primeiro o token de acesso do usuário</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Aguardando a resposta do servidor</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Trocando o token…</translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation>Consultando as WABAs…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation>Nenhum número compartilhado com esta conta</translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation>O token não alcança nenhuma conta do WhatsApp Business.</translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>%n conta do WhatsApp Business.</numerusform>
            <numerusform>%n contas do WhatsApp Business.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation>&amp;Exportar projeto…</translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation>&amp;Importar para o projeto…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Escolha um projeto primeiro</translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation>O projeto ainda não está conectado</translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation>Gravar todos os recursos do projeto como arquivos JSON</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation>Recriar os modelos e webhooks de uma exportação neste projeto</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation>Abrir &amp;caixa de entrada</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>&amp;Marcar tudo como lido</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Sinch Provisioning Console · %n não lida</numerusform>
            <numerusform>Sinch Provisioning Console · %n não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Criar webhook</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>Nada mudou desde o último salvamento.</translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation>Esquecer o segredo</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook criado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation>Outro webhook deste projeto já envia para esta URL.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>O servidor recusou os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation>Editor de webhook</translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation>Criar o webhook ou enviar os campos alterados (Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation>Enviar todos os campos, inclusive o segredo, no lugar do webhook do servidor</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Novo webhook</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation>Webhook para %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Criando o webhook…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation>Novo webhook</translation>
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
        <translation>ID do webhook</translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation>O ID deste webhook no servidor</translation>
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
        <translation>URL de &amp;destino</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation>Assina cada evento; pelo menos %1 caracteres aleatórios</translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation>Inalterado (digite um novo segredo para substituí-lo)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar segredo</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation>Mostrar o segredo como texto simples</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Segredo</translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation>Mantido só neste editor: nunca é gravado em rascunhos nem no log de solicitações.</translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation>ALL (todos os eventos)</translation>
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
        <translation>Marque os eventos a enviar (Espaço alterna o selecionado).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar segredo</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation>Escolha um webhook para editá-lo ou crie um (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation>&amp;Novo webhook</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Criar um webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation>Editar o webhook selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation>Excluir o webhook selecionado (Del)</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Ações do webhook</translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation>Lista de webhooks</translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation>Estas edições não salvas são de um webhook do projeto que você deixou. Salve-as (Ctrl+S) e elas vão para esse projeto, ou escolha outra linha para descartá-las.</translation>
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
        <translation>Escolha um projeto para ver os webhooks dele.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Carregando webhooks…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Excluir webhook</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Save sends them to the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>Salvar as envia ao servidor, Descartar as joga fora, Cancelar volta ao editor.</translation>
    </message>
    <message>
        <source>Delete the webhook that sends to this address? Its events stop at once.</source>
        <translation>Excluir o webhook que envia para este endereço? Os eventos param na hora.</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>O webhook para %1 foi excluído.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>Adicionar projeto…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Adicionar projeto</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar (Ctrl+1 … Ctrl+9).</source>
        <translation>Escolha um projeto na barra de ferramentas (Ctrl+1 … Ctrl+9).</translation>
    </message>
    <message>
        <source>Reading the key secret from the keychain…</source>
        <translation>Lendo o segredo da chave do chaveiro…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key to see its senders, templates and webhooks.</source>
        <translation>Adicione um projeto da Sinch com a chave de acesso para ver os remetentes, modelos e webhooks dele.</translation>
    </message>
    <message>
        <source>To try the console without an account, start it with --sandbox.</source>
        <translation>Para testar o console sem uma conta, inicie-o com --sandbox.</translation>
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
        <translation>Preencher automaticamente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas as opções</translation>
    </message>
    <message>
        <source>*{{1}}* is your verification code.</source>
        <translation>*{{1}}* é seu código de verificação.</translation>
    </message>
    <message>
        <source>For your security, do not share this code.</source>
        <translation>Para sua segurança, não compartilhe este código.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>Este código expira em %n minuto.</numerusform>
            <numerusform>Este código expira em %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewWidget</name>
    <message>
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>Mostrar as variáveis como {{n}} em vez dos exemplos</translation>
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
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>Editar exemplo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Adicionar botão</translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation>Adicionar botão %1</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>Mover botão</translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation>Adicionar carrossel</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Adicionar card</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplicar card</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remover card</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Mover card</translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation>Aplicar estrutura do card</translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation>Adicionar botão do card</translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation>Inserir variável {{%1}}</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Remover cabeçalho</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Change header</source>
        <translation>Alterar cabeçalho</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>Link (URL)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
</context>
</TS>
