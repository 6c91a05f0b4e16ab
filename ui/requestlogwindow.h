#pragma once

#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;
class QLineEdit;

namespace sinch {
class RequestLog;
class RequestLogModel;
}

namespace sinch::ui {

// Help → Request log: every request of this run (already redacted) with its status,
// duration and request id; the selected one's bodies below. Follows new requests.
class RequestLogWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogWindow(RequestLog *log, QWidget *parent = nullptr);
    // Shows the one window of `log` kept in `window` (made, top-level and deleted on close,
    // when there is none), raised and active.
    static void showOnly(QPointer<RequestLogWindow> *window, RequestLog *log);

    RequestLogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
};

} // namespace sinch::ui
