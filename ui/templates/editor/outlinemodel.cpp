#include "outlinemodel.h"

#include "domain/enumtext.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QApplication>
#include <QPixmap>
#include <QIcon>
#include <QJsonArray>
#include <QMimeData>
#include <QStyle>

#include <utility>

namespace sinch::ui {

namespace {

QIcon blankIcon()
{
    static const QIcon blank = [] {
        const int size = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    return blank;
}

const char kMime[] = "application/x-sinch-outline-part";

QJsonArray componentsOf(const QJsonObject &doc)
{
    return doc.value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray();
}

int componentIndex(const QJsonObject &doc, const QString &type)
{
    const QJsonArray components = componentsOf(doc);
    for (int i = 0; i < components.size(); ++i)
        if (components.at(i).toObject().value(QLatin1String("type")).toString() == type)
            return i;
    return -1;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent)
{
    Tree tree = build(m_document);
    m_nodes = std::move(tree.nodes);
    m_top = std::move(tree.top);
}

void OutlineModel::setDocument(const QJsonObject &document)
{
    // Build aside and compare: the same parts only change labels (no reset, the
    // selection stays); a different structure resets.
    Tree tree = build(document);
    m_document = document;
    bool sameParts = tree.nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameParts && i < m_nodes.size(); ++i)
        sameParts = tree.nodes.at(i).part == m_nodes.at(i).part;
    if (sameParts) {
        const QList<Node> before = std::exchange(m_nodes, std::move(tree.nodes));
        m_top = std::move(tree.top);
        emitChanged(before);
        return;
    }
    beginResetModel();
    m_nodes = std::move(tree.nodes);
    m_top = std::move(tree.top);
    endResetModel();
}

void OutlineModel::setFindings(const QList<rules::Finding> &findings)
{
    m_findings = findings;
    const QList<Node> before = m_nodes;
    summarize(m_nodes);
    emitChanged(before);
}

void OutlineModel::summarize(QList<Node> &nodes) const
{
    QStringList partOf; // of each finding
    partOf.reserve(m_findings.size());
    for (const rules::Finding &f : m_findings)
        partOf << partForPath(m_document, f.path);
    for (Node &n : nodes) {
        n.error = n.warning = false;
        QStringList messages;
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            const QString &part = partOf.at(i);
            // A parent row shows its children's findings too.
            if (part != n.part && !(n.parent < 0 && part.startsWith(n.part + QLatin1Char('/'))))
                continue;
            (m_findings.at(i).isError() ? n.error : n.warning) = true;
            messages << m_findings.at(i).message;
        }
        n.findings = messages.join(QLatin1Char('\n'));
    }
}

void OutlineModel::emitChanged(const QList<Node> &before)
{
    for (qsizetype i = 0; i < m_nodes.size() && i < before.size(); ++i) {
        const Node &n = m_nodes.at(i);
        const Node &was = before.at(i);
        if (n.looksLike(was))
            continue;
        const QModelIndex at = createIndex(n.row, 0, quintptr(i));
        // A finding counted again (a text's length as it is typed) changes only the
        // tooltip's words: said as such, a view need not lay the row out or paint it.
        const bool onlyWords = n.label == was.label && n.error == was.error && n.warning == was.warning;
        if (onlyWords)
            emit dataChanged(at, at, {Qt::ToolTipRole});
        else
            emit dataChanged(at, at);
    }
}

OutlineModel::Tree OutlineModel::build(const QJsonObject &document) const
{
    Tree tree;
    QList<Node> &nodes = tree.nodes;
    QList<int> &top = tree.top;
    auto add = [&nodes, &top](const QString &part, const QString &label, int parent) {
        Node n;
        n.part = part;
        n.label = label;
        n.parent = parent;
        const int id = int(nodes.size());
        if (parent < 0) {
            n.row = int(top.size());
            top << id;
        } else {
            n.row = int(nodes.at(parent).children.size());
            nodes[parent].children << id;
        }
        nodes << n;
        return id;
    };
    const QJsonArray components = componentsOf(document);
    auto component = [&components](const QString &type) {
        for (const QJsonValue &v : components)
            if (v.toObject().value(QLatin1String("type")).toString() == type)
                return v.toObject();
        return QJsonObject();
    };
    add(QStringLiteral("settings"), tr("Settings"), -1);
    const QJsonObject header = component(QStringLiteral("HEADER"));
    add(QStringLiteral("header"), header.isEmpty() ? tr("Header: none")
                                                    : tr("Header: %1").arg(EnumText::words(header.value(QLatin1String("format")).toString())), -1);
    add(QStringLiteral("body"), tr("Body"), -1);
    add(QStringLiteral("footer"), component(QStringLiteral("FOOTER")).isEmpty() ? tr("Footer: none") : tr("Footer"), -1);
    const QJsonArray buttons = component(QStringLiteral("BUTTONS")).value(QLatin1String("buttons")).toArray();
    const int b = add(QStringLiteral("buttons"), tr("Buttons (%1)").arg(buttons.size()), -1);
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        QString text = button.value(QLatin1String("text")).toString();
        if (text.isEmpty())
            text = tr("(no text)");
        add(QStringLiteral("buttons/%1").arg(i), tr("%1 · %2").arg(text, WhatsappTemplateEdits::buttonKindName(button.value(QLatin1String("type")).toString())), b);
    }
    const QJsonArray cards = component(QStringLiteral("CAROUSEL")).value(QLatin1String("cards")).toArray();
    const int c = add(QStringLiteral("carousel"), tr("Carousel (%1)").arg(cards.size()), -1);
    for (int i = 0; i < cards.size(); ++i)
        add(QStringLiteral("carousel/%1").arg(i), tr("Card %1").arg(i + 1), c);
    summarize(nodes);
    return tree;
}

