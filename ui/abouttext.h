#pragma once

#include <QString>

namespace sinch::ui {

// What Help › About says: the version, what the console is, the Qt it runs on, the build's
// commit and licence (the same facts as `sinch-console --version`).
class AboutText
{
public:
    static QString text();
};

} // namespace sinch::ui
