#pragma once

#include "rules/whatsapptemplaterules.h"

#include <QJsonObject>
#include <QPointer>
#include "listpage.h"
#include "templatelisttoolbar.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QToolBar;
class QTimer;
class QTreeView;

namespace sinch {
class Clock;
class ApiClient;
class PagedListModel;
class TemplateListModel;
struct ApiError;
}

namespace sinch::ui {

class MessageBar;
class MessageBox;
class TemplateDeletion;
class TemplateDetailView;
class TemplateFilterBar;
class TemplateFilterProxy;

// WhatsApp → Templates: a filter bar (local search, server-side state and status,
// local language and category, analytics range), the templates as a tree (a row per
// name, a child per language) paged as the user scrolls, the selected template's summary
// (with what a rejection means and what to change) beside it, an empty state, the inline
// error bar, and the actions on templates in a toolbar, a context menu and on keys.
class TemplatesPage : public ListPage
{
    Q_OBJECT
public:
    TemplatesPage(ApiClient *client, MessageBox *box, QWidget *parent = nullptr);
    // The clock the page's own waits run on (nullptr: the system clock).
    void setClock(Clock *clock);
    ~TemplatesPage() override;

    void focusFilter();
    // Whether "New" can create a template (an editor is available).
    void setCanCreate(bool can);
    // A template of `projectKey` saved in an editor, as the server answered: its row shows
    // it at once, and the list is read again (a failed read leaves no stale row behind).
    void showSaved(const QString &projectKey, const QJsonObject &serverTemplate);


    TemplateListModel *model() const; // the base's, as its own type
    TemplateFilterProxy *proxy() const { return m_proxy; }
    TemplateFilterBar *filterBar() const { return m_filters; }
    QLineEdit *searchEdit() const;
    QComboBox *stateCombo() const;
    QLineEdit *namePrefixEdit() const;
    QComboBox *statusCombo() const;
    QComboBox *languageCombo() const;
    QComboBox *categoryCombo() const;
    QComboBox *rangeCombo() const;
    QTextBrowser *detailView() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *action(const QString &objectName) const;
    QList<QAction *> pageActions() const { return m_toolBar->pageActions(); }

    // Actions on the selected templates (bulk jobs) after the page's own, in its toolbar and
    // context menu; selectionActionsUpdate() says when to check whether they apply. The
    // deletions among them join the page's Delete menu rather than the toolbar's row.
    void addSelectionActions(const QList<QAction *> &actions, const QList<QAction *> &deletions = {});

    // The selected language rows' templates, in view order.
    QList<QJsonObject> selectedTemplates() const;
    // The name of the current row (name or language row).
    QString currentName() const;
    // Selects the language row of `name`/`language` (or the name row) in the view.
    bool select(const QString &name, const QString &language = QString());

public slots:
    void openCurrent();
    void deleteLanguage();
    void deleteAllLanguages();
    void deletePendingChanges();
    void compareWithApproved();
    void compareAnalytics();
    void copyAsJson();

signals:
    void newRequested();
    void openRequested(const QJsonObject &tmpl);
    // A language (empty: every language of the name) was deleted on the server; without
    // `deleteSubmitted` only its pending changes went.
    void deleted(const QString &name, const QString &language, bool deleteSubmitted);
    void selectionActionsUpdate();

protected:
    PagedListModel *createModel(const QString &projectKey) override;
    void modelChanged() override;
    QString countText() const override;
    QString noItemsText() const override;
    QString nothingShownText() const override;
    QString noProjectText() const override;
    QString loadingText() const override;
    QString loadFailedText() const override;
    void fitColumns() override;

private:
    void connectActions();
    void applyServerFilter();
    void updateActions();
    void updateLanguages();
    void showCurrent();
    void showContextMenu(const QPoint &pos);
    QJsonObject currentTemplate() const;

    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    TemplateFilterProxy *m_proxy;
    TemplateDeletion *m_deletion = nullptr;
    TemplateListToolBar *m_toolBar;
    TemplateFilterBar *m_filters;
    TemplateDetailView *m_detail;
    QList<QAction *> m_selectionActions;
    bool m_canCreate = true;
};

} // namespace sinch::ui
