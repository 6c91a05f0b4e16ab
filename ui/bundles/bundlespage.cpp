#include "bundlespage.h"

#include "bundleform.h"
#include "bundleview.h"
#include "domain/enumtext.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "messagebar.h"
#include "services/bundleservice.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

BundlesPage::BundlesPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_bar(new MessageBar(this))
    , m_form(new BundleForm)
    , m_create(new QPushButton(tr("Create bundle")))
    , m_bundleId(new QLineEdit)
    , m_show(new QPushButton(tr("Show bundle")))
    , m_details(new BundleView)
    , m_placeholder(new QLabel(tr("Create a bundle, or enter a bundle's ID and press Enter.")))
    , m_refusal(m_bar)
{
    setObjectName(QStringLiteral("page.bundles"));
    setAccessibleName(tr("Bundles"));
    m_bar->setRetryVisible(false);
    m_bar->hide();

    m_create->setObjectName(QStringLiteral("createBundle"));
    m_create->setAccessibleName(tr("Create bundle"));
    connect(m_create, &QPushButton::clicked, this, &BundlesPage::create);
    // A refusal of the form goes once it no longer holds (or says the next problem).
    connect(m_form, &BundleForm::edited, this, [this] {
        setFormUsed(false);
        m_refusal.follow(m_form->problem());
    });
    auto *createBox = new QGroupBox(tr("New bundle"));
    auto *createLayout = new QVBoxLayout(createBox);
    createLayout->addWidget(m_form);
    createLayout->addStretch(1);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    createLayout->addLayout(createRow);

    m_bundleId->setObjectName(QStringLiteral("bundleIdEdit"));
    m_bundleId->setAccessibleName(tr("Bundle ID"));
    m_bundleId->setPlaceholderText(tr("Bundle ID"));
    m_bundleId->setClearButtonEnabled(true);
    m_show->setObjectName(QStringLiteral("showBundle"));
    m_show->setAccessibleName(tr("Show bundle"));
    connect(m_bundleId, &QLineEdit::returnPressed, this, &BundlesPage::showBundle);
    connect(m_show, &QPushButton::clicked, this, &BundlesPage::showBundle);
    m_details->setObjectName(QStringLiteral("bundleDetails"));
    m_details->setAccessibleName(tr("Bundle details"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_details->hide();
    auto *showBox = new QGroupBox(tr("Bundle"));
    auto *showLayout = new QVBoxLayout(showBox);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_bundleId, 1);
    idRow->addWidget(m_show);
    showLayout->addLayout(idRow);
    showLayout->addWidget(m_placeholder);
    showLayout->addWidget(m_details, 1);
    showLayout->addStretch(0);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createBox, 2);
    columns->addWidget(showBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(columns, 1);
}

BundlesPage::~BundlesPage()
{
    if (m_job)
        m_job->cancel();
}

void BundlesPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    if (m_job)
        m_job->cancel();
    m_bar->hide();
    display(QJsonObject()); // another project's bundle is not this one's
    setFormUsed(false);
}

void BundlesPage::setFormUsed(bool used)
{
    m_formUsed = used;
    m_create->setEnabled(!used && !m_job);
    m_create->setToolTip(used ? tr("This form has created a bundle: change a field to create another.") : QString());
}

void BundlesPage::refresh()
{
    if (!m_bundleId->text().trimmed().isEmpty())
        showBundle();
}

void BundlesPage::create()
{
    if (!m_client || m_projectKey.isEmpty() || m_job)
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_refusal.refuse(problem);
        return;
    }
    run(BundleService(m_client, m_projectKey).create(m_form->request()), true);
}

void BundlesPage::showBundle()
{
    const QString id = m_bundleId->text().trimmed();
    if (!m_client || m_projectKey.isEmpty() || id.isEmpty() || m_job)
        return;
    run(BundleService(m_client, m_projectKey).get(id), false);
}

void BundlesPage::run(ApiJob *job, bool created)
{
    m_job = job;
    m_create->setEnabled(false);
    m_show->setEnabled(false);
    connect(job, &ApiJob::finished, this, [this, created](const ApiResult &result) {
        m_job = nullptr;
        m_create->setEnabled(!m_formUsed);
        m_show->setEnabled(true);
        if (result.error.isCancelled())
            return;
        if (!result.ok()) {
            m_bar->showError(result.error);
            if (!created)
                display(QJsonObject()); // not the bundle shown before, beside an ID it is not
            return;
        }
        const QJsonObject bundle = result.json.object();
        if (created) {
            m_bundleId->setText(bundle.value(QLatin1String("id")).toString());
            setFormUsed(true);
            m_bar->showMessage(MessageBar::Level::Info,
                               tr("Bundle created (%1). The server may still be creating its parts: Show bundle reads its state "
                                  "again. To create another, change the form first.")
                                   .arg(EnumText::words(bundle.value(QLatin1String("state")).toString())));
        } else {
            m_bar->hide();
        }
        display(bundle);
    });
}

void BundlesPage::display(const QJsonObject &bundle)
{
    m_shown = bundle;
    m_details->setBundle(bundle);
    m_details->setVisible(!bundle.isEmpty());
    m_placeholder->setVisible(bundle.isEmpty());
}

} // namespace sinch::ui
