#include "shownwords.h"

#include "api/contract.h"
#include "domain/enumtext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTreeView>

namespace sinch::test {

namespace {

void addRows(const QAbstractItemView *view, const QModelIndex &parent, QStringList *out, int depth)
{
    const QAbstractItemModel *model = view->model();
    const auto *tree = qobject_cast<const QTreeView *>(view);
    for (int r = 0; r < model->rowCount(parent) && r < 200; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out->append(index.data(Qt::DisplayRole).toString());
            out->append(index.data(Qt::ToolTipRole).toString());
        }
        const QModelIndex first = model->index(r, 0, parent);
        if (depth < 4 && tree && tree->isExpanded(first))
            addRows(view, first, out, depth + 1);
    }
}

// The enums whose values are codes or identifiers by nature, shown as the contract spells
// them: languages and countries (EN_GB, ZH_HK), and webhook triggers (event names a receiver
// matches in its payloads, as other consoles show them).
bool isCodeEnum(const QString &schema)
{
    return schema.contains(QLatin1String("Languages")) || schema.contains(QLatin1String("CountryCodes"))
        || schema.contains(QLatin1String("WebhookTrigger"));
}

// The values of the named enum schemas of a document, but the codes'.
void collectEnums(const QJsonObject &document, QSet<QString> *values, QSet<QString> *codes)
{
    const QJsonObject schemas = document.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QJsonObject schema = it->toObject();
        const QJsonArray values_ = schema.contains(QLatin1String("enum"))
            ? schema.value(QLatin1String("enum")).toArray()
            : schema.value(QLatin1String("items")).toObject().value(QLatin1String("enum")).toArray();
        for (const QJsonValue &e : values_)
            (isCodeEnum(it.key()) ? codes : values)->insert(e.toString());
    }
}

const QSet<QString> &contractEnums()
{
    static const QSet<QString> values = [] {
        QSet<QString> all, codes;
        collectEnums(Contract::document(), &all, &codes);
        collectEnums(Contract::conversationDocument(), &all, &codes);
        return all - codes;
    }();
    return values;
}

} // namespace

QStringList shownWords(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        out << w->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            out << (Qt::mightBeRichText(label->text()) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            out << group->title();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->isEditable())
                for (int i = 0; i < combo->count(); ++i)
                    out << combo->itemText(i);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    out << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            addRows(view, view->rootIndex(), &out, 0);
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QStringList rawEnumValues(const QStringList &texts)
{
    static const QRegularExpression token(QStringLiteral("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b"));
    // A value in straight double quotes is quoted data (JSON a diff shows as the server has it,
    // a name someone typed), not the console's words.
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    QStringList found;
    for (const QString &shown : texts) {
        if (shown == QLatin1String("true") || shown == QLatin1String("false"))
            found << QStringLiteral("%1 in “%1”").arg(shown);
        const QString text = QString(shown).remove(quoted);
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QString value = it.next().captured();
            if (value.size() <= 2 || EnumText::isInitialism(value) || !contractEnums().contains(value))
                continue;
            found << QStringLiteral("%1 in “%2”").arg(value, shown.left(160));
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace sinch::test
