#include "firstseen.h"

namespace sinch::rules {

qsizetype FirstSeen::indexOf(QStringView text) const
{
    if (!m_hashed.isEmpty())
        return m_hashed.value(text.toString(), -1);
    for (const auto &[seen, index] : m_listed)
        if (seen == text)
            return index;
    return -1;
}

void FirstSeen::insert(const QString &text, qsizetype index)
{
    if (contains(text))
        return;
    if (m_hashed.isEmpty() && m_listed.size() < kListed) {
        m_listed.append({text, index});
        return;
    }
    if (m_hashed.isEmpty()) {
        for (const auto &[seen, at] : std::as_const(m_listed))
            m_hashed.insert(seen, at);
        m_listed.clear();
    }
    m_hashed.insert(text, index);
}

} // namespace sinch::rules
