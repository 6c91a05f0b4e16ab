#include "bulkcloneplan.h"

#include "domain/templatedocument.h"
#include "domain/templatepathwords.h"

#include <QJsonArray>
#include <QSet>

namespace sinch {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString BulkClonePlan::Clone::label() const
{
    return sourceLanguage == language ? tr("%1 · %2").arg(name, language)
                                      : tr("%1 · %2 → %3").arg(name, sourceLanguage, language);
}

BulkClonePlan::BulkClonePlan(const QList<QJsonObject> &sources, const QStringList &languages, bool sameProject)
{
    QHash<QString, QString> taken; // "name/LANG" → the source language it is cloned from
    for (const QJsonObject &t : sources) {
        const QString name = str(t, "name");
        const QString from = str(t, "language");
        // What runs today: the approved version when there is one.
        const QJsonObject document = TemplateDocument::fromServerTemplate(t, TemplateDocument::hasApprovedVersion(t));
        for (const QString &to : languages.isEmpty() ? QStringList{from} : languages) {
            Clone c{name, from, to, document};
            c.document.insert(QStringLiteral("language"), to);
            c.document.remove(QStringLiteral("allowCategoryChange"));
            const QString key = name + QLatin1Char('/') + to;
            if (sameProject && from == to) {
                m_skipped.append({c.label(), tr("it is the template itself")});
            } else if (taken.contains(key)) {
                m_skipped.append({c.label(), tr("%1 is already cloned into %2 from %3").arg(name, to, taken.value(key))});
            } else {
                taken.insert(key, from);
                m_clones.append(c);
            }
        }
    }
}

QList<BulkClonePlan::Text> BulkClonePlan::texts(const QJsonObject &document)
{
    QList<Text> out;
    const QJsonArray components = document.value(QLatin1String("details")).toObject().value(QLatin1String("components")).toArray();
    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        const QString type = str(c, "type");
        const QString at = QStringLiteral("details.components.%1.").arg(i);
        QString label;
        if ((type == QLatin1String("HEADER") && str(c, "format") == QLatin1String("TEXT")) || type == QLatin1String("BODY")
            || type == QLatin1String("FOOTER"))
            label = TemplatePathWords::componentWord(type);
        // An authentication template's body is Meta's own words: nothing to translate.
        if (!label.isEmpty() && !str(c, "text").isEmpty())
            out.append({at + QStringLiteral("text"), label, str(c, "text")});
        const QJsonArray buttons = c.value(QLatin1String("buttons")).toArray();
        for (int b = 0; b < buttons.size(); ++b) {
            const QString text = str(buttons.at(b).toObject(), "text");
            if (!text.isEmpty())
                out.append({at + QStringLiteral("buttons.%1.text").arg(b), TemplatePathWords::buttonWord(b), text});
        }
    }
    return out;
}

void BulkClonePlan::translate(int index, const QString &path, const QString &text)
{
    if (index < 0 || index >= m_clones.size() || text.isEmpty())
        return;
    QJsonValue root = m_clones.at(index).document;
    if (TemplateDocument::setAt(root, TemplateDocument::splitPath(path), text))
        m_clones[index].document = root.toObject();
}

} // namespace sinch
