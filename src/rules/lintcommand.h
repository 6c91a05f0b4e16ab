#pragma once

#include <QStringList>
#include <QTextStream>

namespace sinch::rules {

// `sinch-console lint FILE... [--json]`: validates WhatsApp template JSON files (the
// contract's create-request shape) and prints `FILE: path: severity: message` lines, or
// one JSON document with --json. Exit code 0 when no file has an error (warnings allowed),
// 1 when one has, 2 when a file cannot be read or parsed or the arguments are wrong.
class LintCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace sinch::rules
