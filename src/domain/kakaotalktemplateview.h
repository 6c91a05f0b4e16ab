#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sinch {

// How a KakaoTalk AlimTalk template and the contract's codes of its fields read to a user:
// the template's state with the status of its pending changes, and words for the message
// type, the emphasis, the button kinds, the states and statuses. Shared by the list, its
// filters and the editor, so that they say the same thing; a code the console does not know
// reads as itself.
class KakaotalkTemplateView
{
    Q_DECLARE_TR_FUNCTIONS(KakaotalkTemplateView)
public:
    // "Approved", "Approved · draft changes", "Draft", "In review", "Rejected" ...
    static QString stateText(const QJsonObject &serverTemplate);
    static QString stateWord(const QString &state);      // KakaotalkTemplateStates
    static QString statusWord(const QString &status);    // KakaotalkTemplateStatuses (of the changes)
    static QString messageTypeWord(const QString &type);
    static QString emphasizeWord(const QString &type);
    static QString buttonTypeWord(const QString &type);
    // What a button kind needs besides its label: "linkMo" ... in the contract's field
    // names, the ones the editor shows for it.
    static QStringList linkFields(const QString &buttonType);
    // A link field's name as the editor labels it: "Mobile link", "iOS app link" ...
    static QString linkWord(const QString &field);
};

} // namespace sinch
