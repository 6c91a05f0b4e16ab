#include "templateeditor.h"

#include "applycardstructurecommand.h"
#include "fieldbinder.h"
#include "insertcommand.h"
#include "movecommand.h"
#include "outlinemodel.h"
#include "previewoverlay.h"
#include "removecommand.h"
#include "setvaluecommand.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/contract.h"
#include "domain/jsondiff.h"
#include "domain/templatedocument.h"
#include "icons.h"
#include "logging.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/templatelistmodel.h"
#include "rules/templatevalidator.h"
#include "rules/whatsapptemplaterules.h"
#include "storage/draftstore.h"
#include "templates/list/changelist.h"
#include "templates/previewpart.h"
#include "templates/whatsapppreviewwidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

const QString kComponents = QStringLiteral("details.components");

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString child(const QString &path, int index)
{
    return child(path, QString::number(index));
}

QString parentPath(const QString &path)
{
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    return dot < 0 ? QString() : path.left(dot);
}

// Valid values of messageSendTtlSeconds by category (the contract's TTL table).
QPair<int, int> ttlRange(const QString &category)
{
    if (category == QLatin1String("AUTHENTICATION"))
        return {10, 900};
    if (category == QLatin1String("MARKETING"))
        return {43200, 2592000};
    return {30, 43200};
}

QStringList languages()
{
    QStringList out;
    for (const QJsonValue &v : Contract::schema(QStringLiteral("WhatsappInputTemplateLanguages")).value(QLatin1String("enum")).toArray())
        out << v.toString();
    return out;
}

QJsonObject newButton(const QString &type)
{
    QJsonObject b{{QStringLiteral("type"), type}, {QStringLiteral("text"), QString()}};
    if (type == QLatin1String("URL"))
        b.insert(QStringLiteral("url"), QString());
    else if (type == QLatin1String("PHONE_NUMBER"))
        b.insert(QStringLiteral("phoneNumber"), QString());
    else if (type == QLatin1String("OTP"))
        b.insert(QStringLiteral("otpType"), QStringLiteral("COPY_CODE"));
    else if (type == QLatin1String("FLOW")) {
        b.insert(QStringLiteral("flowId"), QString());
        b.insert(QStringLiteral("flowAction"), QStringLiteral("NAVIGATE"));
    }
    return b;
}

QJsonObject defaultCard()
{
    return QJsonObject{{QStringLiteral("components"), QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("IMAGE")},
                    {QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QString()}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QString()}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                    {QStringLiteral("buttons"), QJsonArray{newButton(QStringLiteral("QUICK_REPLY"))}}}}}};
}

QString buttonKindName(const QString &type)
{
    if (type == QLatin1String("QUICK_REPLY"))
        return TemplateEditor::tr("Quick reply");
    if (type == QLatin1String("URL"))
        return TemplateEditor::tr("Link (URL)");
    if (type == QLatin1String("PHONE_NUMBER"))
        return TemplateEditor::tr("Phone number");
    if (type == QLatin1String("OTP"))
        return TemplateEditor::tr("One-time password");
    if (type == QLatin1String("FLOW"))
        return TemplateEditor::tr("Flow");
    return type;
}

} // namespace

struct TemplateEditor::Private
{
    static QString tr(const char *s, const char *c = nullptr, int n = -1) { return TemplateEditor::tr(s, c, n); }

    TemplateEditor *q;
    Context ctx;
    bool existing;
    QString originalName;
    QString originalLanguage;
    QJsonObject server; // the server's WhatsappTemplateDto of an existing template
    QString key;
    QString lastTitle;

    TemplateDocument doc;
    QUndoStack *stack = nullptr;
    OutlineModel *outline = nullptr;
    QTreeView *tree = nullptr;
    QScrollArea *formArea = nullptr;
    FieldBinder *binder = nullptr;
    WhatsappPreviewWidget *preview = nullptr;
    QWidget *previewPane = nullptr; // the preview(s) and the changes list of a comparison
    PreviewOverlay *overlay = nullptr;
    // Compare with approved.
    WhatsappPreviewWidget *approvedPreview = nullptr;
    PreviewOverlay *approvedOverlay = nullptr;
    ChangeList *changeList = nullptr;
    QList<QWidget *> compareWidgets; // shown only while comparing
    QPushButton *compareButton = nullptr;
    QSplitter *columns = nullptr;
    QGridLayout *previewGrid = nullptr;
    QList<int> sizesBeforeCompare;
    bool comparing = false;
    QString focusPath; // the form field with the focus, which the preview outlines
    QMetaObject::Connection focusConnection;
    QListWidget *findingsList = nullptr;
    MessageBar *bar = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *submitButton = nullptr;
    QLabel *status = nullptr;
    QTimer *autosave = nullptr;

    QString part = QStringLiteral("settings");
    QString signature;
    // A structural change asks for a new form page; it is built after the event that
    // caused it, never inside it: the widget whose signal is being handled (a key typed
    // into the body, a combo box's activated(), a button's clicked()) must outlive it.
    bool rebuildPending = false;
    // The example rows of the page's text with variables (body or text header), kept in
    // step with the number of variables in place: typing {{3}} adds a row, it does not
    // rebuild the text field being typed into.
    struct ExampleRows {
        QPointer<QWidget> box;
        QFormLayout *layout = nullptr;
        QLabel *hint = nullptr;
        QString component; // the BODY or HEADER component's path
        bool header = false;
        QList<QString> paths; // one a row
    } examples;
    int session = 0;
    quint64 changes = 0;
    quint64 autosavedChanges = 0;
    QDateTime autosavedAt;
    QList<rules::Finding> findings;
    QList<QPair<rules::Finding, QJsonValue>> serverFindings; // kept while their field keeps its value
    QList<QPair<QString, QString>> flows;                     // id, name
    bool flowsRequested = false;
    QPointer<QComboBox> flowCombo; // the form's flow picker, when it shows one
    // For a new template: the languages the server has for a name (asked once a name has
    // rested for a moment), so "name + language unique" holds beyond the loaded list.
    QHash<QString, QStringList> serverLanguages;
    QString nameAsked;
    QPointer<ApiJob> nameJob;
    QTimer *nameTimer = nullptr;
    // While the server's `changes` are IN_PROGRESS the server takes no edits: a banner says
    // so, Save and Submit wait, the edits stay local, and the review is asked again.
    MessageBar *reviewBar = nullptr;
    QTimer *reviewTimer = nullptr;
    QPointer<ApiJob> reviewJob;
    bool discarded = false;
    bool draftRestored = false;
    QPointer<ApiJob> job;
    std::function<void(bool)> afterSave;

    Private(TemplateEditor *editor, const Context &c, const QJsonObject &json, const QJsonObject &serverTemplate)
        : q(editor), ctx(c), existing(!serverTemplate.isEmpty()), server(serverTemplate), doc(json)
    {
        // A template on the server is named by the server's name and language.
        originalName = server.value(QLatin1String("name")).toString(json.value(QLatin1String("name")).toString());
        originalLanguage = server.value(QLatin1String("language")).toString(json.value(QLatin1String("language")).toString());
        key = ctx.projectKey + QStringLiteral("/whatsapp/")
            + (existing ? originalName + QLatin1Char('/') + originalLanguage
                        : QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    // --- the document -------------------------------------------------------------
    QJsonObject json() const { return doc.json(); }
    QString category() const { return doc.value(QStringLiteral("category")).toString(); }
    QString componentPath(const QString &type) const { return doc.componentPath(type); }
    QString cardsPath() const
    {
        const QString c = componentPath(QStringLiteral("CAROUSEL"));
        return c.isEmpty() ? QString() : child(c, QStringLiteral("cards"));
    }
    int cardCount() const { return int(doc.value(cardsPath()).toArray().size()); }
    QString buttonsPath() const
    {
        const QString c = componentPath(QStringLiteral("BUTTONS"));
        return c.isEmpty() ? QString() : child(c, QStringLiteral("buttons"));
    }
    int buttonCount() const { return int(doc.value(buttonsPath()).toArray().size()); }
    // The path of the component of `type` inside card `card`.
    QString cardComponent(int card, const QString &type) const
    {
        const QString cp = child(cardsPath(), card) + QStringLiteral(".components");
        const QJsonArray comps = doc.value(cp).toArray();
        for (int i = 0; i < comps.size(); ++i)
            if (comps.at(i).toObject().value(QLatin1String("type")).toString() == type)
                return child(cp, i);
        return QString();
    }

    void push(QUndoCommand *command) { stack->push(command); }

    void onEdited(const QString &path, const QJsonValue &value, bool typing)
    {
        const int mergeSession = typing ? session : -1;
        // Text of a BODY or text HEADER: the examples follow the variables (extra ones go).
        if (path.endsWith(QLatin1String(".text"))) {
            const QString cp = parentPath(path);
            QJsonObject c = doc.value(cp).toObject();
            const QString type = c.value(QLatin1String("type")).toString();
            if (type == QLatin1String("BODY") && c.contains(QLatin1String("examples"))) {
                c.insert(QStringLiteral("text"), value);
                const int vars = TemplateDocument::variableCount(value.toString());
                QJsonArray ex = c.value(QLatin1String("examples")).toArray();
                while (ex.size() > vars)
                    ex.removeLast();
                c.insert(QStringLiteral("examples"), ex);
                push(new SetValueCommand(&doc, cp, c, mergeSession, tr("Edit text")));
                return;
            }
        }
        // An example of a variable that has none yet: the list grows to reach it.
        const QString listPath = parentPath(path);
        if (listPath.endsWith(QLatin1String(".examples"))) {
            const int i = path.section(QLatin1Char('.'), -1).toInt();
            QJsonArray ex = doc.value(listPath).toArray();
            if (i >= ex.size()) {
                while (ex.size() < i)
                    ex.append(QString());
                ex.append(value);
                push(new SetValueCommand(&doc, listPath, ex, mergeSession, tr("Edit example")));
                return;
            }
        }
        push(new SetValueCommand(&doc, path, value, mergeSession, tr("Edit %1").arg(path.section(QLatin1Char('.'), -1))));
    }

    void insertComponent(const QJsonObject &component, const QString &text)
    {
        const QString type = component.value(QLatin1String("type")).toString();
        if (!doc.contains(QStringLiteral("details"))) {
            // A template without details gets them (always sent, see CLARIFICATIONS.md).
            QJsonObject details{{QStringLiteral("components"), QJsonArray{component}}};
            push(new SetValueCommand(&doc, QStringLiteral("details"), details, -1, text));
            return;
        }
        push(new InsertCommand(&doc, kComponents, doc.componentInsertIndex(type), component, text));
    }

    // --- validation -------------------------------------------------------------
    // The rules of a new template (with those of its project), and for one on the server also
    // what an edit may not change.
    QList<rules::Finding> check(rules::Mode mode) const
    {
        QList<rules::Finding> out = rules::TemplateValidator::validateWhatsappEdit(json(), existing ? server : QJsonObject(), mode);
        // A new template also meets its project: name + language taken, a name deleted lately.
        if (!existing && (ctx.projectTemplates || ctx.client)) {
            rules::ProjectTemplates project;
            if (ctx.projectTemplates)
                project = ctx.projectTemplates();
            const QString name = doc.value(QStringLiteral("name")).toString();
            for (const QString &language : serverLanguages.value(name))
                project.existing.insert(rules::ProjectTemplates::key(name, language));
            out += rules::WhatsappTemplateRules::checkInProject(json(), project);
        }
        return out;
    }

    // Asks the server which languages a new template's name has (debounced by nameTimer);
    // the answer re-runs the validation.
    void lookUpName()
    {
        const QString name = doc.value(QStringLiteral("name")).toString();
        if (existing || !ctx.client || name.isEmpty() || serverLanguages.contains(name) || name == nameAsked)
            return;
        static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_]*[a-z0-9]$"));
        if (!valid.match(name).hasMatch())
            return;
        if (nameJob)
            nameJob->cancel();
        nameAsked = name;
        ApiRequest request(QStringLiteral("TemplatesController_listTemplatesByName_v1"));
        request.path(QStringLiteral("templateName"), name)
            .arg(QStringLiteral("pageSize"), QStringLiteral("1000"))
            .arg(QStringLiteral("fieldMask"), QStringLiteral("language"))
            .expect(404); // the name is free
        nameJob = ctx.client->call(ctx.projectKey, request);
        QObject::connect(nameJob, &ApiJob::finished, q, [this, name](const ApiResult &r) {
            if (nameAsked == name)
                nameAsked.clear();
            QStringList languages;
            if (r.ok()) {
                for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray())
                    languages.append(v.toObject().value(QLatin1String("language")).toString());
            } else if (r.error.httpStatus != 404) {
                qCInfo(lcUi) << "template name not looked up:" << r.error.summary();
                return; // unknown: the server still refuses a duplicate with 409
            }
            serverLanguages.insert(name, languages);
            if (doc.value(QStringLiteral("name")).toString() == name)
                validate();
        });
    }

