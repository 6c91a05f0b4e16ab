#pragma once

#include "api/apiclient.h"

#include "services/area.h"

#include <QPointer>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace sinch {
class ApiClient;
class ResourceListModel;
}

namespace sinch::ui {

class MessageBar;

// One list area: a filter bar, the list (paged as the user scrolls), the selected item's
// JSON beside it, an empty state that says what to do, and an inline error bar.
class ResourceListPage : public QWidget
{
    Q_OBJECT
public:
    ResourceListPage(const Area &area, ApiClient *client, QWidget *parent = nullptr);
    ~ResourceListPage() override;

    const Area &area() const { return m_area; }
    QString projectKey() const { return m_projectKey; }

    // Shows the list of this project (rebuilds the model when the project changed).
    void setProject(const QString &projectKey);
    void refresh();
    void focusFilter();
    // Selects the row of the item with the key fields of `item` (the area's keyPaths),
    // reading further pages until it arrives or the list ends; the filter is cleared so
    // the row can show. Returns whether it is selected already.
    bool selectItem(const QJsonObject &item);

    ResourceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *detailView() const { return m_detail; }
    MessageBar *errorBar() const { return m_errorBar; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void updateState();
    void showCurrent();
    void fitColumns();
    bool selectPending();

    Area m_area;
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    ResourceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_errorBar;
    QLineEdit *m_filter;
    QLabel *m_count;
    QProgressBar *m_busy;
    QStackedWidget *m_listStack;
    QTreeView *m_view;
    QLabel *m_empty;
    QPlainTextEdit *m_detail;
    QSplitter *m_splitter;
    bool m_columnsFitted = false;
    QJsonObject m_pendingSelection; // selectItem() waiting for its page
};

} // namespace sinch::ui
