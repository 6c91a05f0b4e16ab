#pragma once

#include "services/area.h"

#include <QCoreApplication>

namespace sinch {

// The areas of the navigation tree, in order. Only areas that work without a parent id
// are listed (templates of one KakaoTalk sender come with their own views).
class AreaCatalog
{
    Q_DECLARE_TR_FUNCTIONS(sinch::AreaCatalog)
public:
    static QList<Area> areas();
    static Area find(const QString &id);
    // The feed of `item` of a list area, or of the area itself; invalid when it has none.
    // The area that shows feeds of this kind (a KakaoTalk template's: its sender's area).
    static Area areaOfFeed(FeedRef::Kind kind);
    // The values a filter of the area's list operation takes: the enum of the query
    // parameter's items, in the contract's order.
    static QStringList filterValues(const Area &area, const QString &parameter);
    static FeedRef feedOf(const Area &area, const QString &projectKey, const QJsonObject &item = QJsonObject());
};

} // namespace sinch