    void validate()
    {
        if (nameTimer && !existing)
            nameTimer->start();
        QList<rules::Finding> out = check(rules::Mode::Submit);
        for (int i = int(serverFindings.size()) - 1; i >= 0; --i) {
            if (doc.value(serverFindings.at(i).first.path) != serverFindings.at(i).second)
                serverFindings.removeAt(i);
        }
        for (const auto &sf : serverFindings)
            if (!out.contains(sf.first))
                out.prepend(sf.first);
        findings = out;
        binder->setFindings(findings);
        outline->setFindings(findings);
        preview->setFindings(findings);
        findingsList->clear();
        for (const rules::Finding &f : findings) {
            auto *item = new QListWidgetItem(q->style()->standardIcon(f.isError() ? QStyle::SP_MessageBoxCritical
                                                                                 : QStyle::SP_MessageBoxWarning),
                                             f.message);
            item->setData(Qt::UserRole, f.path);
            item->setToolTip(f.path.isEmpty() ? f.message : tr("%1\n(%2)").arg(f.message, f.path));
            findingsList->addItem(item);
        }
        if (findings.isEmpty()) {
            auto *item = new QListWidgetItem(tr("No problems found."));
            item->setFlags(Qt::ItemIsEnabled);
            findingsList->addItem(item);
        }
        emit q->findingsChanged();
    }

    // --- status -----------------------------------------------------------------
    void updateStatus()
    {
        int n = stack->isClean() ? 0 : (stack->cleanIndex() < 0 ? stack->count() : qAbs(stack->index() - stack->cleanIndex()));
        if (!stack->isClean() && n == 0)
            n = 1;
        QString text = n == 0 ? tr("No unsaved changes") : tr("%n unsaved change(s)", nullptr, n);
        if (autosavedAt.isValid())
            text += tr(" · autosaved %1").arg(QLocale().toString(autosavedAt.time(), QStringLiteral("HH:mm")));
        status->setText(text);
        const QString t = q->title();
        if (t != lastTitle) {
            lastTitle = t;
            emit q->titleChanged(t);
        }
        const bool locked = inReview();
        saveButton->setEnabled(!job && !locked);
        submitButton->setEnabled(!job && !locked);
        const QString why = locked ? QLatin1Char('\n') + tr("Not while the changes are in review") : QString();
        saveButton->setToolTip(tr("Save draft (Ctrl+S)") + why);
        submitButton->setToolTip(tr("Submit for review (Ctrl+Enter)") + why);
    }

    // --- review -------------------------------------------------------------------
    bool inReview() const
    {
        return existing
            && server.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString()
                   == QLatin1String("IN_PROGRESS");
    }

    void updateReviewState()
    {
        if (inReview()) {
            reviewBar->showMessage(MessageBar::Level::Info,
                                   tr("These changes are in review. The server takes no edits until the review ends: "
                                      "what you change here stays in a local draft, and Save and Submit wait. The "
                                      "review is checked every 30 seconds."));
            reviewBar->setRetryText(tr("Check now"));
            reviewBar->setRetryVisible(true);
            if (!reviewTimer->isActive())
                reviewTimer->start();
        } else {
            reviewBar->hide();
            reviewTimer->stop();
        }
        updateStatus();
    }

    // Reads the server's version again; when the review has ended, says how.
    void checkReview()
    {
        if (reviewJob || !ctx.client || !existing)
            return;
        ApiRequest request(QStringLiteral("TemplatesController_getTemplate_v1"));
        request.path(QStringLiteral("templateName"), originalName).path(QStringLiteral("languageCode"), originalLanguage);
        reviewJob = ctx.client->call(ctx.projectKey, request);
        QObject::connect(reviewJob, &ApiJob::finished, q, [this](const ApiResult &r) {
            if (!r.ok()) {
                if (!r.error.isCancelled())
                    bar->showError(r.error);
                updateReviewState();
                return;
            }
            const bool wasInReview = inReview();
            server = r.json.object();
            if (wasInReview && !inReview()) {
                const QJsonObject changes = server.value(QLatin1String("changes")).toObject();
                const QString status = changes.value(QLatin1String("status")).toString();
                const QString code = changes.value(QLatin1String("rejectionCode")).toString(server.value(QLatin1String("rejectionCode")).toString());
                if (status == QLatin1String("REJECTED") || (changes.isEmpty() && server.value(QLatin1String("state")).toString() == QLatin1String("REJECTED")))
                    bar->showMessage(MessageBar::Level::Warning,
                                     code.isEmpty() ? tr("The review has ended: the changes were rejected. Edit them and submit again.")
                                                    : tr("The review has ended: the changes were rejected (%1). Edit them and submit again.").arg(code));
                else
                    bar->showMessage(MessageBar::Level::Info, tr("The review has ended: the changes were approved. You can edit and save again."));
                emit q->saved(server);
            }
            updateReviewState();
            validate();
            updateCompare();
        });
    }

    // --- drafts -----------------------------------------------------------------
    void writeDraft()
    {
        if (!ctx.drafts)
            return;
        DraftStore::Draft draft;
        draft.key = key;
        draft.projectKey = ctx.projectKey;
        draft.title = q->title();
        draft.kind = QStringLiteral("whatsapp-template");
        draft.document = json();
        draft.original = server;
        draft.savedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (ctx.drafts->save(draft, &error)) {
            autosavedChanges = changes;
            autosavedAt = QDateTime::currentDateTime();
        } else {
            qCWarning(lcUi) << "autosave failed:" << error;
            bar->showMessage(MessageBar::Level::Warning, tr("The local copy could not be saved: %1").arg(error));
        }
    }

    void onAutosave()
    {
        if (stack->isClean() || changes == autosavedChanges)
            return;
        writeDraft();
        updateStatus();
    }

    // --- after every change ------------------------------------------------------
    void onChanged()
    {
        ++changes;
        outline->setDocument(json());
        preview->setTemplate(json());
        validate();
        restoreSelection();
        refreshForm();
        updateStatus();
        updateCompare();
        syncPreview(true);
    }

    // --- the preview follows the selection ----------------------------------------
    // Outlines the focused field's part (or the selected part) and scrolls the selected
    // part into view: a carousel card comes in sideways.
    void syncPreview(bool scroll)
    {
        const QString partPath = OutlineModel::pathForPart(json(), part);
        QString path = partPath;
        if (!focusPath.isEmpty() && (partPath.isEmpty() || focusPath.startsWith(partPath + QLatin1Char('.')))
            && PreviewPart::indexFor(preview->parts(), focusPath) >= 0)
            path = focusPath;
        overlay->setHighlightedPath(path);
        overlay->update();
        if (scroll && !partPath.isEmpty()) {
            overlay->ensureVisible(partPath);
            if (comparing)
                approvedOverlay->ensureVisible(partPath); // the same card on both sides
        }
    }

    // --- compare with approved ------------------------------------------------------
    QJsonObject approvedDocument() const { return TemplateDocument::fromServerTemplate(server, true); }
    // What a comparison looks at: the category and the details (allowCategoryChange is a
    // wish for the review, not content).
    static QJsonObject comparable(const QJsonObject &document)
    {
        QJsonObject details = document.value(QLatin1String("details")).toObject();
        if (!details.contains(QLatin1String("components")))
            details.insert(QStringLiteral("components"), QJsonArray());
        return QJsonObject{{QStringLiteral("category"), document.value(QLatin1String("category"))},
                           {QStringLiteral("details"), details}};
    }
    QList<JsonChange> diffFromApproved() const { return JsonDiff::changes(comparable(approvedDocument()), comparable(json())); }
    bool hasPendingChanges() const { return !server.value(QLatin1String("changes")).toObject().isEmpty(); }

    bool canCompare() const
    {
        if (!existing || !TemplateDocument::hasApprovedVersion(server))
            return false;
        return hasPendingChanges() || comparable(approvedDocument()) != comparable(json());
    }

    void updateCompare()
    {
        const bool can = canCompare();
        compareButton->setEnabled(can);
        compareButton->setToolTip(can ? tr("Show the approved version beside the edited one, with the changes marked")
                                      : existing && TemplateDocument::hasApprovedVersion(server)
                                          ? tr("No changes to compare: the template is as approved")
                                          : tr("Nothing to compare: the template has no approved version"));
        if (!can && comparing) {
            q->setComparing(false);
            return;
        }
        if (!comparing)
            return;
        const QJsonObject approved = approvedDocument();
        if (approvedPreview->templateJson() != approved)
            approvedPreview->setTemplate(approved);
        const QList<JsonChange> diff = diffFromApproved();
        if (diff != changeList->changes())
            changeList->setChanges(diff);
        QStringList before, after;
        for (const JsonChange &c : diff) {
            if (c.kind != JsonChange::Kind::Added)
                before << c.path;
            if (c.kind != JsonChange::Kind::Removed)
                after << c.path;
        }
        approvedOverlay->setMarkedPaths(before);
        overlay->setMarkedPaths(after);
    }

