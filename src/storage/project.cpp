#include "project.h"

#include "api/contract.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace sinch {

namespace {

bool isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return re.match(text).hasMatch();
}

// An ID as a message quotes it: a pasted page of text must not become a line as wide as
// itself (an unbreakable word widens the dialog that shows it), so the middle goes.
QString quotedId(const QString &id)
{
    constexpr int kMax = 48;
    return id.size() <= kMax ? id : id.left(kMax / 2 - 1) + QChar(0x2026) + id.right(kMax / 2 - 1);
}

bool hasWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// The only hosts that may be reached over plain http: the local sandbox.
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

enum class UrlProblem { None, Empty, Malformed, UserInfo, PlainHttp };

UrlProblem checkUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty())
        return UrlProblem::Empty;
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || url.host().isEmpty())
        return UrlProblem::Malformed;
    if (!url.userInfo().isEmpty())
        return UrlProblem::UserInfo;
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return UrlProblem::PlainHttp;
    return UrlProblem::None;
}

} // namespace

QString authModeToString(AuthMode mode)
{
    switch (mode) {
    case AuthMode::Basic:
        return QStringLiteral("basic");
    case AuthMode::OAuth2:
        break;
    }
    return QStringLiteral("oauth2");
}

AuthMode authModeFromString(const QString &text)
{
    if (text.trimmed().compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0)
        return AuthMode::Basic;
    return AuthMode::OAuth2;
}

QStringList Project::errors() const
{
    QStringList out;
    if (displayName.trimmed().isEmpty())
        out.append(QCoreApplication::translate("sinch::Project", "Enter a display name for the project."));

    if (projectId.trimmed().isEmpty())
        out.append(QCoreApplication::translate("sinch::Project", "Enter the project ID. The Sinch Customer Dashboard shows it beside the project's name."));
    else if (hasWhitespace(projectId))
        out.append(QCoreApplication::translate("sinch::Project", "Remove the spaces or line breaks from the project ID."));

    if (keyId.trimmed().isEmpty())
        out.append(QCoreApplication::translate("sinch::Project", "Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys."));
    else if (hasWhitespace(keyId))
        out.append(QCoreApplication::translate("sinch::Project", "Remove the spaces or line breaks from the key ID."));

    switch (checkUrl(baseUrl)) {
    case UrlProblem::None:
        break;
    case UrlProblem::Empty:
    case UrlProblem::Malformed:
        out.append(QCoreApplication::translate("sinch::Project", "Enter a base URL that starts with https:// and names a host, for example %1.")
                       .arg(defaultBaseUrl().toString()));
        break;
    case UrlProblem::UserInfo:
        out.append(QCoreApplication::translate("sinch::Project", "Remove the user name and password from the base URL: the key ID and key secret have their own fields."));
        break;
    case UrlProblem::PlainHttp:
        out.append(QCoreApplication::translate("sinch::Project", "Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.")
                       .arg(baseUrl.host()));
        break;
    }

    // Basic authentication never calls the token endpoint: an empty token URL is fine there,
    // a malformed one is still refused so that nothing broken is saved.
    const UrlProblem token = checkUrl(tokenUrl);
    switch (token) {
    case UrlProblem::None:
        break;
    case UrlProblem::Empty:
        if (authMode == AuthMode::Basic)
            break;
        Q_FALLTHROUGH();
    case UrlProblem::Malformed:
        out.append(QCoreApplication::translate("sinch::Project", "Enter a token URL that starts with https:// and names a host, for example %1.")
                       .arg(defaultTokenUrl().toString()));
        break;
    case UrlProblem::UserInfo:
        out.append(QCoreApplication::translate("sinch::Project", "Remove the user name and password from the token URL: the key ID and key secret have their own fields."));
        break;
    case UrlProblem::PlainHttp:
        out.append(QCoreApplication::translate("sinch::Project", "Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.")
                       .arg(tokenUrl.host()));
        break;
    }
    // The Conversation API host is used by the app lists and test sends only; the same
    // checks as the base URL.
    const UrlProblem conversation = checkUrl(conversationUrl);
    if (conversation == UrlProblem::PlainHttp)
        out.append(QCoreApplication::translate("sinch::Project", "Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.")
                       .arg(conversationUrl.host()));
    else if (conversation != UrlProblem::None)
        out.append(QCoreApplication::translate("sinch::Project", "Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host."));
    return out;
}

QStringList Project::warnings() const
{
    QStringList out;
    if (!projectId.isEmpty() && !hasWhitespace(projectId) && !isUuid(projectId)) {
        out.append(QCoreApplication::translate("sinch::Project", "The project ID \"%1\" does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project's name.")
                       .arg(quotedId(projectId)));
    }
    if (!keyId.isEmpty() && !hasWhitespace(keyId) && !isUuid(keyId)) {
        out.append(QCoreApplication::translate("sinch::Project", "The key ID \"%1\" does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.")
                       .arg(quotedId(keyId)));
    }
    return out;
}

QUrl Project::defaultConversationUrl()
{
    const QList<QUrl> servers = Contract::conversationServers();
    return servers.isEmpty() ? QUrl() : servers.first();
}

bool Project::operator==(const Project &o) const
{
    return id == o.id && displayName == o.displayName && projectId == o.projectId && keyId == o.keyId
        && authMode == o.authMode && baseUrl == o.baseUrl && tokenUrl == o.tokenUrl && conversationUrl == o.conversationUrl
        && sandbox == o.sandbox;
}

} // namespace sinch
