#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// Inserts a value (a component, a button, a card) into the list at `listPath` at `index`;
// undo removes it again. Paths and rows, not model indexes.
class InsertCommand : public QUndoCommand
{
public:
    InsertCommand(TemplateDocument *document, const QString &listPath, int index, const QJsonValue &value,
                  const QString &text = QString(), QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    QString listPath() const { return m_listPath; }
    int index() const { return m_index; }

private:
    TemplateDocument *m_document;
    QString m_listPath;
    int m_index;
    QJsonValue m_value;
    bool m_listExisted;
};

} // namespace sinch::ui