    void restoreSelection()
    {
        QModelIndex idx = outline->indexForPart(part);
        if (!idx.isValid()) {
            // The part went away (a removed button): its parent, or the one before it.
            const QString kind = part.section(QLatin1Char('/'), 0, 0);
            const int n = part.section(QLatin1Char('/'), 1).toInt();
            idx = outline->indexForPart(QStringLiteral("%1/%2").arg(kind).arg(n - 1));
            if (!idx.isValid())
                idx = outline->indexForPart(kind);
        }
        if (tree->currentIndex() != idx) {
            tree->setCurrentIndex(idx);
        }
        tree->expandAll();
    }

    // --- forms ------------------------------------------------------------------
    QString formSignature() const
    {
        QStringList s{part, category(), existing ? QStringLiteral("e") : QString(),
                      existing && !rules::WhatsappTemplateRules::categoryMayChange(server) ? QStringLiteral("l") : QString(),
                      existing ? TemplateListModel::stateText(server) : QString()};
        const QString path = OutlineModel::pathForPart(json(), part);
        s << (path.isEmpty() ? QStringLiteral("-") : QStringLiteral("+"));
        const QJsonObject c = doc.value(path).toObject();
        s << c.value(QLatin1String("format")).toString() << c.value(QLatin1String("type")).toString()
          << c.value(QLatin1String("otpType")).toString() << c.value(QLatin1String("flowAction")).toString();
        s << QString::number(buttonCount()) << QString::number(cardCount());
        if (part.startsWith(QLatin1String("carousel/")))
            s << TemplateDocument::cardStructure(c) << (q->cardStructuresDiffer() ? QStringLiteral("d") : QString());
        return s.join(QLatin1Char('|'));
    }

    void refreshForm()
    {
        if (formSignature() != signature)
            scheduleRebuild();
        else
            syncExamples();
        binder->refresh(doc);
    }

    void scheduleRebuild()
    {
        if (rebuildPending)
            return;
        rebuildPending = true;
        QTimer::singleShot(0, q, [this] {
            if (rebuildPending)
                buildForm();
        });
    }

    // The old page goes after the event being handled: hidden and disconnected now,
    // deleted by the event loop.
    static void retirePage(QWidget *page)
    {
        if (!page)
            return;
        page->hide();
        page->deleteLater();
    }

    // The rows for the examples of `componentPath`'s variables (at most one in a header).
    QWidget *exampleRows(const QString &componentPath, bool header)
    {
        examples = ExampleRows();
        examples.component = componentPath;
        examples.header = header;
        examples.box = new QWidget;
        examples.box->setObjectName(QStringLiteral("examples"));
        examples.layout = new QFormLayout(examples.box);
        examples.layout->setContentsMargins(0, 0, 0, 0);
        examples.layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        if (!header) {
            examples.hint = hint(tr("Examples: what reviewers see in place of each variable."));
            examples.layout->addRow(examples.hint);
        }
        syncExamples();
        return examples.box;
    }

