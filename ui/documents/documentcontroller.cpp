#include "documentcontroller.h"

#include "conversation/sendtestdialog.h"

#include "messagebox.h"
#include "templates/list/templatespage.h"
#include "domain/templatedocument.h"
#include "projects/projectmanager.h"
#include "api/apijob.h"
#include "services/templatecatalog.h"
#include "services/whatsapptemplateservice.h"
#include "storage/draftstore.h"
#include "templates/list/documenttab.h"
#include "templates/list/editordocumenttab.h"
#include "templates/list/templateviewtab.h"

#include <QLocale>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QUuid>

namespace sinch::ui {

DocumentController::DocumentController(QTabWidget *tabs, const Services &services, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_services(services)
{
    m_factory = editorFactory();
    // The tabs are the documents': closable and movable, each close asked of its document.
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setAccessibleName(tr("Documents"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setAccessibleName(tr("Document tabs"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->widget(index)))
            close(doc);
    });
}

void DocumentController::setAreaPage(QWidget *page, const QString &title)
{
    m_tabs->insertTab(0, page, title);
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
}

DocumentController::~DocumentController() = default;

DocumentController::Factory DocumentController::editorFactory()
{
    return [this](const QString &key, const QJsonObject &document, const QJsonObject &serverTemplate, QWidget *parent) -> DocumentTab * {
        TemplateCatalog *templates = catalog(key);
        templates->load(); // a new template's rules need the project's names
        TemplateEditor::Context context{m_services.client, key, m_services.drafts, m_services.messageBox};
        context.projectTemplates = [templates] { return templates->projectTemplates(); };
        context.sendTest = [this, key](QWidget *editor, const QJsonObject &server, const QJsonObject &document) {
            openSendTest(key, editor, server, document);
        };
        auto *tab = new EditorDocumentTab(context, document, serverTemplate, parent);
        connect(templates, &TemplateCatalog::changed, tab->editor(), &TemplateEditor::revalidate);
        connect(tab, &EditorDocumentTab::saved, this, [this, key, templates](const QJsonObject &server) {
            templates->recordSaved(server);
            emit templateSaved(key, server);
        });
        return tab;
    };
}

void DocumentController::openSendTest(const QString &projectKey, QWidget *editor, const QJsonObject &serverTemplate,
                                      const QJsonObject &document)
{
    // The approved version is what is sent; its variables take the editor's examples.
    SendTestDialog::Subject subject;
    subject.channel = QStringLiteral("WHATSAPP");
    subject.templateId = serverTemplate.value(QLatin1String("name")).toString();
    subject.language = serverTemplate.value(QLatin1String("language")).toString();
    subject.title = tr("%1 · %2").arg(subject.templateId, subject.language);
    subject.parameters = TestMessage::whatsappParameters(serverTemplate.value(QLatin1String("details")).toObject());
    for (const TestMessage::Parameter &edited : TestMessage::whatsappParameters(document.value(QLatin1String("details")).toObject()))
        for (TestMessage::Parameter &p : subject.parameters)
            if (p.key == edited.key && !edited.example.isEmpty())
                p.example = edited.example;
    auto *dialog = new SendTestDialog({m_services.client, projectKey, m_services.messageBox, m_services.projects}, subject, editor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DocumentController::setFactory(Factory factory)
{
    m_factory = std::move(factory);
    emit factoryChanged();
}

TemplateCatalog *DocumentController::catalog(const QString &projectKey)
{
    TemplateCatalog *&c = m_catalogs[projectKey];
    if (!c)
        c = new TemplateCatalog(m_services.client, projectKey, m_services.deletedLog, this);
    return c;
}

rules::ProjectTemplates DocumentController::projectTemplates(const QString &projectKey)
{
    return catalog(projectKey)->projectTemplates();
}

QList<DocumentTab *> DocumentController::documents() const
{
    QList<DocumentTab *> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *doc = qobject_cast<DocumentTab *>(m_tabs->widget(i)))
            out << doc;
    return out;
}

DocumentTab *DocumentController::open(DocumentTab *tab)
{
    if (!tab)
        return nullptr;
    for (DocumentTab *doc : documents()) {
        if (doc != tab && doc->documentKey() == tab->documentKey()) {
            delete tab;
            m_tabs->setCurrentWidget(doc);
            doc->setFocus(Qt::OtherFocusReason);
            return doc;
        }
    }
    const int index = m_tabs->addTab(tab, tab->title());
    updateTabTitle(tab);
    connect(tab, &DocumentTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &DocumentTab::dirtyChanged, this, [this, tab] { updateTabTitle(tab); });
    m_tabs->setCurrentIndex(index);
    // The keyboard goes where the user's next keys belong: into the document opened.
    tab->setFocus(Qt::OtherFocusReason);
    return tab;
}

void DocumentController::updateTabTitle(DocumentTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    // A long name (up to 512 characters) would push the other tabs away: shortened in its
    // middle (a name's end tells versions apart), whole in the tooltip.
    const QString shown = m_tabs->tabBar()->fontMetrics().elidedText(tab->title(), Qt::ElideMiddle, 320);
    m_tabs->setTabText(index, tab->isDirty() ? shown + QStringLiteral(" *") : shown);
    m_tabs->setTabToolTip(index, tab->isDirty() ? tr("%1 (unsaved changes)").arg(tab->title()) : tab->title());
}

DocumentTab *DocumentController::openTemplate(const QString &projectKey, const QJsonObject &serverTemplate)
{
    if (projectKey.isEmpty())
        return nullptr;
    return open(m_factory ? m_factory(projectKey, TemplateDocument::fromServerTemplate(serverTemplate), serverTemplate, m_tabs)
                   : new TemplateViewTab(projectKey, serverTemplate, m_tabs));
}

void DocumentController::newTemplate(const QString &projectKey)
{
    if (!m_factory || projectKey.isEmpty())
        return;
    // A new template starts with its name: the keys typed next go there.
    if (DocumentTab *tab = open(m_factory(projectKey, TemplateDocument::newTemplate(), QJsonObject(), m_tabs)))
        tab->focusFirstField();
}

void DocumentController::openTemplateByName(const QString &projectKey, const QString &name, const QString &language,
                                            bool activity)
{
    ApiJob *job = WhatsappTemplateService(m_services.client, projectKey).get(name, language);
    connect(job, &ApiJob::finished, this, [this, projectKey, activity](const ApiResult &r) {
        if (r.ok()) {
            DocumentTab *tab = openTemplate(projectKey, r.json.object());
            if (tab && activity)
                tab->showActivity();
        } else if (!r.error.isCancelled())
            emit failed(r.error);
    });
}

void DocumentController::close(DocumentTab *tab, std::function<void(bool)> done)
{
    QPointer<DocumentTab> guard(tab);
    tab->requestClose(m_services.messageBox, [this, guard, done](bool ok) {
        if (ok && guard) {
            m_tabs->removeTab(m_tabs->indexOf(guard));
            guard->deleteLater();
        }
        if (done)
            done(ok);
    });
}

bool DocumentController::mayQuit(QWidget *parent, std::function<void()> close)
{
    QStringList unsaved;
    for (DocumentTab *d : documents())
        if (d->isDirty())
            unsaved << QStringLiteral("• ") + d->title();
    if (unsaved.isEmpty() || !m_services.messageBox)
        return true;
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Quit");
    p.text = tr("%n document(s) have unsaved changes.", nullptr, int(unsaved.size()));
    p.informativeText = tr("They are kept as drafts, and the console offers them back when it starts again.") + QStringLiteral("\n\n")
        + unsaved.join(QLatin1Char('\n'));
    p.buttons = QMessageBox::Save | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Save;
    p.acceptText = tr("Keep drafts and quit");
    m_services.messageBox->ask(parent, p, this, [this, close](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Save)
            QMetaObject::invokeMethod(this, close, Qt::QueuedConnection);
    });
    return false;
}

void DocumentController::offerDrafts(QWidget *parent)
{
    if (!m_services.drafts || !m_factory || !m_services.messageBox)
        return;
    // The WhatsApp template tabs' drafts; other editors (KakaoTalk templates) take up their own.
    QList<DraftStore::Draft> drafts = m_services.drafts->all();
    drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                                [](const DraftStore::Draft &d) {
                                    return !d.kind.isEmpty() && d.kind != QLatin1String("whatsapp-template");
                                }),
                 drafts.end());
    if (drafts.isEmpty())
        return;
    QStringList titles;
    for (const DraftStore::Draft &d : drafts)
        titles << QStringLiteral("• %1 (%2)").arg(d.title, QLocale().toString(d.savedAt.toLocalTime(), QLocale::ShortFormat));
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Restore drafts");
    p.text = tr("%n document(s) had unsaved changes when the console last closed. Open them again?", nullptr, int(drafts.size()));
    p.informativeText = titles.join(QLatin1Char('\n'));
    p.buttons = QMessageBox::Yes | QMessageBox::No;
    p.defaultButton = QMessageBox::Yes;
    p.acceptText = tr("Restore");
    m_services.messageBox->ask(parent, p, this, [this, drafts](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Yes || !m_factory)
            return; // the drafts stay on disk, offered again next time
        for (const DraftStore::Draft &d : drafts) {
            const QUuid project(d.projectKey);
            const QString key = project.isNull() ? d.projectKey : ProjectManager::keyFor(project);
            // The tab opens on what the server has (or a blank template) and the draft comes
            // back as one undoable edit: the tab says it holds unsaved changes.
            const QJsonObject base = d.original.isEmpty() ? TemplateDocument::newTemplate()
                                                          : TemplateDocument::fromServerTemplate(d.original);
            DocumentTab *tab = m_factory(key, base, d.original, m_tabs);
            tab->restoreDraft(d.key, d.document);
            open(tab);
        }
    });
}

