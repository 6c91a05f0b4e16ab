#pragma once

#include <QString>
#include <QUndoCommand>

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// Moves the element at `from` of the list at `listPath` to the final index `to` (buttons
// by drag or Alt+Up/Down, cards); undo moves it back.
class MoveCommand : public QUndoCommand
{
public:
    MoveCommand(TemplateDocument *document, const QString &listPath, int from, int to,
                const QString &text = QString(), QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TemplateDocument *m_document;
    QString m_listPath;
    int m_from;
    int m_to;
};

} // namespace sinch::ui
