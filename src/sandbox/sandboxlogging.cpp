#include "sandboxlogging.h"

namespace sinch::sandbox {
// Requests and review decisions at debug level, off unless QT_LOGGING_RULES asks for them.
Q_LOGGING_CATEGORY(lcSandbox, "sinch.sandbox", QtInfoMsg)
} // namespace sinch::sandbox
