#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// One difference between two JSON documents, at a JSON path in the API's own words
// ("details.components.1.text": keys and array indexes separated by dots).
struct JsonChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    // Added and Changed: the path in the newer document; Removed: in the older one.
    QString path;
    QJsonValue before; // undefined for Added
    QJsonValue after;  // undefined for Removed

    bool operator==(const JsonChange &o) const
    {
        return kind == o.kind && path == o.path && before == o.before && after == o.after;
    }
};

// The diff logic of "Compare with approved", shared by the templates page's diff dialog
// and the editor: a line diff of texts and a structural diff of JSON values.
class JsonDiff
{
public:
    // A line diff (longest common subsequence): which lines of `a` are not in the common
    // part, and which of `b` (0-based, ascending).
    static void diffLines(const QStringList &a, const QStringList &b, QList<int> *onlyA, QList<int> *onlyB);

    // What changed from `before` to `after`, down to the leaves. Objects are compared key
    // by key; arrays of the same length element by element, other arrays by the longest
    // common subsequence of their elements (an inserted button is one Added, not a
    // change of every button after it; elements replaced in place are compared inside).
    // `path` prefixes every path ("details" when comparing two `details` objects).
    static QList<JsonChange> changes(const QJsonValue &before, const QJsonValue &after, const QString &path = QString());

    // Indented JSON, as the diff views show it.
    static QString pretty(const QJsonValue &value);
    // A value in one short line ("\"Hi {{1}}\"", "3 items", "{…}"), at most `max` characters.
    static QString brief(const QJsonValue &value, int max = 60);
};

} // namespace sinch
