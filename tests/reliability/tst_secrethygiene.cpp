// No secret leaves the console's memory: a whole session on the sandbox with every debug
// category on (the message handler keeps all it is given) adds the project with its key
// secret, walks every area, edits and saves a template, creates a webhook with a secret,
// reads the RCS senders (their authToken), exports the project and opens the request log;
// then the logs, the settings, projects, drafts, the inbox database, the exports and every
// other file under the test's folder are searched for the key secret, the bearer tokens the
// sandbox issued, the webhook secret and the RCS tokens: none is found. The views and the
// request log show those fields masked.
#include "windowfixture.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/requestlog.h"
#include "guidriver.h"
#include "documents/documentcontroller.h"
#include "services/areacatalog.h"
#include "services/rcssenderservice.h"
#include "services/webhookservice.h"
#include "storage/activitystore.h"
#include "templates/editor/templateeditor.h"
#include "transfer/projectexporter.h"
#include "projects/projectmanager.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>

using namespace sinch;
using sinch::test::GuiDriver;

namespace {

QStringList g_log;
int g_debugLines = 0;
QtMessageHandler g_previous = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg && context.category && qstrncmp(context.category, "sinch.", 6) == 0)
        ++g_debugLines;
    g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, context, message);
}

const QString kWebhookSecret = QStringLiteral("whsec-hygiene-7f3a9c21e5");

} // namespace

class TstSecretHygiene : public QObject, public test::WindowFixture
{
    Q_OBJECT

    QString key() const { return ui::ProjectManager::keyFor(sandboxProject.id); }

    // Every text the windows hold for a person to read (in the tabs not shown too).
    static QStringList widgetTexts()
    {
        QStringList out;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            for (QWidget *w : top->findChildren<QWidget *>()) {
                if (auto *l = qobject_cast<QLabel *>(w))
                    out << l->text();
                else if (auto *e = qobject_cast<QLineEdit *>(w); e && e->echoMode() == QLineEdit::Normal)
                    out << e->text();
                else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
                    out << p->toPlainText();
                else if (auto *t = qobject_cast<QTextEdit *>(w))
                    out << t->toPlainText();
            }
        }
        return out;
    }

    // The page's list: its visible item view (combo boxes' popups are hidden).
    static QAbstractItemView *listOf(QWidget *page)
    {
        for (QAbstractItemView *v : page->findChildren<QAbstractItemView *>())
            if (v->isVisible() && v->model())
                return v;
        return nullptr;
    }

    QStringList rcsTokens() const
    {
        QStringList tokens;
        const ApiResult r = fx->callSync(RcsSenderService::listRequest());
        for (const QJsonValue &s : r.json.object().value(QLatin1String("senders")).toArray())
            for (const char *field : {"authToken"}) {
                const QString v = s.toObject().value(QLatin1String(field)).toString();
                if (v.size() > 6)
                    tokens << v;
            }
        return tokens;
    }

