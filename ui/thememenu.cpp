#include "thememenu.h"

#include <QActionGroup>

namespace sinch::ui {

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const Theme::Mode mode : {Theme::System, Theme::Light, Theme::Dark}) {
        auto *a = new QAction(Theme::displayName(mode), group);
        a->setObjectName(QStringLiteral("theme.") + Theme::toString(mode));
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, mode] { emit chosen(mode); });
        m_actions.insert(mode, a);
        addAction(a);
    }
    setCurrent(Theme::current());
}

void ThemeMenu::setCurrent(Theme::Mode mode)
{
    if (QAction *a = m_actions.value(mode))
        a->setChecked(true);
}

} // namespace sinch::ui
