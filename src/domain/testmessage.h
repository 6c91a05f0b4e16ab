#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinch {

// A test send of a channel template through the Conversation API (messages:send with a
// template message): the parameters a template needs, the request body, the recipient's
// number. One copy of these rules for the console and the sandbox that checks a send.
class TestMessage
{
public:
    struct Parameter
    {
        QString key;     // the channel template's parameter name: "body[1]text", "header[1]text"
        QString label;   // "{{1}} in the body"
        QString example; // the editor's example: the value offered before sending
    };

    // The variables of a WhatsApp template's details (a text HEADER's {{1}}, the BODY's
    // {{n}}), each with its example.
    static QList<Parameter> whatsappParameters(const QJsonObject &details);
    // The #{variables} of a KakaoTalk template's content, each with its example from
    // `examples` (the editor's consoleExamples: variable → text); the key is the name.
    static QList<Parameter> kakaotalkParameters(const QJsonObject &details, const QJsonObject &examples = QJsonObject());
    // A provisioning language code ("EN_US", "pt_BR", "de") as BCP-47 ("en-US", "de").
    static QString bcp47(const QString &language);
    // Whether two language codes name the same language whatever their spelling.
    static bool sameLanguage(const QString &a, const QString &b);

    // E.164: "+" then 8 to 15 digits, the first not 0. Spaces, dashes and brackets people
    // type are removed by normalizedNumber().
    static QString normalizedNumber(const QString &typed);
    static bool isE164(const QString &number);

    // The messages:send body: a template message of `channel` ("WHATSAPP") from `appId` to
    // `number` (identified_by its channel identity).
    static QJsonObject sendRequest(const QString &appId, const QString &channel, const QString &number,
                                   const QString &templateId, const QString &language,
                                   const QList<QPair<QString, QString>> &parameters);
    // The messages:send body of a text message (a channel without templates: RCS).
    static QJsonObject textRequest(const QString &appId, const QString &channel, const QString &number, const QString &text);
    // The channel template of a send request (empty when it has none for `channel`).
    static QJsonObject channelTemplate(const QJsonObject &sendRequest, const QString &channel);
};

} // namespace sinch
