#include "flowspage.h"

#include "whatsappwords.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/whatsappflowservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

QLabel *value(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setAccessibleName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

FlowsPage::FlowsPage(const Area &area, ApiClient *client, QWidget *parent)
    : AreaListPage(area, client, new QWidget, parent)
    , m_placeholder(new QLabel(tr("Choose a flow to see its screens.")))
    , m_form(new QWidget)
    , m_name(value(tr("Flow name")))
    , m_status(value(tr("Flow status")))
    , m_id(value(tr("Flow ID")))
    , m_screens(new QListWidget)
    , m_screensState(new QLabel)
{
    setWords(QStringLiteral("status"), &WhatsappWords::flowStatus);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_screens->setObjectName(QStringLiteral("flowScreens"));
    m_screens->setAccessibleName(tr("Screens"));
    m_screensState->setObjectName(QStringLiteral("screensState"));
    m_screensState->setWordWrap(true);
    m_screensState->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("ID:"), m_id);
    auto *screensLabel = new QLabel(tr("&Screens:"));
    screensLabel->setBuddy(m_screens);
    form->addRow(screensLabel, m_screensState);
    form->addRow(m_screens);
    m_form->hide();

    auto *detail = new QVBoxLayout(splitter()->widget(1));
    detail->setContentsMargins(8, 0, 0, 0);
    detail->addWidget(m_placeholder);
    detail->addWidget(m_form, 1);
}

FlowsPage::~FlowsPage()
{
    if (m_job)
        m_job->cancel();
}

QString FlowsPage::screensState() const
{
    return m_screensState->text();
}

void FlowsPage::currentChanged(const QJsonObject &flow)
{
    const QString id = flow.value(QLatin1String("id")).toString();
    m_placeholder->setVisible(id.isEmpty());
    m_form->setVisible(!id.isEmpty());
    m_name->setText(flow.value(QLatin1String("name")).toString());
    m_status->setText(WhatsappWords::flowStatus(flow.value(QLatin1String("status")).toString()));
    m_id->setText(id);
    if (id == m_shownId)
        return; // the same flow refreshed: its screens stay
    m_shownId = id;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_screens->clear();
    if (id.isEmpty() || !client())
        return;
    m_screensState->setText(tr("Loading the screens…"));
    m_job = WhatsappFlowService(client(), projectKey()).screens(id);
    connect(m_job, &ApiJob::finished, this, &FlowsPage::onScreens);
}

void FlowsPage::onScreens(const ApiResult &result)
{
    m_job = nullptr;
    if (result.error.isCancelled())
        return;
    if (!result.ok()) {
        m_shownId.clear(); // choosing the flow again tries again
        m_screensState->setText(result.error.errorCode == QLatin1String("flow_screens_not_found")
                                    ? tr("This flow has no screens yet: add them in WhatsApp Manager.")
                                    : tr("The screens could not be read: %1").arg(result.error.message));
        return;
    }
    const QStringList screens = WhatsappFlowService::screensIn(result);
    m_screens->addItems(screens);
    m_screensState->setText(tr("%n screen(s), in the flow's order. A flow button that navigates opens one of them.", nullptr,
                               int(screens.size())));
}

} // namespace sinch::ui
