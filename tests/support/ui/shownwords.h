#pragma once

#include <QStringList>

class QWidget;

namespace sinch::test {

// The words a person reads in `root` now: the visible labels (markup taken out), buttons,
// tabs, group boxes, combo boxes' entries, tooltips and the visible rows of item views
// (every column, children of expanded rows). Not what people typed or the server's data as
// data: line edits and text editors are left out (a JSON view shows JSON by design).
QStringList shownWords(QWidget *root);

// The contract's enum values spelled as the contract does ("PENDING_VERIFICATION", "LAUNCHED")
// found in `texts`: what a person should read in words (EnumText). Codes of two letters,
// initialisms (OTP), the values of enums that are codes by nature (languages, countries,
// webhook triggers) and values in straight double quotes (quoted data, such as JSON) are not
// counted. A text that is only "true" or "false" (a JSON boolean as the server sent it) is
// found too: a person reads Yes or No, in their language. Each finding: "VALUE in “text”".
QStringList rawEnumValues(const QStringList &texts);

} // namespace sinch::test
