#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// Removes the element at `index` of the list at `listPath`; remembers it so that undo
// puts it back in the same place, unknown fields included.
class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(TemplateDocument *document, const QString &listPath, int index,
                  const QString &text = QString(), QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TemplateDocument *m_document;
    QString m_listPath;
    int m_index;
    QJsonValue m_removed;
};

} // namespace sinch::ui
