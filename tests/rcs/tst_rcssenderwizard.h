// The RCS sender wizard (tst_rcssenderwizard) driven as a person drives it, on the RCS senders
// page against the sandbox. One suite in two files: tst_rcssenderwizard.cpp a new sender (New,
// Next refused with its reason until a step is complete, the brand typed key by key with the
// preview following, a country checked with Space, a test number, Finish; the brand's images
// checked; an unfinished wizard kept as a draft and offered back), tst_rcssenderwizard_existing.cpp
// the senders the server has (launch tabs, an edit with the basics read-only, answers and a
// country removed, a launched sender's locked brand, activity and comments, the masked token).
#pragma once

#include "shownpage.h"
#include "guidriver.h"
#include "pageactions.h"
#include "activity/activityfeedview.h"
#include "models/activityfeedmodel.h"
#include "domain/activity.h"
#include "models/resourcelistmodel.h"
#include "rcs/preview/rcsbrandpreviewwidget.h"
#include "rcs/testnumbers/rcstestnumberspanel.h"
#include "rcs/launch/rcslaunchpanel.h"
#include "rcs/senders/rcssenderdetail.h"
#include "rcs/senders/rcssenderspage.h"
#include "rcs/questionnaire/rcsquestionnaireform.h"
#include "rcs/questionnaire/rcsquestionnairesection.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "sandboxhttpclient.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "services/rcssenderservice.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include "api/apijob.h"
#include "api/apirequest.h"

#include <QAction>
#include <QBuffer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QRandomGenerator>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace rcswizardtest {

inline QString countryRow(const QString &code)
{
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(QLocale::codeToTerritory(code)), code);
}

inline QString brandNameOf(const QJsonObject &doc)
{
    return doc.value("details").toObject().value("brand").toObject().value("name").toString();
}

} // namespace rcswizardtest

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;
using sinch::ui::RcsSenderWizard;
using namespace rcswizardtest;

class TstRcsSenderWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_fx;
    std::unique_ptr<ui::ScriptedMessageBox> m_box;
    std::unique_ptr<ui::RcsSendersPage> m_page;
    QTemporaryDir m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;

    bool clickAction(const char *name) { return test::clickToolBarAction(m_page.get(), m_page->toolBar(), name); }

    RcsSenderWizard *openNew()
    {
        // Back in the page's window, as a person clicks into it after a dialog closed.
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        m_page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        if (!QTest::qWaitFor([this] { return m_page->wizard() && m_page->wizard()->isVisible(); }, 5000))
            return nullptr;
        return m_page->wizard();
    }

    RcsSenderWizard *openExisting(const QString &brand)
    {
        if (!GuiDriver(m_page.get()).clickRow(m_page->view(), brand))
            return nullptr;
        if (!QTest::qWaitFor([&] { return brandNameOf(m_page->senderDetail()->sender()) == brand; }, 5000))
            return nullptr;
        if (!clickAction("rcsSenders.edit"))
            return nullptr;
        if (!QTest::qWaitFor([this] { return m_page->wizard() && m_page->wizard()->isVisible(); }, 5000))
            return nullptr;
        return m_page->wizard();
    }

    QJsonObject senderNamed(const QString &name)
    {
        RcsSenderService service(m_fx->client.get(), m_fx->projectKey);
        const QJsonArray found = test::finished(service.list(name)).json.object().value("senders").toArray();
        return found.size() == 1 ? found.first().toObject() : QJsonObject();
    }

    // Region, billing category and use case chosen in their combo boxes' popups.
    static bool fillBasics(GuiDriver &wizard)
    {
        return wizard.choose(QStringLiteral("Region"), QStringLiteral("EU"))
               && wizard.choose(QStringLiteral("Billing category"), QStringLiteral("Conversational"))
               && wizard.choose(QStringLiteral("Use case"), QStringLiteral("Transactional"));
    }

private slots:
    void init();
    void cleanup();
    void createThroughEveryStep();
    void brandImagesAreFetchedAndChecked();
    void anUnfinishedWizardComesBack();
    void launchTabsFollowTheSenderAndOpenTheWizard();
    void editAnExistingSender();
    void clearedAnswersAndARemovedCountryAreDeleted();
    void aLaunchedSenderKeepsItsBrand();
    void sendersAndTheAccountHaveActivityAndComments();
    void theTokenIsMaskedUntilRevealed();
    void aBrandWithoutDescriptionReadsWhole();
};