    void syncExamples()
    {
        if (!examples.box)
            return;
        const int count = TemplateDocument::variableCount(doc.value(child(examples.component, QStringLiteral("text"))).toString());
        const int wanted = examples.header ? qMin(count, 1) : count;
        const int had = int(examples.paths.size());
        while (examples.paths.size() < wanted) {
            const int i = int(examples.paths.size());
            QString path;
            QLineEdit *edit;
            QString label;
            if (examples.header) {
                path = child(examples.component, QStringLiteral("example"));
                edit = binder->lineEdit(path, tr("Example of header variable 1"));
                label = tr("Example of {{1}}:");
            } else {
                path = child(examples.component, QStringLiteral("examples.%1").arg(i));
                edit = binder->lineEdit(path, tr("Example of variable %1").arg(i + 1));
                label = QStringLiteral("{{%1}}").arg(i + 1);
            }
            examples.layout->addRow(label, edit);
            examples.paths.append(path);
        }
        while (examples.paths.size() > wanted) {
            const QString path = examples.paths.takeLast();
            QWidget *edit = binder->widgetFor(path);
            binder->unbind(path);
            if (!edit)
                continue;
            const QFormLayout::TakeRowResult row = examples.layout->takeRow(edit);
            for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
                if (!item)
                    continue;
                retirePage(item->widget());
                delete item;
            }
        }
        if (examples.hint)
            examples.hint->setVisible(wanted > 0);
        if (int(examples.paths.size()) != had) {
            binder->setFindings(findings);
            if (QWidget *page = formArea->widget())
                chainFocus(page);
        }
    }

    QPushButton *actionButton(const QString &text, const std::function<void()> &f)
    {
        auto *b = new QPushButton(text);
        b->setAccessibleName(text);
        QObject::connect(b, &QPushButton::clicked, q, [f] { f(); });
        return b;
    }

    // A push button in a row of its own at its natural width (a form row would stretch it),
    // at the right for removals, at the left otherwise.
    QHBoxLayout *compactRow(QPushButton *button, bool right)
    {
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        auto *row = new QHBoxLayout;
        if (right)
            row->addStretch(1);
        row->addWidget(button);
        if (!right)
            row->addStretch(1);
        return row;
    }

    QPushButton *removeButton(const QString &text, const QString &accessibleName, const std::function<void()> &f)
    {
        QPushButton *b = actionButton(text, f);
        b->setIcon(Icons::get(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
        b->setAccessibleName(accessibleName);
        b->setToolTip(accessibleName);
        return b;
    }

    QLabel *hint(const QString &text)
    {
        auto *l = new QLabel(text);
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
        return l;
    }

    void buildForm()
    {
        // Keep the focused field (and its cursor) across the rebuild.
        QString focusPath;
        int cursor = -1;
        if (QWidget *f = QApplication::focusWidget(); f && formArea->isAncestorOf(f)) {
            focusPath = binder->pathOf(f);
            if (auto *p = qobject_cast<QPlainTextEdit *>(f))
                cursor = p->textCursor().position();
            else if (auto *e = qobject_cast<QLineEdit *>(f))
                cursor = e->cursorPosition();
        }
        rebuildPending = false;
        signature = formSignature();
        binder->clear();
        examples = ExampleRows();
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        auto *form = new QFormLayout;
        pageLayout->addLayout(form);
        pageLayout->addStretch(1); // fields stay together at the top
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const QString kind = part.section(QLatin1Char('/'), 0, 0);
        const bool isChild = part.contains(QLatin1Char('/'));
        const int n = part.section(QLatin1Char('/'), 1).toInt();
        auto *title = new QLabel;
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        title->setFont(f);
        form->addRow(title);
        if (kind == QLatin1String("settings")) {
            title->setText(tr("Settings"));
            buildSettings(form);
        } else if (kind == QLatin1String("header")) {
            title->setText(tr("Header"));
            buildHeader(form);
        } else if (kind == QLatin1String("body")) {
            title->setText(tr("Body"));
            buildBody(form);
        } else if (kind == QLatin1String("footer")) {
            title->setText(tr("Footer"));
            buildFooter(form);
        } else if (kind == QLatin1String("buttons") && !isChild) {
            title->setText(tr("Buttons"));
            buildButtons(form);
        } else if (kind == QLatin1String("buttons")) {
            title->setText(tr("Button %1").arg(n + 1));
            buildButton(form, child(buttonsPath(), n), n, false);
        } else if (kind == QLatin1String("carousel") && !isChild) {
            title->setText(tr("Carousel"));
            buildCarousel(form);
        } else {
            title->setText(tr("Card %1 of %2").arg(n + 1).arg(cardCount()));
            buildCard(form, n);
        }
        retirePage(formArea->takeWidget());
        formArea->setWidget(page);
        chainFocus(page);
        binder->refresh(doc);
        binder->setFindings(findings);
        if (!focusPath.isEmpty()) {
            if (QWidget *w = binder->widgetFor(focusPath)) {
                w->setFocus();
                if (auto *p = qobject_cast<QPlainTextEdit *>(w); p && cursor >= 0) {
                    QTextCursor c = p->textCursor();
                    c.setPosition(qMin(cursor, p->document()->characterCount() - 1));
                    p->setTextCursor(c);
                } else if (auto *e = qobject_cast<QLineEdit *>(w); e && cursor >= 0) {
                    e->setCursorPosition(cursor);
                }
            }
        }
    }

    // Tab goes from the outline through the page's fields in the order they are shown,
    // then on to the preview: a page set into the scroll area would otherwise join the
    // window's focus chain at its end.
    void chainFocus(QWidget *page)
    {
        QWidget *previous = tree;
        for (QWidget *container : {page, previewPane}) {
            for (QWidget *w : container->findChildren<QWidget *>()) {
                // A row just added is hidden until the layout shows it: only what was
                // hidden on purpose stays out.
                const bool hiddenOnPurpose = w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide);
                if (!(w->focusPolicy() & Qt::TabFocus) || hiddenOnPurpose || w->focusProxy())
                    continue;
                QWidget::setTabOrder(previous, w);
                previous = w;
            }
        }
        QWidget::setTabOrder(previous, findingsList);
    }

    // A value shown, not edited: plain selectable text (no frame, no caret), named for
    // screen readers.
    QLabel *fixedValue(const QString &objectName, const QString &text, const QString &accessibleName, const QString &tip)
    {
        auto *l = new QLabel(text);
        l->setObjectName(objectName);
        l->setAccessibleName(accessibleName);
        l->setAccessibleDescription(tip);
        l->setToolTip(tip);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setFocusPolicy(Qt::StrongFocus);
        return l;
    }

    void buildSettings(QFormLayout *form)
    {
        if (existing) {
            // A template on the server is named by its name and language: shown, not editable.
            const QString tip = tr("A template on the server keeps its name and language. To use another, export it "
                                   "and import it into a new template.");
            QFont bold = q->font();
            bold.setBold(true);
            QLabel *name = fixedValue(QStringLiteral("templateName"), originalName, tr("Template name"), tip);
            name->setFont(bold);
            form->addRow(tr("Name:"), name);
            form->addRow(tr("Language:"), fixedValue(QStringLiteral("templateLanguage"), originalLanguage, tr("Language"), tip));
            const QString state = TemplateListModel::stateText(server);
            if (!state.isEmpty())
                form->addRow(tr("On the server:"), fixedValue(QStringLiteral("serverState"), state, tr("State on the server"),
                                                              tr("The template's state and its changes' status as last read.")));
        } else {
            form->addRow(tr("&Name:"), binder->lineEdit(QStringLiteral("name"), tr("Template name"), tr("order_update")));
            QList<QPair<QString, QJsonValue>> langs;
            for (const QString &l : languages())
                langs.append({l, l});
            form->addRow(tr("&Language:"), binder->combo(QStringLiteral("language"), tr("Language"), langs));
        }
        const QList<QPair<QString, QJsonValue>> categories{
            {tr("Marketing"), QStringLiteral("MARKETING")}, {tr("Utility"), QStringLiteral("UTILITY")},
            {tr("Authentication"), QStringLiteral("AUTHENTICATION")}};
        form->addRow(tr("&Category:"), binder->combo(QStringLiteral("category"), tr("Category"), categories));
        if (existing && !rules::WhatsappTemplateRules::categoryMayChange(server))
            form->addRow(QString(), hint(tr("Reviewed templates keep their category (%1); it can change only after a "
                                            "rejection for the wrong category.")
                                             .arg(server.value(QLatin1String("category")).toString())));
        form->addRow(QString(), binder->check(QStringLiteral("allowCategoryChange"),
                                              tr("Allow Meta to change the category")));
        const auto range = ttlRange(category());
        auto *ttl = binder->spin(QStringLiteral("details.messageSendTtlSeconds"), tr("Message time to live in seconds"),
                                 range.first - 1, range.second, tr("Default"));
        ttl->setSuffix(tr(" s"));
        ttl->setToolTip(tr("How long WhatsApp retries delivery: %1 to %2 seconds for this category.")
                            .arg(range.first).arg(range.second));
        form->addRow(tr("Time to &live:"), ttl);
    }

    QComboBox *headerFormatCombo(bool allowNone)
    {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("headerFormat"));
        combo->setAccessibleName(tr("Header format"));
        if (allowNone)
            combo->addItem(tr("None"), QString());
        for (const QString &f : {QStringLiteral("TEXT"), QStringLiteral("IMAGE"), QStringLiteral("VIDEO"),
                                 QStringLiteral("DOCUMENT"), QStringLiteral("LOCATION")})
            combo->addItem(f.left(1) + f.mid(1).toLower(), f);
        const QString current = doc.value(child(componentPath(QStringLiteral("HEADER")), QStringLiteral("format"))).toString();
        combo->setCurrentIndex(qMax(0, combo->findData(componentPath(QStringLiteral("HEADER")).isEmpty() ? QString() : current)));
        binder->watchKeys(combo);
        QObject::connect(combo, &QComboBox::activated, q, [this, combo](int i) {
            q->setHeaderFormat(combo->itemData(i).toString());
        });
        return combo;
    }

    void buildHeader(QFormLayout *form)
    {
        form->addRow(tr("&Format:"), headerFormatCombo(true));
        const QString hp = componentPath(QStringLiteral("HEADER"));
        if (hp.isEmpty()) {
            form->addRow(hint(tr("No header. Choose a format to add a text, image, video, document or location header.")));
            return;
        }
        const QString format = doc.value(child(hp, QStringLiteral("format"))).toString();
        if (format == QLatin1String("TEXT")) {
            auto *text = binder->lineEdit(child(hp, QStringLiteral("text")), tr("Header text"), tr("Up to 60 characters"));
            auto *row = new QHBoxLayout;
            row->addWidget(text);
            row->addWidget(actionButton(tr("+ Variable"), [this, text] {
                q->insertVariable(QStringLiteral("HEADER"), text->cursorPosition());
            }));
            form->addRow(tr("&Text:"), row);
            form->addRow(exampleRows(hp, true));
        } else if (format == QLatin1String("LOCATION")) {
            form->addRow(hint(tr("The location is chosen when the message is sent.")));
        } else {
            form->addRow(tr("Media &URL:"), binder->lineEdit(child(hp, QStringLiteral("example.url")), tr("Header media example URL"),
                                                            tr("https://cdn.example.com/picture.jpg")));
            form->addRow(hint(tr("An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.")));
        }
    }

    QToolButton *formatButton(const QString &label, const QString &name, const QKeySequence &keys,
                              QPlainTextEdit *edit, const QString &marker)
    {
        auto *b = new QToolButton;
        b->setText(label);
        b->setAccessibleName(name);
        b->setToolTip(tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)));
        auto *action = new QAction(name, edit);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        edit->addAction(action);
        auto wrap = [this, edit, marker] {
            q->endTyping();
            QTextCursor c = edit->textCursor();
            const QString selected = c.selectedText();
            c.insertText(marker + selected + marker);
            if (selected.isEmpty())
                c.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
            edit->setTextCursor(c);
            q->endTyping();
        };
        QObject::connect(action, &QAction::triggered, q, wrap);
        QObject::connect(b, &QToolButton::clicked, q, wrap);
        return b;
    }

    void buildBody(QFormLayout *form)
    {
        const QString bp = componentPath(QStringLiteral("BODY"));
        if (bp.isEmpty()) {
            form->addRow(compactRow(actionButton(tr("Add body text"), [this] {
                insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QString()}},
                                tr("Add body"));
            }), false));
            return;
        }
        if (category() == QLatin1String("AUTHENTICATION")) {
            form->addRow(hint(tr("WhatsApp writes the text of an authentication message itself.")));
            form->addRow(QString(), binder->check(child(bp, QStringLiteral("addSecurityRecommendation")),
                                                  tr("Add the security recommendation (\"Do not share this code\")")));
            return;
        }
        auto *text = binder->plainText(child(bp, QStringLiteral("text")), tr("Body text"));
        text->setMinimumHeight(120);
        form->addRow(text);
        auto *tools = new QHBoxLayout;
        tools->addWidget(formatButton(QStringLiteral("B"), tr("Bold"), QKeySequence(Qt::CTRL | Qt::Key_B), text, QStringLiteral("*")));
        tools->addWidget(formatButton(QStringLiteral("I"), tr("Italic"), QKeySequence(Qt::CTRL | Qt::Key_I), text, QStringLiteral("_")));
        tools->addWidget(formatButton(QStringLiteral("S"), tr("Strikethrough"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), text, QStringLiteral("~")));
        tools->addWidget(formatButton(QStringLiteral("M"), tr("Monospace"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), text, QStringLiteral("```")));
        auto *variable = actionButton(tr("+ Variable"), [this, text] {
            const int pos = text->textCursor().position();
            const int n = q->insertVariable(QStringLiteral("BODY"), pos);
            text->setFocus();
            QTextCursor c = text->textCursor();
            const int at = int(text->toPlainText().indexOf(QStringLiteral("{{%1}}").arg(n), qMax(0, pos - 6)));
            if (at >= 0) {
                c.setPosition(at + int(QStringLiteral("{{%1}}").arg(n).size()));
                text->setTextCursor(c);
            }
        });
        variable->setToolTip(tr("Insert a variable at the cursor (Ctrl+Shift+V)"));
        variable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        tools->addWidget(variable);
        tools->addStretch();
        form->addRow(tools);
        form->addRow(exampleRows(bp, false));
    }

    void buildFooter(QFormLayout *form)
    {
        const QString fp = componentPath(QStringLiteral("FOOTER"));
        const bool auth = category() == QLatin1String("AUTHENTICATION");
        if (fp.isEmpty()) {
            form->addRow(hint(tr("No footer.")));
            form->addRow(compactRow(actionButton(auth ? tr("Add code expiry") : tr("Add footer"), [this, auth] {
                QJsonObject c{{QStringLiteral("type"), QStringLiteral("FOOTER")}};
                if (auth)
                    c.insert(QStringLiteral("codeExpirationMinutes"), 10);
                else
                    c.insert(QStringLiteral("text"), QString());
                insertComponent(c, tr("Add footer"));
            }), false));
            return;
        }
        if (auth) {
            auto *minutes = binder->spin(child(fp, QStringLiteral("codeExpirationMinutes")), tr("Code expires after minutes"), 0, 90, tr("Not shown"));
            minutes->setSuffix(tr(" min"));
            form->addRow(tr("Code &expires after:"), minutes);
        } else {
            form->addRow(tr("&Text:"), binder->lineEdit(child(fp, QStringLiteral("text")), tr("Footer text"), tr("Up to 60 characters, no variables")));
        }
        form->addRow(compactRow(removeButton(tr("Remove footer"), tr("Remove footer"), [this] {
            push(new RemoveCommand(&doc, kComponents, doc.componentIndex(QStringLiteral("FOOTER")), tr("Remove footer")));
        }), true));
    }

    QHBoxLayout *addButtonRow(const QStringList &types, const std::function<void(const QString &)> &add)
    {
        auto *row = new QHBoxLayout;
        for (const QString &t : types)
            row->addWidget(actionButton(tr("+ %1").arg(buttonKindName(t)), [add, t] { add(t); }));
        row->addStretch();
        return row;
    }

    void buildButtons(QFormLayout *form)
    {
        const int count = buttonCount();
        form->addRow(hint(count == 0 ? tr("No buttons yet. Add up to 10; quick replies stay together.")
                                     : tr("%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.", nullptr, count)));
        QStringList kinds{QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"), QStringLiteral("PHONE_NUMBER")};
        kinds << (category() == QLatin1String("AUTHENTICATION") ? QStringLiteral("OTP") : QStringLiteral("FLOW"));
        form->addRow(addButtonRow(kinds, [this](const QString &t) { selectButton(q->addButton(t)); }));
        if (count > 0)
            form->addRow(compactRow(removeButton(tr("Remove all buttons"), tr("Remove all buttons"), [this] {
                push(new RemoveCommand(&doc, kComponents, doc.componentIndex(QStringLiteral("BUTTONS")), tr("Remove buttons")));
            }), true));
    }

    void selectButton(int index)
    {
        if (index >= 0)
            q->selectPart(QStringLiteral("buttons/%1").arg(index));
    }

    void requestFlows()
    {
        if (flowsRequested || !ctx.client)
            return;
        flowsRequested = true;
        ApiJob *j = ctx.client->call(ctx.projectKey, ApiRequest(QStringLiteral("FlowsController_listFlows_v1")));
        QObject::connect(j, &ApiJob::finished, q, [this](const ApiResult &r) {
            if (!r.ok()) {
                qCInfo(lcUi) << "flows not listed:" << r.error.summary();
                return;
            }
            flows.clear();
            for (const QJsonValue &v : r.json.object().value(QLatin1String("flows")).toArray())
                flows.append({v.toObject().value(QLatin1String("id")).toString(), v.toObject().value(QLatin1String("name")).toString()});
            // The flow picker on screen gets them in place: the answer may come while the
            // user is in another field of the same form (or has a list open).
            if (flowCombo) {
                const QString path = binder->pathOf(flowCombo);
                const QSignalBlocker block(flowCombo);
                flowCombo->clear();
                for (const auto &item : flowItems(doc.value(path).toString()))
                    flowCombo->addItem(item.first, item.second.toVariant());
                binder->refresh(doc);
            }
        });
    }

    // The flow picker's entries: "choose", the project's flows, and the current id when
    // it is none of them (yet).
    QList<QPair<QString, QJsonValue>> flowItems(const QString &current) const
    {
        QList<QPair<QString, QJsonValue>> items{{tr("Choose a flow"), QString()}};
        bool known = current.isEmpty();
        for (const auto &f : flows) {
            items.append({tr("%1 (%2)").arg(f.second, f.first), f.first});
            known = known || f.first == current;
        }
        if (!known)
            items.append({current, current});
        return items;
    }

    // One button's fields; `inCard` buttons have no OTP/FLOW kinds.
    void buildButton(QFormLayout *form, const QString &bp, int index, bool inCard)
    {
        const QString type = doc.value(child(bp, QStringLiteral("type"))).toString();
        if (!inCard)
            form->addRow(tr("Kind:"), new QLabel(buttonKindName(type)));
        // Named as a screen reader should say it: "Button 2 text", not the JSON key.
        const QString prefix = tr("Button %1 ").arg(index + 1);
        form->addRow(inCard ? tr("Button %1 (%2):").arg(index + 1).arg(buttonKindName(type)) : tr("&Text:"),
                     binder->lineEdit(child(bp, QStringLiteral("text")), prefix + tr("text"), tr("Up to 25 characters")));
        if (type == QLatin1String("URL")) {
            form->addRow(tr("URL:"), binder->lineEdit(child(bp, QStringLiteral("url")), prefix + tr("URL"),
                                                     tr("https://shop.example.com/track/{{1}}")));
            form->addRow(tr("Example URL:"), binder->lineEdit(child(bp, QStringLiteral("example")), prefix + tr("example URL"),
                                                             tr("Needed when the URL ends with {{1}}")));
        } else if (type == QLatin1String("PHONE_NUMBER")) {
            form->addRow(tr("Phone number:"), binder->lineEdit(child(bp, QStringLiteral("phoneNumber")), prefix + tr("phone number"), tr("+46701234567")));
        } else if (type == QLatin1String("OTP")) {
            const QList<QPair<QString, QJsonValue>> otp{{tr("Copy code"), QStringLiteral("COPY_CODE")},
                                                        {tr("One tap autofill"), QStringLiteral("ONE_TAP")},
                                                        {tr("Zero tap"), QStringLiteral("ZERO_TAP")}};
            form->addRow(tr("&Code delivery:"), binder->combo(child(bp, QStringLiteral("otpType")), tr("One-time password type"), otp));
            const QString otpType = doc.value(child(bp, QStringLiteral("otpType"))).toString();
            if (otpType != QLatin1String("COPY_CODE")) {
                form->addRow(tr("Autofill text:"), binder->lineEdit(child(bp, QStringLiteral("autofillText")), tr("Autofill text")));
                form->addRow(tr("App package:"), binder->lineEdit(child(bp, QStringLiteral("supportedApps.0.packageName")),
                                                                 tr("Supported app package name"), tr("com.example.app")));
                form->addRow(tr("Signature hash:"), binder->lineEdit(child(bp, QStringLiteral("supportedApps.0.signatureHash")),
                                                                    tr("Supported app signature hash")));
            }
            if (otpType == QLatin1String("ZERO_TAP"))
                form->addRow(QString(), binder->check(child(bp, QStringLiteral("zeroTapTermsAccepted")),
                                                      tr("I accept the zero-tap terms of service")));
        } else if (type == QLatin1String("FLOW")) {
            requestFlows();
            const QString flowPath = child(bp, QStringLiteral("flowId"));
            flowCombo = binder->combo(flowPath, tr("Flow"), flowItems(doc.value(flowPath).toString()));
            form->addRow(tr("F&low:"), flowCombo);
            const QList<QPair<QString, QJsonValue>> actions{{tr("Navigate to a screen"), QStringLiteral("NAVIGATE")},
                                                            {tr("Data exchange"), QStringLiteral("DATA_EXCHANGE")}};
            form->addRow(tr("Action:"), binder->combo(child(bp, QStringLiteral("flowAction")), tr("Flow action"), actions));
            if (doc.value(child(bp, QStringLiteral("flowAction"))).toString() == QLatin1String("NAVIGATE"))
                form->addRow(tr("Screen:"), binder->lineEdit(child(bp, QStringLiteral("navigateScreen")), tr("Flow screen")));
        }
        if (inCard)
            return;
        auto *row = new QHBoxLayout;
        row->addWidget(actionButton(tr("Move up"), [this, index] { q->moveButton(index, index - 1); }));
        row->addWidget(actionButton(tr("Move down"), [this, index] { q->moveButton(index, index + 1); }));
        row->addStretch();
        row->addWidget(removeButton(tr("Remove button"), tr("Remove button %1").arg(index + 1), [this, index] { q->removeButton(index); }));
        form->addRow(row);
    }

    void buildCarousel(QFormLayout *form)
    {
        const int count = cardCount();
        if (componentPath(QStringLiteral("CAROUSEL")).isEmpty()) {
            form->addRow(hint(tr("Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.")));
            form->addRow(compactRow(actionButton(tr("Make this a carousel"), [this] { q->selectPart(QStringLiteral("carousel/%1").arg(q->addCard())); }), false));
            return;
        }
        form->addRow(hint(tr("%n card(s). Every card has the same header format and buttons.", nullptr, count)));
        auto *row = new QHBoxLayout;
        auto *add = actionButton(tr("Add card"), [this] { q->selectPart(QStringLiteral("carousel/%1").arg(q->addCard())); });
        add->setEnabled(count < 10);
        row->addWidget(add);
        row->addStretch();
        row->addWidget(removeButton(tr("Remove carousel"), tr("Remove carousel"), [this] {
            push(new RemoveCommand(&doc, kComponents, doc.componentIndex(QStringLiteral("CAROUSEL")), tr("Remove carousel")));
        }));
        form->addRow(row);
    }

    void buildCard(QFormLayout *form, int n)
    {
        const QString cardPath = child(cardsPath(), n);
        if (q->cardStructuresDiffer()) {
            auto *box = new QHBoxLayout;
            auto *label = hint(tr("The cards differ in structure; WhatsApp needs them alike."));
            box->addWidget(label, 1);
            box->addWidget(actionButton(tr("Apply this card's structure to all cards"), [this, n] { q->applyCardStructure(n); }));
            form->addRow(box);
        }
        const QString hp = cardComponent(n, QStringLiteral("HEADER"));
        if (!hp.isEmpty()) {
            const QList<QPair<QString, QJsonValue>> formats{{tr("Image"), QStringLiteral("IMAGE")}, {tr("Video"), QStringLiteral("VIDEO")}};
            form->addRow(tr("Media:"), binder->combo(child(hp, QStringLiteral("format")), tr("Card %1 media format").arg(n + 1), formats));
            form->addRow(tr("Media URL:"), binder->lineEdit(child(hp, QStringLiteral("example.url")), tr("Card %1 media URL").arg(n + 1),
                                                           tr("https://cdn.example.com/picture.jpg")));
        }
        const QString bp = cardComponent(n, QStringLiteral("BODY"));
        if (!bp.isEmpty()) {
            auto *text = binder->plainText(child(bp, QStringLiteral("text")), tr("Card %1 text").arg(n + 1));
            text->setMaximumHeight(90);
            form->addRow(tr("Text:"), text);
        }
        const QString btp = cardComponent(n, QStringLiteral("BUTTONS"));
        const int buttons = int(doc.value(child(btp, QStringLiteral("buttons"))).toArray().size());
        for (int i = 0; i < buttons; ++i) {
            buildButton(form, child(btp, QStringLiteral("buttons.%1").arg(i)), i, true);
            const QString list = child(btp, QStringLiteral("buttons"));
            QPushButton *remove = removeButton(tr("Remove button %1").arg(i + 1),
                                               tr("Remove button %1 of card %2").arg(i + 1).arg(n + 1), [this, list, i] {
                                                   push(new RemoveCommand(&doc, list, i, tr("Remove card button")));
                                               });
            remove->setObjectName(QStringLiteral("removeCardButton%1").arg(i));
            form->addRow(compactRow(remove, true));
        }
        if (!btp.isEmpty() && buttons < 2) {
            const QString list = child(btp, QStringLiteral("buttons"));
            form->addRow(addButtonRow({QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"), QStringLiteral("PHONE_NUMBER")},
                                      [this, list, buttons](const QString &t) {
                                          push(new InsertCommand(&doc, list, buttons, newButton(t), tr("Add card button")));
                                      }));
        }
        auto *row = new QHBoxLayout;
        auto *add = actionButton(tr("Duplicate card"), [this, n] { q->selectPart(QStringLiteral("carousel/%1").arg(q->duplicateCard(n))); });
        add->setEnabled(cardCount() < 10);
        row->addWidget(add);
        row->addWidget(actionButton(tr("Move left"), [this, n] { q->moveCard(n, n - 1); }));
        row->addWidget(actionButton(tr("Move right"), [this, n] { q->moveCard(n, n + 1); }));
        row->addStretch();
        row->addWidget(removeButton(tr("Remove card"), tr("Remove card %1").arg(n + 1), [this, n] { q->removeCard(n); }));
        form->addRow(row);
        Q_UNUSED(cardPath)
    }

    // --- saving -----------------------------------------------------------------
    void send(bool submit)
    {
        if (job)
            return;
        const QList<rules::Finding> blocking = check(submit ? rules::Mode::Submit : rules::Mode::Draft);
        int errors = 0;
        QString first;
        for (const rules::Finding &f : blocking) {
            if (f.isError()) {
                if (!errors)
                    first = f.message;
                ++errors;
            }
        }
        if (errors) {
            bar->showMessage(MessageBar::Level::Error,
                             (submit ? tr("Not submitted: %n error(s) to fix first.", nullptr, errors)
                                     : tr("Not saved: %n error(s) to fix first.", nullptr, errors))
                                 + QLatin1Char(' ') + first);
            finishAfterSave(false);
            return;
        }
        if (inReview()) {
            writeDraft();
            bar->showMessage(MessageBar::Level::Warning,
                             tr("Not sent: the changes are in review and the server takes no edits until the review "
                                "ends. Your edits are kept in the local draft."));
            finishAfterSave(false);
            return;
        }
        if (!ctx.client) {
            bar->showMessage(MessageBar::Level::Error, tr("Not connected to a project."));
            finishAfterSave(false);
            return;
        }
        QJsonObject body = json();
        body.insert(QStringLiteral("status"), submit ? QStringLiteral("SUBMIT") : QStringLiteral("DRAFT"));
        QJsonObject details = body.value(QLatin1String("details")).toObject();
        if (!details.contains(QLatin1String("components")))
            details.insert(QStringLiteral("components"), QJsonArray());
        body.insert(QStringLiteral("details"), details);
        ApiRequest request;
        if (existing) {
            request = ApiRequest(QStringLiteral("TemplatesController_updateTemplate_v1"))
                          .path(QStringLiteral("templateName"), originalName)
                          .path(QStringLiteral("languageCode"), originalLanguage);
            body.remove(QStringLiteral("name"));
            body.remove(QStringLiteral("language"));
        } else {
            request = ApiRequest(QStringLiteral("TemplatesController_createTemplate_v1"));
        }
        request.json(body);
        bar->dismiss();
        const QJsonObject sent = json();
        job = ctx.client->call(ctx.projectKey, request);
        QObject::connect(job, &ApiJob::finished, q, [this, submit, sent](const ApiResult &r) { onSent(r, submit, sent); });
        updateStatus();
    }

    void finishAfterSave(bool ok)
    {
        if (auto f = std::exchange(afterSave, nullptr))
            f(ok);
    }

    // Whether a server error's leading path names a field of this template (and not a
    // sentence that merely starts with a word: "the quota ...").
    bool onField(const QString &path) const
    {
        static const QStringList topLevel{QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("category"),
                                          QStringLiteral("allowCategoryChange"), QStringLiteral("details")};
        const QString first = path.section(QLatin1Char('.'), 0, 0);
        if (path.isEmpty() || (!topLevel.contains(first) && !doc.contains(first)))
            return false;
        const QString parent = parentPath(path);
        return doc.contains(path) || parent.isEmpty() || doc.contains(parent);
    }

    void onSent(const ApiResult &r, bool submit, const QJsonObject &sent)
    {
        job = nullptr;
        if (r.ok()) {
            existing = true;
            originalName = sent.value(QLatin1String("name")).toString(originalName);
            originalLanguage = sent.value(QLatin1String("language")).toString(originalLanguage);
            // The server's answer is its new version (state, changes ...).
            const QJsonObject answer = r.json.object();
            server = answer.contains(QLatin1String("name")) ? answer : sent;
            if (json() == sent)
                stack->setClean();
            if (ctx.drafts)
                ctx.drafts->remove(key);
            autosavedAt = QDateTime();
            serverFindings.clear();
            bar->showMessage(MessageBar::Level::Info, submit ? tr("Submitted for review.") : tr("Draft saved."));
            updateReviewState();
            validate();
            refreshForm(); // name and language are now the server's
            updateStatus();
            updateCompare();
            emit q->saved(r.json.object());
            finishAfterSave(true);
            return;
        }
        if (r.error.httpStatus == 409 && existing)
            checkReview(); // reviewed elsewhere meanwhile? the banner follows the server
        const QList<rules::Finding> mapped = rules::TemplateValidator::fromValidationErrors(r.error.validationErrors);
        QStringList general;
        int onFields = 0;
        for (const rules::Finding &f : mapped) {
            if (onField(f.path)) {
                serverFindings.append({f, doc.value(f.path)});
                ++onFields;
            } else {
                general << f.message;
            }
        }
        validate();
        if (!general.isEmpty())
            bar->showMessage(MessageBar::Level::Error, tr("The server refused the template: %1").arg(general.join(QLatin1Char(' '))),
                             r.error.details());
        else if (onFields)
            bar->showMessage(MessageBar::Level::Error, tr("The server refused %n field(s); they are marked.", nullptr, onFields),
                             r.error.details());
        else
            bar->showError(r.error);
        updateStatus();
        finishAfterSave(false);
    }
};

TemplateEditor::TemplateEditor(const Context &context, const QJsonObject &document, const QJsonObject &serverTemplate,
                               QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, context, document, serverTemplate))
{
    setObjectName(QStringLiteral("templateEditor"));
    d->stack = new QUndoStack(this);
    d->binder = new FieldBinder(this);
    d->outline = new OutlineModel(this);
    d->outline->setDocument(document);

    d->bar = new MessageBar(this);
    d->bar->setRetryVisible(false);
    d->bar->hide();
    d->reviewBar = new MessageBar(this);
    d->reviewBar->setObjectName(QStringLiteral("reviewBar"));
    d->reviewBar->setAccessibleName(tr("Review"));
    d->reviewBar->hide();
    d->reviewTimer = new QTimer(this);
    d->reviewTimer->setObjectName(QStringLiteral("reviewTimer"));
    d->reviewTimer->setInterval(30000);
    connect(d->reviewTimer, &QTimer::timeout, this, [this] { d->checkReview(); });
    connect(d->reviewBar, &MessageBar::retryRequested, this, [this] {
        d->updateReviewState(); // the bar hid itself: it stays while the review runs
        d->checkReview();
    });

    d->tree = new QTreeView;
    d->tree->setObjectName(QStringLiteral("outline"));
    d->tree->setAccessibleName(tr("Template outline"));
    d->tree->setModel(d->outline);
    d->tree->setHeaderHidden(true);
    d->tree->setDragDropMode(QAbstractItemView::InternalMove);
    d->tree->setDefaultDropAction(Qt::MoveAction);
    d->tree->setDragEnabled(true);
    d->tree->setAcceptDrops(true);
    d->tree->setDropIndicatorShown(true);
    d->tree->expandAll();
    d->tree->setMinimumWidth(160);

    d->formArea = new QScrollArea;
    d->formArea->setObjectName(QStringLiteral("form"));
    d->formArea->setWidgetResizable(true);
    d->formArea->setFrameShape(QFrame::NoFrame);
    d->formArea->setMinimumWidth(320);
    d->formArea->setFocusPolicy(Qt::NoFocus); // Tab goes into its fields (chainFocus)

    d->preview = new WhatsappPreviewWidget;
    d->preview->setObjectName(QStringLiteral("preview"));
    d->preview->setAccessibleName(tr("Preview"));
    d->preview->setTemplate(document);
    d->overlay = new PreviewOverlay(d->preview);

    // Compare with approved: the approved version's preview at the left of the edited one,
    // the changed fields by JSON path below both.
    d->approvedPreview = new WhatsappPreviewWidget;
    d->approvedPreview->setObjectName(QStringLiteral("approvedPreview"));
    d->approvedPreview->setAccessibleName(tr("Approved version preview"));
    d->approvedPreview->setTheme(d->preview->theme());
    d->approvedOverlay = new PreviewOverlay(d->approvedPreview);
    d->changeList = new ChangeList;
    d->changeList->setSideNames(tr("Approved"), tr("Edited"));
    auto *approvedTitle = new QLabel(tr("<b>Approved</b>"));
    approvedTitle->setObjectName(QStringLiteral("approvedTitle"));
    auto *editedTitle = new QLabel(tr("<b>Edited</b>"));
    editedTitle->setObjectName(QStringLiteral("editedTitle"));
    auto *changesTitle = new QLabel(tr("Changed &fields (click: go there):"));
    changesTitle->setBuddy(d->changeList);
    auto *previewPane = new QWidget;
    d->previewPane = previewPane;
    previewPane->setObjectName(QStringLiteral("previewPane"));
    auto *previewGrid = new QGridLayout(previewPane);
    d->previewGrid = previewGrid;
    previewGrid->setContentsMargins(0, 0, 0, 0);
    previewGrid->addWidget(approvedTitle, 0, 0);
    previewGrid->addWidget(editedTitle, 0, 1);
    previewGrid->addWidget(d->approvedPreview, 1, 0);
    previewGrid->addWidget(d->preview, 1, 1);
    previewGrid->addWidget(changesTitle, 2, 0, 1, 2);
    previewGrid->addWidget(d->changeList, 3, 0, 1, 2);
    previewGrid->setRowStretch(1, 1);
    previewGrid->setColumnStretch(1, 1); // the approved column takes space only while comparing
    d->changeList->setMaximumHeight(d->changeList->fontMetrics().height() * 6);
    d->compareWidgets = {approvedTitle, editedTitle, d->approvedPreview, changesTitle, d->changeList};
    for (QWidget *w : std::as_const(d->compareWidgets))
        w->hide();

    d->findingsList = new QListWidget;
    d->findingsList->setObjectName(QStringLiteral("findings"));
    d->findingsList->setAccessibleName(tr("Findings"));
    d->findingsList->setMinimumHeight(48);

    auto *columns = new QSplitter(Qt::Horizontal);
    d->columns = columns;
    columns->addWidget(d->tree);
    columns->addWidget(d->formArea);
    columns->addWidget(previewPane);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setStretchFactor(2, 0);
    columns->setSizes({180, 460, 400});
    columns->setChildrenCollapsible(false);

    auto *rows = new QSplitter(Qt::Vertical);
    rows->addWidget(columns);
    rows->addWidget(d->findingsList);
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 0);
    rows->setSizes({700, 90});
    rows->setChildrenCollapsible(false);

    d->saveButton = new QPushButton(tr("Save draft"));
    d->saveButton->setAccessibleName(tr("Save draft"));
    d->saveButton->setToolTip(tr("Save draft (Ctrl+S)"));
    d->submitButton = new QPushButton(tr("Submit for review"));
    d->submitButton->setAccessibleName(tr("Submit for review"));
    d->submitButton->setToolTip(tr("Submit for review (Ctrl+Enter)"));
    d->submitButton->setDefault(false);
    d->status = new QLabel;
    d->status->setObjectName(QStringLiteral("status"));
    d->status->setAccessibleName(tr("Change status"));
    d->compareButton = new QPushButton(Icons::get(QStringLiteral("view-split-left-right")), tr("Compare with approved"));
    d->compareButton->setObjectName(QStringLiteral("compareButton"));
    d->compareButton->setAccessibleName(tr("Compare with approved"));
    d->compareButton->setCheckable(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(d->saveButton);
    bottom->addWidget(d->submitButton);
    bottom->addSpacing(12);
    bottom->addWidget(d->compareButton);
    bottom->addStretch();
    bottom->addWidget(d->status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(d->reviewBar);
    layout->addWidget(d->bar);
    layout->addWidget(rows, 1);
    layout->addLayout(bottom);

    auto addShortcut = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        this->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    addShortcut(tr("Save draft"), {QKeySequence::Save}, [this] { saveDraft(); });
    addShortcut(tr("Submit for review"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
              [this] { submit(); });
    QAction *undo = d->stack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = d->stack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    auto moveSelected = [this](int delta) {
        const QString kind = d->part.section(QLatin1Char('/'), 0, 0);
        if (!d->part.contains(QLatin1Char('/')))
            return;
        const int n = d->part.section(QLatin1Char('/'), 1).toInt();
        if (kind == QLatin1String("buttons"))
            moveButton(n, n + delta);
        else
            moveCard(n, n + delta);
    };
    addShortcut(tr("Move up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, [moveSelected] { moveSelected(-1); });
    addShortcut(tr("Move down"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, [moveSelected] { moveSelected(1); });

    connect(d->saveButton, &QPushButton::clicked, this, &TemplateEditor::saveDraft);
    connect(d->submitButton, &QPushButton::clicked, this, &TemplateEditor::submit);
    connect(&d->doc, &TemplateDocument::changed, this, [this] { d->onChanged(); });
    connect(d->binder, &FieldBinder::edited, this, [this](const QString &path, const QJsonValue &value, bool typing) {
        d->onEdited(path, value, typing);
    });
    connect(d->binder, &FieldBinder::focusLeft, this, &TemplateEditor::endTyping);
    connect(d->stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit dirtyChanged(!clean);
        d->updateStatus();
    });
    connect(d->stack, &QUndoStack::indexChanged, this, [this] { d->updateStatus(); });
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString part = d->outline->partAt(current);
        if (part.isEmpty() || part == d->part)
            return;
        endTyping();
        d->part = part;
        d->focusPath.clear();
        d->buildForm();
        d->syncPreview(true);
    });
    // The field with the focus is outlined in the preview (a card's button, the body ...).
    d->focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !d->formArea->isAncestorOf(now))
            return;
        const QString path = d->binder->pathOf(now);
        if (path == d->focusPath)
            return;
        d->focusPath = path;
        d->syncPreview(false);
    });
    connect(d->compareButton, &QPushButton::toggled, this, &TemplateEditor::setComparing);
    connect(d->changeList, &ChangeList::pathActivated, this, [this](const QString &path) {
        // A removed part is gone from the document: go to where it was.
        goToPath(d->doc.contains(path) ? path : parentPath(path));
    });
    // Compared side by side, the two previews scroll together (down a long bubble, along
    // the cards of a carousel).
    for (const Qt::Orientation o : {Qt::Vertical, Qt::Horizontal}) {
        const auto bar = [o](WhatsappPreviewWidget *w) {
            return o == Qt::Vertical ? w->scrollArea()->verticalScrollBar() : w->scrollArea()->horizontalScrollBar();
        };
        QScrollBar *edited = bar(d->preview);
        QScrollBar *approved = bar(d->approvedPreview);
        connect(edited, &QScrollBar::valueChanged, approved, [this, approved](int v) {
            if (d->comparing)
                approved->setValue(v);
        });
        connect(approved, &QScrollBar::valueChanged, edited, [this, edited](int v) {
            if (d->comparing)
                edited->setValue(v);
        });
    }
    connect(d->preview, &WhatsappPreviewWidget::themeChanged, d->approvedPreview, &WhatsappPreviewWidget::setTheme);
    connect(d->approvedPreview, &WhatsappPreviewWidget::themeChanged, d->preview, &WhatsappPreviewWidget::setTheme);
    connect(d->outline, &OutlineModel::modelReset, this, [this] { d->restoreSelection(); });
    connect(d->outline, &OutlineModel::moveRequested, this, [this](const QString &list, int from, int to) {
        if (list == QLatin1String("buttons"))
            moveButton(from, to);
        else
            moveCard(from, to);
    });
    connect(d->findingsList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        goToPath(item->data(Qt::UserRole).toString());
    });
    connect(d->findingsList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        goToPath(item->data(Qt::UserRole).toString());
    });
    connect(d->preview, &WhatsappPreviewWidget::partClicked, this, &TemplateEditor::goToPath);

    d->autosave = new QTimer(this);
    d->autosave->setObjectName(QStringLiteral("autosaveTimer"));
    d->autosave->setInterval(5000);
    connect(d->autosave, &QTimer::timeout, this, [this] { d->onAutosave(); });
    d->autosave->start();
    d->nameTimer = new QTimer(this);
    d->nameTimer->setObjectName(QStringLiteral("nameLookupTimer"));
    d->nameTimer->setSingleShot(true);
    d->nameTimer->setInterval(400);
    connect(d->nameTimer, &QTimer::timeout, this, [this] { d->lookUpName(); });
    if (!d->existing)
        d->nameTimer->start();
    d->updateReviewState();
    // Edits of this template kept locally earlier (closed while in review, or a restore
    // declined at start-up): offered back once the tab is up.
    if (d->existing && d->ctx.drafts && d->ctx.messageBox) {
        if (const auto kept = d->ctx.drafts->find(d->key); kept && kept->document != document)
            QTimer::singleShot(0, this, [this, draft = *kept] {
                if (!d->draftRestored) // restoreDraft() took it back already
                    offerKeptDraft(draft.document, draft.savedAt);
            });
    }

    setFocusProxy(d->tree); // focusing the editor lands in its outline
    setTabOrder(d->tree, d->preview); // the form's fields go between (chainFocus)
    setTabOrder(d->preview, d->changeList);
    setTabOrder(d->changeList, d->findingsList);
    setTabOrder(d->findingsList, d->saveButton);
    setTabOrder(d->saveButton, d->submitButton);
    setTabOrder(d->submitButton, d->compareButton);

    d->lastTitle = title();
    d->validate();
    d->restoreSelection();
    d->buildForm();
    d->updateStatus();
    d->updateCompare();
    d->syncPreview(true);
}

