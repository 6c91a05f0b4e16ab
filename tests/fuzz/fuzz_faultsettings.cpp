// The sandbox's fault spec (--faults latency=200,503=0.1,...): what parses prints back
// as a spec that parses to the same settings; and the damage done to bodies.
#include "fuzzsupport.h"

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"

using sinch::sandbox::FaultInjector;
using sinch::sandbox::FaultSettings;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sinch::fuzz::bytes(data, size);
    QString error;
    const FaultSettings settings = FaultSettings::parse(QString::fromUtf8(input), &error);
    if (error.isEmpty()) {
        for (double share : {settings.share500, settings.share503, settings.share429, settings.shareDrop,
                             settings.shareTruncate, settings.shareMalformed, settings.shareHtml,
                             settings.shareHuge, settings.shareStall})
            if (!(share >= 0 && share <= 1))
                __builtin_trap(); // a share is a probability (NaN is not one)
        QString again;
        const QString printed = settings.toString();
        const FaultSettings reparsed = FaultSettings::parse(printed, &again);
        if (!again.isEmpty() || reparsed.toString() != printed)
            __builtin_trap(); // toString() is a spec that parses to the same settings
        FaultInjector injector(settings);
        for (int i = 0; i < 4; ++i)
            FaultInjector::damage(input, injector.next());
    }
    FaultInjector::Decision d;
    d.truncate = true;
    FaultInjector::damage(input, d);
    d.truncate = false;
    d.malformed = true;
    FaultInjector::damage(input, d);
    return 0;
}
