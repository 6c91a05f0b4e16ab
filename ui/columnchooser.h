#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace sinch::ui {

// The list header's context menu that shows and hides columns, as qBittorrent's transfer
// list has it: a check a column, the last one shown cannot be hidden. Some columns start
// hidden (an ID beside the phone number it belongs to) so a list shows what matters whole at
// 1280 px; what the person chooses is kept apart from those defaults, so a page remembers
// only a choice that was made. The hidden set outlives the model: the view's header forgets
// it whenever the list is read again (a model reset), and it is applied again then.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QTreeView *view);

    QList<int> hiddenColumns() const { return m_hidden; }
    // Columns hidden by the page (its defaults) or restored from settings (`chosen`).
    void setHiddenColumns(const QList<int> &columns, bool chosen);
    bool isChosen() const { return m_chosen; }

signals:
    // A column was shown or hidden from the menu.
    void columnsChosen();

private:
    void showMenu(const QPoint &at);
    void apply();

    QTreeView *m_view;
    QList<int> m_hidden;
    bool m_chosen = false;
};

} // namespace sinch::ui
