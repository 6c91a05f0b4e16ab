#pragma once

#include <QLabel>

namespace sinch::ui {

class EditSession;

// "3 unsaved changes · autosaved 14:02": an editor's state in words, following its session.
class EditStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EditStatusLabel(EditSession *session, QWidget *parent = nullptr);
    void refresh();

private:
    EditSession *m_session;
};

} // namespace sinch::ui
