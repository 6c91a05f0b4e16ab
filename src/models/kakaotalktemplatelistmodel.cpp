#include "kakaotalktemplatelistmodel.h"

#include "domain/kakaotalktemplateview.h"

namespace sinch {

KakaotalkTemplateListModel::KakaotalkTemplateListModel(ApiClient *client, QString projectKey, QString plusFriendId,
                                                       ApiRequest listRequest, QList<Column> columns, QObject *parent)
    : ResourceListModel(client, std::move(projectKey), std::move(listRequest), std::move(columns), {QStringLiteral("code")}, parent)
    , m_plusFriendId(std::move(plusFriendId))
{
    setItemsKey(QStringLiteral("templates"));
}

void KakaotalkTemplateListModel::setCategoryNames(std::function<QString(const QString &)> categoryName)
{
    m_categoryName = std::move(categoryName);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

QVariant KakaotalkTemplateListModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.column() >= columns().size())
        return ResourceListModel::data(index, role);
    const QJsonObject t = item(index.row());
    const QString path = columns().at(index.column()).path;
    QJsonValue v = valueAt(t, path);
    if ((v.isUndefined() || v.isNull()) && path.startsWith(QLatin1String("details.")))
        v = valueAt(t, QStringLiteral("changes.") + path);
    const QString code = v.toString();
    if (path == QLatin1String("state"))
        return code.isEmpty() ? KakaotalkTemplateView::tr("Never approved") : KakaotalkTemplateView::stateWord(code);
    if (path == QLatin1String("changes.status"))
        return code.isEmpty() ? QString() : KakaotalkTemplateView::statusWord(code);
    if (path.endsWith(QLatin1String("messageType")))
        return KakaotalkTemplateView::messageTypeWord(code);
    if (path.endsWith(QLatin1String("categoryCode")))
        return m_categoryName && !code.isEmpty() ? m_categoryName(code) : code;
    return displayText(v);
}

} // namespace sinch
