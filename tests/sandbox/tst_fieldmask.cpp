// The emulator's field masks (the fieldMask parameter of the WhatsApp template reads): top
// level and nested paths, arrays through the contract's "0", paths that overlap, and what
// a mask that finds nothing leaves.
#include "sandbox/fieldmask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sinch::sandbox::FieldMask;

namespace {

QJsonObject tmpl()
{
    return QJsonDocument::fromJson(R"({
        "name": "order_update", "language": "DE", "state": "APPROVED",
        "changes": {"status": "IN_PROGRESS", "allowCategoryChange": true,
                    "details": {"components": [{"type": "BODY", "text": "Hallo {{1}}"},
                                               {"type": "FOOTER", "text": "Acme"}]}},
        "analytics": [{"sent": 3, "read": 1}, {"sent": 5, "read": 2}]
    })").object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestFieldMask : public QObject
{
    Q_OBJECT

private slots:
    void emptyKeepsAll()
    {
        QCOMPARE(FieldMask({}).apply(tmpl()), tmpl());
        QVERIFY(FieldMask({}).keeps(QStringLiteral("analytics")));
    }

    void topLevelFields()
    {
        QCOMPARE(FieldMask({QStringLiteral("name"), QStringLiteral("state")}).apply(tmpl()),
                 json(R"({"name": "order_update", "state": "APPROVED"})"));
    }

    // "changes.status" keeps the status of the pending changes, not their details.
    void nestedField()
    {
        QCOMPARE(FieldMask({QStringLiteral("state"), QStringLiteral("changes.status")}).apply(tmpl()),
                 json(R"({"state": "APPROVED", "changes": {"status": "IN_PROGRESS"}})"));
    }

    // A path that names the whole object wins over one that names a part of it, in
    // either order.
    void wholeAndPart()
    {
        const QJsonObject all = json(R"({"changes": {"status": "IN_PROGRESS", "allowCategoryChange": true,
            "details": {"components": [{"type": "BODY", "text": "Hallo {{1}}"}, {"type": "FOOTER", "text": "Acme"}]}}})");
        QCOMPARE(FieldMask({QStringLiteral("changes.status"), QStringLiteral("changes")}).apply(tmpl()), all);
        QCOMPARE(FieldMask({QStringLiteral("changes"), QStringLiteral("changes.status")}).apply(tmpl()), all);
    }

    // The contract writes arrays with the index 0: the path applies to every element.
    void everyElementOfAnArray()
    {
        QCOMPARE(FieldMask({QStringLiteral("changes.details.components.0.type")}).apply(tmpl()),
                 json(R"({"changes": {"details": {"components": [{"type": "BODY"}, {"type": "FOOTER"}]}}})"));
        QCOMPARE(FieldMask({QStringLiteral("analytics.0.sent")}).apply(tmpl()),
                 json(R"({"analytics": [{"sent": 3}, {"sent": 5}]})"));
        QVERIFY(FieldMask({QStringLiteral("analytics.0.sent")}).keeps(QStringLiteral("analytics")));
        QVERIFY(!FieldMask({QStringLiteral("name")}).keeps(QStringLiteral("analytics")));
    }

    // A template without pending changes has no "changes" in the answer, not an empty one.
    void nothingFoundLeavesTheFieldOut()
    {
        QJsonObject approved = tmpl();
        approved.remove(QStringLiteral("changes"));
        QCOMPARE(FieldMask({QStringLiteral("name"), QStringLiteral("changes.status")}).apply(approved),
                 json(R"({"name": "order_update"})"));
        QJsonObject noStatus = tmpl();
        noStatus.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("allowCategoryChange"), true}});
        QCOMPARE(FieldMask({QStringLiteral("name"), QStringLiteral("changes.status")}).apply(noStatus),
                 json(R"({"name": "order_update"})"));
    }
};

QTEST_GUILESS_MAIN(TestFieldMask)
#include "tst_fieldmask.moc"
