#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QObject;

namespace sinch {

class ApiClient;
class BulkClonePlan;
class BulkJob;

// The bulk jobs on WhatsApp templates, as BulkJob items over WhatsappTemplateService: the
// list page's Clone… and Delete… and the tests run the same jobs. Not started.
class TemplateBulkJobs
{
    Q_DECLARE_TR_FUNCTIONS(sinch::TemplateBulkJobs)
public:
    // One create (POST, sent again after a 429) per clone of the plan into the project
    // `targetKey`, as drafts or submitted for review.
    static BulkJob *clone(ApiClient *client, const QString &targetKey, const QString &targetName, const BulkClonePlan &plan,
                          bool submit, QObject *parent);
    // One DELETE per template (the language, approved version included).
    static BulkJob *remove(ApiClient *client, const QString &projectKey, const QList<QJsonObject> &templates,
                           QObject *parent);
    // One GET per template (the server's current version), written to `folder` as
    // NAME.LANGUAGE.json in the create-request shape that `sinch-console lint` and
    // `preview` read. Each file is written whole or not at all (a cancelled job leaves no
    // part of a file).
    static BulkJob *exportTo(ApiClient *client, const QString &projectKey, const QList<QJsonObject> &templates,
                             const QString &folder, QObject *parent);
    static QString exportFileName(const QString &name, const QString &language);
};

} // namespace sinch
