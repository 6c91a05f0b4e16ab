#include "projectstatuslabel.h"

#include "storage/project.h"

namespace sinch::ui {

ProjectStatusLabel::ProjectStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("projectStatus"));
    setAccessibleName(tr("Current project"));
}

void ProjectStatusLabel::showProject(const std::optional<Project> &p)
{
    if (!p) {
        setText(tr("No project"));
        setToolTip(QString());
        return;
    }
    setText(p->sandbox ? tr("● %1 · built-in sandbox at %2").arg(p->displayName, p->baseUrl.authority())
                       : tr("● %1").arg(p->displayName));
    setToolTip(tr("Project ID %1, key %2, %3").arg(p->projectId, p->keyId, p->baseUrl.toString()));
}

} // namespace sinch::ui
