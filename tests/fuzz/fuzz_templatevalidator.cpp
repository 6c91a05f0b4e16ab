// TemplateValidator on arbitrary JSON: the contract's schema and the hand-written rules
// of WhatsApp and KakaoTalk (both channels, both modes, and an edit against the same input
// read as the server's template). Every finding names a rule and says something.
#include "fuzzsupport.h"

#include "rules/templatevalidator.h"

using namespace sinch::rules;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

namespace {
void check(const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        if (f.message.isEmpty())
            __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject input = sinch::fuzz::jsonObject(sinch::fuzz::bytes(data, size));
    TemplateValidator::channelOf(input);
    check(TemplateValidator::validateWhatsapp(input));
    check(TemplateValidator::validateWhatsapp(input, Mode::Draft));
    check(TemplateValidator::validateKakaotalk(input));
    check(TemplateValidator::validateKakaotalk(input, Mode::Submit));
    check(TemplateValidator::validateWhatsappEdit(input, input, Mode::Submit));
    QStringList errors;
    for (auto it = input.begin(); it != input.end(); ++it)
        errors << it.key() + QLatin1Char(' ') + it.value().toString();
    check(TemplateValidator::fromValidationErrors(errors));
    return 0;
}
