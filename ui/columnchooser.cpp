#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>

namespace sinch::ui {

ColumnChooser::ColumnChooser(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView *header = view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnChooser::apply);
}

void ColumnChooser::setHiddenColumns(const QList<int> &columns, bool chosen)
{
    m_hidden = columns;
    m_chosen = chosen;
    apply();
}

void ColumnChooser::apply()
{
    QHeaderView *header = m_view->header();
    for (int c = 0; c < header->count(); ++c)
        header->setSectionHidden(c, m_hidden.contains(c));
}

void ColumnChooser::showMenu(const QPoint &at)
{
    QAbstractItemModel *model = m_view->model();
    QHeaderView *header = m_view->header();
    if (!model || header->count() == 0)
        return;
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    menu.setAccessibleName(tr("Columns"));
    const int shown = header->count() - header->hiddenSectionCount();
    for (int c = 0; c < header->count(); ++c) {
        QAction *column = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        column->setCheckable(true);
        column->setChecked(!header->isSectionHidden(c));
        column->setEnabled(header->isSectionHidden(c) || shown > 1);
        connect(column, &QAction::toggled, this, [this, c](bool show) {
            m_hidden.removeAll(c);
            if (!show)
                m_hidden.append(c);
            std::sort(m_hidden.begin(), m_hidden.end());
            m_chosen = true;
            apply();
            emit columnsChosen();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(at));
}

} // namespace sinch::ui
