// JsonDiff: "Compare with approved" on two arbitrary documents (split at a "----" line),
// and the line diff of their pretty forms.
#include "fuzzsupport.h"

#include "domain/jsondiff.h"

using sinch::JsonChange;
using sinch::JsonDiff;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [first, second] = sinch::fuzz::halves(sinch::fuzz::bytes(data, size));
    const QJsonValue before = sinch::fuzz::jsonValue(first);
    const QJsonValue after = sinch::fuzz::jsonValue(second);
    const QList<JsonChange> changes = JsonDiff::changes(before, after, QStringLiteral("details"));
    if ((before == after) != changes.isEmpty())
        __builtin_trap(); // equal documents and only they have no changes
    for (const JsonChange &c : changes) {
        JsonDiff::brief(c.before);
        JsonDiff::brief(c.after, 8);
    }
    const QStringList a = JsonDiff::pretty(before).split(QLatin1Char('\n'));
    const QStringList b = JsonDiff::pretty(after).split(QLatin1Char('\n'));
    QList<int> onlyA, onlyB;
    JsonDiff::diffLines(a, b, &onlyA, &onlyB);
    // The common part has as many lines on both sides.
    if (a.size() - onlyA.size() != b.size() - onlyB.size())
        __builtin_trap();
    return 0;
}
