#include "footerpart.h"

#include "editing/fieldbinder.h"
#include "rules/whatsapptemplaterules.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sinch::ui {

FooterPart::FooterPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Footer"))
    , m_ctx(ctx)
{
    WhatsappTemplateEdits *edits = ctx.edits;
    const QString fp = edits->componentPath(QStringLiteral("FOOTER"));
    const bool auth = edits->category() == QLatin1String("AUTHENTICATION");
    if (fp.isEmpty()) {
        form()->addRow(hint(tr("No footer.")));
        form()->addRow(compactRow(actionButton(auth ? tr("Add code expiry") : tr("Add footer"), [edits, auth] {
            QJsonObject c{{QStringLiteral("type"), QStringLiteral("FOOTER")}};
            if (auth)
                c.insert(QStringLiteral("codeExpirationMinutes"), 10);
            else
                c.insert(QStringLiteral("text"), QString());
            edits->insertComponent(c, tr("Add footer"));
        }), false));
        return;
    }
    if (auth) {
        // The lowest step below the range stands for "no expiry note" (the key removed).
        const auto range = rules::WhatsappTemplateRules::codeExpiryRange();
        auto *minutes = binder()->spin(fp + QStringLiteral(".codeExpirationMinutes"), tr("Code expires after minutes"),
                                       range.first - 1, range.second, tr("Not shown"));
        minutes->setSuffix(tr(" min"));
        form()->addRow(tr("Code &expires after:"), minutes);
    } else {
        form()->addRow(tr("&Text:"), binder()->lineEdit(fp + QStringLiteral(".text"), tr("Footer text"), tr("Up to 60 characters, no variables")));
    }
    form()->addRow(compactRow(removeButton(tr("Remove footer"), tr("Remove footer"), [edits] {
        edits->removeComponent(QStringLiteral("FOOTER"), tr("Remove footer"));
    }), true));
}

QString FooterPart::structure() const
{
    return m_ctx.edits->componentPath(QStringLiteral("FOOTER")) + QLatin1Char('|') + m_ctx.edits->category();
}

} // namespace sinch::ui
