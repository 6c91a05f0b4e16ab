#include "abouttext.h"
#include "buildinfo.h"

#include <QCoreApplication>

namespace sinch::ui {

QString AboutText::text()
{
    // In the main window's translation context, where these texts were first translated.
    return QCoreApplication::translate("sinch::ui::MainWindow",
                                       "Sinch Provisioning Console %1\n\nA desktop console for the Sinch Provisioning API: "
                                       "projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.\n\nBuilt with Qt %2.")
               .arg(QStringLiteral(SINCH_VERSION), QString::fromLatin1(qVersion()))
        + QStringLiteral("\n")
        + QCoreApplication::translate("sinch::ui::MainWindow", "Commit %1 · licence: %2").arg(QStringLiteral(SINCH_BUILD_COMMIT), QStringLiteral(SINCH_LICENCE));
}

} // namespace sinch::ui
