#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace sinch::sandbox {

// The `default`s of a request schema, filled into a request body where it leaves a
// property out (the API reads an omitted `status` of WhatsappUpdateTemplateInputDto as its
// `default: DRAFT`, not as a submission). Walks `properties`, `allOf` and local `$ref`s into
// the objects and arrays the body holds; unions (`anyOf`/`oneOf`) are left alone, since
// which branch's default applies is not decided by the schema.
class RequestDefaults
{
public:
    static QJsonValue apply(const QJsonValue &value, const QJsonObject &schema);
};

} // namespace sinch::sandbox
