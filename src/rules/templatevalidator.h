#pragma once

#include "finding.h"

#include <QJsonObject>

namespace sinch::rules {

// Everything the console knows about a template before the server sees it: the contract's
// own schema for the create request (WhatsappTemplateInputDto, KakaotalkInputTemplateDto:
// types, lengths, enums, patterns, required fields) and the hand-written rules of
// TEMPLATE-RULES.md.
// Where both speak of one field, the hand-written finding (which says more) is kept.
// Used by the editor, `sinch-console lint` and the sandbox alike.
class TemplateValidator
{
public:
    // Mode from the document itself: "status": "DRAFT" validates as a draft.
    static QList<Finding> validateWhatsapp(const QJsonObject &input);
    static QList<Finding> validateWhatsapp(const QJsonObject &input, Mode mode);
    // An edit of a template on the server (`serverTemplate`: the server's
    // WhatsappTemplateDto): the above and what an edit may not change
    // (WhatsappTemplateRules::checkEdit). An empty server template is a new one.
    static QList<Finding> validateWhatsappEdit(const QJsonObject &input, const QJsonObject &serverTemplate, Mode mode);

    // A KakaoTalk template (KakaotalkInputTemplateDto) and KakaotalkTemplateRules; the
    // mode from "status" as for WhatsApp.
    static QList<Finding> validateKakaotalk(const QJsonObject &input);
    static QList<Finding> validateKakaotalk(const QJsonObject &input, Mode mode);

    // Which channel a template document is for, told from its fields: KakaoTalk's details
    // have `content` (or messageType, emphasizeType, ...) where WhatsApp's have
    // `components`, and WhatsApp's have a top-level `category`.
    enum class Channel { Whatsapp, Kakaotalk };
    static Channel channelOf(const QJsonObject &input);

    // Turns the API's validation strings ("details.buttons.0.text must be ...") into
    // findings at their path.
    static QList<Finding> fromValidationErrors(const QStringList &errors);
};

} // namespace sinch::rules
