#pragma once

#include <QString>

namespace sinch::ui {

// A connected project as lists and dialogs name it: the ApiClient key its requests go
// under (ProjectManager::keyFor) and the name the user gave it. What bulk clone offers as
// targets and quick open searches.
struct NamedProject
{
    QString key;
    QString name;
};

} // namespace sinch::ui
