#pragma once

#include "api/apiclient.h"
#include "listpage.h"
#include "services/area.h"

#include <QJsonObject>
#include <QPointer>
#include <functional>

class QLineEdit;

namespace sinch {
class ApiClient;
class ResourceListModel;
}

namespace sinch::ui {

// A list page over one area's list operation whose detail pane is the page's own widget
// (a form of words, not JSON): the area gives the model's columns, its count, empty and
// loading texts; `words` turn a column's enum values into what a person reads. A subclass
// shows the chosen item in currentChanged() (an empty object when none is chosen).
class AreaListPage : public ListPage
{
    Q_OBJECT
public:
    using Words = std::function<QString(const QString &)>;

    ResourceListModel *model() const; // the base's, as its own type
    const Area &area() const { return m_area; }
    QJsonObject currentItem() const;
    // Selects the row whose `id` field is `id`; false when the list does not have it (yet).
    bool selectId(const QString &id);
    void focusFilter();

protected:
    AreaListPage(const Area &area, ApiClient *client, QWidget *detail, QWidget *parent = nullptr);
    // Shows `words(value)` for the cells of the column at `path` (sorting stays on the value).
    void setWords(const QString &path, const Words &words);
    virtual void currentChanged(const QJsonObject &item) = 0;
    ApiClient *client() const;

    PagedListModel *createModel(const QString &projectKey) override;
    QString countText() const override;
    QString noItemsText() const override;
    QString nothingShownText() const override;
    QString noProjectText() const override;
    QString loadingText() const override;

private:
    Area m_area;
    QPointer<ApiClient> m_client;
    QLineEdit *m_filter;
};

} // namespace sinch::ui
