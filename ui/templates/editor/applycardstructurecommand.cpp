#include "applycardstructurecommand.h"

#include "domain/templatedocument.h"

namespace sinch::ui {

ApplyCardStructureCommand::ApplyCardStructureCommand(TemplateDocument *document, const QString &carouselPath,
                                                     int sourceCard, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_cardsPath(carouselPath + QStringLiteral(".cards"))
    , m_old(document->value(m_cardsPath).toArray())
{
    if (sourceCard < 0 || sourceCard >= m_old.size()) {
        m_new = m_old;
        setObsolete(true);
        return;
    }
    const QJsonObject source = m_old.at(sourceCard).toObject();
    for (const QJsonValue &card : m_old)
        m_new.append(TemplateDocument::withCardStructure(card.toObject(), source));
    if (m_new == m_old)
        setObsolete(true);
}

void ApplyCardStructureCommand::undo()
{
    m_document->set(m_cardsPath, m_old);
}

void ApplyCardStructureCommand::redo()
{
    m_document->set(m_cardsPath, m_new);
}

} // namespace sinch::ui
