#include "removecommand.h"

#include "domain/templatedocument.h"

namespace sinch::ui {

RemoveCommand::RemoveCommand(TemplateDocument *document, const QString &listPath, int index,
                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_listPath(listPath)
    , m_index(index)
    , m_removed(document->value(listPath + QLatin1Char('.') + QString::number(index)))
{
    if (m_removed.isUndefined())
        setObsolete(true);
}

void RemoveCommand::undo()
{
    m_document->insert(m_listPath, m_index, m_removed);
}

void RemoveCommand::redo()
{
    m_document->remove(m_listPath, m_index);
}

} // namespace sinch::ui
