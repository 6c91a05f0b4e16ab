#pragma once

#include <QLoggingCategory>

// The UI's logging category, "sinch.ui".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
