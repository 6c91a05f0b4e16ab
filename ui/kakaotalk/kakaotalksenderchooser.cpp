#include "kakaotalksenderchooser.h"

#include "api/apiclient.h"
#include "api/pager.h"
#include "services/kakaotalksenderservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace sinch::ui {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

KakaotalkSenderChooser::KakaotalkSenderChooser(ApiClient *client, QWidget *parent)
    : QComboBox(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("senderChooser"));
    setAccessibleName(tr("Sender"));
    setToolTip(tr("The KakaoTalk sender (plus friend ID) whose templates are shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, [this] { emit chosen(plusFriendId()); });
}

QString KakaotalkSenderChooser::senderName() const
{
    return currentData(kNameRole).toString();
}

QString KakaotalkSenderChooser::plusFriendId() const
{
    return currentData().toString();
}

bool KakaotalkSenderChooser::isLoading() const
{
    return m_pager && m_pager->isFetching();
}

QString KakaotalkSenderChooser::settingsKey() const
{
    return QStringLiteral("kakaotalk/templatesSender/") + m_projectKey;
}

void KakaotalkSenderChooser::showChosen(const QString &plusFriendId)
{
    const int i = findData(plusFriendId);
    if (i >= 0)
        setCurrentIndex(i);
}

void KakaotalkSenderChooser::prefer(const QString &plusFriendId)
{
    if (isLoading() || m_projectKey.isEmpty()) {
        m_preferred = plusFriendId;
        return;
    }
    showChosen(plusFriendId);
    emit chosen(this->plusFriendId());
}

void KakaotalkSenderChooser::remember()
{
    if (m_settings && !m_projectKey.isEmpty() && !plusFriendId().isEmpty())
        m_settings->setValue(settingsKey(), plusFriendId());
}

void KakaotalkSenderChooser::setProject(const QString &projectKey)
{
    delete m_pager;
    m_pager = nullptr;
    m_projectKey = projectKey;
    m_failed = false;
    clear();
    setEnabled(false);
    if (projectKey.isEmpty() || !m_client) {
        emit chosen(QString());
        return;
    }
    m_pager = new Pager(m_client, projectKey, KakaotalkSenderService::listRequest(), this);
    m_pager->setItemsKey(QStringLiteral("senders"));
    connect(m_pager, &Pager::pageReceived, this, [this](const QJsonArray &senders) {
        for (const QJsonValue &v : senders) {
            const QJsonObject s = v.toObject();
            const QString pf = s.value(QLatin1String("plusFriendId")).toString();
            const QString name = s.value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString();
            if (!pf.isEmpty() && findData(pf) < 0) {
                addItem(name.isEmpty() ? pf : QStringLiteral("%1 · %2").arg(pf, name), pf);
                setItemData(count() - 1, name, kNameRole);
            }
        }
    });
    connect(m_pager, &Pager::finished, this, [this] {
        setEnabled(count() > 0);
        const QString kept = !m_preferred.isEmpty() ? std::exchange(m_preferred, QString())
                             : m_settings                ? m_settings->value(settingsKey()).toString()
                                                         : QString();
        setCurrentIndex(qMax(0, findData(kept)));
        emit loadingChanged(false);
        emit chosen(plusFriendId());
    });
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_failed = true;
        emit loadingChanged(false);
        emit chosen(QString());
        emit failed(error); // last: a page shows it once it has gone without senders
    });
    emit loadingChanged(true);
    m_pager->fetchAll();
}

} // namespace sinch::ui
