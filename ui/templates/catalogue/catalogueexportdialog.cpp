#include "catalogueexportdialog.h"

#include "templatecataloguewriter.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "services/templatecollection.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

QComboBox *filterCombo(const QString &accessible, const QStringList &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessible);
    combo->addItem(CatalogueExportDialog::tr("Any"), QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    return combo;
}

QStringList chosen(const QComboBox *combo)
{
    const QString v = combo->currentData().toString();
    return v.isEmpty() ? QStringList() : QStringList{v};
}

} // namespace

CatalogueExportDialog::CatalogueExportDialog(ApiClient *client, const QString &projectKey, const QString &projectName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectKey(projectKey)
    , m_projectName(projectName)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Export catalogue"));
    setObjectName(QStringLiteral("catalogueExportDialog"));
    auto *form = new QFormLayout;
    m_state = filterCombo(tr("State"), TemplateCollection::stateValues(), this);
    m_category = filterCombo(tr("Category"), TemplateCollection::categoryValues(), this);
    m_language = filterCombo(tr("Language"), TemplateCollection::languageValues(), this);
    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Pages"));
    m_theme->addItem(tr("Light"));
    m_theme->addItem(tr("Dark"));
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Pages:"), m_theme);

    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("PDF file"));
    m_file->setText(QDir::home().filePath(tr("%1 templates.pdf").arg(projectName)));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(tr("Every template of %1 that matches the filters, one phone preview each, with contents by name.")
                              .arg(projectName),
                          this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_export->setAccessibleName(tr("Export"));
    m_browse->setAccessibleName(tr("Browse"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &CatalogueExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CatalogueExportDialog::start);
    connect(m_file, &QLineEdit::textChanged, this, &CatalogueExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            stop();
        else
            reject();
    });
    updateButtons();
}

CatalogueExportDialog::~CatalogueExportDialog()
{
    m_stop->store(true);
    if (m_worker) {
        m_worker->wait(); // the writer sees the flag at its next template and removes its file
        delete m_worker;
    }
}

QString CatalogueExportDialog::statusText() const
{
    return m_status->text();
}

bool CatalogueExportDialog::isRunning() const
{
    return m_collection || m_worker;
}

void CatalogueExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export catalogue"), m_file->text(), tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void CatalogueExportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool haveFile = !m_file->text().trimmed().isEmpty();
    m_export->setEnabled(!running && haveFile && m_client);
    m_export->setToolTip(running ? tr("An export is running") : haveFile ? QString() : tr("Choose the PDF file to write first"));
    for (QWidget *w : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_category),
                       static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_theme),
                       static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_browse)})
        w->setEnabled(!running);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(running ? tr("&Cancel") : tr("&Close"));
    close->setAccessibleName(running ? tr("Cancel") : tr("Close"));
}

void CatalogueExportDialog::start()
{
    if (isRunning() || !m_client)
        return;
    m_stop->store(false);
    TemplateCollection::Filter filter;
    filter.states = chosen(m_state);
    filter.categories = chosen(m_category);
    filter.languages = chosen(m_language);
    m_collection = new TemplateCollection(m_client, m_projectKey, this);
    m_collection->setFilter(filter);
    connect(m_collection, &TemplateCollection::progress, this, [this](int read, int total) {
        m_progress->setRange(0, std::max(total, 0));
        m_progress->setValue(read);
        m_status->setText(tr("Reading templates… %1").arg(read));
    });
    connect(m_collection, &TemplateCollection::loaded, this, &CatalogueExportDialog::draw);
    connect(m_collection, &TemplateCollection::failed, this, [this](const ApiError &e) {
        finish(false, tr("The templates could not be read: %1 Try again, or check the project's settings.").arg(e.userText()));
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading templates…"));
    m_collection->load();
    updateButtons();
}

void CatalogueExportDialog::draw()
{
    const QList<QJsonObject> templates = m_collection->templates();
    m_collection->deleteLater();
    m_collection = nullptr;
    if (templates.isEmpty()) {
        finish(false, tr("No template matches these filters: nothing was written."));
        return;
    }
    TemplateCatalogueWriter::Options options;
    options.theme = m_theme->currentIndex() == 1 ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light;
    options.title = tr("%1 · WhatsApp templates").arg(m_projectName);
    options.subtitle = tr("%n template(s), %1", nullptr, int(templates.size())).arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = m_file->text().trimmed();
    const int pages = TemplateCatalogueWriter::pageCount(templates, options);
    m_progress->setRange(0, int(templates.size()));
    m_progress->setValue(0);
    m_status->setText(tr("Drawing %n template(s)…", nullptr, int(templates.size())));
    auto stop = m_stop;
    auto result = std::make_shared<QString>();
    QPointer<CatalogueExportDialog> self(this);
    m_worker = QThread::create([=] {
        QString error;
        const bool ok = TemplateCatalogueWriter::write(file, templates, options, &error, [=](int done, int) {
            QMetaObject::invokeMethod(self, [self, done] { if (self) self->m_progress->setValue(done); }, Qt::QueuedConnection);
            return !stop->load();
        });
        *result = ok ? QString() : error;
    });
    connect(m_worker, &QThread::finished, this, [=] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (stop->load()) {
            finish(false, tr("Cancelled: no file was written."));
        } else if (!result->isEmpty()) {
            finish(false, tr("The catalogue could not be written: %1. Choose another file.").arg(*result));
        } else {
            finish(true, tr("Wrote %n template(s) on %1 pages to %2.", nullptr, int(templates.size())).arg(pages).arg(file));
            emit exported(file, int(templates.size()), pages);
        }
    });
    m_worker->start();
    updateButtons();
}

void CatalogueExportDialog::stop()
{
    m_stop->store(true);
    if (m_collection) {
        m_collection->cancel();
        m_collection->deleteLater();
        m_collection = nullptr;
        finish(false, tr("Cancelled: no file was written."));
    }
    // A drawing worker sees the flag at its next template and removes its file.
}

void CatalogueExportDialog::finish(bool ok, const QString &text)
{
    m_progress->setVisible(ok);
    m_status->setText(text);
    updateButtons();
}

} // namespace sinch::ui
