#include "pagetoolbar.h"

#include "icons.h"

#include <QAction>

namespace sinch::ui {

PageToolBar::PageToolBar(QWidget *page)
    : QToolBar(page)
    , m_page(page)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

QAction *PageToolBar::addPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    auto *a = new QAction(Icons::get(icon), text, m_page);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(a);
    addButton(a);
    m_pageActions << a;
    return a;
}

void PageToolBar::makeNewAction(QAction *action)
{
    action->setShortcut(QKeySequence::New);
    action->setShortcutContext(Qt::WindowShortcut);
}

void PageToolBar::addButton(QAction *action)
{
    addAction(action);
    if (QWidget *button = widgetForAction(action))
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
}

} // namespace sinch::ui
