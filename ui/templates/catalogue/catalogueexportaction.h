#pragma once

#include <QAction>

#include <functional>

class QMenu;

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

// File › Export catalogue…: the current project's WhatsApp templates as previews on a PDF
// contact sheet (CatalogueExportDialog). Offered only for a project that is ready, which it
// asks each time its menu opens.
class CatalogueExportAction : public QAction
{
    Q_OBJECT
public:
    struct Project {
        QString key;  // the client's key of the project; empty: none is ready
        QString name; // for the sheet's title
    };
    using CurrentProject = std::function<Project()>;

    CatalogueExportAction(ApiClient *client, CurrentProject current, QWidget *window);

    // Checks the current project each time `menu`, which holds the action, opens.
    void followMenu(QMenu *menu);

private:
    void updateEnabled();
    void exportCatalogue();

    ApiClient *m_client;
    CurrentProject m_current;
    QWidget *m_window;
};

} // namespace sinch::ui
