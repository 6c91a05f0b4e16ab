#pragma once

#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <utility>

namespace sinch::rules {

// Where each text (a part's type, a button's label) was first seen, for the rules' "one of
// each" checks. A template has a handful of parts and buttons: a short list searched in
// order costs less than a hash table made for every template checked. Past kListed texts
// (malformed input with thousands of parts) it moves to a hash table, so the work stays
// linear.
class FirstSeen
{
public:
    static constexpr qsizetype kListed = 16;

    // The index `text` was first seen at; -1 when it was not.
    qsizetype indexOf(QStringView text) const;
    bool contains(QStringView text) const { return indexOf(text) >= 0; }
    // Remembers `text` at `index`, unless it was seen before.
    void insert(const QString &text, qsizetype index);

private:
    QVarLengthArray<std::pair<QString, qsizetype>, kListed> m_listed;
    QHash<QString, qsizetype> m_hashed; // all of them, once there are more than kListed
};

} // namespace sinch::rules
