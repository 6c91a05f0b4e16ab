#include "templatelistcells.h"

#include "domain/enumtext.h"
#include "domain/whatsapptemplateview.h"
#include "models/templatelistmodel.h"

#include <QCborValue>
#include <QHash>

namespace sinch {

namespace {

using M = TemplateListModel;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// "A, B ×2" from texts in order of first appearance.
QString summarize(const QStringList &texts)
{
    if (texts.size() <= 1) // a name in one language, most of a list: its own text
        return texts.value(0);
    QStringList order;
    QHash<QString, int> counts;
    for (const QString &t : texts) {
        if (t.isEmpty())
            continue;
        if (!counts.contains(t))
            order << t;
        ++counts[t];
    }
    if (order.size() == 1)
        return order.first();
    QStringList out;
    for (const QString &t : std::as_const(order))
        out << (counts.value(t) > 1 ? QStringLiteral("%1 ×%2").arg(t).arg(counts.value(t)) : t);
    return out.join(QLatin1String(", "));
}

} // namespace

QString TemplateListCells::keyOf(const QJsonObject &t)
{
    return str(t, "name") + QLatin1Char('/') + str(t, "language");
}

QString TemplateListCells::nameOfKey(const QString &key)
{
    return key.left(key.lastIndexOf(QLatin1Char('/')));
}

ListedTemplate ListedTemplate::from(const QJsonObject &t)
{
    ListedTemplate out;
    out.cbor = QCborValue::fromJsonValue(t).toCbor();
    out.summary = t;
    out.summary.remove(QLatin1String("details"));
    // The analytics are kept summed (what the cells show), not also as the server's array.
    out.analytics = WhatsappTemplateView::analytics(t);
    out.summary.remove(QLatin1String("analytics"));
    // Of the pending changes, the state shows only whether there are any and their status.
    const QJsonValue changes = t.value(QLatin1String("changes"));
    if (changes.isObject())
        out.summary.insert(QLatin1String("changes"),
                           QJsonObject{{QStringLiteral("status"), changes.toObject().value(QLatin1String("status"))}});
    return out;
}

QJsonObject ListedTemplate::full() const
{
    return QCborValue::fromCbor(cbor).toJsonValue().toObject();
}

int TemplateNameGroup::find(const QString &language) const
{
    for (int i = 0; i < languages.size(); ++i) {
        if (languages.at(i).summary.value(QLatin1String("language")).toString() == language)
            return i;
    }
    return -1;
}

QString TemplateListCells::templateCell(const ListedTemplate &listed, int column) const
{
    const QJsonObject &t = listed.summary;
    switch (column) {
    case M::NameColumn:
        return QString(); // the name is on the parent row
    case M::LanguageColumn:
        return str(t, "language");
    case M::CategoryColumn:
        return EnumText::words(str(t, "category"));
    case M::StateColumn:
        return WhatsappTemplateView::stateText(t);
    case M::QualityColumn:
        return WhatsappTemplateView::qualityText(str(t, "qualityScore"));
    case M::RejectionColumn: {
        QString code = str(t, "rejectionCode");
        if (code == QLatin1String("NONE"))
            code.clear();
        return EnumText::words(code);
    }
    case M::ModifiedColumn:
        return WhatsappTemplateView::modifiedText(WhatsappTemplateView::modifiedAt(t));
    case M::SentColumn:
    case M::DeliveredColumn:
    case M::ReadColumn:
    case M::ClicksColumn: {
        const WhatsappTemplateView::Analytics &a = listed.analytics;
        if (!a.present)
            return QString();
        const qint64 n = column == M::SentColumn ? a.sent : column == M::DeliveredColumn ? a.delivered
                       : column == M::ReadColumn ? a.read : a.clicks;
        return QString::number(n);
    }
    default:
        return QString();
    }
}

QString TemplateListCells::groupCell(const TemplateNameGroup &g, int column) const
{
    switch (column) {
    case M::NameColumn:
        return g.name;
    case M::LanguageColumn: {
        QStringList langs;
        for (const ListedTemplate &l : g.languages)
            langs << str(l.summary, "language");
        const int missing = int(m_languages.size()) - int(langs.size());
        if (missing > 0)
            return tr("%1 · %n missing", nullptr, missing).arg(langs.join(QLatin1String(", ")));
        return langs.join(QLatin1String(", "));
    }
    case M::ModifiedColumn: {
        QString latest;
        for (const ListedTemplate &l : g.languages)
            latest = qMax(latest, WhatsappTemplateView::modifiedAt(l.summary));
        return WhatsappTemplateView::modifiedText(latest);
    }
    case M::SentColumn:
    case M::DeliveredColumn:
    case M::ReadColumn:
    case M::ClicksColumn: {
        qint64 n = 0;
        bool any = false;
        for (const ListedTemplate &l : g.languages) {
            const WhatsappTemplateView::Analytics &a = l.analytics;
            any = any || a.present;
            n += column == M::SentColumn ? a.sent : column == M::DeliveredColumn ? a.delivered
               : column == M::ReadColumn ? a.read : a.clicks;
        }
        return any ? QString::number(n) : QString();
    }
    default: {
        QStringList texts;
        for (const ListedTemplate &l : g.languages)
            texts << templateCell(l, column);
        return summarize(texts);
    }
    }
}

QVariant TemplateListCells::groupData(const TemplateNameGroup &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return groupCell(g, column);
    case Qt::ToolTipRole:
        if (column == M::LanguageColumn) {
            const QStringList missing = missingLanguages(g);
            return missing.isEmpty() ? tr("Available in every language of this project.")
                                     : tr("Missing: %1").arg(missing.join(QLatin1String(", ")));
        }
        return groupCell(g, column);
    case Qt::AccessibleTextRole:
        return column == M::NameColumn ? tr("%1, %n language(s)", nullptr, int(g.languages.size())).arg(g.name)
                                    : groupCell(g, column);
    case M::SortRole:
        if (column >= M::SentColumn)
            return groupCell(g, column).toLongLong();
        if (column == M::LanguageColumn)
            return int(g.languages.size());
        return groupCell(g, column);
    case M::KeyRole:
    case M::NameRole:
        return g.name;
    case M::IsNameRowRole:
        return true;
    case M::LanguagesRole: {
        QStringList langs;
        for (const ListedTemplate &l : g.languages)
            langs << str(l.summary, "language");
        return langs;
    }
    case M::MissingLanguagesRole:
        return missingLanguages(g);
    case M::HasChangesRole:
        return false;
    case M::SearchTextRole:
        return g.name;
    case M::JsonRole:
        return QJsonObject();
    default:
        return QVariant();
    }
}