TemplateEditor::~TemplateEditor()
{
    if (d->job)
        d->job->cancel();
    if (d->nameJob)
        d->nameJob->cancel();
    if (d->reviewJob)
        d->reviewJob->cancel();
    // Nothing typed is lost: an unsaved edit stays in the local drafts.
    if (!d->discarded && d->ctx.drafts) {
        if (isDirty())
            d->writeDraft();
        else if (d->autosavedAt.isValid())
            d->ctx.drafts->remove(d->key); // undone back to what the server has
    }
    // The children outlive `d` (QWidget deletes them after this body): nothing they
    // emit while going away may reach the editor.
    QObject::disconnect(d->focusConnection);
    for (QObject *sender : std::initializer_list<QObject *>{d->stack, d->binder, d->outline, d->tree->selectionModel(), &d->doc,
                                                            d->findingsList, d->preview, d->autosave, d->saveButton, d->submitButton,
                                                            d->compareButton, d->changeList, d->approvedPreview})
        QObject::disconnect(sender, nullptr, this, nullptr);
    QObject::disconnect(d->preview, nullptr, d->approvedPreview, nullptr);
    QObject::disconnect(d->approvedPreview, nullptr, d->preview, nullptr);
    delete d->formArea->takeWidget();
}

QJsonObject TemplateEditor::document() const { return d->json(); }

