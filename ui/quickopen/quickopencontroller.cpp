#include "quickopencontroller.h"

#include "quickopendialog.h"

#include <QWidget>

#include <utility>

namespace sinch::ui {

QuickOpenController::QuickOpenController(ApiClient *client, ReadyProjects readyProjects, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_readyProjects(std::move(readyProjects))
    , m_window(window)
{
}

QuickOpenIndex *QuickOpenController::index()
{
    // Made on first use: most sessions never open it, and its lists are many requests.
    if (!m_index)
        m_index = new QuickOpenIndex(m_client, this);
    m_index->setProjects(m_readyProjects());
    return m_index;
}

void QuickOpenController::show()
{
    QuickOpenIndex *found = index();
    found->loadIfOlderThan(60); // names change rarely; a minute old is fresh enough to find
    if (!m_dialog) {
        m_dialog = new QuickOpenDialog(found, m_window);
        connect(m_dialog, &QuickOpenDialog::activated, this, &QuickOpenController::activated);
    }
    m_dialog->popUp(m_window);
}

} // namespace sinch::ui
