#include "conversationapppicker.h"

#include "api/apiclient.h"
#include "api/apijob.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace sinch::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ConversationAppPicker::ConversationAppPicker(ApiClient *client, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_mode(mode)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    m_combo->setObjectName(QStringLiteral("conversationAppPicker"));
    m_combo->setAccessibleName(mode == Mode::Filter ? tr("Filter by Conversation app") : tr("Conversation app"));
    m_combo->setEditable(mode == Mode::Choose);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(mode == Mode::Filter ? 18 : 34);
    if (QLineEdit *edit = m_combo->lineEdit()) {
        edit->setAccessibleName(tr("Conversation app ID"));
        edit->setClearButtonEnabled(true);
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        connect(edit, &QLineEdit::returnPressed, this, [this] { emit appActivated(appId()); });
    }
    connect(m_combo, &QComboBox::currentTextChanged, this, [this] { emit appIdChanged(appId()); });
    connect(m_combo, &QComboBox::activated, this, [this] { emit appActivated(appId()); });
    fill();
}

ConversationAppPicker::~ConversationAppPicker()
{
    cancel();
}

void ConversationAppPicker::cancel()
{
    // A cancelled job finishes at once: its answer is not one to show.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job.clear();
}

QLineEdit *ConversationAppPicker::lineEdit() const
{
    return m_combo->lineEdit();
}

QString ConversationAppPicker::describe(const ConversationAppService::App &app)
{
    const QString name = app.displayName.isEmpty() ? app.id : app.displayName;
    QStringList channels;
    for (const QString &channel : app.channels)
        channels << ConversationAppService::channelName(channel);
    return channels.isEmpty() ? name : tr("%1 · %2").arg(name, channels.join(QLatin1String(", ")));
}

void ConversationAppPicker::setProject(const QString &projectKey)
{
    m_projectKey = projectKey;
    reload();
}

void ConversationAppPicker::reload()
{
    cancel();
    m_apps.clear();
    m_problem.clear();
    fill();
    if (!m_client || m_projectKey.isEmpty())
        return;
    m_combo->setToolTip(tr("Reading the project's Conversation apps…"));
    m_job = ConversationAppService(m_client, m_projectKey).list();
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &r) {
        m_job.clear();
        if (r.error.isError()) {
            m_problem = r.error.userText();
        } else {
            m_apps = ConversationAppService::apps(r.json.object());
            // Apps with the channel this view is about first, each group in the API's order.
            std::stable_sort(m_apps.begin(), m_apps.end(), [this](const auto &a, const auto &b) {
                return a.channels.contains(m_preferred) && !b.channels.contains(m_preferred);
            });
        }
        fill();
        emit appsLoaded();
    });
}

void ConversationAppPicker::fill()
{
    const QString keep = appId();
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        if (m_mode == Mode::Filter)
            m_combo->addItem(tr("All apps"), QString());
        for (const ConversationAppService::App &a : m_apps) {
            m_combo->addItem(describe(a), a.id);
            m_combo->setItemData(m_combo->count() - 1, a.id, kIdRole);
            m_combo->setItemData(m_combo->count() - 1, tr("App ID %1").arg(a.id), Qt::ToolTipRole);
        }
    }
    // Where a person looks for the apps: a list that could not be read says so there too.
    if (QLineEdit *edit = m_combo->lineEdit())
        edit->setPlaceholderText(m_problem.isEmpty() ? tr("Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P")
                                                     : tr("The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P"));
    if (!m_problem.isEmpty())
        m_combo->setToolTip(m_mode == Mode::Choose
            ? tr("The apps could not be read (%1). Type the app ID by hand.").arg(m_problem)
            : tr("The apps could not be read (%1).").arg(m_problem));
    else if (m_mode == Mode::Choose)
        m_combo->setToolTip(m_apps.isEmpty() ? tr("Type the Conversation app ID.")
                                             : tr("Choose one of the project's %n app(s), or type an app ID.", nullptr, int(m_apps.size())));
    else
        m_combo->setToolTip(tr("Show only the senders connected to one Conversation app"));
    setAppId(keep);
}

QString ConversationAppPicker::appId() const
{
    const QString text = m_combo->currentText().trimmed();
    const int index = m_combo->findText(text);
    if (index >= 0)
        return m_combo->itemData(index).toString();
    return m_mode == Mode::Choose ? text : QString();
}

void ConversationAppPicker::setAppId(const QString &id)
{
    const int index = id.isEmpty() && m_mode == Mode::Filter ? 0 : m_combo->findData(id);
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
        if (QLineEdit *edit = m_combo->lineEdit())
            edit->setCursorPosition(0); // the app's name, not the end of its channels
    } else if (m_combo->isEditable())
        m_combo->setEditText(id);
}

ConversationAppService::App ConversationAppPicker::app(const QString &id) const
{
    for (const ConversationAppService::App &a : m_apps)
        if (a.id == id)
            return a;
    return {};
}

} // namespace sinch::ui
