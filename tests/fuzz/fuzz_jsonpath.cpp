// JsonPath: the one walker of dotted paths ("details.components.1.text"). The input is a
// path on its first line and a JSON document after it.
#include "fuzzsupport.h"

#include "domain/jsonpath.h"

using sinch::JsonPath;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sinch::fuzz::bytes(data, size);
    const qsizetype eol = input.indexOf('\n');
    const QString path = QString::fromUtf8(eol < 0 ? input : input.left(eol));
    const QJsonValue document = sinch::fuzz::jsonValue(eol < 0 ? QByteArray() : input.mid(eol + 1));
    const QStringList segments = JsonPath::split(path);
    const QJsonValue found = JsonPath::value(document, path);
    if (found != JsonPath::value(document, segments))
        __builtin_trap(); // the two spellings of a lookup agree

    QJsonValue root = document;
    const QJsonValue marker(QStringLiteral("fuzz"));
    if (JsonPath::set(root, segments, marker)) {
        if (!segments.isEmpty() && JsonPath::value(root, segments) != marker)
            __builtin_trap(); // what was set is found at the same path
        JsonPath::set(root, segments, QJsonValue(QJsonValue::Undefined));
    } else if (root != document) {
        __builtin_trap(); // a failed set leaves the root unchanged
    }
    return 0;
}
