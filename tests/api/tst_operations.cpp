// The operation table comes from the embedded contract: 87 operations, the per-tag counts
// of OPERATIONS.md, and path matching that prefers literal segments.
#include "api/contract.h"
#include "api/operations.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace sinch;

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void contractLoads()
    {
        QCOMPARE(Contract::document().value("openapi").toString(), QStringLiteral("3.0.3"));
        QVERIFY(!Contract::version().isEmpty());
        QVERIFY(Contract::schema("WebhookWebhookDto").contains("properties"));
        QVERIFY(Contract::resolve("#/components/schemas/Nope").isUndefined());
    }

    void eightySevenOperations()
    {
        QCOMPARE(Operations::instance().all().size(), 87);
    }

    // OPERATIONS.md is the checklist: every row is in the table with the same method,
    // path and success code, and the per-tag counts agree.
    void matchesChecklist()
    {
        QFile f(":/api/OPERATIONS.md");
        if (!f.exists())
            f.setFileName(qEnvironmentVariable("SINCH_RESOURCES_DIR") + "/api/OPERATIONS.md");
        QVERIFY2(f.open(QIODevice::ReadOnly), "OPERATIONS.md not found");
        int rows = 0;
        static const QRegularExpression row(
            "^\\| ([^|]+) \\| (GET|POST|PUT|PATCH|DELETE) \\| (\\S+) \\| (\\S+) \\|[^|]*\\| (\\d+) \\|");
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            ++rows;
            const Operation *op = Operations::instance().find(m.captured(4));
            QVERIFY2(op, qPrintable(m.captured(4)));
            QCOMPARE(op->tag, m.captured(1).trimmed());
            QCOMPARE(QString::fromLatin1(op->method), m.captured(2));
            QCOMPARE(op->path, m.captured(3));
            QCOMPARE(op->successStatus, m.captured(5).toInt());
        }
        QCOMPARE(rows, 87);
    }

    void matchPrefersLiterals()
    {
        QHash<QString, QString> params;
        const Operation *op = Operations::instance().match("GET", "/whatsapp/templates/order_update/languages/en_US", &params);
        QVERIFY(op);
        QCOMPARE(op->id, QStringLiteral("TemplatesController_getTemplate_v1"));
        QCOMPARE(params.value("templateName"), QStringLiteral("order_update"));
        QCOMPARE(params.value("languageCode"), QStringLiteral("en_US"));

        op = Operations::instance().match("GET", "/whatsapp/activities", &params);
        QVERIFY(op);
        QCOMPARE(op->id, QStringLiteral("AccountsController_listActivities_v1"));

        op = Operations::instance().match("GET", "/kakaotalk/categories/senders/pf1/templates", &params);
        QVERIFY(op);
        QCOMPARE(op->id, QStringLiteral("CategoriesController_getTemplateCategories_v1"));

        QVERIFY(!Operations::instance().match("GET", "/nothing/here"));
        QVERIFY(!Operations::instance().match("PATCH", "/webhooks"));
    }

    void expandPathEncodes()
    {
        const Operation *op = Operations::instance().find("SendersController_deleteTestNumber_v1");
        QVERIFY(op);
        QCOMPARE(op->pathParams, (QStringList{"senderId", "testNumber"}));
        QCOMPARE(op->expandPath({{"senderId", "s 1"}, {"testNumber", "+46701234567"}}),
                 QStringLiteral("/rcs/senders/s%201/testNumbers/%2B46701234567"));
    }

    void idempotence()
    {
        QVERIFY(Operations::instance().find("WebhookController_listWebhooks_v1")->isIdempotent());
        QVERIFY(Operations::instance().find("WebhookController_replaceWebhook_v1")->isIdempotent());
        QVERIFY(Operations::instance().find("WebhookController_deleteWebhook_v1")->isIdempotent());
        QVERIFY(!Operations::instance().find("WebhookController_createWebhook_v1")->isIdempotent());
        QVERIFY(!Operations::instance().find("WebhookController_updateWebhook_v1")->isIdempotent());
        // GET .../retry resends an invite: never retried automatically.
        QVERIFY(!Operations::instance().find("SendersController_retryTestNumber_v1")->isIdempotent());
    }

    void listsAndSchemas()
    {
        const Operation *list = Operations::instance().find("TemplatesController_listTemplates_v1");
        QVERIFY(list->isList());
        QVERIFY(list->queryParams.contains("filterStates"));
        QVERIFY(!list->responseSchema(200).isEmpty());
        const Operation *create = Operations::instance().find("WebhookController_createWebhook_v1");
        QVERIFY(create->hasRequestBody);
        QVERIFY(create->requestBodySchema().value("properties").toObject().contains("target"));
        QCOMPARE(create->successStatus, 201);
        QVERIFY(create->errorStatuses.contains(409));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
