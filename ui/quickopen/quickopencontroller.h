#pragma once

#include "quickopenindex.h"

#include <QObject>

#include <functional>

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

class QuickOpenDialog;
struct QuickOpenEntry;

// Quick open (Ctrl+K) of a window: the index over every ready project's named resources,
// made on first use and read again when a minute old, and the dialog that searches it.
class QuickOpenController : public QObject
{
    Q_OBJECT
public:
    using ReadyProjects = std::function<QList<QuickOpenIndex::ProjectRef>()>;

    QuickOpenController(ApiClient *client, ReadyProjects readyProjects, QWidget *window);

    // The index, told the projects that are ready now.
    QuickOpenIndex *index();
    QuickOpenDialog *dialog() const { return m_dialog; }
    // Pops the dialog up over the window, the index read again where it is a minute old.
    void show();

signals:
    void activated(const sinch::ui::QuickOpenEntry &entry);

private:
    ApiClient *m_client;
    ReadyProjects m_readyProjects;
    QWidget *m_window;
    QuickOpenIndex *m_index = nullptr;
    QuickOpenDialog *m_dialog = nullptr; // a child of the window
};

} // namespace sinch::ui
