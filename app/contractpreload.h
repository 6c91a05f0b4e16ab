#pragma once

#include <thread>

namespace sinch::app {

// Reads the contracts (1.2 MB of JSON) and builds their operation tables on a thread of its
// own while the main thread starts Qt and builds the window. Both the window's first
// request and the sandbox's seeding need them; read on the way, they took 15 ms of a core
// in the middle of startup. Whoever asks meanwhile waits for the one read (they are
// function-local statics, made once under the compiler's guard).
class ContractPreload
{
public:
    ContractPreload();
    // Waits for the read, so that nothing outlives main() half made.
    ~ContractPreload();
    ContractPreload(const ContractPreload &) = delete;
    ContractPreload &operator=(const ContractPreload &) = delete;

private:
    std::thread m_thread;
};

} // namespace sinch::app
