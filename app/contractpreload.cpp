#include "contractpreload.h"

#include "startupclock.h"

#include "api/operations.h"

namespace sinch::app {

ContractPreload::ContractPreload()
    : m_thread([] {
        Operations::instance();
        Operations::conversation();
        StartupClock::mark("contract read");
    })
{
}

ContractPreload::~ContractPreload()
{
    m_thread.join();
}

} // namespace sinch::app
