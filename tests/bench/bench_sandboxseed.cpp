// How long a seeded sandbox takes to be ready (both projects, every family), per seed
// shape, against an unseeded one started in the same process: the figure every test that
// starts a sandbox pays. Prints; never fails on time.
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace sinch::sandbox;

namespace {

double bestOf(int rounds, const SandboxConfig &config)
{
    double best = -1;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        SandboxServer server(config);
        if (!server.start())
            return -1;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        best = best < 0 ? ms : qMin(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxConfig empty;
    empty.seed = false;
    const double baseline = bestOf(5, empty);
    std::printf("unseeded sandbox ready: %.1f ms (best of 5)\n", baseline);
    for (const SeedShape shape : {SeedShape::SingleLanguage, SeedShape::Multilingual}) {
        SandboxConfig config;
        config.seedShape = shape;
        const double ms = bestOf(3, config);
        if (ms < 0 || baseline < 0)
            return 1; // the sandbox did not start: a failure, not a figure
        std::printf("seeded sandbox ready (%s): %.1f ms (best of 3), %.1fx an unseeded one\n",
                    shape == SeedShape::Multilingual ? "multilingual" : "single-language", ms, ms / qMax(0.01, baseline));
    }
    return 0;
}
