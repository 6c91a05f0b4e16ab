#pragma once

// What the KakaoTalk template suites share: the page shown on the sandbox's project, a
// sender chosen and a new template begun as a person does them.

#include "guidriver.h"
#include "kakaotalk/kakaotalksenderchooser.h"
#include "kakaotalk/kakaotalktemplatespage.h"
#include "models/kakaotalktemplatelistmodel.h"
#include "services/areacatalog.h"
#include "shownpage.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace sinch::test {

// The templates page on the sandbox's project, shown and its first list read. Null when it
// could not be shown or the list did not load.
inline std::unique_ptr<ui::KakaotalkTemplatesPage> showKakaotalkTemplatesPage(SandboxFixture &fx, ui::MessageBox *box,
                                                                              QSettings *settings = nullptr,
                                                                              DraftStore *drafts = nullptr)
{
    auto page = std::make_unique<ui::KakaotalkTemplatesPage>(AreaCatalog::find(QStringLiteral("kakaotalk.templates")),
                                                             fx.client.get(), box);
    if (settings)
        page->setSettings(settings);
    if (drafts)
        page->setDrafts(drafts);
    if (!showOnProject(page.get(), fx, QSize(1500, 980))
        || !QTest::qWaitFor([&page] { return page->model() && page->model()->hasLoadedOnce(); }, 10000))
        return nullptr;
    return page;
}

// The sender chosen in its combo box as a person does (the popup, arrows, Enter), and its
// templates read.
inline bool chooseSender(ui::KakaotalkTemplatesPage *page, const QString &plusFriendId)
{
    ui::KakaotalkSenderChooser *chooser = page->senderChooser();
    if (!QTest::qWaitFor([chooser, &plusFriendId] { return chooser->findData(plusFriendId) >= 0; }, 10000))
        return false;
    GuiDriver gui(page);
    return gui.choose(QStringLiteral("Sender"), chooser->itemText(chooser->findData(plusFriendId)))
           && QTest::qWaitFor([page, &plusFriendId] {
                  return page->model() && page->model()->plusFriendId() == plusFriendId && page->model()->hasLoadedOnce();
              }, 10000);
}

// New (Ctrl+N) from the list, the keyboard in the name; the name and content typed key by key.
inline bool newTemplate(ui::KakaotalkTemplatesPage *page, const QString &name, const QString &content)
{
    page->view()->setFocus();
    GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
    GuiDriver gui(page);
    if (!page->editor() || QApplication::focusWidget() != gui.get<QLineEdit>(QStringLiteral("Template name")))
        return false;
    GuiDriver::typeKeys(QApplication::focusWidget(), name);
    return gui.typeAtEnd(QStringLiteral("Content"), content);
}

} // namespace sinch::test
