#pragma once

#include "messagebox.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sinch::ui {

// What the template editor asks before something would be lost: closing with unsaved
// edits (save them as a draft on the server, or, while the changes are in review and the
// server takes no edits, keep them locally), and opening a template that has edits kept
// from earlier.
class TemplatePrompts
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::TemplatePrompts)
public:
    static MessageBox::Prompt close(const QString &title, bool keepLocally);
    static MessageBox::Prompt keptDraft(const QString &title, const QDateTime &savedAt);
};

} // namespace sinch::ui
