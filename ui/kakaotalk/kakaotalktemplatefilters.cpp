#include "kakaotalktemplatefilters.h"

#include "api/contract.h"
#include "domain/kakaotalktemplateview.h"
#include "rules/contractlimits.h"
#include "promptedlineedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace sinch::ui {

namespace {
constexpr int kTypingRestMs = 400;
}

KakaotalkTemplateFilters::KakaotalkTemplateFilters(QWidget *parent)
    : QWidget(parent)
    , m_state(new QComboBox)
    , m_status(new QComboBox)
    , m_name(new PromptedLineEdit)
    , m_nameTimer(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->setToolTip(tr("Show only templates in this state (asked of the server)"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : rules::ContractLimits::enumOf(Contract::schema(QStringLiteral("KakaotalkTemplateStatesEnum"))))
        m_state->addItem(KakaotalkTemplateView::stateWord(s), s);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Pending changes"));
    m_status->setToolTip(tr("Show only templates whose pending changes have this status (asked of the server)"));
    m_status->addItem(tr("Any changes"), QString());
    for (const QString &s : rules::ContractLimits::enumOf(Contract::schema(QStringLiteral("KakaotalkTemplateStatusesEnum"))))
        m_status->addItem(KakaotalkTemplateView::statusWord(s), s);
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setAccessibleName(tr("Name starts with"));
    m_name->setToolTip(tr("Show only templates whose name starts with this text (asked of the server)"));
    m_name->setPlaceholderText(tr("Name starts with…"));
    m_name->setClearButtonEnabled(true);
    m_nameTimer->setSingleShot(true);
    m_nameTimer->setInterval(kTypingRestMs);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_state);
    row->addWidget(m_status);
    row->addWidget(m_name);

    connect(m_name, &QLineEdit::textChanged, m_nameTimer, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        m_nameTimer->stop();
        emit changed();
    });
    connect(m_nameTimer, &QTimer::timeout, this, &KakaotalkTemplateFilters::changed);
    connect(m_state, &QComboBox::activated, this, &KakaotalkTemplateFilters::changed);
    connect(m_status, &QComboBox::activated, this, &KakaotalkTemplateFilters::changed);
}

KakaotalkTemplateService::Filter KakaotalkTemplateFilters::filter() const
{
    KakaotalkTemplateService::Filter f;
    if (!m_state->currentData().toString().isEmpty())
        f.states = {m_state->currentData().toString()};
    if (!m_status->currentData().toString().isEmpty())
        f.statuses = {m_status->currentData().toString()};
    f.templateName = m_name->text();
    return f;
}

bool KakaotalkTemplateFilters::isFiltering() const
{
    return m_state->currentIndex() > 0 || m_status->currentIndex() > 0 || !m_name->text().trimmed().isEmpty();
}

void KakaotalkTemplateFilters::focusName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
}

} // namespace sinch::ui
