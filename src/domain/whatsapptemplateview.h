#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sinch {

// How a WhatsApp template as the server sends it (the contract's WhatsappTemplateDto)
// reads to a user: its state with the status of its pending changes, its quality rating,
// its analytics summed over the chosen date range, and when it was last modified. Shared
// by the template list, the template view tab, the editor's settings and quick open, so
// that they all say the same thing about a template. (The conversion of a server template
// into the create request an editor starts from is TemplateDocument::fromServerTemplate().)
class WhatsappTemplateView
{
    Q_DECLARE_TR_FUNCTIONS(WhatsappTemplateView)
public:
    struct Analytics {
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 read = 0;
        qint64 clicks = 0;
        bool present = false; // the template carried analytics entries
    };

    // The template's analytics entries summed; button clicks over every button.
    static Analytics analytics(const QJsonObject &serverTemplate);
    // "Approved · draft changes", "In review", "Rejected" ...
    // The words of one value of WhatsappTemplateStatesEnum ("Approved") and of
    // WhatsappTemplateStatusesEnum, the status of the pending changes ("In review").
    static QString stateWord(const QString &state);
    static QString changesWord(const QString &status);
    // The State column of a template never approved: its pending changes' status alone
    // ("Draft", "In review", "Rejected"); the status itself when unknown.
    static QString neverApprovedWord(const QString &status);
    // A number of templates never approved, by their changes' status, where it stands
    // beside the numbers by state: "Draft", "In review", "Rejected (never approved)".
    static QString neverApprovedCountWord(const QString &status);
    static QString stateText(const QJsonObject &serverTemplate);
    // "High", "Medium", "Low", "Unknown"; a score the console does not know as it is.
    static QString qualityText(const QString &qualityScore);
    // The ISO time of the last modification, from whichever field the server filled in;
    // empty when none.
    static QString modifiedAt(const QJsonObject &serverTemplate);
    // An ISO time as "yyyy-MM-dd HH:mm" in local time; text that is no time as it is.
    static QString modifiedText(const QString &iso);
};

} // namespace sinch
