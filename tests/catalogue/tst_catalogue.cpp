#include "testsupport.h"

#include "api/apierror.h"
#include "api/apijob.h"
#include "api/apiresult.h"
#include "services/whatsapptemplateservice.h"
#include "services/templatecollection.h"
#include "templates/catalogue/catalogueexportdialog.h"
#include "templates/catalogue/templatecataloguewriter.h"
#include "guidriver.h"

#include <QComboBox>
#include <QLineEdit>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sinch;
using sinch::ui::TemplateCatalogueWriter;

namespace {

// The pages of a PDF as QPdfWriter writes them: one "/Type /Page" object each.
int pdfPages(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

sandbox::SandboxConfig multilingual()
{
    sandbox::SandboxConfig config;
    config.seedShape = sandbox::SeedShape::Multilingual;
    return config;
}

QString outputDir(const QTemporaryDir &tmp)
{
    const QString keep = qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS");
    return keep.isEmpty() ? tmp.path() : keep;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    QList<QJsonObject> collect(test::SandboxFixture &fx, const TemplateCollection::Filter &filter)
    {
        TemplateCollection collection(fx.client.get(), fx.projectKey);
        collection.setFilter(filter);
        QSignalSpy loaded(&collection, &TemplateCollection::loaded);
        QSignalSpy failed(&collection, &TemplateCollection::failed);
        collection.load();
        if (!loaded.wait(30000) || !failed.isEmpty())
            return {};
        return collection.templates();
    }

    // A Korean draft with colour emoji (the seed has no Korean): what must print as shown.
    bool addKoreanTemplate(test::SandboxFixture &fx)
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")},
                               {QStringLiteral("text"), QStringLiteral("안녕하세요 {{1}}님! 주문하신 상품이 발송되었습니다 🚚📦 감사합니다 😊")},
                               {QStringLiteral("example"), QJsonObject{{QStringLiteral("bodyText"),
                                                                       QJsonArray{QJsonArray{QStringLiteral("김민수")}}}}}};
        const QJsonObject doc{{QStringLiteral("name"), QStringLiteral("aaa_korean_emoji")},
                              {QStringLiteral("language"), QStringLiteral("KO")},
                              {QStringLiteral("category"), QStringLiteral("UTILITY")},
                              {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{body}}}}};
        const ApiResult r = test::finished(WhatsappTemplateService(fx.client.get(), fx.projectKey).create(doc, false));
        return r.ok();
    }

