#include "listloadfeedback.h"

#include "messagebar.h"
#include "models/pagedlistmodel.h"

namespace sinch::ui {

void ListLoadFeedback::connect(PagedListModel *model, QObject *page, MessageBar *errorBar, const std::function<void()> &update)
{
    using M = PagedListModel;
    QObject::connect(model, &M::loadingChanged, page, update);
    QObject::connect(model, &M::doneChanged, page, update);
    QObject::connect(model, &M::totalSizeChanged, page, update);
    QObject::connect(model, &M::rowsInserted, page, update);
    QObject::connect(model, &M::rowsRemoved, page, update);
    QObject::connect(model, &M::modelReset, page, update);
    QObject::connect(model, &M::errorChanged, page, [model, errorBar, update] {
        if (model->hasError())
            errorBar->showError(model->lastError());
        else
            errorBar->hide();
        update();
    });
}

} // namespace sinch::ui
