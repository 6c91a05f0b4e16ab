#pragma once

#include "testsupport.h"

#include <QTest>
#include <memory>

namespace sinch::test {

// Shows `page` as a window of `size`, active, on the sandbox's project, the way the suites
// of single pages start; false when the window never appeared.
template<class Page>
bool showOnProject(Page *page, const SandboxFixture &fx, QSize size)
{
    page->resize(size);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowExposed(page))
        return false;
    page->setProject(fx.projectKey);
    return true;
}

// A page made of the sandbox's client alone, shown as showOnProject() does; null when
// the window never appeared.
template<class Page>
std::unique_ptr<Page> showPage(const SandboxFixture &fx, QSize size = QSize(1100, 700))
{
    auto page = std::make_unique<Page>(fx.client.get());
    return showOnProject(page.get(), fx, size) ? std::move(page) : nullptr;
}

} // namespace sinch::test
