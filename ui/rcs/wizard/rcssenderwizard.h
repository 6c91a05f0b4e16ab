#pragma once

#include "rules/finding.h"

#include <QDialog>
#include <QJsonObject>
#include <functional>
#include <memory>

class QUndoStack;

namespace sinch {
class ApiClient;
class DraftStore;
}

namespace sinch::ui {

class EditSession;
class FieldBinder;
class FormPart;
class MessageBox;
class RcsBrandPreviewWidget;

// The RCS sender wizard (UI.md, "RCS sender journey"), assembled from the editing parts:
// one EditSession over the create request for the whole wizard, a FormHost showing one
// step at a time (Basics, Brand, Countries, Questionnaire, Test numbers, Review), the
// FieldBinder, the findings of RcsSenderRules with "go there", the server's refusals on
// their fields, and the brand card preview beside the form following every keystroke.
// Next is refused while the step has errors (its tooltip says the first); Back/Next/Finish
// on Alt+B/Alt+N/Alt+F, Ctrl+S sends from any step. For an existing sender the update
// carries only the details (region, billing category and use case are read-only with the
// reason) and, once LAUNCHING or LAUNCHED, only what the contract still takes.
// An unfinished wizard is kept in the drafts and offered back (keepDrafts()).
class RcsSenderWizard : public QDialog
{
    Q_OBJECT

public:
    enum Step { Basics, Brand, Countries, Questionnaire, TestNumbers, Review, StepCount };

    // `sender`: the sender as the server has it (empty for a new one).
    RcsSenderWizard(ApiClient *client, const QString &projectKey, const QJsonObject &sender, MessageBox *box,
                    QWidget *parent = nullptr);
    ~RcsSenderWizard() override;

    // Takes up an unfinished wizard of this sender (or of a new one) and keeps what is typed.
    void keepDrafts(DraftStore *drafts);

    bool isNew() const;
    Step step() const;
    void goToStep(Step step);
    // Goes to the step of `path` and focuses its field.
    void goTo(const QString &path);
    QJsonObject document() const;
    QList<rules::Finding> findings() const;
    // The errors that keep the step from going on (empty: Next is allowed).
    QList<rules::Finding> stepErrors(Step step) const;
    bool isBusy() const;
    QUndoStack *undoStack() const;
    RcsBrandPreviewWidget *preview() const;
    QString messageText() const;

public slots:
    void next();
    void back();
    // Creates the sender, or sends the details of an existing one (Ctrl+S, Finish).
    void save();
    void reject() override;

signals:
    void saved(const QJsonObject &sender);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sinch::ui
