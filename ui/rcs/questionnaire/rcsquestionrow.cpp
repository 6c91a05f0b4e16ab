#include "rcsquestionrow.h"

#include "domain/jsonpath.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "editing/flowlayout.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

// A picked answer must stand out from the ones on offer at a glance (the style's checked
// tool button is only a shade darker).
QString chipStyle()
{
    return QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }"
                          "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                          " border-color: palette(highlight); }"
                          "QToolButton:focus { border: 2px solid palette(highlight); }");
}

} // namespace

RcsQuestionRow::RcsQuestionRow(const RcsQuestion &question, const QString &sectionTitle, EditSession *session,
                               QWidget *parent)
    : QWidget(parent)
    , m_question(question)
    , m_session(session)
{
    setObjectName(QStringLiteral("question:") + question.answerPath);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    layout->setSpacing(4);

    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QString text = question.text;
    if (question.deprecated) {
        text = tr("%1 (deprecated: no longer required, may be left empty)").arg(question.text);
        m_text->setEnabled(false); // greyed as the API no longer needs it
    }
    m_text->setText(text);
    layout->addWidget(m_text);

    // One chip per suggested answer: a radio-like set for one pick, checkboxes for several.
    if (!question.suggestedAnswers.isEmpty()) {
        auto *chips = new QWidget;
        chips->setObjectName(QStringLiteral("suggestions"));
        auto *flow = new FlowLayout(chips);
        for (int i = 0; i < question.suggestedAnswers.size(); ++i) {
            const QString answer = question.suggestedAnswers.at(i);
            auto *chip = new QToolButton;
            chip->setObjectName(QStringLiteral("pick:%1:%2").arg(question.answerPath).arg(i));
            chip->setText(answer);
            chip->setCheckable(true);
            chip->setAutoRaise(false);
            chip->setStyleSheet(chipStyle());
            chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
            chip->setAccessibleName(tr("%1: %2 \u2013 %3").arg(sectionTitle, question.text, answer));
            chip->setToolTip(question.multiple ? tr("Pick or unpick this answer; several may be picked")
                                               : tr("Use this answer (click again to clear it)"));
            connect(chip, &QToolButton::toggled, this, [this, i](bool checked) { chipToggled(i, checked); });
            flow->addWidget(chip);
            m_chips << chip;
        }
        layout->addWidget(chips);
    }

    m_free = new QLineEdit;
    m_free->setObjectName(QStringLiteral("answer:") + question.answerPath);
    m_free->setAccessibleName(tr("%1: %2").arg(sectionTitle, question.text));
    m_free->setClearButtonEnabled(true);
    if (question.kind == RcsQuestion::Kind::UrlList)
        m_free->setPlaceholderText(tr("https://\u2026 (several separated by %1)").arg(RcsQuestionnaire::defaultDelimiter().trimmed()));
    else if (!m_chips.isEmpty())
        m_free->setPlaceholderText(question.multiple ? tr("Or add your own words") : tr("Or write your own answer"));
    else
        m_free->setPlaceholderText(tr("Your answer"));
    connect(m_free, &QLineEdit::textEdited, this, &RcsQuestionRow::freeTextEdited);
    connect(m_free, &QLineEdit::editingFinished, m_session, &EditSession::endTyping);
    layout->addWidget(m_free);
    m_text->setBuddy(m_free);
    refresh();
}

QStringList RcsQuestionRow::pickedSuggestions() const
{
    QStringList out;
    for (int i = 0; i < m_chips.size(); ++i)
        if (m_chips.at(i)->isChecked())
            out << m_question.suggestedAnswers.at(i);
    return out;
}

void RcsQuestionRow::chipToggled(int index, bool checked)
{
    if (m_refreshing)
        return;
    QStringList parts;
    if (m_question.multiple) {
        parts = pickedSuggestions();
        parts << m_free->text();
    } else if (checked) {
        parts << m_question.suggestedAnswers.at(index);
    }
    write(parts, false);
}

void RcsQuestionRow::freeTextEdited(const QString &text)
{
    QStringList parts;
    if (m_question.kind == RcsQuestion::Kind::UrlList)
        parts = RcsQuestionnaire::addresses(text);
    else if (m_question.multiple)
        parts = pickedSuggestions() << text;
    else
        parts << text;
    write(parts, true);
}

void RcsQuestionRow::write(const QStringList &parts, bool typing)
{
    // The whole questionnaire in one step: the answer with its delimiter, and no empty
    // objects left behind when an answer is taken back.
    const QJsonValue questionnaire = RcsQuestionnaire::questionnaireWith(m_session->json(), m_question, parts);
    if (questionnaire != m_session->value(RcsQuestionnaire::basePath()))
        m_session->set(RcsQuestionnaire::basePath(), questionnaire, typing,
                       tr("Answer %1").arg(RcsQuestionnaire::questionName(m_question)));
}

void RcsQuestionRow::refresh()
{
    m_refreshing = true;
    const QStringList parts = RcsQuestionnaire::parts(m_session->json(), m_question);
    QStringList own;
    QList<bool> picked(m_chips.size(), false);
    for (const QString &part : parts) {
        const int i = m_question.kind == RcsQuestion::Kind::UrlList ? -1 : int(m_question.suggestedAnswers.indexOf(part));
        if (i >= 0 && (m_question.multiple || parts.size() == 1))
            picked[i] = true;
        else
            own << part;
    }
    for (int i = 0; i < m_chips.size(); ++i)
        m_chips.at(i)->setChecked(picked.at(i));
    const QString separator = m_question.kind == RcsQuestion::Kind::UrlList
                                  ? RcsQuestionnaire::defaultDelimiter().trimmed() + QLatin1Char(' ')
                                  : RcsQuestionnaire::defaultDelimiter();
    QString free = own.join(separator);
    // A single pick shown on its chip is not repeated as typed text, unless it is being typed.
    if (!m_question.multiple && parts.size() == 1 && own.isEmpty() && m_free->hasFocus())
        free = parts.first();
    // What is being typed stays as typed when it says the same answer (its spaces, where its
    // addresses are split): written back, every key added a space after the "|".
    const bool typedSame = m_free->hasFocus()
        && (m_question.kind == RcsQuestion::Kind::UrlList ? RcsQuestionnaire::addresses(m_free->text()) == RcsQuestionnaire::addresses(free)
                                                          : m_free->text().trimmed() == free.trimmed());
    if (m_free->text() != free && !typedSame)
        m_free->setText(free);
    m_refreshing = false;
}

void RcsQuestionRow::setFindings(const QList<rules::Finding> &findings)
{
    m_needsCorrecting = rules::hasErrors(findings);
    FieldBinder::mark(m_free, findings);
}

} // namespace sinch::ui
