#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

class MessageBox;

// Deleting a KakaoTalk template, or only its pending changes, as a person asks for it: the
// question first (through the injected MessageBox, named after the template), then the call;
// removed() or failed() tells the page what to show.
class KakaotalkTemplateRemoval : public QObject
{
    Q_OBJECT
public:
    KakaotalkTemplateRemoval(ApiClient *client, MessageBox *box, QWidget *parent);

    // `serverTemplate`: the list's row (KakaotalkTemplateDto) of sender `plusFriendId`.
    void removeTemplate(const QString &projectKey, const QString &plusFriendId, const QJsonObject &serverTemplate);
    void removeChanges(const QString &projectKey, const QString &plusFriendId, const QJsonObject &serverTemplate);

signals:
    void removed(const QString &code, bool changesOnly);
    void failed(const sinch::ApiError &error);

private:
    void call(const QString &projectKey, const QString &plusFriendId, const QString &code, bool changesOnly);

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QWidget *m_parent;
};

} // namespace sinch::ui
