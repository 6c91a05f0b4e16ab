#include "templateparts.h"

#include "bodypart.h"
#include "buttonspart.h"
#include "carouselpart.h"
#include "footerpart.h"
#include "headerpart.h"
#include "settingspart.h"

namespace sinch::ui {

FormPart *TemplateParts::create(const QString &part, const TemplateFormContext &c)
{
    const QString kind = part.section(QLatin1Char('/'), 0, 0);
    const bool isChild = part.contains(QLatin1Char('/'));
    const int n = part.section(QLatin1Char('/'), 1).toInt();
    if (kind == QLatin1String("header"))
        return new HeaderPart(c);
    if (kind == QLatin1String("body"))
        return new BodyPart(c);
    if (kind == QLatin1String("footer"))
        return new FooterPart(c);
    if (kind == QLatin1String("buttons"))
        return isChild ? static_cast<FormPart *>(new ButtonPart(c, n)) : new ButtonsPart(c);
    if (kind == QLatin1String("carousel"))
        return isChild ? static_cast<FormPart *>(new CardPart(c, n)) : new CarouselPart(c);
    return new SettingsPart(c);
}

} // namespace sinch::ui
