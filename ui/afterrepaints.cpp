#include "afterrepaints.h"

#include <QCoreApplication>
#include <QEvent>

namespace sinch::ui {

namespace {

// A child of the context, so that its posted event goes with it.
class RepaintFollower : public QObject
{
public:
    RepaintFollower(QObject *context, std::function<void()> call)
        : QObject(context)
        , m_call(std::move(call))
    {
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        // An event posted while Qt hands out posted events waits for the next round. What
        // ran before this one posted its repaint in this round, or a queued call that
        // posts it in the next: one more round, and this goes after it.
        if (m_roundsLeft-- > 0) {
            post();
            return true;
        }
        const std::function<void()> call = std::move(m_call);
        delete this;
        call();
        return true;
    }

    void post()
    {
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::LowEventPriority - 1);
    }

private:
    std::function<void()> m_call;
    int m_roundsLeft = 1;
};

} // namespace

void callAfterRepaints(QObject *context, std::function<void()> call)
{
    (new RepaintFollower(context, std::move(call)))->post();
}

} // namespace sinch::ui
