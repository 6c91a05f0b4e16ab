#pragma once

#include "api/apirequest.h"

#include "api/apiclient.h"

#include "listpage.h"
#include "services/area.h"

#include <QPointer>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace sinch {
class ApiClient;
class PagedListModel;
class ResourceListModel;
}

namespace sinch::ui {

class ActivityFeedView;

// One list area: a filter bar, the list (paged as the user scrolls), the selected item's
// JSON beside it, an empty state that says what to do, and an inline error bar.
class ResourceListPage : public ListPage
{
    Q_OBJECT
public:
    ResourceListPage(const Area &area, ApiClient *client, QWidget *parent = nullptr);
    ~ResourceListPage() override;

    const Area &area() const { return m_area; }

    void focusFilter();
    // Selects the row of the item with the key fields of `item` (the area's keyPaths),
    // reading further pages until it arrives or the list ends; the filter is cleared so
    // the row can show. Returns whether it is selected already.
    bool selectItem(const QJsonObject &item);
    // Shows only the items in `state` (a value of the list's filterStates), every other
    // filter cleared. False where the list has no such filter or value.
    bool showOnlyState(const QString &state);
    // Selects the item whose feed this is and shows its activity.
    void showActivityOf(const FeedRef &feed);

    ResourceListModel *model() const; // the base's, as its own type
    QPlainTextEdit *detailView() const { return m_detail; }
    // The selected item's activity (nullptr when the area's items have no feed).
    ActivityFeedView *activityView() const { return m_feed; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }

protected:
    // The item shown in the detail pane changed (an empty object: none).
    virtual void itemShown(const QJsonObject &item) { Q_UNUSED(item) }
    // Query items of a page's own filters (beside the area's), added to every list request.
    virtual void addQuery(ApiRequest &request) const { Q_UNUSED(request) }
    // Sets a page's own filters (those of addQuery) back to all, without reading the list
    // again: showOnlyState clears every filter, the page's own too.
    virtual void clearOwnFilters() {}
    PagedListModel *createModel(const QString &projectKey) override;
    void modelChanged() override;
    QString countText() const override;
    QString noItemsText() const override;
    QString nothingShownText() const override;
    QString noProjectText() const override;
    QString loadingText() const override;

private:
    void showCurrent();
    void showFeed();
    bool selectPending();
    // Selects the row whose `paths` have the values of `item`, reading pages until it comes.
    bool selectBy(const QJsonObject &item, const QStringList &paths);

    Area m_area;
    QPointer<ApiClient> m_client;
    QLineEdit *m_filter;
    QPlainTextEdit *m_detail = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActivityFeedView *m_feed = nullptr;
    QList<QComboBox *> m_filterCombos; // the area's filters, in its order
    QJsonObject m_pendingSelection; // selectItem() waiting for its page
    QStringList m_pendingPaths;     // the fields that identify it
    bool m_pendingReread = false;   // the list was read again for it (it may be newer than the list)
};

} // namespace sinch::ui
