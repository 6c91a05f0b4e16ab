#pragma once

#include <QTranslator>

namespace sinch::app {

// English's catalogue holds only the forms of the strings with %n ("1 webhook", "3
// webhooks"): every other tr() is answered without a look into it. Installed, a translator
// is asked for every string the window makes as it starts, and a lookup that can only miss
// cost the start about 2 ms.
class PluralsOnlyTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        return n < 0 ? QString() : QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

} // namespace sinch::app
