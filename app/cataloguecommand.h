#pragma once

#include "headlesscommand.h"
#include "api/apiclient.h"
#include "auth/credentialstore.h"
#include "services/templatecollection.h"
#include "storage/project.h"

#include <QElapsedTimer>
#include <QStringList>

#include <memory>
#include <optional>

namespace sinch::app {

// `sinch-console catalogue --project ID -o FILE.pdf [--state S]... [--category C]...
// [--language L]... [--dark]` (+ the project options of CommandLineProject): reads every
// WhatsApp template of the project, keeps those matching the filters (values from the
// contract) and writes their previews as a PDF contact sheet (TemplateCatalogueWriter).
// `args` are the words after "catalogue"; needs a QGuiApplication (fonts). Exit code 0 on
// success, 1 when the project cannot be read or the file written, 2 on a usage error.
class CatalogueCommand : public HeadlessCommand
{
    Q_OBJECT
public:
    explicit CatalogueCommand(QStringList args);
    ~CatalogueCommand() override;

protected:
    void start() override;

private:
    std::optional<int> parseAndConnect();
    void readTemplates();
    int write();

    const QStringList m_args;
    Project m_project;
    TemplateCollection::Filter m_filter;
    QString m_output;
    bool m_dark = false;
    CredentialStore m_credentials;
    ApiClient m_client;
    std::unique_ptr<TemplateCollection> m_collection;
    QElapsedTimer m_timer;
};

} // namespace sinch::app