private slots:
    void multilingualSeedPrintsEveryTemplate()
    {
        test::SandboxFixture fx(multilingual());
        QVERIFY2(fx.started, qPrintable(fx.error));
        QVERIFY(addKoreanTemplate(fx));
        const QList<QJsonObject> all = collect(fx, {});
        // The seed's shape (SeedShape::Multilingual): 81 names in 284 rows, and the Korean one.
        QCOMPARE(all.size(), 285);
        QVERIFY(all.first().value(QLatin1String("name")).toString() <= all.last().value(QLatin1String("name")).toString());

        QTemporaryDir tmp;
        const QString file = outputDir(tmp) + QStringLiteral("/catalogue-multilingual.pdf");
        TemplateCatalogueWriter::Options options;
        options.title = QStringLiteral("Sandbox · WhatsApp templates");
        int progressCalls = 0;
        QString error;
        QVERIFY2(TemplateCatalogueWriter::write(file, all, options, &error,
                                                [&](int done, int total) {
                                                    ++progressCalls;
                                                    return done <= total;
                                                }),
                 qPrintable(error));
        QCOMPARE(progressCalls, 285);
        // 82 names: 2 contents pages of 42 lines; 285 previews, 6 a page: 48 sheets.
        QCOMPARE(TemplateCatalogueWriter::contentsPageCount(82), 2);
        QCOMPARE(TemplateCatalogueWriter::pageCount(all, options), 50);
        QCOMPARE(pdfPages(file), 50);
    }

    void filtersKeepOnlyWhatIsAsked()
    {
        test::SandboxFixture fx(multilingual());
        QVERIFY(fx.started);
        TemplateCollection::Filter filter;
        QVERIFY(addKoreanTemplate(fx));
        filter.languages = {QStringLiteral("KO"), QStringLiteral("JA")};
        filter.categories = {QStringLiteral("UTILITY")};
        const QList<QJsonObject> korean = collect(fx, filter);
        QVERIFY(korean.size() > 1);
        QCOMPARE(korean.first().value(QLatin1String("language")).toString(), QStringLiteral("KO"));
        for (const QJsonObject &t : korean) {
            QVERIFY(filter.languages.contains(t.value(QLatin1String("language")).toString()));
            QCOMPARE(t.value(QLatin1String("category")).toString(), QStringLiteral("UTILITY"));
        }
        TemplateCollection::Filter drafts;
        drafts.states = {QStringLiteral("DRAFT")};
        const QList<QJsonObject> pending = collect(fx, drafts);
        QVERIFY(!pending.isEmpty());
        for (const QJsonObject &t : pending)
            QCOMPARE(t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("DRAFT"));

        QTemporaryDir tmp;
        const QString file = outputDir(tmp) + QStringLiteral("/catalogue-cjk-dark.pdf");
        TemplateCatalogueWriter::Options options;
        options.theme = ui::PreviewOptions::Theme::Dark;
        QVERIFY(TemplateCatalogueWriter::write(file, korean, options));
        QCOMPARE(pdfPages(file), TemplateCatalogueWriter::pageCount(korean, options));
    }

    void stoppedWritingLeavesNoFile()
    {
        test::SandboxFixture fx(multilingual());
        QVERIFY(fx.started);
        const QList<QJsonObject> all = collect(fx, {});
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/stopped.pdf");
        QString error;
        QVERIFY(!TemplateCatalogueWriter::write(file, all, {}, &error, [](int done, int) { return done < 7; }));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!TemplateCatalogueWriter::write(tmp.path() + QStringLiteral("/no/such/dir/x.pdf"), all, {}, &error));
        QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
    }

    // File → Export catalogue…: filters chosen, the file typed, Export clicked; then an
    // export cancelled while drawing leaves no file.
    void dialogExportsAndCancels()
    {
        test::SandboxFixture fx(multilingual());
        QVERIFY(fx.started);
        QTemporaryDir tmp;
        ui::CatalogueExportDialog dialog(fx.client.get(), fx.projectKey, QStringLiteral("Sandbox"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::GuiDriver gui(&dialog);
        QVERIFY(gui.choose(QStringLiteral("Language"), QStringLiteral("DE")));
        QVERIFY(gui.choose(QStringLiteral("Pages"), QStringLiteral("Dark")));
        auto *file = gui.get<QLineEdit>(QStringLiteral("PDF file"));
        QVERIFY(file);
        file->selectAll();
        const QString path = tmp.path() + QStringLiteral("/de.pdf");
        test::GuiDriver::typeKeys(file, path);
        QCOMPARE(file->text(), path);
        QSignalSpy exported(&dialog, &ui::CatalogueExportDialog::exported);
        QVERIFY(gui.click(QStringLiteral("Export")));
        QVERIFY(exported.wait(60000));
        QCOMPARE(pdfPages(path), exported.first().at(2).toInt());
        QVERIFY2(dialog.statusText().contains(QLatin1String("de.pdf")), qPrintable(dialog.statusText()));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            dialog.grab().save(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS") + QStringLiteral("/catalogue-dialog.png"));

        QVERIFY(gui.choose(QStringLiteral("Language"), QStringLiteral("Any")));
        file->selectAll();
        const QString cancelled = tmp.path() + QStringLiteral("/all.pdf");
        test::GuiDriver::typeKeys(file, cancelled);
        QVERIFY(gui.click(QStringLiteral("Export")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QLatin1String("Drawing")), 30000);
        QVERIFY(gui.click(QStringLiteral("Cancel")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("Cancelled")), qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(exported.size() == 1);
    }

    void commandLinePrintsAProjectGivenByFlags()
    {
        test::SandboxFixture fx(multilingual());
        QVERIFY(fx.started);
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/cli.pdf");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), tmp.path()); // no configured projects, no keychain
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.path());
        env.insert(QStringLiteral("SINCH_KEY_SECRET"), fx.server->config().keySecret);
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(SINCH_CONSOLE),
                {QStringLiteral("catalogue"), QStringLiteral("--project"), fx.server->config().projectId,
                 QStringLiteral("--key-id"), fx.server->config().keyId, QStringLiteral("--base-url"),
                 fx.server->baseUrl().toString(), QStringLiteral("--auth"), QStringLiteral("basic"),
                 QStringLiteral("--language"), QStringLiteral("ko,ja"), QStringLiteral("--state"), QStringLiteral("APPROVED"),
                 QStringLiteral("-o"), file});
        // The sandbox answers on this event loop while the command runs.
        QVERIFY(done.wait(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        static const QRegularExpression summary(QStringLiteral("cli.pdf: (\\d+) templates, (\\d+) pages"));
        const QRegularExpressionMatch m = summary.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(m.captured(1).toInt() > 0);
        QCOMPARE(pdfPages(file), m.captured(2).toInt());

        // A secret is never a flag, and an unknown state is named.
        QProcess bad;
        bad.setProcessEnvironment(env);
        QSignalSpy badDone(&bad, &QProcess::finished);
        bad.start(QStringLiteral(SINCH_CONSOLE), {QStringLiteral("catalogue"), QStringLiteral("--project"),
                                                  QStringLiteral("x"), QStringLiteral("--state"), QStringLiteral("SHINY"),
                                                  QStringLiteral("-o"), file});
        QVERIFY(badDone.wait(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QLatin1String("SHINY")));
    }
};

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
