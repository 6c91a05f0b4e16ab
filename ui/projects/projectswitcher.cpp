#include "projectswitcher.h"

#include "actioncollection.h"
#include "icons.h"
#include "storage/project.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace sinch::ui {

ProjectSwitcher::ProjectSwitcher(ActionCollection *actions, QWidget *window)
    : QObject(window)
{
    m_combo = new QComboBox(window);
    m_combo->setObjectName(QStringLiteral("projectSwitcher"));
    m_combo->setAccessibleName(tr("Project"));
    m_combo->setToolTip(tr("Switch project (Ctrl+1 … Ctrl+9)"));
    m_combo->setMinimumContentsLength(22);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setPlaceholderText(tr("No project"));
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        emit chosen(QUuid(m_combo->itemData(index).toString()));
    });

    for (int i = 1; i <= 9; ++i) {
        auto *a = new QAction(tr("Project %1").arg(i), window);
        a->setObjectName(QStringLiteral("switchProject%1").arg(i));
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
        actions->add(a, QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        connect(a, &QAction::triggered, this, [this, i] {
            if (i - 1 < m_order.size())
                emit chosen(m_order.at(i - 1));
        });
        m_switchActions << a;
    }
}

void ProjectSwitcher::addTo(QToolBar *bar)
{
    auto *label = new QLabel(tr("Pro&ject:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    label->setBuddy(m_combo);
    bar->addWidget(label);
    bar->addWidget(m_combo);
}

void ProjectSwitcher::setProjects(const QList<Project> &projects)
{
    m_combo->clear();
    m_order.clear();
    for (const Project &p : projects) {
        const QString name = p.sandbox ? tr("%1 (sandbox)").arg(p.displayName) : p.displayName;
        m_combo->addItem(Icons::get(p.sandbox ? QStringLiteral("sandbox") : QStringLiteral("project")), name,
                         p.id.toString(QUuid::WithoutBraces));
        m_order << p.id;
    }
    for (int i = 0; i < m_switchActions.size(); ++i) {
        QAction *a = m_switchActions.at(i);
        a->setEnabled(i < projects.size());
        a->setVisible(i < projects.size());
        a->setText(i < projects.size() ? tr("Switch to %1").arg(projects.at(i).displayName) : tr("Project %1").arg(i + 1));
    }
}

void ProjectSwitcher::setCurrent(const QUuid &id)
{
    m_combo->setCurrentIndex(m_combo->findData(id.toString(QUuid::WithoutBraces)));
}

} // namespace sinch::ui
