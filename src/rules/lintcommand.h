#pragma once

#include <QStringList>
#include <QTextStream>

namespace sinch::rules {

// `sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]`: validates WhatsApp
// and KakaoTalk template JSON files (the contract's create-request shapes; the channel is
// told from each file's fields unless --channel forces it) and prints `FILE: path: severity: message` lines, or
// one JSON document with --json. Exit code 0 when no file has an error (warnings allowed),
// 1 when one has, 2 when a file cannot be read or parsed or the arguments are wrong.
class LintCommand
{
public:
    // The words after "lint", parsed. A pure function (the fuzzer calls it).
    struct Arguments
    {
        bool json = false;
        QString channel; // empty: told from each file's content
        QStringList files;
        bool help = false;
        QString error; // a usage error, to print with exit code 2
    };
    static Arguments parseArguments(const QStringList &arguments);

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace sinch::rules
