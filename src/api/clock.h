#pragma once

#include <QDateTime>

namespace sinch {

// Time as the client sees it. Tests inject one they can advance (token expiry, backoff).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    virtual qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }

    static Clock *system();
};

} // namespace sinch
