#pragma once

#include "area.h"

#include <QCoreApplication>

namespace sinch::ui {

// The areas of the navigation tree, in order. Only areas that work without a parent id
// are listed (templates of one KakaoTalk sender come with their own views).
class AreaCatalog
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::AreaCatalog)
public:
    static QList<Area> areas();
    static Area find(const QString &id);
};

} // namespace sinch::ui
