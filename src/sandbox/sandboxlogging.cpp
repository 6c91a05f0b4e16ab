#include "sandboxlogging.h"

namespace sinch::sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "sinch.sandbox")
} // namespace sinch::sandbox
