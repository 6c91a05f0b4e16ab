#include "bulkclonedialog.h"

#include "services/templatecollection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

enum Column { CloneColumn, TextColumn, SourceColumn, TranslationColumn };
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

QString typedKey(const QString &label, const QString &path)
{
    return label + QLatin1Char('|') + path;
}

} // namespace

BulkCloneDialog::BulkCloneDialog(const QList<QJsonObject> &sources, const QList<CloneTarget> &targets,
                                 const QString &sourceKey, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_targets(targets)
    , m_sourceKey(sourceKey)
{
    setWindowTitle(tr("Clone %n template(s)", nullptr, int(sources.size())));
    setObjectName(QStringLiteral("bulkCloneDialog"));

    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Target project"));
    for (const CloneTarget &t : targets)
        m_target->addItem(t.key == sourceKey ? tr("%1 (this project)").arg(t.name) : t.name, t.key);

    m_languages = new QListWidget(this);
    m_languages->setAccessibleName(tr("Target languages"));
    m_languages->setToolTip(tr("Check the languages to clone into; none checked keeps each template's own language"));
    m_languages->setMaximumHeight(110);
    for (const QString &code : TemplateCollection::languageValues()) {
        if (code == QLatin1String("UNRECOGNIZED"))
            continue;
        auto *item = new QListWidgetItem(code, m_languages);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_submit = new QCheckBox(tr("&Submit the clones for review (else they are drafts)"), this);
    m_submit->setAccessibleName(tr("Submit for review"));

    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("&Target project:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto *languagesLabel = new QLabel(tr("&Languages:"), this);
    languagesLabel->setBuddy(m_languages);
    form->addRow(languagesLabel, m_languages);
    form->addRow(QString(), m_submit);

    m_table = new QTableWidget(0, 4, this);
    m_table->setAccessibleName(tr("Translations"));
    m_table->setHorizontalHeaderLabels({tr("Clone"), tr("Text"), tr("Source text"), tr("Translation")});
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    auto *tableLabel = new QLabel(tr("T&ranslations (each text of a clone into another language; edit the Translation "
                                     "column):"),
                                  this);
    tableLabel->setBuddy(m_table);
    tableLabel->setWordWrap(true);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_clone = buttons->addButton(tr("&Clone"), QDialogButtonBox::AcceptRole);
    m_clone->setAccessibleName(tr("Clone"));
    m_clone->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 600);

    connect(m_target, &QComboBox::currentIndexChanged, this, &BulkCloneDialog::rebuild);
    connect(m_languages, &QListWidget::itemChanged, this, &BulkCloneDialog::rebuild);
    rebuild();
}

QStringList BulkCloneDialog::languages() const
{
    QStringList out;
    for (int i = 0; i < m_languages->count(); ++i)
        if (m_languages->item(i)->checkState() == Qt::Checked)
            out << m_languages->item(i)->text();
    return out;
}

CloneTarget BulkCloneDialog::target() const
{
    const int i = m_target->currentIndex();
    return i >= 0 && i < m_targets.size() ? m_targets.at(i) : CloneTarget();
}

bool BulkCloneDialog::submit() const
{
    return m_submit->isChecked();
}

void BulkCloneDialog::keepTyped()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *clone = m_table->item(row, CloneColumn);
        const QTableWidgetItem *text = m_table->item(row, TranslationColumn);
        if (clone && text)
            m_typed.insert(typedKey(clone->text(), clone->data(kPathRole).toString()), text->text());
    }
}

void BulkCloneDialog::rebuild()
{
    keepTyped();
    const BulkClonePlan p(m_sources, languages(), target().key == m_sourceKey);
    m_table->setRowCount(0);
    for (int i = 0; i < p.clones().size(); ++i) {
        const BulkClonePlan::Clone &c = p.clones().at(i);
        if (c.language == c.sourceLanguage)
            continue;
        for (const BulkClonePlan::Text &t : BulkClonePlan::texts(c.document)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *clone = new QTableWidgetItem(c.label());
            clone->setData(kPathRole, t.path);
            clone->setData(kIndexRole, i);
            clone->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *label = new QTableWidgetItem(t.label);
            label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *source = new QTableWidgetItem(t.source);
            source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *translation = new QTableWidgetItem(m_typed.value(typedKey(c.label(), t.path), t.source));
            translation->setToolTip(tr("The %1 of %2 in %3").arg(t.label, c.name, c.language));
            m_table->setItem(row, CloneColumn, clone);
            m_table->setItem(row, TextColumn, label);
            m_table->setItem(row, SourceColumn, source);
            m_table->setItem(row, TranslationColumn, translation);
        }
    }
    m_table->resizeColumnToContents(CloneColumn);
    m_table->resizeColumnToContents(TextColumn);
    m_table->resizeRowsToContents();

    QStringList lines{tr("%n clone(s) into %1.", nullptr, int(p.clones().size())).arg(target().name)};
    if (!p.skipped().isEmpty()) {
        QStringList why;
        for (const BulkClonePlan::Skipped &s : p.skipped())
            why << tr("%1 (%2)").arg(s.label, s.reason);
        lines << tr("Left out: %1.").arg(why.join(QStringLiteral("; ")));
    }
    m_summary->setText(lines.join(QLatin1Char(' ')));
    m_clone->setEnabled(!p.clones().isEmpty());
    m_clone->setToolTip(p.clones().isEmpty() ? tr("Nothing to clone: choose another project or check a language")
                                             : QString());
}

BulkClonePlan BulkCloneDialog::plan() const
{
    BulkClonePlan p(m_sources, languages(), target().key == m_sourceKey);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *clone = m_table->item(row, CloneColumn);
        p.translate(clone->data(kIndexRole).toInt(), clone->data(kPathRole).toString(),
                    m_table->item(row, TranslationColumn)->text());
    }
    return p;
}

} // namespace sinch::ui