void TemplateEditor::offerKeptDraft(const QJsonObject &document, const QDateTime &savedAt)
{
    MessageBox::Prompt prompt;
    prompt.kind = MessageBox::Kind::Question;
    prompt.title = tr("Local edits");
    prompt.text = tr("You have edits of %1 from %2 that are not on the server. Restore them?")
                      .arg(title(), QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat));
    prompt.informativeText = tr("Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them "
                                "for later until this template is edited.");
    prompt.buttons = QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Yes;
    prompt.acceptText = tr("Restore");
    d->ctx.messageBox->ask(this, prompt, this, [this, document](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Yes) {
            QJsonObject restored = document;
            restored.insert(QStringLiteral("name"), d->originalName);
            restored.insert(QStringLiteral("language"), d->originalLanguage);
            setDocument(restored);
            d->bar->showMessage(MessageBar::Level::Info,
                                tr("Your local edits are back. Undo (Ctrl+Z) returns to the server's version."));
        } else if (answer == QMessageBox::Discard && d->ctx.drafts) {
            d->ctx.drafts->remove(d->key);
        }
    });
}

void TemplateEditor::setDocument(const QJsonObject &doc)
{
    endTyping();
    d->push(new SetValueCommand(&d->doc, QString(), doc, -1, tr("Replace template")));
}

