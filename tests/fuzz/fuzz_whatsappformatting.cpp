// WhatsApp's markup (*bold*, _italic_, ```mono```, lists, quotes, {{n}}) parsed and laid
// into a QTextDocument as the preview does. The first line holds the examples of the
// variables ('|' between them); the rest is the markup.
#include "fuzzsupport.h"

#include "templates/whatsappformatting.h"

#include <QTextDocument>

using sinch::ui::WhatsappFormatting;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sinch::fuzz::bytes(data, size);
    const qsizetype eol = input.indexOf('\n');
    const QStringList examples = QString::fromUtf8(eol < 0 ? QByteArray() : input.left(eol)).split(QLatin1Char('|'));
    const QString markup = QString::fromUtf8(eol < 0 ? input : input.mid(eol + 1));
    for (bool raw : {false, true}) {
        const QList<WhatsappFormatting::Block> blocks = WhatsappFormatting::parse(markup, examples, raw);
        WhatsappFormatting::plainText(blocks);
        if (raw) {
            QTextDocument document;
            WhatsappFormatting::fill(&document, blocks, WhatsappFormatting::DocumentStyle{});
        }
    }
    return 0;
}
