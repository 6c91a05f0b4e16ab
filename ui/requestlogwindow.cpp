#include "requestlogwindow.h"

#include "models/requestlogmodel.h"

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

RequestLogWindow::RequestLogWindow(RequestLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new RequestLogModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestLogWindow"));
    setWindowTitle(tr("Request log"));
    setAccessibleName(windowTitle());
    resize(1000, 560);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by operation, status, URL or request ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the request log"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    const int widths[] = {100, 90, 260, 60, 320, 60, 80, 60, 250};
    for (int i = 0; i < int(std::size(widths)); ++i)
        m_view->setColumnWidth(i, widths[i]);
    m_view->setColumnHidden(RequestLogModel::Project, true);

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Request details"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its details, and a failed one's bodies (secrets are redacted)."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_details->setPlainText(index.data(RequestLogModel::DetailsRole).toString());
    });
    // Follow new requests while the view is at the bottom, unless a row is being read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this]() {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2 && !m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
    });

    auto *close = new QAction(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeRequestLog"));
    // Escape too, as a window of its own that reads like a dialog.
    close->setShortcuts(QKeySequence::keyBindings(QKeySequence::Close) << QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    auto *find = new QAction(tr("Filter"), this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this]() { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
}

void RequestLogWindow::showOnly(QPointer<RequestLogWindow> *window, RequestLog *log)
{
    const bool opened = !*window;
    if (opened) {
        *window = new RequestLogWindow(log, nullptr);
        (*window)->setAttribute(Qt::WA_DeleteOnClose);
    }
    (*window)->show();
    if (opened) // the newest requests in view, where new ones come
        (*window)->m_view->scrollToBottom();
    (*window)->raise();
    (*window)->activateWindow();
}

} // namespace sinch::ui