void DocumentController::templateDeleted(const QString &projectKey, const QString &name, const QString &language, bool deleteSubmitted)
{
    catalog(projectKey)->recordDeleted(name, language, deleteSubmitted);
    if (!deleteSubmitted && !language.isEmpty())
        return; // only pending changes went: the template is still there
    const QString prefix = QStringLiteral("%1/whatsapp/%2/").arg(projectKey, name);
    for (DocumentTab *doc : documents()) {
        if (qobject_cast<TemplateViewTab *>(doc) && doc->documentKey().startsWith(prefix)
            && (language.isEmpty() || doc->documentKey() == prefix + language))
            close(doc);
    }
}

void DocumentController::attach(TemplatesPage *templates)
{
    templates->setCanCreate(canCreate());
    connect(this, &DocumentController::factoryChanged, templates, [this, templates] { templates->setCanCreate(canCreate()); });
    // A save shows in its row at once, before the list is read again.
    connect(this, &DocumentController::templateSaved, templates, &TemplatesPage::showSaved);
    connect(templates, &TemplatesPage::openRequested, this,
            [this, templates](const QJsonObject &t) { openTemplate(templates->projectKey(), t); });
    connect(templates, &TemplatesPage::newRequested, this, [this, templates] {
        if (!templates->projectKey().isEmpty())
            newTemplate(templates->projectKey());
    });
    connect(templates, &TemplatesPage::deleted, this,
            [this, templates](const QString &name, const QString &language, bool deleteSubmitted) {
                templateDeleted(templates->projectKey(), name, language, deleteSubmitted);
            });
}

} // namespace sinch::ui
