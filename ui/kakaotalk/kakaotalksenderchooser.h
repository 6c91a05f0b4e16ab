#pragma once

#include "api/apierror.h"

#include <QComboBox>
#include <QPointer>

class QSettings;

namespace sinch {
class ApiClient;
class Pager;
}

namespace sinch::ui {

// The KakaoTalk sender a per-sender page shows: a combo box filled from the project's
// KakaoTalk senders (every page of the list), "plusFriendId · name", the one chosen last
// for the project chosen again (kept in the settings, when there are some).
class KakaotalkSenderChooser : public QComboBox
{
    Q_OBJECT
public:
    KakaotalkSenderChooser(ApiClient *client, QWidget *parent = nullptr);

    void setSettings(QSettings *settings) { m_settings = settings; }
    // Reads the project's senders (none for an empty key); chosen() follows.
    void setProject(const QString &projectKey);
    // Reads the same project's senders again (after they could not be read).
    void reload() { setProject(m_projectKey); }
    QString projectKey() const { return m_projectKey; }
    QString plusFriendId() const;
    // The chosen sender's name (what a phone shows above its messages); empty when it has none.
    QString senderName() const;
    bool isLoading() const;
    bool hasFailed() const { return m_failed; }
    // Shows `plusFriendId` as chosen again (the user's change was not taken).
    void showChosen(const QString &plusFriendId);
    // Takes the user's choice as the one to remember.
    void remember();
    // Chooses `plusFriendId` (chosen() follows): now when the senders are read, else once
    // they are, instead of the one remembered (a resource opened from the inbox).
    void prefer(const QString &plusFriendId);

signals:
    // The senders arrived and one is chosen (empty: the project has none), or the user chose one.
    void chosen(const QString &plusFriendId);
    void loadingChanged(bool loading);
    // The senders could not be read (after chosen() with none).
    void failed(const sinch::ApiError &error);

private:
    QString settingsKey() const;

    QPointer<ApiClient> m_client;
    QSettings *m_settings = nullptr;
    QString m_projectKey;
    Pager *m_pager = nullptr;
    bool m_failed = false;
    QString m_preferred;
};

} // namespace sinch::ui
