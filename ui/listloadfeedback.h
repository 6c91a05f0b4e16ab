#pragma once

#include <functional>

class QObject;

namespace sinch {
class PagedListModel;
}

namespace sinch::ui {

class MessageBar;

// What every list page shows of its model's loading, the same way: `update` (the page's
// counts, empty state and busy bar) runs whenever loading, paging, the total or the rows
// change, and the error bar shows the model's error (with Retry) or hides.
class ListLoadFeedback
{
public:
    static void connect(PagedListModel *model, QObject *page, MessageBar *errorBar, const std::function<void()> &update);
};

} // namespace sinch::ui
