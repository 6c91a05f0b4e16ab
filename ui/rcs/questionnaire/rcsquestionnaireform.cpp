#include "rcsquestionnaireform.h"

#include "rcsquestionnairesection.h"
#include "rcsquestionrow.h"

#include "api/apijob.h"
#include "domain/rcsquestionnaire.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "editing/findingslist.h"
#include "messagebar.h"
#include "rules/rcsquestionnairerules.h"

#include <QFormLayout>
#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sinch::ui {

RcsQuestionnaireForm::RcsQuestionnaireForm(EditSession *session, FieldBinder *binder, ApiClient *client,
                                           const QString &projectKey, QWidget *parent)
    : FormPart(session, binder, tr("Launch questionnaire"), parent)
    , m_service(client, projectKey)
{
    setObjectName(QStringLiteral("rcsQuestionnaireForm"));
    form()->addRow(hint(tr("The questions come from Sinch for the sender's use case and countries. Pick a suggested "
                           "answer (several where the question allows) or write your own.")));

    auto *status = new QHBoxLayout;
    status->setContentsMargins(0, 0, 0, 0);
    m_counter = new QLabel;
    m_counter->setObjectName(QStringLiteral("unansweredCount"));
    m_counter->setAccessibleName(tr("Unanswered questions"));
    m_counter->setWordWrap(true); // its sentences wrap in the form's column rather than widen it
    status->addWidget(m_counter, 1);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_counter->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading the questions"));
    m_busy->hide();
    status->addWidget(m_busy);
    m_reload = actionButton(tr("&Reload questions"), [this] { reload(); });
    m_reload->setObjectName(QStringLiteral("reloadQuestions"));
    m_reload->setAccessibleName(tr("Reload questions"));
    m_reload->setToolTip(tr("Ask Sinch for the questions again: they may change for a country"));
    status->addWidget(m_reload);
    form()->addRow(status);

    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("questionnaireMessage"));
    m_message->setRetryVisible(true);
    connect(m_message, &MessageBar::retryRequested, this, &RcsQuestionnaireForm::reload);
    form()->addRow(m_message);

    m_sectionsBox = new QWidget;
    m_sectionsBox->setObjectName(QStringLiteral("questionnaireSections"));
    m_sectionsLayout = new QVBoxLayout(m_sectionsBox);
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionsLayout->setSpacing(6);
    form()->addRow(m_sectionsBox);

    m_findingsList = new FindingsList;
    m_findingsList->setAccessibleName(tr("Questionnaire findings"));
    m_findingsList->setMaximumHeight(m_findingsList->fontMetrics().height() * 4);
    m_findingsList->hide();
    connect(m_findingsList, &FindingsList::pathActivated, this, &RcsQuestionnaireForm::focusPath);
    form()->addRow(m_findingsList);

    connect(session, &EditSession::changed, this, [this](const QString &) { refresh(); });
    refresh();
}

RcsQuestionnaireForm::~RcsQuestionnaireForm()
{
    if (m_job)
        m_job->cancel();
}

void RcsQuestionnaireForm::setUseCase(const QString &useCase)
{
    if (useCase == m_useCase)
        return;
    m_useCase = useCase;
    fetch();
}

void RcsQuestionnaireForm::setCountries(const QStringList &countries)
{
    QStringList upper;
    for (const QString &c : countries)
        upper << c.toUpper();
    if (upper == m_countries)
        return;
    m_countries = upper;
    updateKept(); // a removed country's section is kept at once; an added one comes with the answer
    fetch();
}

void RcsQuestionnaireForm::reload()
{
    fetch();
}

void RcsQuestionnaireForm::fetch()
{
    if (m_useCase.isEmpty()) {
        m_counter->setText(tr("Choose the sender's use case first: the questions depend on it."));
        return;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    // Also the questions of countries that have answers and are no longer the sender's (an
    // existing sender's country unchecked before this page was shown): their sections are
    // kept until saved, so the user sees what the save will delete.
    QStringList asked = m_countries;
    const QJsonObject answered = session()->value(RcsQuestionnaire::basePath()).toObject();
    for (auto it = answered.begin(); it != answered.end(); ++it)
        if (RcsQuestionnaire::isCountrySection(it.key()) && !asked.contains(it.key().toUpper())
            && !it.value().toObject().value(QLatin1String("answers")).toObject().isEmpty())
            asked << it.key().toUpper();
    m_job = m_service.questionnaire(m_useCase, asked);
    m_busy->show();
    m_reload->setEnabled(false);
    m_reload->setToolTip(tr("The questions are being loaded"));
    emit busyChanged(true);
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_job = nullptr;
        m_busy->hide();
        m_reload->setEnabled(true);
        m_reload->setToolTip(tr("Ask Sinch for the questions again: they may change for a country"));
        emit busyChanged(false);
        if (!result.ok()) {
            // The answers typed so far stay in the request; only the questions are missing.
            m_message->showError(result.error);
            return;
        }
        m_message->dismiss();
        build(result.json.object());
    });
}

