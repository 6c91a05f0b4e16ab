#include "solutionspage.h"

#include "pagetoolbar.h"
#include "whatsappwords.h"
#include "domain/enumtext.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "editing/simpleformeditor.h"
#include "icons.h"
#include "messagebar.h"
#include "messagebox.h"
#include "models/resourcelistmodel.h"
#include "rules/whatsappsolutionrules.h"
#include "services/whatsappsolutionservice.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

QString str(const QJsonObject &o, const char *path)
{
    return ResourceListModel::displayText(ResourceListModel::valueAt(o, QLatin1String(path)));
}

QString nameOf(const QJsonObject &solution)
{
    return str(solution, "details.name");
}

} // namespace

SolutionsPage::SolutionsPage(const Area &area, ApiClient *client, MessageBox *box, QWidget *parent)
    : AreaListPage(area, client, new QWidget, parent)
    , m_box(box)
    , m_toolBar(new QToolBar(this))
    , m_notice(new MessageBar)
    , m_detail(new QStackedWidget)
    , m_placeholder(new QLabel(tr("Choose a solution to see it, or create one (Ctrl+N).")))
    , m_form(new QWidget)
{

    m_new = new QAction(Icons::get(QStringLiteral("add")), tr("&New solution…"), this);
    m_new->setObjectName(QStringLiteral("solutions.new"));
    m_new->setToolTip(tr("Add a partner's solution with its Embedded Signup token (Ctrl+N)"));
    PageToolBar::makeNewAction(m_new);
    addAction(m_new);
    connect(m_new, &QAction::triggered, this, &SolutionsPage::newSolution);
    m_assign = new QAction(Icons::get(QStringLiteral("approved")), tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("solutions.assign"));
    addAction(m_assign);
    connect(m_assign, &QAction::triggered, this, &SolutionsPage::assignCurrent);
    m_toolBar->setObjectName(QStringLiteral("solutionsToolBar"));
    m_toolBar->setAccessibleName(tr("Solution actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_new, m_assign});
    m_toolBar->widgetForAction(m_new)->setAccessibleName(tr("New solution"));
    m_toolBar->widgetForAction(m_assign)->setAccessibleName(tr("Assign solution"));
    filterRow()->insertWidget(0, m_toolBar);

    m_notice->setObjectName(QStringLiteral("solutionNotice"));
    m_notice->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    for (const QString &label : {tr("Name"), tr("ID"), tr("Partner app"), tr("Owner app"), tr("Assigned")}) {
        auto *value = new QLabel;
        value->setObjectName(label);
        value->setAccessibleName(label);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        form->addRow(label + QLatin1Char(':'), value);
    }
    m_detail->addWidget(m_placeholder);
    m_detail->addWidget(m_form);
    auto *detail = new QVBoxLayout(splitter()->widget(1));
    detail->setContentsMargins(8, 0, 0, 0);
    detail->addWidget(m_notice);
    detail->addWidget(m_detail, 1);

    connect(view(), &QTreeView::activated, this, &SolutionsPage::assignCurrent);
    updateActions();
}

SolutionsPage::~SolutionsPage()
{
    for (ApiJob *job : {m_job.data(), m_read.data()})
        if (job)
            job->cancel();
}

PagedListModel *SolutionsPage::createModel(const QString &projectKey)
{
    PagedListModel *model = AreaListPage::createModel(projectKey);
    const auto selectPending = [this] {
        if (!m_selectAfterRefresh.isEmpty() && selectId(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
    };
    if (model) {
        connect(model, &PagedListModel::refreshed, this, selectPending);
        connect(model, &PagedListModel::pageLoaded, this, selectPending);
    }
    return model;
}

void SolutionsPage::modelChanged()
{
    // Another project: a form begun for the last one is dropped (nothing was sent yet).
    closeEditor();
    m_notice->hide();
    currentChanged(currentItem());
}

SimpleFormEditor *SolutionsPage::editor() const
{
    return m_editor;
}

QString SolutionsPage::detailValue(const QString &label) const
{
    const auto *value = m_form->findChild<QLabel *>(label);
    return value ? value->text() : QString();
}

void SolutionsPage::updateActions()
{
    const QJsonObject current = currentItem();
    const bool assigned = current.value(QLatin1String("assigned")).toBool();
    m_assign->setEnabled(!current.isEmpty() && !assigned && !m_job && !m_editor);
    m_assign->setToolTip(current.isEmpty() ? tr("Choose a solution first")
                         : assigned        ? tr("This solution is assigned to the project already")
                         : m_editor        ? tr("Finish or cancel the new solution first")
                                           : tr("Assign the selected solution to this project"));
    m_new->setEnabled(!projectKey().isEmpty() && !m_job && !m_editor);
}

void SolutionsPage::currentChanged(const QJsonObject &solution)
{
    updateActions();
    if (m_editor)
        return;
    const QString id = solution.value(QLatin1String("id")).toString();
    if (!m_noticeFor.isEmpty() && m_noticeFor != id && !id.isEmpty()) {
        m_noticeFor.clear();
        m_notice->dismiss();
    }
    if (id.isEmpty()) {
        m_detail->setCurrentWidget(m_placeholder);
        return;
    }
    showSolution(solution);
    // The list's copy may be old: the solution itself is read when it is chosen.
    if (m_read) {
        m_read->disconnect(this);
        m_read->cancel();
    }
    m_read = WhatsappSolutionService(client(), projectKey()).get(id);
    connect(m_read, &ApiJob::finished, this, [this, id](const ApiResult &result) {
        m_read = nullptr;
        if (result.ok() && !m_editor && currentItem().value(QLatin1String("id")).toString() == id)
            showSolution(result.json.object());
    });
}

void SolutionsPage::showSolution(const QJsonObject &solution)
{
    const auto set = [this](const QString &label, const QString &text) {
        if (auto *value = m_form->findChild<QLabel *>(label))
            value->setText(text);
    };
    set(tr("Name"), nameOf(solution));
    set(tr("ID"), str(solution, "id"));
    const auto app = [](const QJsonObject &o) {
        return o.isEmpty() ? QString()
                           : tr("%1 (Meta app %2)").arg(str(o, "name"), str(o, "id"));
    };
    set(tr("Partner app"), app(solution.value(QLatin1String("partnerApp")).toObject()));
    set(tr("Owner app"), app(solution.value(QLatin1String("ownerApp")).toObject()));
    set(tr("Assigned"), solution.value(QLatin1String("assigned")).toBool()
                            ? tr("Yes: this project onboards through the solution's Embedded Signup")
                            : EnumText::yesNo(false));
    m_detail->setCurrentWidget(m_form);
}

void SolutionsPage::newSolution()
{
    if (m_editor || projectKey().isEmpty())
        return;
    QList<QPair<QString, QJsonValue>> managers{{tr("Choose…"), QString()}};
    for (const QString &bm : rules::WhatsappSolutionRules::businessManagers())
        managers.append({WhatsappWords::businessManager(bm), bm});
    const QList<SimpleField> fields{
        {QStringLiteral("name"), tr("&Name:"), tr("Solution name"), tr("As the partner calls it"), {}, false, QString()},
        {QStringLiteral("accessToken"), tr("Access &token:"), tr("Access token"), tr("Paste the token"), {}, true,
         tr("The accessToken of the authResponse Meta returns when the partner's Embedded Signup completes. It is sent "
            "once and kept nowhere by the console.")},
        {QStringLiteral("businessManager"), tr("Business &manager:"), tr("Business manager"), QString(), managers, false,
         QString()}};
    const QJsonObject doc{{QStringLiteral("name"), QString()}, {QStringLiteral("accessToken"), QString()},
                          {QStringLiteral("businessManager"), QString()}};
    m_editor = new SimpleFormEditor(tr("New solution"), fields, doc, &rules::WhatsappSolutionRules::check);
    m_editor->setObjectName(QStringLiteral("solutionEditor"));
    m_editor->setSaveText(tr("Create solution"), tr("Add the solution to this project (Ctrl+S)"));
    m_detail->addWidget(m_editor);
    m_detail->setCurrentWidget(m_editor);
    connect(m_editor, &SimpleFormEditor::saveRequested, this, &SolutionsPage::send);
    connect(m_editor, &SimpleFormEditor::busyChanged, this, &SolutionsPage::updateActions);
    connect(m_editor, &SimpleFormEditor::cancelRequested, this, [this] {
        closeEditor();
        currentChanged(currentItem());
    });
    m_notice->hide();
    updateActions();
    m_editor->focusFirstField();
}

void SolutionsPage::closeEditor()
{
    if (!m_editor)
        return;
    // Possibly inside the editor's own signal: hidden now, deleted by the event loop.
    m_editor->hide();
    m_detail->removeWidget(m_editor);
    m_editor->deleteLater();
    m_editor = nullptr;
    updateActions();
}

void SolutionsPage::send(const QJsonObject &document)
{
    if (!m_editor || m_editor->isBusy())
        return;
    QSet<QString> known;
    for (int row = 0; model() && row < model()->rowCount(); ++row)
        known.insert(model()->keyOf(row));
    const QString name = document.value(QLatin1String("name")).toString().trimmed();
    ApiJob *job = WhatsappSolutionService(client(), projectKey())
                      .create(name, document.value(QLatin1String("accessToken")).toString().trimmed(),
                              document.value(QLatin1String("businessManager")).toString());
    m_editor->track(job, tr("Creating the solution…"), [this, known, name](const ApiResult &result) {
        // The answer lists every solution: the new one is the one the list did not have.
        for (const QJsonValue &v : result.json.object().value(QLatin1String("solutions")).toArray()) {
            const QString id = v.toObject().value(QLatin1String("id")).toString();
            if (!known.contains(id) && nameOf(v.toObject()) == name)
                m_selectAfterRefresh = m_noticeFor = id;
        }
        closeEditor();
        m_notice->showMessage(MessageBar::Level::Info, tr("Solution “%1” created. Assign it to onboard this project "
                                                          "through its Embedded Signup.").arg(name));
        refresh();
    });
}

void SolutionsPage::assignCurrent()
{
    const QJsonObject solution = currentItem();
    const QString id = solution.value(QLatin1String("id")).toString();
    if (id.isEmpty() || m_job || m_editor || solution.value(QLatin1String("assigned")).toBool())
        return;
    const QString partner = str(solution, "partnerApp.name");
    m_box->confirm(this, tr("Assign solution"),
                   tr("Assign “%1” to this project?\n\nThe project is then onboarded through the solution's Embedded "
                      "Signup: %2 can create and manage this project's WhatsApp account and senders with Sinch.")
                       .arg(nameOf(solution), partner.isEmpty() ? tr("the partner") : partner),
                   tr("Assign"), this, [this, id, solution] {
                       m_job = WhatsappSolutionService(client(), projectKey()).assign(id);
                       updateActions();
                       connect(m_job, &ApiJob::finished, this, [this, id, solution](const ApiResult &result) {
                           m_job = nullptr;
                           if (result.error.isCancelled())
                               return;
                           if (result.ok()) {
                               m_notice->showMessage(MessageBar::Level::Info,
                                                     tr("“%1” is assigned to this project.").arg(nameOf(solution)));
                               m_selectAfterRefresh = m_noticeFor = id;
                               refresh();
                           } else {
                               m_notice->showError(result.error);
                           }
                           updateActions();
                       });
                   });
}

} // namespace sinch::ui
