#include "channelspage.h"

#include "channelsection.h"
#include "conversationapppicker.h"
#include "messagebar.h"

#include "api/apiclient.h"
#include "api/apijob.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sinch::ui {

ChannelsPage::ChannelsPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_picker(new ConversationAppPicker(client, ConversationAppPicker::Mode::Choose, this))
    , m_appId(m_picker->lineEdit())
    , m_show(new QPushButton(tr("Show channels"), this))
    , m_bar(new MessageBar(this))
{
    setObjectName(QStringLiteral("page.conversation.channels"));
    setAccessibleName(tr("Conversation API channels"));

    // The project's apps by name and channels; an ID can still be typed (or pasted).
    m_appId->setObjectName(QStringLiteral("appIdEdit"));
    m_appId->setAccessibleName(tr("Conversation app ID"));
    m_show->setObjectName(QStringLiteral("showChannels"));
    m_show->setAccessibleName(tr("Show channels"));
    m_show->setDefault(true);
    connect(m_picker, &ConversationAppPicker::appActivated, this, &ChannelsPage::showChannels);
    connect(m_show, &QPushButton::clicked, this, &ChannelsPage::showChannels);
    connect(m_picker, &ConversationAppPicker::appIdChanged, this, [this](const QString &id) { m_show->setEnabled(!id.isEmpty()); });
    m_show->setEnabled(false);

    auto *label = new QLabel(tr("&App"), this);
    label->setBuddy(m_picker);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_picker, 1);
    top->addWidget(m_show);

    // Two by two: each section has room for its fields without scrolling sideways.
    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    for (ConversationChannelService::Channel c : ConversationChannelService::channels()) {
        auto *section = new ChannelSection(c, grid);
        const int i = int(m_sections.size());
        gridLayout->addWidget(section, i / 2, i % 2);
        m_sections << section;
    }
    gridLayout->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    m_bar->setObjectName(QStringLiteral("channelsMessage"));
    m_bar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(scroll, 1);
}

ChannelsPage::~ChannelsPage()
{
    cancel();
}

ChannelSection *ChannelsPage::section(ConversationChannelService::Channel channel) const
{
    for (ChannelSection *s : m_sections)
        if (s->channel() == channel)
            return s;
    return nullptr;
}

QString ChannelsPage::messageText() const
{
    return m_bar->isHidden() ? QString() : m_bar->text();
}

bool ChannelsPage::isLoading() const
{
    for (const QPointer<ApiJob> &job : m_jobs)
        if (job)
            return true;
    return false;
}

void ChannelsPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    cancel();
    m_picker->setProject(projectKey);
    // An app ID belongs to one project: the other project's answers are not shown here.
    for (ChannelSection *s : std::as_const(m_sections))
        s->clear();
}

void ChannelsPage::refresh()
{
    if (!m_picker->appId().isEmpty())
        showChannels();
}

void ChannelsPage::focusFilter()
{
    m_appId->setFocus(Qt::ShortcutFocusReason);
    m_appId->selectAll();
}

void ChannelsPage::cancel()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    m_jobs.clear();
}

void ChannelsPage::showChannels()
{
    const QString appId = m_picker->appId();
    if (appId.isEmpty() || !m_client || m_projectKey.isEmpty())
        return;
    cancel();
    m_bar->dismiss();
    const ConversationChannelService service(m_client, m_projectKey);
    for (ChannelSection *s : std::as_const(m_sections)) {
        s->setLoading();
        ApiJob *job = service.info(s->channel(), appId);
        m_jobs << job;
        connect(job, &ApiJob::finished, s, [this, s, appId](const ApiResult &result) {
            if (result.error.isCancelled())
                return;
            s->setResult(result);
            // Every channel answers so: said once, for the app, not four times per channel.
            if (result.error.errorCode == QLatin1String("conversation_app_not_found") && m_bar->isHidden())
                m_bar->showMessage(MessageBar::Level::Warning,
                                   tr("This project has no Conversation app with the ID “%1”. Check the ID, or choose "
                                      "one of the project's apps from the list.")
                                       .arg(appId));
        });
    }
}

} // namespace sinch::ui
