#include "refusalnotice.h"

#include "messagebar.h"

namespace sinch::ui {

RefusalNotice::RefusalNotice(MessageBar *bar)
    : m_bar(bar)
{
}

void RefusalNotice::refuse(const QString &text, const QString &details)
{
    m_bar->showMessage(MessageBar::Level::Error, text, details);
    m_text = m_bar->text();
}

bool RefusalNotice::isShown() const
{
    return !m_text.isEmpty() && !m_bar->isHidden() && m_bar->text() == m_text;
}

void RefusalNotice::follow(const QString &nextText)
{
    if (!isShown()) {
        m_text.clear();
        return;
    }
    if (nextText.isEmpty()) {
        m_text.clear();
        m_bar->dismiss();
    } else {
        refuse(nextText);
    }
}

} // namespace sinch::ui
