#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch::rules {

// The checks of a WhatsApp or KakaoTalk sender's create or update request, as the user
// types. Every limit is the contract's: the request DTO's required fields (a draft skips
// those the contract marks "Not required for draft"), minLength/maxLength, enums and
// formats (email, url, phone number, country code), the digit counts its descriptions
// give for KakaoTalk's category codes and the image types they list for photos and logos.
// A new field or a longer limit in the next contract needs no change here.
class SenderRules
{
    Q_DECLARE_TR_FUNCTIONS(sinch::rules::SenderRules)

public:
    enum class Channel { Whatsapp, Kakaotalk };
    enum class Request { Create, Update };

    // `request`: the body as the editor will send it ({details: {...}} plus the create's
    // top-level fields); empty strings count as not given.
    static QList<Finding> check(Channel channel, Request request, const QJsonObject &body, Mode mode);

    // The request's schemas: the top level and its `details`.
    static QString schemaOf(Channel channel, Request request);
    static QString detailsSchemaOf(Channel channel, Request request);
    // A field of a sender in words ("Display name"), for messages and form labels.
    static QString label(const QString &field);
    // The image MIME types a photo or logo field's description lists ("image/jpeg" ...).
    static QStringList imageTypes(Channel channel, const QString &field);

private:
    static void checkObject(QList<Finding> *out, const QJsonObject &object, const QString &schema, const QString &base,
                            Mode mode);
    static void checkValue(QList<Finding> *out, const QString &path, const QString &field, const QString &value,
                           const QJsonObject &schema);
};

} // namespace sinch::rules
