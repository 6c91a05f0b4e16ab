#pragma once

#include <QDate>
#include <QHash>
#include <QString>

class QSettings;

namespace sinch {

// The template names deleted in this console, per project, so a new template can be warned
// that a deleted name cannot be reused for 30 days. Kept in QSettings, one group per
// project ("deletedTemplates/<project uuid>"), name → ISO date of the deletion; entries 30
// days old or older are pruned when read or written.
class DeletedTemplateLog
{
public:
    static constexpr int kKeepDays = 30;

    // `settings` is not owned and must outlive the log.
    explicit DeletedTemplateLog(QSettings *settings);

    // `projectKey`: the project's uuid, or its credential key ("project/<uuid>").
    void record(const QString &projectKey, const QString &name, const QDate &on = QDate::currentDate());
    // The names deleted less than 30 days before `today`, with their dates.
    QHash<QString, QDate> deletedNames(const QString &projectKey, const QDate &today = QDate::currentDate()) const;
    // Removes the entries 30 days old or older.
    void prune(const QString &projectKey, const QDate &today = QDate::currentDate());

private:
    static QString group(const QString &projectKey);
    QSettings *m_settings;
};

} // namespace sinch
