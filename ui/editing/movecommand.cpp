#include "movecommand.h"

#include "domain/templatedocument.h"

namespace sinch::ui {

MoveCommand::MoveCommand(TemplateDocument *document, const QString &listPath, int from, int to,
                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_listPath(listPath)
    , m_from(from)
    , m_to(to)
{
    const int size = int(document->value(listPath).toArray().size());
    if (from == to || from < 0 || to < 0 || from >= size || to >= size)
        setObsolete(true);
}

void MoveCommand::undo()
{
    m_document->move(m_listPath, m_to, m_from);
}

void MoveCommand::redo()
{
    m_document->move(m_listPath, m_from, m_to);
}

} // namespace sinch::ui
