// The command lines: the GUI's (app/commandline), `lint`, `preview`, `export` and `import`.
// The input's first byte picks the parser, the rest holds one word a line. What a parser
// accepts must be usable as it is: a finite scale in range, a finite non-negative review
// delay, files named, a project and a folder named, addresses only with a key.
#include "fuzzsupport.h"

#include "commandline.h"
#include "rules/lintcommand.h"
#include "transferarguments.h"
#include "templates/previewcli.h"

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QStringList words = sinch::fuzz::words(sinch::fuzz::bytes(data + 1, size - 1));
    switch (data[0] % 5) {
    case 0: {
        const sinch::app::CommandLine line = sinch::app::parseCommandLine(QStringList{QStringLiteral("sinch-console")} + words);
        if (!line.exitCode) {
            const std::optional<double> delay = line.options.reviewDelay;
            if (delay && !(std::isfinite(*delay) && *delay >= 0))
                __builtin_trap();
            if ((delay || !line.options.faults.isEmpty()) && !line.options.sandbox)
                __builtin_trap();
        } else if (*line.exitCode != 0 && line.error.isEmpty()) {
            __builtin_trap(); // a failure says why
        }
        break;
    }
    case 1: {
        const sinch::rules::LintCommand::Arguments a = sinch::rules::LintCommand::parseArguments(words);
        if (!a.help && a.error.isEmpty() && a.files.isEmpty())
            __builtin_trap();
        break;
    }
    case 3:
    case 4: {
        const sinch::app::TransferArguments a = sinch::app::parseTransferArguments(
            data[0] % 5 == 3 ? QStringLiteral("export") : QStringLiteral("import"), words);
        if (a.helpText.isEmpty() && a.error.isEmpty()) {
            if (a.project.isEmpty() || a.directory.isEmpty())
                __builtin_trap();
            if (!a.fromFlags() && (!a.baseUrl.isEmpty() || !a.tokenUrl.isEmpty() || a.basicAuth))
                __builtin_trap();
            if (!a.baseUrl.isEmpty() && a.baseUrl.host().isEmpty())
                __builtin_trap();
        }
        break;
    }
    default: {
        const sinch::ui::PreviewArguments a = sinch::ui::parsePreviewArguments(words);
        if (a.helpText.isEmpty() && a.error.isEmpty()) {
            if (!(a.scale >= 0.5 && a.scale <= 4) || a.file.isEmpty() || a.output.isEmpty())
                __builtin_trap();
        }
        break;
    }
    }
    return 0;
}
