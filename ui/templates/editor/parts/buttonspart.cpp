#include "buttonspart.h"

#include "buttonfields.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QPushButton>

namespace sinch::ui {

ButtonsPart::ButtonsPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Buttons"))
    , m_ctx(ctx)
{
    WhatsappTemplateEdits *edits = ctx.edits;
    const int count = edits->buttonCount();
    form()->addRow(hint(count == 0 ? tr("No buttons yet. Add up to 10; quick replies stay together.")
                                   : tr("%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.", nullptr, count)));
    QStringList kinds{QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"), QStringLiteral("PHONE_NUMBER")};
    kinds << (edits->category() == QLatin1String("AUTHENTICATION") ? QStringLiteral("OTP") : QStringLiteral("FLOW"));
    auto *row = new QHBoxLayout;
    for (const QString &kind : std::as_const(kinds)) {
        row->addWidget(actionButton(tr("+ %1").arg(WhatsappTemplateEdits::buttonKindName(kind)), [ctx, kind] {
            const int index = ctx.edits->addButton(kind);
            if (index >= 0 && ctx.selectPart)
                ctx.selectPart(QStringLiteral("buttons/%1").arg(index));
        }));
    }
    row->addStretch();
    form()->addRow(row);
    if (count > 0)
        form()->addRow(compactRow(removeButton(tr("Remove all buttons"), tr("Remove all buttons"), [edits] {
            edits->removeComponent(QStringLiteral("BUTTONS"), tr("Remove buttons"));
        }), true));
}

QString ButtonsPart::structure() const
{
    return QString::number(m_ctx.edits->buttonCount()) + QLatin1Char('|') + m_ctx.edits->category();
}

ButtonPart::ButtonPart(const TemplateFormContext &ctx, int index)
    : FormPart(ctx.session, ctx.binder, tr("Button %1").arg(index + 1))
    , m_ctx(ctx)
    , m_index(index)
{
    ButtonFields::add(this, form(), ctx, ctx.edits->buttonsPath() + QStringLiteral(".%1").arg(index), index, false);
    auto *row = new QHBoxLayout;
    // Moving selects the button where it went (the outline follows). No move past an end:
    // the page is built again when the number of buttons changes.
    QPushButton *up = actionButton(tr("Move up"), [ctx, index] {
        if (ctx.edits->moveButton(index, index - 1) && ctx.selectPart)
            ctx.selectPart(QStringLiteral("buttons/%1").arg(index - 1));
    });
    up->setEnabled(index > 0);
    row->addWidget(up);
    QPushButton *down = actionButton(tr("Move down"), [ctx, index] {
        if (ctx.edits->moveButton(index, index + 1) && ctx.selectPart)
            ctx.selectPart(QStringLiteral("buttons/%1").arg(index + 1));
    });
    down->setEnabled(index + 1 < ctx.edits->buttonCount());
    row->addWidget(down);
    row->addStretch();
    row->addWidget(removeButton(tr("Remove button"), tr("Remove button %1").arg(index + 1), [ctx, index] {
        ctx.edits->removeButton(index);
    }));
    form()->addRow(row);
}

QString ButtonPart::structure() const
{
    const QString list = m_ctx.edits->buttonsPath();
    return list + QLatin1Char('|') + QString::number(m_ctx.edits->buttonCount()) + QLatin1Char('|')
        + ButtonFields::structure(m_ctx, list + QStringLiteral(".%1").arg(m_index));
}

} // namespace sinch::ui
