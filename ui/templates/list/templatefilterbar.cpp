#include "templatefilterbar.h"

#include "filteredit.h"
#include "promptedlineedit.h"
#include "shrinkablecombobox.h"
#include "api/clocktimer.h"
#include "api/contract.h"
#include "domain/enumtext.h"
#include "domain/whatsapptemplateview.h"
#include "rules/contractlimits.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

constexpr int kTypingRestMs = 400;
// The state choice of templates without a state: no value of WhatsappTemplateStatesEnum.
const QLatin1String kNeverApproved("NEVER_APPROVED");
const QLatin1String kPendingStatus("changes.status=");

QStringList enumOf(const char *schema)
{
    return rules::ContractLimits::enumOf(Contract::schema(QString::fromLatin1(schema)));
}

QComboBox *combo(const QString &name, const QString &accessible, const QString &tip)
{
    auto *c = new ShrinkableComboBox;
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setToolTip(tip);
    return c;
}

} // namespace

TemplateFilterBar::TemplateFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new FilterEdit(tr("Search loaded templates (Ctrl+F)"), tr("Search templates"), this))
    , m_prefix(new PromptedLineEdit(this))
    , m_state(combo(QStringLiteral("stateFilter"), tr("State"), tr("Show only templates in this state (asked of the server)")))
    , m_status(combo(QStringLiteral("statusFilter"), tr("Pending changes"),
                     tr("Show only templates whose pending changes have this status (asked of the server)")))
    , m_language(combo(QStringLiteral("languageFilter"), tr("Language"), tr("Show only this language of the loaded templates")))
    , m_category(combo(QStringLiteral("categoryFilter"), tr("Category"), tr("Show only this category of the loaded templates")))
    , m_range(combo(QStringLiteral("analyticsRange"), tr("Analytics range"),
                    tr("The period of the sent, delivered, read and click columns")))
{
    m_prefix->setObjectName(QStringLiteral("namePrefixEdit"));
    m_prefix->setPlaceholderText(tr("Name starts with…"));
    m_prefix->setAccessibleName(tr("Name starts with"));
    m_prefix->setToolTip(tr("Show only templates whose name starts with this text (asked of the server)"));
    m_prefix->setClearButtonEnabled(true);
    m_prefix->setMaxLength(512);
    // Both fields keep room for a few words where the window is narrow; the combo boxes
    // shrink instead (ShrinkableComboBox).
    const QFontMetrics metrics(m_prefix->font());
    m_prefix->setMinimumWidth(qMin(metrics.horizontalAdvance(m_prefix->placeholderText()) + 40, metrics.averageCharWidth() * 14));
    m_search->setMinimumWidth(metrics.averageCharWidth() * 14);
    setClock(nullptr);

    m_state->addItem(tr("All states"), QString());
    for (const QString &s : enumOf("WhatsappTemplateStatesEnum"))
        m_state->addItem(WhatsappTemplateView::stateWord(s), s);
    m_state->addItem(tr("Never approved"), kNeverApproved);
    m_state->setItemData(m_state->count() - 1, tr("Templates Meta has not approved yet: a draft, in review or rejected"),
                         Qt::ToolTipRole);
    m_status->addItem(tr("Any changes"), QString());
    for (const QString &s : enumOf("WhatsappTemplateStatusesEnum"))
        m_status->addItem(WhatsappTemplateView::changesWord(s), s);
    m_language->addItem(tr("All languages"), QString());
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : enumOf("WhatsappTemplateCategory"))
        m_category->addItem(EnumText::words(c), c); // in words, as the list's column shows it
    m_range->addItem(tr("Analytics: last day"), QStringLiteral("DAY"));
    m_range->addItem(tr("Analytics: last week"), QStringLiteral("WEEK"));
    m_range->addItem(tr("Analytics: last month"), QStringLiteral("MONTH"));
    m_range->addItem(tr("Analytics: last quarter"), QStringLiteral("QUARTER"));
    m_range->setCurrentIndex(1);

    // The fields above the combo boxes: in one row, seven widgets shared the room a list
    // leaves beside its count, and the fields' prompts were cut ("Geladene …" in German).
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_search, 2);
    fieldRow->addWidget(m_prefix, 1);
    auto *choices = new QHBoxLayout;
    for (QComboBox *c : {m_state, m_status, m_language, m_category, m_range})
        choices->addWidget(c);
    choices->addStretch(1);
    rows->addLayout(fieldRow);
    rows->addLayout(choices);
    for (int i = 1; i < fields().size(); ++i)
        setTabOrder(fields().at(i - 1), fields().at(i));

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { emit searchChanged(text.trimmed()); });
    connect(m_prefix, &QLineEdit::textChanged, this, [this] { m_prefixRest->start(); });
    connect(m_prefix, &QLineEdit::returnPressed, this, &TemplateFilterBar::serverFilterChanged);
    connect(m_state, &QComboBox::activated, this, [this] {
        emit localFilterChanged(); // to or from "never approved"
        emit serverFilterChanged();
    });
    connect(m_status, &QComboBox::activated, this, &TemplateFilterBar::serverFilterChanged);
    connect(m_language, &QComboBox::activated, this, &TemplateFilterBar::localFilterChanged);
    connect(m_category, &QComboBox::activated, this, &TemplateFilterBar::localFilterChanged);
    connect(m_range, &QComboBox::activated, this, [this] { emit analyticsRangeChanged(analyticsRange()); });
}

