#pragma once

#include "domain/activity.h"
#include "models/resourcelistmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One place of the navigation tree: what it shows and how. Lists are data, not classes.
struct Area
{
    // Feed: the activity feed of the area itself (an account's). Inbox: every project's.
    enum class Kind { Overview, List, Document, Feed, Inbox };

    QString id;                 // "webhooks", "whatsapp.templates" ...
    QString group;              // translated group title ("WhatsApp"), empty = top level
    QString title;              // translated title
    QString iconName;           // ":/icons/<iconName>.svg"
    Kind kind = Kind::List;
    QString operationId;        // the list (or get) operation
    QList<ResourceListModel::Column> columns;
    QStringList keyPaths{QStringLiteral("id")};
    // Columns (by path) hidden until the person shows them from the list header's menu: the
    // ones a row is seldom told apart by (its ID beside its name), so the rest fit whole.
    QStringList columnsHiddenAtFirst;
    QList<int> hiddenColumnsAtFirst() const
    {
        QList<int> out;
        for (int c = 0; c < columns.size(); ++c)
            if (columnsHiddenAtFirst.contains(columns.at(c).path))
                out << c;
        return out;
    }
    // Filters of the list operation offered above the list: a query parameter whose values
    // are the contract's enum (AreaCatalog::filterValues), and its translated label.
    struct Filter
    {
        QString parameter; // "filterStates"
        QString label;     // "State"
        QString anyText;   // "Any state"
    };
    QList<Filter> filters;
    QString noun;               // translated plural for counts ("webhooks")
    QString emptyText;          // translated: what the empty list means and what to do
    // The activity feed of each item (a list) or of the area (a document or feed area).
    bool hasFeed = false;
    FeedRef::Kind feedKind = FeedRef::Kind::WhatsappAccount;
    QStringList feedIdPaths;    // the item's fields that name its feed, in the path's order
    QStringList feedTitlePaths; // the item's fields a person calls it by, the first one set
};

} // namespace sinch
