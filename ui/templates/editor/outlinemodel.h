#pragma once

#include "rules/finding.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinch::ui {

// The template editor's outline: Settings, Header, Body, Footer, Buttons (n) with one
// child per button, Carousel (n) with Card 1 ... n. Each row stands for a "part" named
// by a stable key ("settings", "buttons/2", "carousel/0") that the editor maps to a JSON
// path; rows carry the worst finding of their part as an icon and its messages as tooltip.
// Buttons and cards can be reordered by drag and drop: the model does not move anything
// itself, it asks with moveRequested() and the editor pushes an undoable command.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { PartRole = Qt::UserRole + 1, PathRole };

    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(const QJsonObject &document);
    void setFindings(const QList<rules::Finding> &findings);

    QModelIndex indexForPart(const QString &part) const;
    QString partAt(const QModelIndex &index) const;

    // The part a JSON path belongs to ("details.components.2.buttons.1.text" -> "buttons/1";
    // "name" -> "settings").
    static QString partForPath(const QJsonObject &document, const QString &path);
    // The JSON path of a part; empty when the part has no component yet (no header).
    static QString pathForPart(const QJsonObject &document, const QString &part);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // `list` is "buttons" or "carousel"; `to` the final row.
    void moveRequested(const QString &list, int from, int to);

private:
    struct Node {
        QString part;
        QString label;
        int parent = -1;   // index into m_nodes, -1 for top level
        int row = 0;
        QList<int> children;
        // Its findings (a top row's include its children's), worked out once per change
        // rather than on every paint.
        bool error = false;
        bool warning = false;
        QString findings; // the messages, one a line
        bool looksLike(const Node &o) const
        {
            return label == o.label && error == o.error && warning == o.warning && findings == o.findings;
        }
    };
    struct Tree
    {
        QList<Node> nodes;
        QList<int> top; // the top rows' nodes
    };
    // The outline of `document`, with m_findings sorted onto it.
    Tree build(const QJsonObject &document) const;
    // Sorts m_findings onto `nodes`.
    void summarize(QList<Node> &nodes) const;
    // Tells the view of each row that looks other than in `before` (same structure).
    void emitChanged(const QList<Node> &before);
    bool dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QString *list, int *from, int *to) const;

    QJsonObject m_document;
    QList<rules::Finding> m_findings;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace sinch::ui
