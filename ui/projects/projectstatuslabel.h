#pragma once

#include <QLabel>
#include <optional>

namespace sinch {
struct Project;
}

namespace sinch::ui {

// The status bar's word on the current project: its name (and, for the built-in sandbox,
// where the emulator listens), with its project ID, key and address in the tooltip.
class ProjectStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProjectStatusLabel(QWidget *parent = nullptr);

    void showProject(const std::optional<Project> &project);
};

} // namespace sinch::ui
