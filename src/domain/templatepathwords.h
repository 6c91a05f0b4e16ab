#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sinch {

// A place in a WhatsApp template document (the create-request shape) in the words of the
// editor's outline, for lists of changes: "details.components.2.buttons.0.url" reads
// "Button 1 · Web address", "details.components.3.cards.1.components.0.format" reads
// "Card 2 · Header · Format". Component and card indexes are looked up in `document`, the
// version the path belongs to; a key the console has no words for is shown as it is.
class TemplatePathWords
{
    Q_DECLARE_TR_FUNCTIONS(sinch::TemplatePathWords)

public:
    static QString of(const QJsonObject &document, const QString &path);
    // A component by its type ("Body" for BODY), and a button by its 0-based place ("Button 2").
    static QString componentWord(const QString &type);
    static QString buttonWord(int index);

private:
    // `rest` of a path inside a components array, its words appended to `words`.
    static void component(const QJsonArray &components, QStringList rest, QStringList *words);
    static QString fieldWord(const QString &key);
};

} // namespace sinch
