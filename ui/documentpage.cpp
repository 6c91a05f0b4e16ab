#include "documentpage.h"

#include "domain/credentialfields.h"
#include "activity/activityfeedview.h"
#include "messagebar.h"
#include "services/areacatalog.h"
#include "api/apiclient.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace sinch::ui {

DocumentPage::DocumentPage(const Area &area, ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_client(client)
    , m_errorBar(new MessageBar(this))
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("page.") + area.id);
    setAccessibleName(area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("documentView"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("%1 as JSON").arg(area.title));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_status);
    if (area.hasFeed) {
        // The account's activity beside it: comments to and from the reviewers.
        m_feed = new ActivityFeedView(client, nullptr, this);
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->setObjectName(QStringLiteral("documentSplitter"));
        split->addWidget(m_text);
        split->addWidget(m_feed);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setChildrenCollapsible(false);
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(m_text, 1);
    }
    connect(m_errorBar, &MessageBar::retryRequested, this, &DocumentPage::refresh);
}

DocumentPage::~DocumentPage()
{
    if (m_job)
        m_job->cancel();
}

void DocumentPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey && (!m_text->toPlainText().isEmpty() || m_job))
        return;
    m_projectKey = projectKey;
    m_text->clear();
    refresh();
    // After refresh(), which reads the feed it showed until now again.
    if (m_feed)
        m_feed->setFeed(AreaCatalog::feedOf(m_area, projectKey), tr("Choose a project to see its activity."));
}

void DocumentPage::refresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_errorBar->hide();
    if (!m_client || m_projectKey.isEmpty()) {
        m_status->setText(tr("Choose a project first."));
        return;
    }
    m_status->setText(tr("Loading…"));
    if (m_feed)
        m_feed->refresh();
    m_job = m_client->call(m_projectKey, ApiRequest(m_area.operationId));
    connect(m_job, &ApiJob::finished, this, &DocumentPage::onResult);
}

void DocumentPage::onResult(const ApiResult &result)
{
    m_job = nullptr;
    if (result.ok()) {
        m_status->setText(tr("As of %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
        m_text->setPlainText(CredentialFields::maskedJsonText(result.json));
        return;
    }
    if (result.error.isCancelled())
        return;
    if (result.error.httpStatus == 404 && !m_area.emptyText.isEmpty()) {
        m_status->setText(m_area.emptyText);
        m_text->clear();
        return;
    }
    m_status->clear();
    m_errorBar->showError(result.error);
}

} // namespace sinch::ui