QString OutlineModel::partForPath(const QJsonObject &document, const QString &path)
{
    const QStringList s = path.split(QLatin1Char('.'));
    if (s.size() < 3 || s.at(0) != QLatin1String("details") || s.at(1) != QLatin1String("components"))
        return QStringLiteral("settings");
    const QJsonObject c = componentsOf(document).at(s.at(2).toInt()).toObject();
    const QString type = c.value(QLatin1String("type")).toString();
    if (type == QLatin1String("BUTTONS")) {
        if (s.size() >= 5 && s.at(3) == QLatin1String("buttons"))
            return QStringLiteral("buttons/") + s.at(4);
        return QStringLiteral("buttons");
    }
    if (type == QLatin1String("CAROUSEL")) {
        if (s.size() >= 5 && s.at(3) == QLatin1String("cards"))
            return QStringLiteral("carousel/") + s.at(4);
        return QStringLiteral("carousel");
    }
    if (type == QLatin1String("HEADER") || type == QLatin1String("BODY") || type == QLatin1String("FOOTER"))
        return type.toLower();
    return s.size() == 3 ? QStringLiteral("body") : QStringLiteral("settings");
}

QString OutlineModel::pathForPart(const QJsonObject &document, const QString &part)
{
    const QString kind = part.section(QLatin1Char('/'), 0, 0);
    if (kind == QLatin1String("settings"))
        return QString();
    const QString type = kind == QLatin1String("carousel") ? QStringLiteral("CAROUSEL") : kind.toUpper();
    const int i = componentIndex(document, type);
    if (i < 0)
        return QString();
    QString path = QStringLiteral("details.components.%1").arg(i);
    if (part.contains(QLatin1Char('/')))
        path += (kind == QLatin1String("carousel") ? QStringLiteral(".cards.") : QStringLiteral(".buttons."))
            + part.section(QLatin1Char('/'), 1);
    return path;
}

QModelIndex OutlineModel::indexForPart(const QString &part) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).part != part)
            continue;
        const Node &n = m_nodes.at(i);
        if (n.parent < 0)
            return index(n.row, 0);
        return index(n.row, 0, index(m_nodes.at(n.parent).row, 0));
    }
    return QModelIndex();
}

QString OutlineModel::partAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    return m_nodes.at(int(index.internalId())).part;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, 0, quintptr(m_top.at(row))) : QModelIndex();
    const Node &p = m_nodes.at(int(parent.internalId()));
    return row < p.children.size() ? createIndex(row, 0, quintptr(p.children.at(row))) : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node &n = m_nodes.at(int(child.internalId()));
    if (n.parent < 0)
        return QModelIndex();
    return createIndex(m_nodes.at(n.parent).row, 0, quintptr(n.parent));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node &n = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return n.label;
    case PartRole:
        return n.part;
    case PathRole:
        return pathForPart(m_document, n.part);
    case Qt::ToolTipRole:
        return n.findings.isEmpty() ? QVariant() : QVariant(n.findings);
    case Qt::DecorationRole:
        if (n.error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (n.warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        // A blank of the same size: a row is as tall, and its title as far in, with a
        // finding or without, so rows do not move under the mouse as findings come and go.
        return blankIcon();
    default:
        return QVariant();
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString part = partAt(index);
    if (part.contains(QLatin1Char('/')))
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    else if (part == QLatin1String("buttons") || part == QLatin1String("carousel"))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {QString::fromLatin1(kMime)};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMime), partAt(indexes.first()).toUtf8());
    return data;
}

bool OutlineModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QString *list, int *from,
                              int *to) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMime)))
        return false;
    const QString source = QString::fromUtf8(data->data(QString::fromLatin1(kMime)));
    *list = source.section(QLatin1Char('/'), 0, 0);
    *from = source.section(QLatin1Char('/'), 1).toInt();
    const QString target = partAt(parent);
    const int count = rowCount(indexForPart(*list));
    if (target == *list) {                                    // between two rows
        *to = row < 0 ? count - 1 : (row > *from ? row - 1 : row);
    } else if (target.section(QLatin1Char('/'), 0, 0) == *list && target.contains(QLatin1Char('/'))) {
        *to = target.section(QLatin1Char('/'), 1).toInt();   // onto a row
    } else {
        return false;
    }
    *to = qBound(0, *to, count - 1);
    return *to != *from;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent) const
{
    QString list;
    int from = 0;
    int to = 0;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &list, &from, &to);
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    QString list;
    int from = 0;
    int to = 0;
    if (action != Qt::MoveAction || !dropTarget(data, row, parent, &list, &from, &to))
        return false;
    emit moveRequested(list, from, to);
    // The view must not remove the source row: the editor's command moved it already.
    return false;
}

} // namespace sinch::ui
