#include "editstatuslabel.h"

#include "editsession.h"

#include <QLocale>

namespace sinch::ui {

EditStatusLabel::EditStatusLabel(EditSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("status"));
    setAccessibleName(tr("Change status"));
    connect(session, &EditSession::stepsChanged, this, &EditStatusLabel::refresh);
    connect(session, &EditSession::dirtyChanged, this, &EditStatusLabel::refresh);
    connect(session, &EditSession::draftWritten, this, &EditStatusLabel::refresh);
    refresh();
}

void EditStatusLabel::refresh()
{
    const int n = m_session->unsavedChanges();
    QString text = n == 0 ? tr("No unsaved changes") : tr("%n unsaved change(s)", nullptr, n);
    if (m_session->autosavedAt().isValid())
        text += tr(" · autosaved %1").arg(QLocale().toString(m_session->autosavedAt().time(), QStringLiteral("HH:mm")));
    setText(text);
}

} // namespace sinch::ui
