#include "deletedtemplatelog.h"

#include <QSettings>

namespace sinch {

DeletedTemplateLog::DeletedTemplateLog(QSettings *settings) : m_settings(settings) {}

QString DeletedTemplateLog::group(const QString &projectKey)
{
    QString id = projectKey;
    if (id.startsWith(QLatin1String("project/")))
        id = id.mid(8);
    id.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("deletedTemplates/") + id;
}

void DeletedTemplateLog::record(const QString &projectKey, const QString &name, const QDate &on)
{
    if (!m_settings || projectKey.isEmpty() || name.isEmpty() || !on.isValid())
        return;
    m_settings->beginGroup(group(projectKey));
    m_settings->setValue(name, on.toString(Qt::ISODate));
    m_settings->endGroup();
    prune(projectKey, on);
    m_settings->sync();
}

QHash<QString, QDate> DeletedTemplateLog::deletedNames(const QString &projectKey, const QDate &today) const
{
    QHash<QString, QDate> out;
    if (!m_settings || projectKey.isEmpty())
        return out;
    m_settings->beginGroup(group(projectKey));
    const QStringList names = m_settings->childKeys();
    for (const QString &name : names) {
        const QDate on = QDate::fromString(m_settings->value(name).toString(), Qt::ISODate);
        if (on.isValid() && on.daysTo(today) < kKeepDays)
            out.insert(name, on);
    }
    m_settings->endGroup();
    return out;
}

void DeletedTemplateLog::prune(const QString &projectKey, const QDate &today)
{
    if (!m_settings || projectKey.isEmpty())
        return;
    m_settings->beginGroup(group(projectKey));
    const QStringList names = m_settings->childKeys();
    for (const QString &name : names) {
        const QDate on = QDate::fromString(m_settings->value(name).toString(), Qt::ISODate);
        if (!on.isValid() || on.daysTo(today) >= kKeepDays)
            m_settings->remove(name);
    }
    m_settings->endGroup();
}

} // namespace sinch
