#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sinch::ui {

class EditSession;

// The edits of a WhatsApp template, without widgets: where its components, buttons and
// cards are, and the structural edits the form parts, the outline and the keyboard make
// (add, remove and move buttons and cards, variables, header kinds). Each is one undo
// step on the EditSession. Values typed into fields go through fieldEdited(), which
// keeps a body's examples in step with its variables.
class WhatsappTemplateEdits
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::WhatsappTemplateEdits)
public:
    explicit WhatsappTemplateEdits(EditSession *session) : m_session(session) {}

    // --- Where things are ---
    QString category() const;
    QString componentPath(const QString &type) const;
    QString buttonsPath() const; // empty without buttons
    int buttonCount() const;
    QString cardsPath() const;   // empty without a carousel
    int cardCount() const;
    // The path of the component of `type` inside card `card`, empty when it has none.
    QString cardComponent(int card, const QString &type) const;
    bool cardStructuresDiffer() const;

    // --- Edits (each one undo step) ---
    void fieldEdited(const QString &path, const QJsonValue &value, bool typing);
    void insertComponent(const QJsonObject &component, const QString &text);
    void removeComponent(const QString &type, const QString &text);
    // type: QUICK_REPLY, URL, PHONE_NUMBER, OTP, FLOW; returns the new button's index.
    int addButton(const QString &type);
    void removeButton(int index);
    bool moveButton(int from, int to);
    // A carousel is made by the first card; a new card copies card 0's structure.
    int addCard();
    int duplicateCard(int index);
    void removeCard(int index);
    bool moveCard(int from, int to);
    void applyCardStructure(int sourceCard);
    void addCardButton(int card, const QString &type);
    // Inserts {{n}} at `cursorPos` of the BODY (or text HEADER) text; returns n (0: none).
    int insertVariable(const QString &componentType, int cursorPos);
    void setHeaderFormat(const QString &format); // empty = no header

    // --- Shapes ---
    static QJsonObject newButton(const QString &type);
    static QJsonObject defaultCard();
    static QString buttonKindName(const QString &type); // "Quick reply", "Link (URL)" ...

private:
    EditSession *m_session;
};

} // namespace sinch::ui
