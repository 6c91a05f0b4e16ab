#pragma once

#include "models/resourcelistmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One place of the navigation tree: what it shows and how. Lists are data, not classes.
struct Area
{
    enum class Kind { Overview, List, Document };

    QString id;                 // "webhooks", "whatsapp.templates" ...
    QString group;              // translated group title ("WhatsApp"), empty = top level
    QString title;              // translated title
    QString iconName;           // ":/icons/<iconName>.svg"
    Kind kind = Kind::List;
    QString operationId;        // the list (or get) operation
    QList<ResourceListModel::Column> columns;
    QStringList keyPaths{QStringLiteral("id")};
    QString noun;               // translated plural for counts ("webhooks")
    QString emptyText;          // translated: what the empty list means and what to do
};

} // namespace sinch
