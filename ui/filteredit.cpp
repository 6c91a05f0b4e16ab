#include "filteredit.h"

#include <QAction>

namespace sinch::ui {

FilterEdit::FilterEdit(const QString &placeholder, const QString &accessibleName, QWidget *parent)
    : PromptedLineEdit(parent)
{
    setObjectName(QStringLiteral("filterEdit"));
    setPlaceholderText(placeholder);
    setAccessibleName(accessibleName);
    setClearButtonEnabled(true);
    auto *clear = new QAction(this);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    addAction(clear);
    connect(clear, &QAction::triggered, this, &QLineEdit::clear);
}

} // namespace sinch::ui
