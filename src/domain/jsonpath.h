#pragma once

#include <QJsonValue>
#include <QStringList>

namespace sinch {

// Dotted JSON paths ("details.components.1.buttons.0.text": object keys and array indexes
// separated by dots; the empty path is the whole value), the one walker of the console:
// the editor's documents, the list models' columns and the sandbox read and write by it.
class JsonPath
{
public:
    static QStringList split(const QString &path);
    // The value at the path; undefined when nothing is there.
    static QJsonValue value(const QJsonValue &root, const QStringList &segments);
    static QJsonValue value(const QJsonValue &root, const QString &path);
    // Sets the value, creating missing objects (and arrays, for an index one past the end)
    // on the way; an undefined value removes the key or element. False (root unchanged)
    // when the path runs through a value that is neither object nor array.
    static bool set(QJsonValue &root, const QStringList &segments, const QJsonValue &value);
};

} // namespace sinch
