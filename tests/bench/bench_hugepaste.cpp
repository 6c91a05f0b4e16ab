// 5 MB pasted into the template editor's body with Ctrl+V, as a person pastes it: the longest
// time the event loop went unserved in the 1.5 s after (a 10 ms probe timer), against the same
// paste of 1 KB in the same run. Figure: huge_paste_silence, the ratio of the medians (the
// small one no less than 10 ms, so that a lucky fast run cannot make the bound meaningless),
// <= 50. That the paste keeps every character and the editor still takes typing is
// tst_hugepaste's. --tiny: 64 KB, one round (the test command).
#include "benchfigures.h"

#include "../editor/hugepaste.h"

#include "api/apiclient.h"
#include "storage/draftstore.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace sinch;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*.debug=false"));
    const bool tiny = bench::isTiny(argc, argv);
    QTemporaryDir dir;
    ApiClient client;
    DraftStore drafts(dir.path());
    const ui::TemplateEditor::Context context{&client, QStringLiteral("bench"), &drafts, nullptr};
    const QString small = test::hugepaste::text(1024);
    const QString huge = test::hugepaste::text(tiny ? 64 * 1024 : 5 * 1024 * 1024);

    // The first editor of the process pays for what is loaded once.
    if (test::hugepaste::pasteIntoNewTemplate(context, small).silenceMs < 0)
        return 1;
    std::vector<double> smallMs, hugeMs;
    for (int round = 0; round < bench::rounds(tiny, 3); ++round) {
        const test::hugepaste::Outcome s = test::hugepaste::pasteIntoNewTemplate(context, small);
        const test::hugepaste::Outcome h = test::hugepaste::pasteIntoNewTemplate(context, huge);
        if (s.silenceMs < 0 || h.silenceMs < 0 || h.body.size() != huge.size()) {
            std::fprintf(stderr, "the editor could not be driven, or lost pasted text\n");
            return 1;
        }
        smallMs.push_back(double(s.silenceMs));
        hugeMs.push_back(double(h.silenceMs));
    }
    std::fprintf(stderr, "longest silence: %lld characters %.0f ms, 1 KB %.0f ms\n", qlonglong(huge.size()),
                 bench::median(hugeMs), bench::median(smallMs));
    bench::ratio("huge_paste_silence", bench::median(hugeMs) / qMax(bench::median(smallMs), 10.0), "<=50");
    return 0;
}
