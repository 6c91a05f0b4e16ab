#include "quickopendialog.h"

#include "icons.h"
#include "services/areacatalog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
}

QuickOpenDialog::QuickOpenDialog(QuickOpenIndex *index, QWidget *parent)
    : QDialog(parent)
    , m_index(index)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("quickOpen"));
    setWindowTitle(tr("Quick open"));
    setAccessibleName(tr("Quick open"));
    setModal(false);

    m_query->setObjectName(QStringLiteral("quickOpenQuery"));
    m_query->setPlaceholderText(tr("Name or ID of a template, sender, flow, webhook … in any project"));
    m_query->setAccessibleName(tr("Search every project"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("quickOpenResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the query; Up/Down move here

    m_status->setObjectName(QStringLiteral("quickOpenStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textChanged, this, &QuickOpenDialog::updateResults);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickOpenDialog::activateCurrent);
    connect(m_results, &QTreeWidget::itemClicked, this, &QuickOpenDialog::activateCurrent);
    connect(m_index, &QuickOpenIndex::entriesChanged, this, &QuickOpenDialog::updateResults);
    connect(m_index, &QuickOpenIndex::loadingChanged, this, &QuickOpenDialog::updateStatus);
    resize(640, 420);
    updateResults();
}

QString QuickOpenDialog::statusText() const
{
    return m_status->text();
}

void QuickOpenDialog::popUp(QWidget *window)
{
    m_query->clear();
    updateResults();
    if (window) {
        const QRect r = window->geometry();
        const int w = qMin(720, qMax(480, r.width() * 6 / 10));
        resize(w, qMin(460, qMax(300, r.height() / 2)));
        move(r.x() + (r.width() - w) / 2, r.y() + 60);
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_results->topLevelItemCount();
        int row = m_results->indexOfTopLevelItem(m_results->currentItem());
        switch (key->key()) {
        case Qt::Key_Down:
            row = rows ? (row + 1) % rows : -1;
            break;
        case Qt::Key_Up:
            row = rows ? (row <= 0 ? rows - 1 : row - 1) : -1;
            break;
        case Qt::Key_PageDown:
            row = qMin(rows - 1, row + 10);
            break;
        case Qt::Key_PageUp:
            row = qMax(0, row - 10);
            break;
        default:
            return QDialog::eventFilter(watched, event);
        }
        if (row >= 0 && row < rows)
            m_results->setCurrentItem(m_results->topLevelItem(row));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpenDialog::updateResults()
{
    const QString query = m_query->text().trimmed();
    QString currentTitle;
    if (QTreeWidgetItem *cur = m_results->currentItem())
        currentTitle = cur->text(0) + cur->text(1);
    m_results->clear();
    m_shown.clear();
    if (!query.isEmpty()) {
        m_shown = m_index->match(query, 50);
        const auto &entries = m_index->entries();
        QHash<QString, QIcon> icons;
        for (int i : std::as_const(m_shown)) {
            const QuickOpenEntry &e = entries.at(i);
            auto *item = new QTreeWidgetItem(m_results, {e.title, e.detail});
            item->setData(0, kEntryRole, i);
            if (!icons.contains(e.areaId))
                icons.insert(e.areaId, Icons::get(AreaCatalog::find(e.areaId).iconName));
            item->setIcon(0, icons.value(e.areaId));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
            item->setToolTip(0, e.title + QLatin1Char('\n') + e.detail);
            if (!currentTitle.isEmpty() && item->text(0) + item->text(1) == currentTitle)
                m_results->setCurrentItem(item);
        }
        if (!m_results->currentItem() && m_results->topLevelItemCount() > 0)
            m_results->setCurrentItem(m_results->topLevelItem(0));
    }
    updateStatus();
}

void QuickOpenDialog::updateStatus()
{
    QString s;
    const QString query = m_query->text().trimmed();
    if (m_index->projects().isEmpty())
        s = tr("Add a project first: Quick open searches the projects you have added.");
    else if (query.isEmpty())
        s = tr("Type part of a name or an ID. %n item(s) of %1 project(s) to search.", nullptr, int(m_index->entries().size()))
                .arg(m_index->projects().size());
    else if (m_shown.isEmpty())
        s = tr("Nothing called “%1” in any project.").arg(query);
    else
        s = tr("Enter opens it; Up and Down choose.");
    if (m_index->isLoading())
        s += QLatin1Char(' ') + tr("Reading %n list(s)…", nullptr, m_index->listsPending());
    else if (m_index->listsFailed() > 0)
        s += QLatin1Char(' ') + tr("%n list(s) could not be read (see Help → Request log).", nullptr, m_index->listsFailed());
    m_status->setText(s);
}

void QuickOpenDialog::activateCurrent()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const int i = item->data(0, kEntryRole).toInt();
    if (i < 0 || i >= m_index->entries().size())
        return;
    const QuickOpenEntry entry = m_index->entries().at(i);
    hide();
    emit activated(entry);
}

} // namespace sinch::ui
