#pragma once

#include <QString>

namespace sinch::ui {

class MessageBar;

// A form's refusal to send, in its message bar, that follows the form afterwards: while the
// bar still says it, each edit either says the next problem in its place or, once none is
// left, takes it away (a refusal that stayed after its fix read as if the form were still
// wrong). A message the bar shows since is left alone.
class RefusalNotice
{
public:
    explicit RefusalNotice(MessageBar *bar);

    // Shows `text` (the whole message: "Not sent: …", with `details` behind it) and remembers it.
    void refuse(const QString &text, const QString &details = QString());
    // After an edit: `nextText` is the message for the problem left now, empty when none is.
    void follow(const QString &nextText);
    bool isShown() const;

private:
    MessageBar *m_bar;
    QString m_text; // the refusal the bar says, until the form no longer has it
};

} // namespace sinch::ui
