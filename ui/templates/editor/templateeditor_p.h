#pragma once

// TemplateEditor's private part: the parts it is assembled from and what it does after each
// change (templateeditorprivate.cpp); the editor's own functions are in templateeditor.cpp.
#include "templateeditor.h"

#include "whatsapptemplateedits.h"
#include "editing/editsession.h"
#include "editing/serverfindings.h"
#include "rules/finding.h"
#include "rules/templatevalidator.h"

#include <QList>
#include <QMetaObject>
#include <QString>

class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace sinch::ui {

class ActivityFeedView;
class EditSession;
class EditStatusLabel;
class FieldBinder;
class FindingsList;
class FlowList;
class FormHost;
class MessageBar;
class NameLookup;
class OutlineModel;
class PreviewPane;
class TemplateSaveFlow;
class TemplateSync;
struct TemplateFormContext;

struct TemplateEditor::Private
{
    static QString tr(const char *s, const char *c = nullptr, int n = -1) { return TemplateEditor::tr(s, c, n); }

    TemplateEditor *q;
    Context ctx;
    EditSession *session;
    WhatsappTemplateEdits edits;
    TemplateSync *sync;
    NameLookup *names = nullptr;
    FlowList *flows;
    FieldBinder *binder;
    OutlineModel *outline;
    QTreeView *tree = nullptr;
    FormHost *form = nullptr;
    PreviewPane *pane = nullptr;
    QTabWidget *sideTabs = nullptr;
    ActivityFeedView *feed = nullptr;
    FindingsList *findingsList = nullptr;
    MessageBar *bar = nullptr;
    MessageBar *reviewBar = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *submitButton = nullptr;
    QPushButton *compareButton = nullptr;
    QPushButton *sendTestButton = nullptr;
    EditStatusLabel *status = nullptr;
    QSplitter *columns = nullptr;
    QList<int> sizesBeforeCompare;

    QString part = QStringLiteral("settings"); // "settings", "header", "body", "buttons/N", "carousel/N" ...
    QString shownPart;                          // the part whose page the form shows
    QString focusPath;                          // the form field with the focus, outlined in the preview
    QMetaObject::Connection focusConnection;
    QString lastTitle;
    QList<rules::Finding> findings;
    bool validated = false; // findings were handed out at least once
    ServerFindings serverFindings; // what the server refused, while those fields keep their values
    TemplateSaveFlow *saveFlow = nullptr;
    bool draftRestored = false;

    Private(TemplateEditor *editor, const Context &c, const QJsonObject &json, const QJsonObject &serverTemplate);

    QJsonObject json() const { return session->json(); }

    // --- the form ---------------------------------------------------------------------
    TemplateFormContext formContext();

    void showForm();

    // --- validation ---------------------------------------------------------------------
    // The rules of a new template (with those of its project), and for one on the server
    // also what an edit may not change.
    QList<rules::Finding> check(rules::Mode mode) const;

    void validate();

    // --- status -------------------------------------------------------------------------
    void updateStatus();

    void updateReviewState();

    void updateCompare();

    // --- after every change ---------------------------------------------------------------
    void onChanged();

    void syncPreview(bool scroll);

    void restoreSelection();

    // After a save or a review check: what the server has now shows everywhere.
    void onServerChanged();

    // The template's activity, once it is on the server (a new one has none yet).
    void updateFeed();
};

} // namespace sinch::ui
