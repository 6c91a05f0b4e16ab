#include "carouselpart.h"

#include "buttonfields.h"
#include "examplerows.h"
#include "domain/templatedocument.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sinch::ui {

namespace {

void select(const TemplateFormContext &ctx, int card)
{
    if (card >= 0 && ctx.selectPart)
        ctx.selectPart(QStringLiteral("carousel/%1").arg(card));
}

} // namespace

CarouselPart::CarouselPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Carousel"))
    , m_ctx(ctx)
{
    WhatsappTemplateEdits *edits = ctx.edits;
    if (edits->componentPath(QStringLiteral("CAROUSEL")).isEmpty()) {
        form()->addRow(hint(tr("Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.")));
        form()->addRow(compactRow(actionButton(tr("Make this a carousel"), [ctx] { select(ctx, ctx.edits->addCard()); }), false));
        return;
    }
    const int count = edits->cardCount();
    form()->addRow(hint(tr("%n card(s). Every card has the same header format and buttons.", nullptr, count)));
    auto *row = new QHBoxLayout;
    auto *add = actionButton(tr("Add card"), [ctx] { select(ctx, ctx.edits->addCard()); });
    add->setEnabled(count < 10);
    row->addWidget(add);
    row->addStretch();
    row->addWidget(removeButton(tr("Remove carousel"), tr("Remove carousel"), [edits] {
        edits->removeComponent(QStringLiteral("CAROUSEL"), tr("Remove carousel"));
    }));
    form()->addRow(row);
}

QString CarouselPart::structure() const
{
    return m_ctx.edits->cardsPath() + QLatin1Char('|') + QString::number(m_ctx.edits->cardCount());
}

CardPart::CardPart(const TemplateFormContext &ctx, int n)
    : FormPart(ctx.session, ctx.binder, tr("Card %1 of %2").arg(n + 1).arg(ctx.edits->cardCount()))
    , m_ctx(ctx)
    , m_index(n)
{
    WhatsappTemplateEdits *edits = ctx.edits;
    if (edits->cardStructuresDiffer()) {
        auto *box = new QHBoxLayout;
        box->addWidget(hint(tr("The cards differ in structure; WhatsApp needs them alike.")), 1);
        box->addWidget(actionButton(tr("Apply this card's structure to all cards"), [edits, n] { edits->applyCardStructure(n); }));
        form()->addRow(box);
    }
    const QString hp = edits->cardComponent(n, QStringLiteral("HEADER"));
    if (!hp.isEmpty()) {
        const QList<QPair<QString, QJsonValue>> formats{{tr("Image"), QStringLiteral("IMAGE")}, {tr("Video"), QStringLiteral("VIDEO")}};
        form()->addRow(tr("Media:"), binder()->combo(hp + QStringLiteral(".format"), tr("Card %1 media format").arg(n + 1), formats));
        form()->addRow(tr("Media URL:"), binder()->lineEdit(hp + QStringLiteral(".example.url"), tr("Card %1 media URL").arg(n + 1),
                                                           tr("https://cdn.example.com/picture.jpg")));
    }
    const QString bp = edits->cardComponent(n, QStringLiteral("BODY"));
    if (!bp.isEmpty()) {
        auto *text = binder()->plainText(bp + QStringLiteral(".text"), tr("Card %1 text").arg(n + 1));
        text->setMaximumHeight(90);
        form()->addRow(tr("Text:"), text);
        // A card's variables need examples as the body's do: a row for each, as they are typed.
        m_examples = new ExampleRows(session(), binder(), bp, false, tr("Card %1").arg(n + 1));
        form()->addRow(m_examples);
    }
    const QString btp = edits->cardComponent(n, QStringLiteral("BUTTONS"));
    const QString list = btp + QStringLiteral(".buttons");
    const int buttons = btp.isEmpty() ? 0 : int(session()->value(list).toArray().size());
    for (int i = 0; i < buttons; ++i) {
        ButtonFields::add(this, form(), ctx, list + QStringLiteral(".%1").arg(i), i, true);
        EditSession *s = session();
        QPushButton *remove = removeButton(tr("Remove button %1").arg(i + 1), tr("Remove button %1 of card %2").arg(i + 1).arg(n + 1),
                                           [s, list, i] { s->remove(list, i, tr("Remove card button")); });
        remove->setObjectName(QStringLiteral("removeCardButton%1").arg(i));
        form()->addRow(compactRow(remove, true));
    }
    if (!btp.isEmpty() && buttons < 2) {
        auto *row = new QHBoxLayout;
        for (const QString &kind : {QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"), QStringLiteral("PHONE_NUMBER")})
            row->addWidget(actionButton(tr("+ %1").arg(WhatsappTemplateEdits::buttonKindName(kind)), [edits, n, kind] {
                edits->addCardButton(n, kind);
            }));
        row->addStretch();
        form()->addRow(row);
    }
    auto *row = new QHBoxLayout;
    auto *duplicate = actionButton(tr("Duplicate card"), [ctx, n] { select(ctx, ctx.edits->duplicateCard(n)); });
    duplicate->setEnabled(edits->cardCount() < 10);
    row->addWidget(duplicate);
    // No move past an end (the page is built again when the number of cards changes).
    QPushButton *left = actionButton(tr("Move left"), [ctx, n] {
        if (ctx.edits->moveCard(n, n - 1))
            select(ctx, n - 1);
    });
    left->setEnabled(n > 0);
    row->addWidget(left);
    QPushButton *right = actionButton(tr("Move right"), [ctx, n] {
        if (ctx.edits->moveCard(n, n + 1))
            select(ctx, n + 1);
    });
    right->setEnabled(n + 1 < edits->cardCount());
    row->addWidget(right);
    row->addStretch();
    row->addWidget(removeButton(tr("Remove card"), tr("Remove card %1").arg(n + 1), [edits, n] { edits->removeCard(n); }));
    form()->addRow(row);
}

void CardPart::updateInPlace()
{
    if (m_examples && m_examples->update())
        emit rowsChanged();
}

QString CardPart::structure() const
{
    const QString card = m_ctx.edits->cardsPath() + QStringLiteral(".%1").arg(m_index);
    QStringList key{card, QString::number(m_ctx.edits->cardCount()),
                    TemplateDocument::cardStructure(session()->value(card).toObject()),
                    m_ctx.edits->cardStructuresDiffer() ? QStringLiteral("differ") : QString()};
    const QString list = m_ctx.edits->cardComponent(m_index, QStringLiteral("BUTTONS")) + QStringLiteral(".buttons");
    for (int i = 0; i < session()->value(list).toArray().size(); ++i)
        key << ButtonFields::structure(m_ctx, list + QStringLiteral(".%1").arg(i));
    return key.join(QLatin1Char('|'));
}

} // namespace sinch::ui