void RcsQuestionnaireForm::build(const QJsonObject &response)
{
    const QList<RcsQuestionnaireSectionData> parsed = RcsQuestionnaire::parse(response);
    // What was folded stays folded; removed countries with answers keep their old questions.
    QHash<QString, bool> expanded;
    QList<RcsQuestionnaireSectionData> kept;
    QStringList answeredKeys;
    for (RcsQuestionnaireSection *s : std::as_const(m_sections)) {
        expanded.insert(s->key(), s->isExpanded());
        bool inAnswer = false;
        for (const RcsQuestionnaireSectionData &p : parsed)
            inAnswer = inAnswer || p.key == s->key();
        if (!inAnswer && s->data().country && !session()->value(RcsQuestionnaire::sectionPath(s->key())).isUndefined())
            kept << s->data();
        // Out of the form now (no look-up finds it), deleted by the event loop.
        s->hide();
        s->setParent(nullptr);
        s->deleteLater();
    }
    m_sections.clear();
    // Countries in the sender's order, after General and Verification.
    QList<RcsQuestionnaireSectionData> ordered = parsed + kept;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const RcsQuestionnaireSectionData &a, const RcsQuestionnaireSectionData &b) {
        auto rank = [this](const RcsQuestionnaireSectionData &s) {
            const int i = int(m_countries.indexOf(s.key.toUpper()));
            return !s.country ? -1 : (i < 0 ? int(m_countries.size()) : i);
        };
        return rank(a) < rank(b);
    });
    for (const RcsQuestionnaireSectionData &data : std::as_const(ordered)) {
        auto *section = new RcsQuestionnaireSection(data, session());
        section->setExpanded(expanded.value(data.key, true));
        m_sectionsLayout->addWidget(section);
        section->show(); // now, not after the event that brought the questions
        m_sections << section;
        if (binder())
            for (RcsQuestionRow *row : section->rows())
                binder()->watchKeys(row->freeText());
    }
    updateKept();
    refresh();
    emit loaded();
}

void RcsQuestionnaireForm::updateKept()
{
    for (RcsQuestionnaireSection *s : std::as_const(m_sections))
        s->setKept(s->data().country && !m_countries.contains(s->key().toUpper()));
}

int RcsQuestionnaireForm::unansweredCount() const
{
    int n = 0;
    for (const RcsQuestionnaireSection *s : m_sections)
        if (!s->isKept())
            n += s->unansweredCount();
    return n;
}

QStringList RcsQuestionnaireForm::sectionKeys() const
{
    QStringList out;
    for (const RcsQuestionnaireSection *s : m_sections)
        out << s->key();
    return out;
}

RcsQuestionnaireSection *RcsQuestionnaireForm::section(const QString &key) const
{
    for (RcsQuestionnaireSection *s : m_sections)
        if (s->key() == key)
            return s;
    return nullptr;
}

bool RcsQuestionnaireForm::focusPath(const QString &path)
{
    for (RcsQuestionnaireSection *s : std::as_const(m_sections))
        for (RcsQuestionRow *row : s->rows())
            if (path == row->question().answerPath || path.startsWith(row->question().answerPath + QLatin1Char('.'))) {
                if (s->isKept())
                    return false;
                s->setExpanded(true);
                row->freeText()->setFocus(Qt::OtherFocusReason);
                return true;
            }
    return false;
}

void RcsQuestionnaireForm::refresh()
{
    QList<RcsQuestion> asked;
    for (const RcsQuestionnaireSection *s : std::as_const(m_sections))
        if (!s->isKept())
            for (const RcsQuestionRow *row : s->rows())
                asked << row->question();
    const QList<rules::Finding> found = rules::RcsQuestionnaireRules::check(session()->json(), asked);
    for (RcsQuestionnaireSection *s : std::as_const(m_sections))
        for (RcsQuestionRow *row : s->rows()) {
            QList<rules::Finding> own;
            for (const rules::Finding &f : found)
                if (f.path == row->question().answerPath || f.path.startsWith(row->question().answerPath + QLatin1Char('.')))
                    own << f;
            row->setFindings(own);
        }
    int toCorrect = 0;
    for (RcsQuestionnaireSection *s : std::as_const(m_sections)) {
        s->refresh(); // its header counts its rows' findings, set above
        if (!s->isKept())
            toCorrect += s->toCorrectCount();
    }
    const int count = unansweredCount();
    if (m_sections.isEmpty())
        m_counter->setText(m_useCase.isEmpty() ? tr("Choose the sender's use case first: the questions depend on it.")
                                               : tr("Loading the questions\u2026"));
    else if (count == 0 && toCorrect == 0)
        m_counter->setText(tr("Every question is answered."));
    else if (count == 0)
        m_counter->setText(tr("Every question is answered; %n answer(s) to correct.", nullptr, toCorrect));
    else if (toCorrect == 0)
        m_counter->setText(tr("%n question(s) unanswered", nullptr, count));
    else
        m_counter->setText(tr("%1; %n answer(s) to correct", nullptr, toCorrect).arg(tr("%n question(s) unanswered", nullptr, count)));
    if (found != m_findings) {
        m_findings = found;
        m_findingsList->setFindings(found);
        m_findingsList->setVisible(!found.isEmpty());
        emit findingsChanged(found);
    }
    if (count != m_lastCount) {
        m_lastCount = count;
        emit unansweredCountChanged(count);
    }
}

} // namespace sinch::ui
