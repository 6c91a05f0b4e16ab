#pragma once

#include "services/conversationappservice.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace sinch {
class ApiClient;
class ApiJob;
}

namespace sinch::ui {

// Where the Provisioning API asks for an existing Conversation app ID: the project's apps
// (read from the Conversation API) by name with their channels, an ID typed by hand when
// the app is not listed or the list cannot be read. Filter mode starts with "All apps"
// (no ID). Apps with `preferredChannel` come first.
class ConversationAppPicker : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Choose, Filter };

    explicit ConversationAppPicker(ApiClient *client, Mode mode = Mode::Choose, QWidget *parent = nullptr);
    ~ConversationAppPicker() override;

    void setPreferredChannel(const QString &channel) { m_preferred = channel; }
    // Reads the project's apps (again).
    void setProject(const QString &projectKey);
    void reload();

    // The chosen app's ID, or what was typed; empty for none ("All apps").
    QString appId() const;
    void setAppId(const QString &id);
    // The app with `id` from the list (empty id when not listed).
    ConversationAppService::App app(const QString &id) const;
    QList<ConversationAppService::App> apps() const { return m_apps; }
    // "Acme Retail · RCS, SMS": the words an app is shown with.
    static QString describe(const ConversationAppService::App &app);

    bool isLoading() const { return bool(m_job); }
    QString problem() const { return m_problem; }
    QComboBox *combo() const { return m_combo; }
    QLineEdit *lineEdit() const;

signals:
    void appIdChanged(const QString &appId);
    void appsLoaded();
    // An app chosen from the list, or Return pressed after typing an ID.
    void appActivated(const QString &appId);

private:
    void fill();
    void cancel();

    QPointer<ApiClient> m_client;
    Mode m_mode;
    QString m_projectKey;
    QString m_preferred;
    QComboBox *m_combo;
    QList<ConversationAppService::App> m_apps;
    QPointer<ApiJob> m_job;
    QString m_problem;
};

} // namespace sinch::ui
