#pragma once

#include <QJsonArray>
#include <QString>
#include <QUndoCommand>

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// "Apply this card's structure to all cards": every card of the carousel at
// `carouselPath` gets the header format, components and button kinds of card
// `sourceCard`, keeping its own contents where they fit. One undoable step; undo puts
// the cards back exactly as they were.
class ApplyCardStructureCommand : public QUndoCommand
{
public:
    ApplyCardStructureCommand(TemplateDocument *document, const QString &carouselPath, int sourceCard,
                              const QString &text = QString(), QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TemplateDocument *m_document;
    QString m_cardsPath;
    QJsonArray m_old;
    QJsonArray m_new;
};

} // namespace sinch::ui
