#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace sinch::ui {

// A bundle (the contract's BundlesBundlesDto) as a person reads it: its state and settings
// first, then each part it made (subproject, SMS app, Conversation app, webhooks, deliveries)
// as a group of named fields; states and modes in words, access tokens masked. Ctrl+C or
// the context menu copies a row's value (an ID to paste elsewhere).
class BundleView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit BundleView(QWidget *parent = nullptr);

    void setBundle(const QJsonObject &bundle);
    // The value shown for `path` ("convApp.processingMode", "webhooks.0.target"); empty if none.
    QString valueAt(const QString &path) const;
    void copyCurrent() const;

private:
    void addFields(QTreeWidgetItem *parent, const QJsonObject &object, const QString &path);
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &key, const QString &value, const QString &path);
    static QString label(const QString &key);
    static QString valueText(const QString &key, const QJsonValue &value);
};

} // namespace sinch::ui
