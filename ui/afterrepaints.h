#pragma once

#include <QObject>

#include <functional>

namespace sinch::ui {

// Calls `call` on `context`'s thread once the event loop has handled what is already
// posted, the windows' repaints included: Qt posts a repaint (QEvent::UpdateRequest) at
// Qt::LowEventPriority, and this goes after it, where a queued call or a zero timer goes
// before. Background work that a reply sets off (the inbox's first sync, once the
// overview's counts are in) so waits until what the reply brought is on the screen.
// Nothing is called once `context` is gone.
void callAfterRepaints(QObject *context, std::function<void()> call);

} // namespace sinch::ui
