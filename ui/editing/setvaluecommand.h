#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

namespace sinch {
class TemplateDocument;
}

namespace sinch::ui {

// Sets one value of the template document by its JSON path (an undefined value removes
// it). Remembers the path and the old value, never widget state. Typing in one field is
// one step: commands of the same path and the same typing session merge (id/mergeWith);
// the editor starts a new session when a field loses focus. A session below 0 never
// merges. A merge that brings the value back to where it started makes the step obsolete.
class SetValueCommand : public QUndoCommand
{
public:
    enum { Id = 0x5e71 };

    SetValueCommand(TemplateDocument *document, const QString &path, const QJsonValue &value,
                    int mergeSession = -1, const QString &text = QString(), QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_session < 0 ? -1 : int(Id); }
    bool mergeWith(const QUndoCommand *other) override;

    QString path() const { return m_path; }

private:
    TemplateDocument *m_document;
    QString m_path;
    QJsonValue m_old;
    QJsonValue m_new;
    int m_session;
};

} // namespace sinch::ui
