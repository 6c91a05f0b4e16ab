#pragma once

#include "services/whatsapptemplateservice.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>


namespace sinch {
class ApiClient;
class ApiJob;
class Clock;
class ClockTimer;
}

namespace sinch::ui {

// For a new template: which languages the server already has for a name, asked once the
// name has rested for a moment (and once a name), so "name + language unique" holds beyond
// the loaded list. A 404 means the name is free.
class NameLookup : public QObject
{
    Q_OBJECT
public:
    NameLookup(ApiClient *client, const QString &projectKey, Clock *clock = nullptr, QObject *parent = nullptr);
    ~NameLookup() override;

    // The name changed: asked after it rests (400 ms).
    void nameChanged(const QString &name);
    // The languages known for `name` (empty when unknown or free).
    QStringList languages(const QString &name) const { return m_languages.value(name); }
    void stop(); // a template on the server asks nothing

signals:
    void answered(const QString &name);

private:
    void ask();

    WhatsappTemplateService m_templates;
    QString m_name;
    QString m_asked;
    QHash<QString, QStringList> m_languages;
    QPointer<ApiJob> m_job;
    ClockTimer *m_timer;
};

} // namespace sinch::ui
