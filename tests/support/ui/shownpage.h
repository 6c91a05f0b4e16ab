#pragma once

#include "testsupport.h"

#include <QTest>
#include <memory>

namespace sinch::test {

// A page of the main window on its own, shown and on the sandbox's project, the way the
// suites of single pages start; null when the window never appeared.
template<class Page>
std::unique_ptr<Page> showPage(const SandboxFixture &fx, QSize size = QSize(1100, 700))
{
    auto page = std::make_unique<Page>(fx.client.get());
    page->resize(size);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    page->setProject(fx.projectKey);
    return page;
}

} // namespace sinch::test
