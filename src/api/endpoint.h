#pragma once

#include "storage/project.h"

#include <QString>
#include <QUrl>

namespace sinch {

// Everything ApiClient needs to talk to one project: a Project plus its key secret.
struct Endpoint
{
    QString projectId;
    QString keyId;
    QString keySecret;
    AuthMode authMode = AuthMode::OAuth2;
    QUrl baseUrl = Project::defaultBaseUrl();
    QUrl tokenUrl = Project::defaultTokenUrl();
    QUrl conversationUrl = Project::defaultConversationUrl();

    static Endpoint fromProject(const Project &project, const QString &secret)
    {
        return {project.projectId, project.keyId, secret, project.authMode, project.baseUrl, project.tokenUrl,
                project.conversationUrl};
    }
};

} // namespace sinch
