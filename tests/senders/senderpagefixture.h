#pragma once

// The sender page of one area on the sandbox, as both sender suites start it: the review
// clock the suite chooses, a scripted MessageBox, the page shown and its list loaded.

#include "senders/senderpage.h"

#include "guidriver.h"
#include "pageactions.h"
#include "models/resourcelistmodel.h"
#include "scriptedmessagebox.h"
#include "services/areacatalog.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QTreeView>
#include <memory>

namespace sinch::test {

struct SenderPageFixture
{
    std::unique_ptr<SandboxFixture> fx;
    std::unique_ptr<ui::ScriptedMessageBox> box;
    std::unique_ptr<ui::SenderPage> page;
    QTemporaryDir draftDir;
    std::unique_ptr<DraftStore> drafts;

    static sandbox::SandboxConfig reviewAfter(double seconds)
    {
        sandbox::SandboxConfig config;
        config.reviewDelaySeconds = seconds;
        return config;
    }

    // False (with `why`) when the sandbox or the list did not come up.
    bool start(const QString &areaId, const sandbox::SandboxConfig &config, QString *why)
    {
        fx = std::make_unique<SandboxFixture>(config);
        if (!fx->started) {
            *why = fx->error;
            return false;
        }
        box = std::make_unique<ui::ScriptedMessageBox>();
        page = std::make_unique<ui::SenderPage>(AreaCatalog::find(areaId), fx->client.get(), box.get());
        drafts = std::make_unique<DraftStore>(draftDir.filePath(QStringLiteral("drafts")));
        page->setDrafts(drafts.get());
        page->resize(1400, 820);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowExposed(page.get())) {
            *why = QStringLiteral("the page was not shown");
            return false;
        }
        page->setProject(fx->projectKey);
        return QTest::qWaitFor([this] { return page->model() && page->model()->hasLoadedOnce(); }, 10000);
    }

    void stop()
    {
        page.reset();
        drafts.reset();
        box.reset();
        fx.reset();
        GuiDriver::settle();
    }

    bool actionEnabled(const char *name) const
    {
        auto *action = page->findChild<QAction *>(QLatin1String(name));
        return action && action->isEnabled();
    }

    // Clicks the toolbar button of one of the page's actions, as a person would. (Not
    // inside QTRY_VERIFY: it evaluates its expression more than once.)
    bool clickAction(const char *name) { return test::clickToolBarAction(page.get(), page->toolBar(), name); }

    // Whether a row of the list shows `text` in the column headed `header`.
    bool listShows(const QString &header, const QString &text) const
    {
        const QAbstractItemModel *m = page->view()->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->headerData(c, Qt::Horizontal).toString() != header)
                continue;
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, c).data().toString() == text)
                    return true;
        }
        return false;
    }

    // Under SINCH_WRITE_SCREENSHOTS, `widget` as resources/screenshots/<name> (the source
    // tree stays as it is otherwise).
    static bool screenshot(QWidget *widget, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            return true;
        QDir().mkpath(QStringLiteral(SINCH_SCREENSHOTS));
        return widget->grab().save(QStringLiteral(SINCH_SCREENSHOTS) + QLatin1Char('/') + name);
    }
};

} // namespace sinch::test
