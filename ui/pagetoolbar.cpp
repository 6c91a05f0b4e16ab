#include "pagetoolbar.h"

#include "icons.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace sinch::ui {

PageToolBar::PageToolBar(QWidget *page)
    : QToolBar(page)
    , m_page(page)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

QAction *PageToolBar::addPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    QAction *a = createPageAction(name, text, icon, tip);
    addButton(a);
    return a;
}

QAction *PageToolBar::createPageAction(const QString &name, const QString &text, const QString &icon, const QString &tip)
{
    auto *a = new QAction(Icons::get(icon), text, m_page);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(a);
    m_pageActions << a;
    return a;
}

QToolButton *PageToolBar::addMenuButton(const QString &name, const QString &text, const QString &icon,
                                        const QList<QAction *> &actions)
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true); // each item's tip says what it does and its key
    menu->addActions(actions);
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(Icons::get(icon));
    // Drawn as the toolbar draws its own buttons.
    button->setToolButtonStyle(toolButtonStyle());
    button->setIconSize(iconSize());
    connect(this, &QToolBar::toolButtonStyleChanged, button, &QToolButton::setToolButtonStyle);
    connect(this, &QToolBar::iconSizeChanged, button, &QToolButton::setIconSize);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    button->setAccessibleName(spoken(text));
    addWidget(button);
    for (QAction *a : actions)
        connect(a, &QAction::enabledChanged, button, [button] { followMenu(button); });
    followMenu(button);
    return button;
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
        button->setAccessibleName(spoken(action->text()));
}

void PageToolBar::addToMenuButton(QToolButton *button, QAction *action)
{
    button->menu()->addSeparator();
    button->menu()->addAction(action);
    connect(action, &QAction::enabledChanged, button, [button] { followMenu(button); });
    followMenu(button);
}

void PageToolBar::followMenu(QToolButton *button)
{
    const QList<QAction *> items = button->menu()->actions();
    button->setEnabled(std::any_of(items.cbegin(), items.cend(), [](const QAction *a) { return !a->isSeparator() && a->isEnabled(); }));
}

QString PageToolBar::spoken(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026));
}

} // namespace sinch::ui