void TemplateEditor::restoreDraft(const QString &draftKey, const QJsonObject &document)
{
    d->draftRestored = true;
    if (!draftKey.isEmpty())
        d->key = draftKey;
    if (document == d->json())
        return;
    endTyping();
    d->push(new SetValueCommand(&d->doc, QString(), document, -1, tr("Restore draft")));
    endTyping();
}

QUndoStack *TemplateEditor::undoStack() const { return d->stack; }
bool TemplateEditor::isDirty() const { return !d->stack->isClean(); }

QString TemplateEditor::title() const
{
    const QString name = d->doc.value(QStringLiteral("name")).toString();
    const QString language = d->doc.value(QStringLiteral("language")).toString();
    if (name.isEmpty())
        return language.isEmpty() ? tr("New template") : tr("New template · %1").arg(language);
    return language.isEmpty() ? name : tr("%1 · %2").arg(name, language);
}

QString TemplateEditor::draftKey() const { return d->key; }
bool TemplateEditor::isExisting() const { return d->existing; }
QJsonObject TemplateEditor::serverTemplate() const { return d->server; }
bool TemplateEditor::canCompare() const { return d->canCompare(); }
bool TemplateEditor::isComparing() const { return d->comparing; }
WhatsappPreviewWidget *TemplateEditor::preview() const { return d->preview; }
WhatsappPreviewWidget *TemplateEditor::approvedPreview() const { return d->approvedPreview; }
PreviewOverlay *TemplateEditor::previewOverlay() const { return d->overlay; }
PreviewOverlay *TemplateEditor::approvedOverlay() const { return d->approvedOverlay; }

QList<JsonChange> TemplateEditor::changesFromApproved() const
{
    return d->comparing ? d->changeList->changes() : QList<JsonChange>();
}

void TemplateEditor::setComparing(bool on)
{
    if (on && !d->canCompare())
        on = false;
    if (on != d->compareButton->isChecked()) {
        const QSignalBlocker block(d->compareButton);
        d->compareButton->setChecked(on);
    }
    if (on == d->comparing)
        return;
    d->comparing = on;
    for (QWidget *w : std::as_const(d->compareWidgets))
        w->setVisible(on);
    d->previewGrid->setColumnStretch(0, on ? 1 : 0);
    if (on) {
        // The previews' column widens into the form's for the second preview.
        d->sizesBeforeCompare = d->columns->sizes();
        QList<int> sizes = d->sizesBeforeCompare;
        if (sizes.size() == 3) {
            const int take = qMax(0, qMin(sizes.at(2), sizes.at(1) - d->formArea->minimumWidth()));
            sizes[1] -= take;
            sizes[2] += take;
            d->columns->setSizes(sizes);
        }
        d->updateCompare();
    } else {
        if (!d->sizesBeforeCompare.isEmpty())
            d->columns->setSizes(d->sizesBeforeCompare);
        d->approvedOverlay->setMarkedPaths({});
        d->overlay->setMarkedPaths({});
        d->changeList->setChanges({});
    }
    d->syncPreview(true);
}
QList<rules::Finding> TemplateEditor::findings() const { return d->findings; }
QTimer *TemplateEditor::autosaveTimer() const { return d->autosave; }
QString TemplateEditor::messageText() const { return d->bar->isVisibleTo(this) ? d->bar->text() : QString(); }
bool TemplateEditor::isBusy() const { return d->job; }
bool TemplateEditor::isInReview() const { return d->inReview(); }
void TemplateEditor::checkReview() { d->checkReview(); }
QString TemplateEditor::currentPart() const { return d->part; }

