#include "setvaluecommand.h"

#include "domain/templatedocument.h"

namespace sinch::ui {

SetValueCommand::SetValueCommand(TemplateDocument *document, const QString &path, const QJsonValue &value,
                                 int mergeSession, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_path(path)
    , m_old(document->value(path))
    , m_new(value)
    , m_session(mergeSession)
{
}

void SetValueCommand::undo()
{
    m_document->set(m_path, m_old);
}

void SetValueCommand::redo()
{
    m_document->set(m_path, m_new);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (o->m_document != m_document || o->m_path != m_path || o->m_session != m_session || m_session < 0)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace sinch::ui
