#include "channelspage.h"

#include "channelsection.h"

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
    , m_appId(new QLineEdit(this))
    , m_show(new QPushButton(tr("Show channels"), this))
{
    setObjectName(QStringLiteral("page.conversation.channels"));
    setAccessibleName(tr("Conversation API channels"));

    m_appId->setObjectName(QStringLiteral("appIdEdit"));
    m_appId->setAccessibleName(tr("Conversation app ID"));
    m_appId->setPlaceholderText(tr("Conversation app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P"));
    m_appId->setClearButtonEnabled(true);
    m_show->setObjectName(QStringLiteral("showChannels"));
    m_show->setAccessibleName(tr("Show channels"));
    m_show->setDefault(true);
    connect(m_appId, &QLineEdit::returnPressed, this, &ChannelsPage::showChannels);
    connect(m_show, &QPushButton::clicked, this, &ChannelsPage::showChannels);
    connect(m_appId, &QLineEdit::textChanged, this, [this](const QString &text) { m_show->setEnabled(!text.trimmed().isEmpty()); });
    m_show->setEnabled(false);

    auto *label = new QLabel(tr("&App ID"), this);
    label->setBuddy(m_appId);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_appId, 1);
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
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
    // An app ID belongs to one project: the other project's answers are not shown here.
    for (ChannelSection *s : std::as_const(m_sections))
        s->clear();
}

void ChannelsPage::refresh()
{
    if (!m_appId->text().trimmed().isEmpty())
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
    const QString appId = m_appId->text().trimmed();
    if (appId.isEmpty() || !m_client || m_projectKey.isEmpty())
        return;
    cancel();
    const ConversationChannelService service(m_client, m_projectKey);
    for (ChannelSection *s : std::as_const(m_sections)) {
        s->setLoading();
        ApiJob *job = service.info(s->channel(), appId);
        m_jobs << job;
        connect(job, &ApiJob::finished, s, [s](const ApiResult &result) {
            if (!result.error.isCancelled())
                s->setResult(result);
        });
    }
}

} // namespace sinch::ui
