#pragma once

#include <QLoggingCategory>

namespace sinch::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace sinch::sandbox
