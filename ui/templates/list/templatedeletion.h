#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

class MessageBox;

// Deleting WhatsApp templates from the list, each after its own confirmation: one language
// (approved version and pending changes), every language of a name, or only the pending
// changes of a language (the approved version stays).
class TemplateDeletion : public QObject
{
    Q_OBJECT
public:
    TemplateDeletion(ApiClient *client, MessageBox *box, QWidget *parent);

    void deleteLanguage(const QString &projectKey, const QString &name, const QString &language);
    void deleteAllLanguages(const QString &projectKey, const QString &name, const QStringList &languages);
    void deletePendingChanges(const QString &projectKey, const QString &name, const QString &language);

signals:
    // Done on the server; `message` says what went, for the page's bar.
    void deleted(const QString &name, const QString &language, bool deleteSubmitted, const QString &message);
    void failed(const sinch::ApiError &error);

private:
    void run(const QString &projectKey, const QString &name, const QString &language, bool deleteSubmitted, const QString &done);

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QWidget *m_parent;
};

} // namespace sinch::ui
