#pragma once

#include "arealistpage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QAction;

namespace sinch {
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;
class MessageBox;
class SimpleFormEditor;

// WhatsApp multi-partner solutions: the list, the chosen one as a form of words (read
// fresh from the server when chosen), New solution (a small form: name, the partner's
// Embedded Signup access token, business manager) and Assign (confirmed first; the project
// then onboards through the solution's Embedded Signup), each with its result in a bar.
class SolutionsPage : public AreaListPage
{
    Q_OBJECT
public:
    SolutionsPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    ~SolutionsPage() override;

    SimpleFormEditor *editor() const;
    MessageBar *noticeBar() const { return m_notice; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The value shown for a label of the details ("Name", "Assigned" ...).
    QString detailValue(const QString &label) const;
    bool isBusy() const { return !m_job.isNull(); }

public slots:
    void newSolution();
    void assignCurrent();

protected:
    void currentChanged(const QJsonObject &solution) override;
    PagedListModel *createModel(const QString &projectKey) override;
    void modelChanged() override;

private:
    void showSolution(const QJsonObject &solution);
    void closeEditor();
    void send(const QJsonObject &document);
    void updateActions();

    MessageBox *m_box;
    QToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_assign;
    MessageBar *m_notice;
    QStackedWidget *m_detail;
    QLabel *m_placeholder;
    QWidget *m_form;
    QPointer<SimpleFormEditor> m_editor;
    QPointer<ApiJob> m_job;    // an assignment (the editor waits for its own send)
    QPointer<ApiJob> m_read;   // the chosen solution being read
    QString m_selectAfterRefresh;
    QString m_noticeFor; // the solution the notice names ("… is assigned"): it goes when another is chosen
};

} // namespace sinch::ui
