#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;

// Bundles as typed calls: create one (a subproject, an SMS app and a new Conversation API
// app in one request) and read one back by its ID. What a form offers (regions,
// processing modes, retention policies and their limits) is read from the contract.
class BundleService
{
public:
    BundleService(ApiClient *client, QString projectKey);

    // `bundle` in the shape of BundlesBundlesInputDto.
    ApiJob *create(const QJsonObject &bundle) const;
    ApiJob *get(const QString &bundleId) const;

    // The retention policy a Conversation app may have in one processing mode.
    struct Retention {
        QStringList types;
        QString defaultType;
        int minDays = 0;
        int maxDays = 0;
        int defaultDays = 0;
    };
    static QStringList regions();
    static QStringList processingModes();
    static QString defaultProcessingMode();
    static Retention retention(const QString &processingMode);
    static int nameMaxLength();

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
