#include "clock.h"

namespace sinch {

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace sinch