QVariant TemplateListCells::templateData(const TemplateNameGroup &g, const ListedTemplate &listed, int column, int role) const
{
    const QJsonObject &t = listed.summary;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return templateCell(listed, column);
    case Qt::AccessibleTextRole:
        return column == M::NameColumn ? QStringLiteral("%1 · %2").arg(g.name, str(t, "language")) : templateCell(listed, column);
    case M::SortRole:
        if (column >= M::SentColumn)
            return templateCell(listed, column).toLongLong();
        if (column == M::NameColumn || column == M::LanguageColumn)
            return str(t, "language");
        if (column == M::ModifiedColumn)
            return WhatsappTemplateView::modifiedAt(t);
        return templateCell(listed, column);
    case M::JsonRole:
        return listed.full();
    case M::KeyRole:
        return keyOf(t);
    case M::NameRole:
        return g.name;
    case M::LanguageRole:
        return str(t, "language");
    case M::CategoryRole:
        return str(t, "category");
    case M::StateRole:
        return str(t, "state");
    case M::IsNameRowRole:
        return false;
    case M::LanguagesRole:
        return QStringList{str(t, "language")};
    case M::MissingLanguagesRole:
        return QStringList();
    case M::HasChangesRole:
        return t.contains(QLatin1String("changes"));
    case M::SearchTextRole: {
        QStringList parts{g.name};
        for (int c = M::LanguageColumn; c <= M::RejectionColumn; ++c)
            parts << templateCell(listed, c);
        parts << str(t, "state") << t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
        return parts.join(QLatin1Char(' '));
    }
    default:
        return QVariant();
    }
}

QStringList TemplateListCells::missingLanguages(const TemplateNameGroup &g) const
{
    QStringList missing;
    for (const QString &l : m_languages) {
        if (g.find(l) < 0)
            missing << l;
    }
    return missing;
}

QStringList TemplateListCells::groupCells(const TemplateNameGroup &g) const
{
    QStringList cells;
    for (int c = 0; c < M::ColumnCount; ++c)
        cells << groupCell(g, c);
    return cells;
}

QStringList TemplateListCells::templateCells(const ListedTemplate &t) const
{
    QStringList cells;
    for (int c = 0; c < M::ColumnCount; ++c)
        cells << templateCell(t, c);
    return cells;
}

} // namespace sinch
