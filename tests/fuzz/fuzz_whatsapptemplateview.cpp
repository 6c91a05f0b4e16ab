// WhatsappTemplateView: what the list, the view tab and quick open say about a template
// from the server (state, quality, analytics, modification time).
#include "fuzzsupport.h"

#include "domain/whatsapptemplateview.h"

using sinch::WhatsappTemplateView;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sinch::fuzz::bytes(data, size);
    const QJsonObject server = sinch::fuzz::jsonObject(input);
    const WhatsappTemplateView::Analytics a = WhatsappTemplateView::analytics(server);
    if (a.sent < 0 || a.delivered < 0 || a.read < 0 || a.clicks < 0)
        __builtin_trap(); // sums of counts: no overflow into negatives whatever the server sends
    WhatsappTemplateView::stateText(server);
    WhatsappTemplateView::qualityText(server.value(QStringLiteral("qualityScore")).toString());
    WhatsappTemplateView::modifiedText(WhatsappTemplateView::modifiedAt(server));
    // Raw text as a time and a score, too.
    WhatsappTemplateView::modifiedText(QString::fromUtf8(input));
    WhatsappTemplateView::qualityText(QString::fromUtf8(input));
    return 0;
}
