#pragma once

#include "rules/finding.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

namespace sinch::ui {

class EditSession;

// What the server refused, on the fields it named: each finding stays while its field
// keeps the value the server saw, and goes once the user changes it.
class ServerFindings
{
public:
    // Takes the findings that name a field of the document; returns the rest (general ones).
    // `topLevel`: the keys a document may lack yet and still be named by the server.
    QList<rules::Finding> take(const QList<rules::Finding> &findings, const EditSession &session, const QStringList &topLevel);
    // `findings` with the server's that still hold (changed fields dropped first).
    QList<rules::Finding> mergeInto(QList<rules::Finding> findings, const EditSession &session);
    void clear() { m_kept.clear(); }

private:
    // Whether a path names a field of the document (and not a sentence that merely starts
    // with a word: "the quota ...").
    static bool namesField(const QString &path, const EditSession &session, const QStringList &topLevel);

    QList<QPair<rules::Finding, QJsonValue>> m_kept;
};

} // namespace sinch::ui