void TemplateEditor::requestClose(std::function<void(bool)> done)
{
    if (!isDirty() && !d->job) {
        done(true);
        return;
    }
    if (!d->ctx.messageBox) {
        d->writeDraft(); // nobody to ask: keep the edit locally and close
        done(true);
        return;
    }
    MessageBox::Prompt prompt;
    prompt.kind = MessageBox::Kind::Question;
    prompt.title = tr("Close template");
    prompt.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Save;
    // In review the server takes no edits now: they are kept here instead, offered back
    // when the template opens again.
    const bool keepLocally = d->inReview() && !d->job;
    if (keepLocally) {
        prompt.text = tr("The changes to %1 are in review, so the server takes no edits now. Keep your edits as a "
                         "local draft?").arg(title());
        prompt.informativeText = tr("A kept draft is offered when you open this template again. Discard throws the "
                                    "edits away.");
        prompt.acceptText = tr("Keep local draft");
    } else {
        prompt.text = tr("Save the changes to %1 as a draft on the server before closing?").arg(title());
        prompt.informativeText = tr("Discard throws the changes away, also the local copy.");
    }
    d->ctx.messageBox->ask(this, prompt, this, [this, done, keepLocally](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Save && keepLocally) {
            d->writeDraft();
            done(true);
        } else if (answer == QMessageBox::Save) {
            d->afterSave = done;
            saveDraft();
        } else if (answer == QMessageBox::Discard) {
            d->discarded = true;
            if (d->ctx.drafts)
                d->ctx.drafts->remove(d->key);
            done(true);
        } else {
            done(false);
        }
    });
}

void TemplateEditor::selectPart(const QString &part)
{
    const QModelIndex idx = d->outline->indexForPart(part);
    if (!idx.isValid())
        return;
    d->tree->setCurrentIndex(idx);
    if (d->part != part) {
        d->part = part;
        d->buildForm();
    }
}

void TemplateEditor::goToPath(const QString &path)
{
    selectPart(OutlineModel::partForPath(d->json(), path));
    if (QWidget *w = d->binder->widgetFor(path)) {
        d->formArea->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void TemplateEditor::setValue(const QString &path, const QJsonValue &value, bool typing)
{
    d->onEdited(path, value, typing);
}

void TemplateEditor::endTyping()
{
    ++d->session;
}

int TemplateEditor::addButton(const QString &type)
{
    endTyping();
    const QJsonObject button = newButton(type);
    const QString list = d->buttonsPath();
    if (list.isEmpty()) {
        d->insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), QJsonArray{button}}},
                           tr("Add button"));
        return 0;
    }
    // Quick replies stay together: a new one goes after the last quick reply.
    const QJsonArray buttons = d->doc.value(list).toArray();
    int at = int(buttons.size());
    if (type == QLatin1String("QUICK_REPLY")) {
        for (int i = int(buttons.size()) - 1; i >= 0; --i) {
            if (buttons.at(i).toObject().value(QLatin1String("type")).toString() == QLatin1String("QUICK_REPLY")) {
                at = i + 1;
                break;
            }
        }
    }
    d->push(new InsertCommand(&d->doc, list, at, button, tr("Add %1 button").arg(buttonKindName(type))));
    return at;
}

void TemplateEditor::removeButton(int index)
{
    endTyping();
    if (index < 0 || index >= d->buttonCount())
        return;
    if (d->buttonCount() == 1)
        d->push(new RemoveCommand(&d->doc, kComponents, d->doc.componentIndex(QStringLiteral("BUTTONS")), tr("Remove button")));
    else
        d->push(new RemoveCommand(&d->doc, d->buttonsPath(), index, tr("Remove button")));
}

void TemplateEditor::moveButton(int from, int to)
{
    endTyping();
    const int count = d->buttonCount();
    if (from < 0 || to < 0 || from >= count || to >= count || from == to)
        return;
    d->part = QStringLiteral("buttons/%1").arg(to);
    d->push(new MoveCommand(&d->doc, d->buttonsPath(), from, to, tr("Move button")));
}

int TemplateEditor::addCard()
{
    endTyping();
    if (d->componentPath(QStringLiteral("CAROUSEL")).isEmpty()) {
        d->insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("CAROUSEL")},
                                       {QStringLiteral("cards"), QJsonArray{defaultCard()}}},
                           tr("Add carousel"));
        return 0;
    }
    const int count = d->cardCount();
    const QJsonObject like = count ? TemplateDocument::emptyCardLike(d->doc.value(d->cardsPath() + QStringLiteral(".0")).toObject())
                                   : defaultCard();
    d->push(new InsertCommand(&d->doc, d->cardsPath(), count, like, tr("Add card")));
    return count;
}

int TemplateEditor::duplicateCard(int index)
{
    endTyping();
    if (index < 0 || index >= d->cardCount())
        return -1;
    d->push(new InsertCommand(&d->doc, d->cardsPath(), index + 1, d->doc.value(child(d->cardsPath(), index)), tr("Duplicate card")));
    return index + 1;
}

void TemplateEditor::removeCard(int index)
{
    endTyping();
    if (index < 0 || index >= d->cardCount())
        return;
    d->push(new RemoveCommand(&d->doc, d->cardsPath(), index, tr("Remove card")));
}

void TemplateEditor::moveCard(int from, int to)
{
    endTyping();
    const int count = d->cardCount();
    if (from < 0 || to < 0 || from >= count || to >= count || from == to)
        return;
    d->part = QStringLiteral("carousel/%1").arg(to);
    d->push(new MoveCommand(&d->doc, d->cardsPath(), from, to, tr("Move card")));
}

void TemplateEditor::applyCardStructure(int sourceCard)
{
    endTyping();
    const QString carousel = d->componentPath(QStringLiteral("CAROUSEL"));
    if (carousel.isEmpty())
        return;
    auto *command = new ApplyCardStructureCommand(&d->doc, carousel, sourceCard, tr("Apply card structure"));
    if (command->isObsolete()) {
        delete command;
        return;
    }
    d->push(command);
}

bool TemplateEditor::cardStructuresDiffer() const
{
    const QJsonArray cards = d->doc.value(d->cardsPath()).toArray();
    for (int i = 1; i < cards.size(); ++i)
        if (TemplateDocument::cardStructure(cards.at(i).toObject()) != TemplateDocument::cardStructure(cards.at(0).toObject()))
            return true;
    return false;
}

int TemplateEditor::insertVariable(const QString &componentType, int cursorPos)
{
    endTyping();
    const QString path = d->componentPath(componentType);
    if (path.isEmpty())
        return 0;
    int n = 0;
    const QJsonObject updated = TemplateDocument::withVariableInserted(d->doc.value(path).toObject(), cursorPos, &n);
    d->push(new SetValueCommand(&d->doc, path, updated, -1, tr("Insert variable {{%1}}").arg(n)));
    return n;
}

void TemplateEditor::setHeaderFormat(const QString &format)
{
    endTyping();
    const QString hp = d->componentPath(QStringLiteral("HEADER"));
    if (format.isEmpty()) {
        if (!hp.isEmpty())
            d->push(new RemoveCommand(&d->doc, kComponents, d->doc.componentIndex(QStringLiteral("HEADER")), tr("Remove header")));
        return;
    }
    QJsonObject header = d->doc.value(hp).toObject();
    if (!hp.isEmpty() && header.value(QLatin1String("format")).toString() == format)
        return;
    header.insert(QStringLiteral("type"), QStringLiteral("HEADER"));
    header.insert(QStringLiteral("format"), format);
    header.remove(QStringLiteral("text"));
    header.remove(QStringLiteral("example"));
    if (format == QLatin1String("TEXT"))
        header.insert(QStringLiteral("text"), QString());
    else if (format != QLatin1String("LOCATION"))
        header.insert(QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QString()}});
    if (hp.isEmpty())
        d->insertComponent(header, tr("Add header"));
    else
        d->push(new SetValueCommand(&d->doc, hp, header, -1, tr("Change header")));
}

void TemplateEditor::saveDraft()
{
    endTyping();
    d->send(false);
}

void TemplateEditor::submit()
{
    endTyping();
    d->send(true);
}

void TemplateEditor::importJson(const QString &file)
{
    QFile f(file);
    const QString name = QFileInfo(file).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        d->bar->showMessage(MessageBar::Level::Error, tr("Cannot open %1: %2").arg(name, f.errorString()));
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        d->bar->showMessage(MessageBar::Level::Error,
                            tr("%1 is not valid JSON: %2 at character %3.").arg(name, error.errorString()).arg(error.offset));
        return;
    }
    if (!json.isObject()) {
        d->bar->showMessage(MessageBar::Level::Error, tr("%1 holds no template: expected one JSON object.").arg(name));
        return;
    }
    const QJsonObject o = json.object();
    if (!o.contains(QLatin1String("name")) && !o.contains(QLatin1String("details"))) {
        d->bar->showMessage(MessageBar::Level::Error,
                            tr("%1 does not look like a WhatsApp template: it has neither \"name\" nor \"details\".").arg(name));
        return;
    }
    if (o.contains(QLatin1String("details")) && !o.value(QLatin1String("details")).toObject().value(QLatin1String("components")).isArray()
        && o.value(QLatin1String("details")).toObject().contains(QLatin1String("components"))) {
        d->bar->showMessage(MessageBar::Level::Error, tr("%1: \"details.components\" must be a list.").arg(name));
        return;
    }
    QJsonObject imported = o;
    QString kept;
    if (d->existing) {
        // A template on the server keeps its name and language; the import edits its content.
        const bool other = (o.contains(QLatin1String("name")) && o.value(QLatin1String("name")).toString() != d->originalName)
            || (o.contains(QLatin1String("language")) && o.value(QLatin1String("language")).toString() != d->originalLanguage);
        imported.insert(QStringLiteral("name"), d->originalName);
        imported.insert(QStringLiteral("language"), d->originalLanguage);
        if (other)
            kept = QLatin1Char(' ') + tr("The name and language stay %1 · %2: a template on the server keeps them.")
                                          .arg(d->originalName, d->originalLanguage);
    }
    setDocument(imported);
    d->bar->showMessage(MessageBar::Level::Info,
                        tr("Imported %1. Undo (Ctrl+Z) brings the previous version back.").arg(name) + kept);
}

void TemplateEditor::exportJson(const QString &file) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(d->json()).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        d->bar->showMessage(MessageBar::Level::Error,
                            tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
        return;
    }
    d->bar->showMessage(MessageBar::Level::Info, tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace sinch::ui
