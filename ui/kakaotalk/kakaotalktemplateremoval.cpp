#include "kakaotalktemplateremoval.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "messagebox.h"
#include "services/kakaotalktemplateservice.h"

#include <QWidget>

namespace sinch::ui {

namespace {
QString nameOf(const QJsonObject &t)
{
    return KakaotalkTemplateService::editedDetails(t).value(QLatin1String("name")).toString();
}
QString codeOf(const QJsonObject &t)
{
    return t.value(QLatin1String("code")).toString();
}
} // namespace

KakaotalkTemplateRemoval::KakaotalkTemplateRemoval(ApiClient *client, MessageBox *box, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_box(box)
    , m_parent(parent)
{
}

void KakaotalkTemplateRemoval::removeTemplate(const QString &projectKey, const QString &plusFriendId, const QJsonObject &t)
{
    const QString code = codeOf(t);
    if (code.isEmpty() || !m_box || !m_client)
        return;
    m_box->confirm(m_parent, tr("Delete template"),
                   tr("Delete the template \"%1\" (%2) of %3? It can no longer be sent.").arg(nameOf(t), code, plusFriendId),
                   tr("Delete"), this, [=] { call(projectKey, plusFriendId, code, false); });
}

void KakaotalkTemplateRemoval::removeChanges(const QString &projectKey, const QString &plusFriendId, const QJsonObject &t)
{
    const QString code = codeOf(t);
    if (code.isEmpty() || !m_box || !m_client)
        return;
    m_box->confirm(m_parent, tr("Delete draft changes"),
                   t.value(QLatin1String("state")).toString().isEmpty()
                       ? tr("Delete the pending changes of \"%1\"? It was never approved: only its code stays.").arg(nameOf(t))
                       : tr("Delete the pending changes of \"%1\"? The approved template stays as it is.").arg(nameOf(t)),
                   tr("Delete changes"), this, [=] { call(projectKey, plusFriendId, code, true); });
}

void KakaotalkTemplateRemoval::call(const QString &projectKey, const QString &plusFriendId, const QString &code, bool changesOnly)
{
    if (!m_client)
        return;
    KakaotalkTemplateService service(m_client, projectKey);
    ApiJob *job = changesOnly ? service.removeChanges(plusFriendId, code) : service.remove(plusFriendId, code);
    connect(job, &ApiJob::finished, this, [this, code, changesOnly](const ApiResult &result) {
        // Gone already (deleted elsewhere) is what was asked for.
        if (!result.ok() && result.httpStatus != 404)
            emit failed(result.error);
        else
            emit removed(code, changesOnly);
    });
}

} // namespace sinch::ui
