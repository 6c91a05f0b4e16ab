#pragma once

#include "theme.h"

#include <QHash>
#include <QMenu>

namespace sinch::ui {

// View › Theme: System, Light and Dark, one checked; chosen() when the user picks one (the
// window applies and stores it).
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);
    void setCurrent(Theme::Mode mode);

signals:
    void chosen(sinch::ui::Theme::Mode mode);

private:
    QHash<int, QAction *> m_actions;
};

} // namespace sinch::ui
