#include "utf8append.h"

namespace sinch {

void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *in = text.utf16();
    const qsizetype at = out.size();
    out.resize(at + n);
    char *dst = out.data() + at;
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] >= 0x80) {
            // Anything else takes Qt's own converter (its handling of a lone surrogate included).
            out.resize(at);
            out.append(text.toUtf8());
            return;
        }
        dst[i] = char(in[i]);
    }
}

} // namespace sinch
