#pragma once

#include "domain/activity.h"

#include <QObject>
#include <QUuid>
#include <functional>

namespace sinch::ui {

class AreaPages;
class DocumentController;
struct QuickOpenEntry;

// Takes the person to a resource of any project, from quick open, an inbox entry or a
// notification: switches the project when needed, then opens the template in its tab or
// shows the area with the item selected (and its activity, for a feed).
class ResourceNavigator : public QObject
{
    Q_OBJECT
public:
    struct Window {
        std::function<void(const QUuid &)> setCurrentProject;
        std::function<QUuid()> currentProject;
        std::function<void(const QString &)> showArea;
    };
    ResourceNavigator(Window window, AreaPages *pages, DocumentController *documents, QObject *parent = nullptr);

    void openQuickOpenEntry(const QuickOpenEntry &entry);
    // An invalid feed: the inbox.
    void openFeed(const FeedRef &feed);

private:
    // Makes the project of `projectKey` current; false when it is gone.
    bool switchTo(const QString &projectKey);

    Window m_window;
    AreaPages *m_pages;
    DocumentController *m_documents;
};

} // namespace sinch::ui
