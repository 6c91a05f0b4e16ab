#pragma once

#include "editing/formpart.h"
#include "rules/finding.h"
#include "services/rcssenderservice.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sinch {
class ApiClient;
class ApiJob;
}

namespace sinch::ui {

class FindingsList;
class MessageBar;
class RcsQuestionnaireSection;

// The RCS launch questionnaire as a page of the sender wizard, built at run time from
// GET /rcs/questionnaire/{useCase}?countries=... (never from a list of its own): one
// foldable RcsQuestionnaireSection per block the API returns (General, Verification, one per
// country that has questions), a counter of the questions still unanswered, each question's
// suggested answers to pick (one or several) and free text. Answers are written as the user
// picks or types to the contract's paths of the sender's create/update request, the
// session's document (`details.questionnaire.<section>.answers.<field>`, several picks
// joined with a delimiter recorded in `<field>Metadata.ignore`), each an undo step.
//
// Hosting (the wizard's Questionnaire step): construct it over the wizard's EditSession and
// FieldBinder (the binder gives the answers the undo keys; may be null),
// then call setUseCase() and setCountries() whenever the Basics and Countries steps change;
// each change asks the API again. A country added gets its section; a country removed keeps
// its answers in the request, its section folded and marked "kept until saved" (the wizard's
// save decides what goes). findings() are the format checks of the answers
// (RcsQuestionnaireRules: `fr.siren` 9 digits, `us.ein` XX-XXXXXXX ...), shown in the form's
// own findings list too; focusPath() puts the cursor on a question's answer.
class RcsQuestionnaireForm : public FormPart
{
    Q_OBJECT
public:
    RcsQuestionnaireForm(EditSession *session, FieldBinder *binder, ApiClient *client, const QString &projectKey,
                         QWidget *parent = nullptr);
    ~RcsQuestionnaireForm() override;

    // RcsInputSenderUseCasesEnum (MULTIUSE, OTP, PROMOTIONAL, TRANSACTIONAL).
    void setUseCase(const QString &useCase);
    QString useCase() const { return m_useCase; }
    // The sender's countries (codes as the contract lists them, "GB").
    void setCountries(const QStringList &countries);
    QStringList countries() const { return m_countries; }
    // Asks the API for the questions again (they "may be subject to change").
    void reload();

    bool isLoading() const { return !m_job.isNull(); }
    // The questions asked and not yet answered in the shown sections (deprecated ones and
    // the kept sections of removed countries are not counted).
    int unansweredCount() const;
    QList<rules::Finding> findings() const { return m_findings; }
    // The sections shown, in order ("general", "verification", "fr", ...), kept ones included.
    QStringList sectionKeys() const;
    RcsQuestionnaireSection *section(const QString &key) const;
    // Shows and focuses the answer of the question at `path`; false when no question has it.
    bool focusPath(const QString &path);

    QString structure() const override { return QStringLiteral("rcs-questionnaire"); }
    void updateInPlace() override { refresh(); }

signals:
    void unansweredCountChanged(int count);
    void findingsChanged(const QList<sinch::rules::Finding> &findings);
    void busyChanged(bool busy);
    // The questions were (re)built from the API's answer.
    void loaded();

private:
    void fetch();
    void build(const QJsonObject &response);
    void refresh();
    void updateKept();

    RcsSenderService m_service;
    QString m_useCase;
    QStringList m_countries;
    QPointer<ApiJob> m_job;
    QLabel *m_counter = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_reload = nullptr;
    MessageBar *m_message = nullptr;
    QWidget *m_sectionsBox = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    FindingsList *m_findingsList = nullptr;
    QList<RcsQuestionnaireSection *> m_sections;
    QList<rules::Finding> m_findings;
    int m_lastCount = -1;
};

} // namespace sinch::ui
