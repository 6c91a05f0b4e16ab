#include "bundleview.h"

#include "domain/credentialfields.h"
#include "domain/enumtext.h"
#include "models/resourcelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>

namespace sinch::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

// Fields whose values are the contract's enums: shown in words ("In progress").
bool isEnumField(const QString &key)
{
    return key == QLatin1String("state") || key == QLatin1String("status") || key == QLatin1String("processingMode")
        || key == QLatin1String("retentionPolicyType") || key == QLatin1String("triggers");
}

} // namespace

BundleView::BundleView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy value"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &BundleView::copyCurrent);
    addAction(copy);
}

void BundleView::setBundle(const QJsonObject &bundle)
{
    clear();
    if (bundle.isEmpty())
        return;
    // What a person asks first: is it done, and what is it; then the parts it made.
    QJsonObject rest = bundle;
    for (const char *key : {"state", "name", "region", "id", "projectId"}) {
        const QString k = QLatin1String(key);
        if (rest.contains(k))
            addRow(nullptr, k, valueText(k, rest.take(k)), k);
    }
    addFields(nullptr, rest, QString());
    expandAll();
}

void BundleView::addFields(QTreeWidgetItem *parent, const QJsonObject &object, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            addFields(addRow(parent, it.key(), QString(), here), v.toObject(), here);
        } else if (v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isObject()) {
            QTreeWidgetItem *group = addRow(parent, it.key(), QString(), here);
            const QJsonArray items = v.toArray();
            for (int i = 0; i < items.size(); ++i) {
                const QString at = here + QLatin1Char('.') + QString::number(i);
                // A webhook is known by its target; any other item by its number.
                const QString target = items.at(i).toObject().value(QLatin1String("target")).toString();
                QTreeWidgetItem *item = addRow(group, QString(), target, at);
                item->setText(0, QString::number(i + 1));
                addFields(item, items.at(i).toObject(), at);
            }
        } else {
            addRow(parent, it.key(), valueText(it.key(), v), here);
        }
    }
}

QTreeWidgetItem *BundleView::addRow(QTreeWidgetItem *parent, const QString &key, const QString &value, const QString &path)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, label(key));
    item->setText(1, value);
    item->setToolTip(0, path);
    item->setData(0, kPathRole, path);
    return item;
}

QString BundleView::valueAt(const QString &path) const
{
    for (QTreeWidgetItemIterator it(const_cast<BundleView *>(this)); *it; ++it)
        if ((*it)->data(0, kPathRole).toString() == path)
            return (*it)->text(1);
    return QString();
}

void BundleView::copyCurrent() const
{
    if (const QTreeWidgetItem *item = currentItem(); item && !item->text(1).isEmpty())
        QApplication::clipboard()->setText(item->text(1));
}

QString BundleView::valueText(const QString &key, const QJsonValue &value)
{
    if (CredentialFields::isCredentialName(key))
        return CredentialFields::maskText();
    if (isEnumField(key)) {
        QStringList words;
        const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : values)
            words << EnumText::words(v.toString());
        return words.join(QLatin1String(", "));
    }
    return ResourceListModel::displayText(value);
}

QString BundleView::label(const QString &key)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("projectId"), QT_TR_NOOP("Project ID")},
        {QStringLiteral("subproject"), QT_TR_NOOP("Subproject")},
        {QStringLiteral("parentProjectId"), QT_TR_NOOP("Parent project ID")},
        {QStringLiteral("labels"), QT_TR_NOOP("Labels")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("smsApp"), QT_TR_NOOP("SMS app")},
        {QStringLiteral("smsServiceId"), QT_TR_NOOP("SMS service ID")},
        {QStringLiteral("accessTokens"), QT_TR_NOOP("Access tokens")},
        {QStringLiteral("convApp"), QT_TR_NOOP("Conversation app")},
        {QStringLiteral("processingMode"), QT_TR_NOOP("Processing mode")},
        {QStringLiteral("retentionPolicy"), QT_TR_NOOP("Retention policy")},
        {QStringLiteral("retentionPolicyType"), QT_TR_NOOP("Policy")},
        {QStringLiteral("ttl"), QT_TR_NOOP("Days kept")},
        {QStringLiteral("webhooks"), QT_TR_NOOP("Webhooks")},
        {QStringLiteral("target"), QT_TR_NOOP("Target")},
        {QStringLiteral("triggers"), QT_TR_NOOP("Triggers")},
        {QStringLiteral("webhookDeliveryStatuses"), QT_TR_NOOP("Webhooks told it is done")},
        {QStringLiteral("webhookId"), QT_TR_NOOP("Webhook ID")},
        {QStringLiteral("httpStatusCode"), QT_TR_NOOP("HTTP status")},
        {QStringLiteral("errorMessage"), QT_TR_NOOP("Error")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
    };
    const char *word = words.value(key);
    return word ? tr(word) : key;
}

} // namespace sinch::ui
