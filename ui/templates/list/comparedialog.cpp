#include "comparedialog.h"

#include "services/whatsapptemplateservice.h"

#include "messagebar.h"
#include "api/apiclient.h"
#include "api/apijob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sinch::ui {

CompareDialog::CompareDialog(ApiClient *client, const QString &projectKey, const QJsonObject &first,
                             const QJsonObject &second, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_first(first)
    , m_second(second)
    , m_timeframe(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_error(new MessageBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare analytics"));
    setAccessibleName(windowTitle());

    m_timeframe->setObjectName(QStringLiteral("timeframeCombo"));
    m_timeframe->setAccessibleName(tr("Timeframe"));
    for (const int days : {7, 30, 60, 90})
        m_timeframe->addItem(tr("Last %n day(s)", nullptr, days), QString::number(days));
    connect(m_timeframe, &QComboBox::activated, this, &CompareDialog::compare);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Template"), tr("Language"), tr("Messages sent"), tr("Block rate rank"),
                                        tr("Top block reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_error->setObjectName(QStringLiteral("compareError"));
    m_error->setAccessibleName(tr("Comparison error"));
    m_error->hide();
    connect(m_error, &MessageBar::retryRequested, this, &CompareDialog::compare);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Timeframe:"), this);
    label->setBuddy(m_timeframe);
    form->addRow(label, m_timeframe);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 300);
    compare();
}

void CompareDialog::compare()
{
    if (!m_client)
        return;
    if (m_job)
        m_job->cancel();
    m_error->hide();
    m_status->setText(tr("Comparing…"));
    m_job = WhatsappTemplateService(m_client, m_projectKey)
                .compare(m_first.value(QLatin1String("name")).toString(), m_first.value(QLatin1String("language")).toString(),
                         m_second.value(QLatin1String("name")).toString(), m_second.value(QLatin1String("language")).toString(),
                         m_timeframe->currentData().toString());
    connect(m_job, &ApiJob::finished, this, &CompareDialog::onResult);
}

void CompareDialog::onResult(const ApiResult &result)
{
    m_job = nullptr;
    if (!result.ok()) {
        if (result.error.isCancelled())
            return;
        m_status->clear();
        m_error->showError(result.error);
        return;
    }
    const QJsonArray rows = result.json.object().value(QLatin1String("templates")).toArray();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject o = rows.at(r).toObject();
        const QStringList cells{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("language")).toString(),
                                QLocale().toString(qint64(o.value(QLatin1String("messageSends")).toDouble())),
                                QString::number(o.value(QLatin1String("blockOrder")).toInt()),
                                o.value(QLatin1String("topBlockReason")).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 2 || c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("Block rate rank 1 is the template people block most often in this timeframe."));
    emit compared();
}

} // namespace sinch::ui
