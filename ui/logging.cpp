#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "sinch.ui", QtInfoMsg)
