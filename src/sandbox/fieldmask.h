#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace sinch::sandbox {

// The fieldMask query parameter of the WhatsApp template reads: dotted paths such as
// "state" or "changes.status", each naming a part of the resource the answer keeps. The
// contract lists the paths it allows (WhatsappTemplateDtoFieldMaskPathsEnum), arrays with
// the index 0 ("changes.details.components.0.type"); a number stands for every element of
// an array, as a mask cannot pick one element. A path that ends at an object keeps all of
// it; several paths keep what any of them names; an object the mask enters and finds
// nothing named in is left out.
class FieldMask
{
public:
    explicit FieldMask(const QStringList &paths);

    bool isEmpty() const { return m_root.children.empty() && !m_root.whole; }
    // Whether the answer keeps any of the resource's top-level `field`.
    bool keeps(const QString &field) const { return isEmpty() || m_root.find(field); }
    // `item` as the mask keeps it (all of it for an empty mask).
    QJsonObject apply(const QJsonObject &item) const;

private:
    struct Node
    {
        bool whole = false; // a path ends here: keep all below
        std::vector<std::pair<QString, Node>> children; // "#" for an array's elements
        Node &child(const QString &segment);
        const Node *find(const QString &segment) const;
    };
    static QJsonValue keep(const QJsonValue &value, const Node &node);

    Node m_root;
};

} // namespace sinch::sandbox
