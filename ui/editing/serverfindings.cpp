#include "serverfindings.h"

#include "editsession.h"

namespace sinch::ui {

bool ServerFindings::namesField(const QString &path, const EditSession &session, const QStringList &topLevel)
{
    const TemplateDocument &doc = session.document();
    const QString first = path.section(QLatin1Char('.'), 0, 0);
    if (path.isEmpty() || (!topLevel.contains(first) && !doc.contains(first)))
        return false;
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    const QString parent = dot < 0 ? QString() : path.left(dot);
    return doc.contains(path) || parent.isEmpty() || doc.contains(parent);
}

QList<rules::Finding> ServerFindings::take(const QList<rules::Finding> &findings, const EditSession &session,
                                           const QStringList &topLevel)
{
    QList<rules::Finding> general;
    for (const rules::Finding &f : findings) {
        if (namesField(f.path, session, topLevel))
            m_kept.append({f, session.value(f.path)});
        else
            general.append(f);
    }
    return general;
}

QList<rules::Finding> ServerFindings::mergeInto(QList<rules::Finding> findings, const EditSession &session)
{
    for (int i = int(m_kept.size()) - 1; i >= 0; --i)
        if (session.value(m_kept.at(i).first.path) != m_kept.at(i).second)
            m_kept.removeAt(i);
    for (const auto &kept : std::as_const(m_kept))
        if (!findings.contains(kept.first))
            findings.prepend(kept.first);
    return findings;
}

} // namespace sinch::ui
