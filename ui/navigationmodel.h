#pragma once

#include <QStandardItemModel>

namespace sinch::ui {

// The navigation tree: the areas of the AreaCatalog under their groups (WhatsApp,
// KakaoTalk, RCS), each with its icon and the id of its area; a group row stands for
// its first area.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    static constexpr int AreaRole = Qt::UserRole + 1;
    static constexpr int TitleRole = Qt::UserRole + 2; // the title without a badge

    explicit NavigationModel(QObject *parent = nullptr);

    // The area a row shows (a group: its first area).
    QString areaAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &areaId) const;
    // A count beside an area's title ("Inbox (3)", bold), none for 0.
    void setBadge(const QString &areaId, int count);
};

} // namespace sinch::ui