TemplateFilterBar::~TemplateFilterBar() = default;

void TemplateFilterBar::setClock(Clock *clock)
{
    delete m_prefixRest;
    m_prefixRest = new ClockTimer(clock, this);
    m_prefixRest->setSingleShot(true);
    m_prefixRest->setInterval(kTypingRestMs);
    connect(m_prefixRest, &ClockTimer::timeout, this, &TemplateFilterBar::serverFilterChanged);
}

TemplateListModel::Filter TemplateFilterBar::takeServerFilter()
{
    m_prefixRest->stop();
    TemplateListModel::Filter f;
    f.namePrefix = m_prefix->text().trimmed();
    if (const QString s = m_state->currentData().toString(); !s.isEmpty() && s != kNeverApproved)
        f.states = {s};
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.statuses = {s};
    return f;
}

bool TemplateFilterBar::showOnlyState(const QString &state)
{
    const bool pending = state.startsWith(kPendingStatus);
    const int choice = m_state->findData(pending ? QString(kNeverApproved) : state);
    const int status = pending ? m_status->findData(state.mid(kPendingStatus.size())) : 0;
    if (choice < 0 || status < 0)
        return false;
    // Every other filter back to all (the analytics range is no filter): the list shows
    // what the number counted, no fewer. The search says it changed itself; the prefix's
    // rest ends when the server filter is taken; the combo boxes say so on a person's
    // choice only (activated), so here they are told.
    m_search->clear();
    m_prefix->clear();
    m_state->setCurrentIndex(choice);
    m_status->setCurrentIndex(status);
    m_language->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    emit localFilterChanged();
    emit serverFilterChanged();
    return true;
}

bool TemplateFilterBar::filtersOnServer() const
{
    return (m_state->currentIndex() > 0 && !neverApprovedOnly()) || m_status->currentIndex() > 0;
}

bool TemplateFilterBar::filtersLocally() const
{
    return !m_search->text().trimmed().isEmpty() || m_language->currentIndex() > 0 || m_category->currentIndex() > 0
        || neverApprovedOnly();
}

bool TemplateFilterBar::neverApprovedOnly() const
{
    return m_state->currentData().toString() == kNeverApproved;
}

QString TemplateFilterBar::language() const { return m_language->currentData().toString(); }
QString TemplateFilterBar::category() const { return m_category->currentData().toString(); }
QString TemplateFilterBar::analyticsRange() const { return m_range->currentData().toString(); }
QLineEdit *TemplateFilterBar::searchEdit() const { return m_search; }

void TemplateFilterBar::setLanguages(const QStringList &languages)
{
    if (m_language->count() == languages.size() + 1)
        return;
    const QString current = language();
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString &l : languages)
        m_language->addItem(l, l);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
}

void TemplateFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<QWidget *> TemplateFilterBar::fields() const
{
    return {m_search, m_prefix, m_state, m_status, m_language, m_category, m_range};
}

} // namespace sinch::ui
