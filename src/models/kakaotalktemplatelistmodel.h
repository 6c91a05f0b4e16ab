#pragma once

#include "models/resourcelistmodel.h"

#include <functional>

namespace sinch {

// The AlimTalk templates of one KakaoTalk sender as a table whose cells read as words: the
// state, the pending changes, the message type (KakaotalkTemplateView) and the category's
// name (through `categoryName`, as the sender's categories arrive). A template never
// approved has its words in its pending changes only: those are shown then.
class KakaotalkTemplateListModel : public ResourceListModel
{
    Q_OBJECT
public:
    KakaotalkTemplateListModel(ApiClient *client, QString projectKey, QString plusFriendId, ApiRequest listRequest,
                               QList<Column> columns, QObject *parent = nullptr);

    QString plusFriendId() const { return m_plusFriendId; }
    void setCategoryNames(std::function<QString(const QString &code)> categoryName);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_plusFriendId;
    std::function<QString(const QString &)> m_categoryName;
};

} // namespace sinch
