#include "rcsquestionnairesection.h"

#include "rcsquestionrow.h"

#include "domain/jsonpath.h"
#include "editing/editsession.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sinch::ui {

RcsQuestionnaireSection::RcsQuestionnaireSection(const RcsQuestionnaireSectionData &section, EditSession *session,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_data(section)
    , m_session(session)
    , m_title(titleOf(section))
{
    setObjectName(QStringLiteral("section:") + section.key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_header = new QToolButton;
    m_header->setObjectName(QStringLiteral("sectionHeader"));
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    connect(m_header, &QToolButton::toggled, this, &RcsQuestionnaireSection::setExpanded);
    layout->addWidget(m_header);

    m_keptNote = new QLabel(tr("This country is no longer among the sender's countries: its answers are kept until "
                               "the sender is saved. Add the country again to edit them."));
    m_keptNote->setObjectName(QStringLiteral("keptNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->setEnabled(false);
    m_keptNote->hide();
    layout->addWidget(m_keptNote);

    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(22, 0, 0, 6); // under the header's text, past its arrow
    body->setSpacing(0);
    for (const RcsQuestion &q : section.questions) {
        auto *row = new RcsQuestionRow(q, m_title, session);
        body->addWidget(row);
        m_rows << row;
    }
    if (section.questions.isEmpty())
        body->addWidget(new QLabel(tr("The API asks no questions in this section.")));
    layout->addWidget(m_body);
    updateHeader();
}

QString RcsQuestionnaireSection::titleOf(const RcsQuestionnaireSectionData &section)
{
    return RcsQuestionnaire::sectionTitle(section.key);
}

int RcsQuestionnaireSection::unansweredCount() const
{
    int n = 0;
    const QJsonObject request = m_session->json();
    for (const RcsQuestion &q : m_data.questions)
        if (!q.deprecated && !RcsQuestionnaire::isAnswered(request, q))
            ++n;
    return n;
}

int RcsQuestionnaireSection::toCorrectCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RcsQuestionRow *row) { return row->needsCorrecting(); }));
}

bool RcsQuestionnaireSection::isExpanded() const
{
    return m_header->isChecked();
}

void RcsQuestionnaireSection::setExpanded(bool expanded)
{
    if (m_header->isChecked() != expanded)
        m_header->setChecked(expanded); // comes back here through toggled()
    m_body->setVisible(expanded && !m_kept);
    m_header->setArrowType(expanded && !m_kept ? Qt::DownArrow : Qt::RightArrow);
}

void RcsQuestionnaireSection::setKept(bool kept)
{
    m_kept = kept;
    m_keptNote->setVisible(kept);
    m_header->setEnabled(!kept);
    setExpanded(isExpanded());
    updateHeader();
}

void RcsQuestionnaireSection::refresh()
{
    for (RcsQuestionRow *row : m_rows)
        row->refresh();
    updateHeader();
}

void RcsQuestionnaireSection::updateHeader()
{
    const int open = unansweredCount();
    const int toCorrect = toCorrectCount();
    QString text;
    if (m_kept)
        text = tr("%1 \u2013 kept until saved").arg(m_title);
    else if (open == 0)
        text = tr("%1 \u2013 all answered").arg(m_title);
    else
        text = tr("%1 \u2013 %n unanswered", nullptr, open).arg(m_title);
    if (!m_kept && toCorrect > 0)
        text = tr("%1, %n to correct", nullptr, toCorrect).arg(text);
    m_header->setText(text);
    m_header->setAccessibleName(tr("Section %1").arg(m_title));
    m_header->setAccessibleDescription(text);
    m_header->setToolTip(m_kept ? tr("The country was removed from the sender; add it again to edit these answers")
                                : tr("Show or hide the questions of this section"));
}

} // namespace sinch::ui
