#include "rcsupscalespage.h"

#include "rcsupscalespanel.h"

#include "api/apiclient.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sinch::ui {

RcsUpscalesPage::RcsUpscalesPage(ApiClient *client, MessageBox *box, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_box(box)
{
    setObjectName(QStringLiteral("page.rcs.upscales"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Choose a project to see its RCS upscales."));
    label->setAlignment(Qt::AlignCenter);
    m_noProject = label;
    layout->addWidget(m_noProject);
}

void RcsUpscalesPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey && (m_panel || projectKey.isEmpty()))
        return;
    m_projectKey = projectKey;
    if (m_panel) {
        m_panel->hide();
        m_panel->deleteLater(); // not inside one of its signals: the project switch asked
        m_panel = nullptr;
    }
    m_noProject->setVisible(projectKey.isEmpty() || !m_client);
    if (m_noProject->isVisible())
        return;
    m_panel = new RcsUpscalesPanel(m_client, projectKey, m_box, nullptr, this);
    layout()->addWidget(m_panel);
    m_panel->reload();
}

void RcsUpscalesPage::refresh()
{
    if (m_panel)
        m_panel->reload();
}

} // namespace sinch::ui