private slots:
    void init()
    {
        g_log.clear();
        g_debugLines = 0;
        g_previous = qInstallMessageHandler(keepMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("sinch.*=true"));
        QVERIFY(setUpWindowFixture());
        auto *store = new ActivityStore(this); // the inbox on a file, to be searched too
        QVERIFY(store->open(dir->filePath(QStringLiteral("inbox.sqlite"))) != ActivityStore::OpenOutcome::Failed);
        activities = store;
    }
    void cleanup()
    {
        tearDownWindowFixture();
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previous);
    }

    void noSecretReachesAFileOrTheLog()
    {
        makeWindow();
        const QString keySecret = fx->server->config().keySecret;

        // Every area, each page given the time to read its list.
        for (const Area &a : AreaCatalog::areas()) {
            window->showArea(a.id);
            QTest::qWait(60);
        }
        window->showArea(QStringLiteral("overview"));

        // A webhook with a secret, made through the typed service the editor uses.
        const ApiResult created = test::finished(WebhookService(fx->client.get(), key()).create(QJsonObject{
            {QStringLiteral("target"), QStringLiteral("https://hooks.example/hygiene")},
            {QStringLiteral("secret"), kWebhookSecret},
            {QStringLiteral("triggers"), QJsonArray{QStringLiteral("ALL")}}}));
        QVERIFY2(created.ok(), qPrintable(created.error.details()));
        window->showArea(QStringLiteral("webhooks"));
        QTest::qWait(200);

        // The RCS senders read, with their tokens; the page shows one in words.
        const QStringList tokens = rcsTokens();
        QVERIFY2(!tokens.isEmpty(), "the seeded RCS senders carry tokens");
        window->showArea(QStringLiteral("rcs.senders"));
        QAbstractItemView *senders = listOf(window->currentPage());
        QVERIFY(senders);
        QTRY_VERIFY_WITH_TIMEOUT(senders->model()->rowCount() > 0, 10000);
        for (int row = 0; row < senders->model()->rowCount(); ++row) {
            senders->setCurrentIndex(senders->model()->index(row, 0));
            GuiDriver::settle();
        }
        // The chosen sender's token is there, shown as dots until asked for.
        auto *token = window->currentPage()->findChild<QLineEdit *>(QStringLiteral("authToken"));
        QVERIFY(token);
        QVERIFY2(tokens.contains(token->text()), qPrintable(token->text()));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        for (const QString &text : widgetTexts())
            for (const QString &token : tokens)
                QVERIFY2(!text.contains(token), "an RCS token is shown unmasked");

        // "Copy as JSON" of a template.
        window->showArea(QStringLiteral("whatsapp.templates"));
        QAbstractItemView *templates = listOf(window->currentPage());
        QVERIFY(templates);
        QTRY_VERIFY_WITH_TIMEOUT(templates->model()->rowCount() > 0, 10000);
        templates->setCurrentIndex(templates->model()->index(0, 0));
        QApplication::clipboard()->clear();
        auto *copy = window->currentPage()->findChild<QAction *>(QStringLiteral("templates.copyJson"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("\"language\"")));

        // A template edited and saved.
        const ApiResult list = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                                .arg(QStringLiteral("pageSize"), QStringLiteral("20")));
        QJsonObject chosen;
        for (const QJsonValue &v : list.json.object().value(QLatin1String("templates")).toArray())
            if (v.toObject().value(QLatin1String("changes")).toObject().isEmpty()
                && v.toObject().value(QLatin1String("category")).toString() == QLatin1String("UTILITY"))
                chosen = v.toObject();
        QVERIFY(!chosen.isEmpty());
        window->documentController()->openTemplate(key(), chosen);
        auto *editor = window->findChild<ui::TemplateEditor *>();
        QVERIFY(editor);
        editor->selectPart(QStringLiteral("body"));
        GuiDriver::settle();
        GuiDriver gui(editor);
        QVERIFY(gui.typeAtEnd(QStringLiteral("Body text"), QStringLiteral(" See you.")));
        QVERIFY(gui.click(QStringLiteral("Save draft")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 15000);

        // The project exported into the folder searched below.
        ExportSource source{fx->server->config().projectId, fx->server->baseUrl(), QStringLiteral("Sandbox")};
        ProjectExporter exporter(fx->client.get(), key(), source, dir->filePath(QStringLiteral("export")));
        QSignalSpy exported(&exporter, &ProjectExporter::finished);
        exporter.start();
        QVERIFY(exported.wait(60000));

        // The request log, as its window shows it.
        window->showRequestLog();
        GuiDriver::settle();
        const RequestLog *log = fx->client->requestLog();
        QVERIFY(!log->entries().isEmpty());

        window->close(); // settings and drafts written as at the end of a session
        GuiDriver::settle();

        QVERIFY(!widgetTexts().isEmpty());
        QStringList secrets{keySecret, kWebhookSecret, QStringLiteral("sbx.")}; // sbx.: every bearer token the sandbox issued
        secrets << tokens;
        QVERIFY2(g_debugLines > 20, qPrintable(QStringLiteral("debug logging was on: %1 debug lines").arg(g_debugLines)));
        for (const QString &line : std::as_const(g_log))
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("logged: ") + line.left(300)));
        for (const RequestLog::Entry &e : log->entries())
            for (const QString &secret : std::as_const(secrets)) {
                const QByteArray s = secret.toUtf8();
                QVERIFY2(!e.url.contains(secret) && !e.requestBody.contains(s) && !e.responseBody.contains(s),
                         qPrintable(QStringLiteral("request log of %1 holds a secret").arg(e.operationId)));
            }
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!copied.contains(secret), "Copy as JSON holds a secret");
        int files = 0;
        QDirIterator it(dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + QStringLiteral(" holds a secret")));
        }
        QVERIFY2(files > 10, "settings, projects, the inbox and the export were written");
    }
};

// Qt reads QT_LOGGING_RULES once, when the application starts, and lets it win over
// setFilterRules(): the suites' default (sinch's debug off) goes before that.
int main(int argc, char **argv)
{
    qunsetenv("QT_LOGGING_RULES");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstSecretHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secrethygiene.moc"
