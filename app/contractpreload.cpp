#include "contractpreload.h"

#include "api/operations.h"

namespace sinch::app {

ContractPreload::ContractPreload()
    : m_thread([] {
        Operations::instance();
        Operations::conversation();
    })
{
}

ContractPreload::~ContractPreload()
{
    m_thread.join();
}

} // namespace sinch::app
