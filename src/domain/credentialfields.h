#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace sinch {

// The one list of the fields that carry credentials in this API and in OAuth2: the RCS
// sender's authToken (and the authName paired with it), a webhook's secret, access and
// refresh tokens, the long-lived WhatsApp token, key secrets, passwords. The request log,
// the views, "Copy as JSON" and the exports all mask with it, so a field added here is
// hidden everywhere at once.
class CredentialFields
{
public:
    // What a masked value reads.
    static QString maskText();

    // Whether a field (or header, or query parameter) of this name holds a credential
    // by itself. Case, '_' and '-' do not matter. Paging cursors (pageToken,
    // nextPageToken) and token_type are not credentials.
    static bool isCredentialName(QStringView name);

    // `document` with every credential value replaced by maskText(), at any depth: the
    // fields isCredentialName() names, and a name that pairs with a credential in the same
    // object (RCS authName beside authToken: together they connect the sender to an app).
    // Null values stay null (they say "not set", which is no secret).
    static QJsonValue mask(const QJsonValue &document);
    // A document as indented JSON text with its credentials masked: what a view shows
    // and what "Copy as JSON" and the exports write.
    static QString maskedJsonText(const QJsonDocument &document);
};

} // namespace sinch
