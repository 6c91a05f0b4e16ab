#include "insertcommand.h"

#include "domain/templatedocument.h"

namespace sinch::ui {

InsertCommand::InsertCommand(TemplateDocument *document, const QString &listPath, int index, const QJsonValue &value,
                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_listPath(listPath)
    , m_index(index)
    , m_value(value)
    , m_listExisted(document->contains(listPath))
{
}

void InsertCommand::undo()
{
    m_document->remove(m_listPath, m_index);
    // A list the insert created goes away again: undo restores the exact JSON.
    if (!m_listExisted && m_document->value(m_listPath).toArray().isEmpty())
        m_document->set(m_listPath, QJsonValue(QJsonValue::Undefined));
}

void InsertCommand::redo()
{
    m_document->insert(m_listPath, m_index, m_value);
}

} // namespace sinch::ui
