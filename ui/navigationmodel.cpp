#include "navigationmodel.h"

#include "icons.h"
#include "services/areacatalog.h"

#include <QStyle>

namespace sinch::ui {

NavigationModel::NavigationModel(QObject *parent) : QStandardItemModel(parent)
{
    QHash<QString, QStandardItem *> groups;
    for (const Area &area : AreaCatalog::areas()) {
        const QStyle::StandardPixmap fallback = area.kind == Area::Kind::Overview ? QStyle::SP_ComputerIcon
                                              : area.kind == Area::Kind::Document ? QStyle::SP_FileIcon
                                                                                  : QStyle::SP_FileDialogListView;
        auto *item = new QStandardItem(Icons::get(area.iconName, fallback), area.title);
        item->setData(area.id, AreaRole);
        item->setData(area.title, TitleRole);
        item->setEditable(false);
        item->setAccessibleText(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);
        if (area.group.isEmpty()) {
            appendRow(item);
            continue;
        }
        QStandardItem *group = groups.value(area.group);
        if (!group) {
            group = new QStandardItem(area.group);
            group->setEditable(false);
            group->setSelectable(true);
            QFont f = group->font();
            f.setBold(true);
            group->setFont(f);
            groups.insert(area.group, group);
            appendRow(group);
        }
        group->appendRow(item);
    }
}

QString NavigationModel::areaAt(const QModelIndex &index) const
{
    QString id = index.data(AreaRole).toString();
    if (id.isEmpty() && hasChildren(index))
        id = this->index(0, 0, index).data(AreaRole).toString();
    return id;
}

QModelIndex NavigationModel::indexOf(const QString &areaId) const
{
    const QModelIndexList match = this->match(index(0, 0), AreaRole, areaId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return match.value(0);
}

void NavigationModel::setBadge(const QString &areaId, int count)
{
    QStandardItem *row = itemFromIndex(indexOf(areaId));
    if (!row)
        return;
    // Called on every change of the inbox: the title is the row's own, not the catalog's.
    const QString title = row->data(TitleRole).toString();
    row->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    row->setAccessibleText(count > 0 ? tr("%1, %n unread", nullptr, count).arg(title) : title);
    QFont f = row->font();
    f.setBold(count > 0);
    row->setFont(f);
}

} // namespace sinch::ui
