// The plan of an import without a server: what is new, identical, different (with the
// differences) or cannot be imported, and the export's files read back as the requests
// that would be sent (no secret, no output-only field).
#include "transfer/exportlayout.h"
#include "transfer/exportmanifest.h"
#include "transfer/importplanner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

namespace {

QJsonObject waTemplate(const QString &name, const QString &text)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("language"), QStringLiteral("EN_US")},
                       {QStringLiteral("category"), QStringLiteral("UTILITY")},
                       {QStringLiteral("state"), QStringLiteral("APPROVED")},
                       {QStringLiteral("details"),
                        QJsonObject{{QStringLiteral("components"),
                                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                            {QStringLiteral("text"), text}}}}}}};
}

QJsonObject webhook(const QString &id, const QString &target, const QStringList &triggers)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("secret"), QStringLiteral("never-written")},
                       {QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)}};
}

} // namespace

class TstImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void layoutPathsAreSafe()
    {
        QCOMPARE(ExportLayout::fileFor(QStringLiteral("whatsapp.templates"), {QStringLiteral("order_update"), QStringLiteral("EN_US")}),
                 QStringLiteral("whatsapp/templates/order_update/EN_US.json"));
        QCOMPARE(ExportLayout::segment(QStringLiteral("../x y")), QStringLiteral("%2E.%2Fx%20y"));
        QCOMPARE(ExportLayout::segment(QString()), QStringLiteral("%00"));
        QCOMPARE(ExportLayout::fileFor(QStringLiteral("whatsapp.account"), {}), QStringLiteral("whatsapp/account.json"));
        // Credentials never reach a file.
        const QByteArray text = ExportLayout::documentText(webhook(QStringLiteral("1"), QStringLiteral("https://a"), {}));
        QVERIFY(!text.contains("never-written"));
    }

    void planSaysCreateIdenticalConflictUnavailable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportManifest m;
        m.formatVersion = ExportLayout::kFormatVersion;
        const auto put = [&](const QString &file, const QJsonObject &json) {
            QCOMPARE(ExportLayout::writeIfChanged(dir.path(), file, ExportLayout::documentText(json)),
                     ExportLayout::WriteResult::Written);
            m.files << file;
        };
        put(QStringLiteral("whatsapp/templates/a/EN_US.json"), waTemplate(QStringLiteral("a"), QStringLiteral("Hi")));
        put(QStringLiteral("whatsapp/templates/b/EN_US.json"), waTemplate(QStringLiteral("b"), QStringLiteral("New text")));
        put(QStringLiteral("whatsapp/templates/c/EN_US.json"), waTemplate(QStringLiteral("c"), QStringLiteral("Same")));
        put(QStringLiteral("webhooks/w1.json"), webhook(QStringLiteral("w1"), QStringLiteral("https://one"), {QStringLiteral("B"), QStringLiteral("A")}));
        put(QStringLiteral("webhooks/w2.json"), webhook(QStringLiteral("w2"), QStringLiteral("https://two"), {QStringLiteral("A")}));
        put(QStringLiteral("kakaotalk/templates/%40shop/T1.json"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("T1")},
                        {QStringLiteral("details"), QJsonObject{{QStringLiteral("name"), QStringLiteral("k")}}}});
        put(QStringLiteral("activities/whatsapp.account.json"), QJsonObject()); // not importable: left out
        QCOMPARE(ExportLayout::writeIfChanged(dir.path(), ExportLayout::manifestFile(), ExportLayout::documentText(m.toJson())),
                 ExportLayout::WriteResult::Written);

        QList<TransferFailure> failures;
        const QList<ImportItem> items = ImportPlanner::readExport(dir.path(), nullptr, &failures);
        QVERIFY(failures.isEmpty());
        QCOMPARE(items.size(), 6);
        for (const ImportItem &item : items)
            QVERIFY(!item.request.contains(QLatin1String("secret")) && !item.request.contains(QLatin1String("state")));

        ImportTarget target;
        QJsonObject b = waTemplate(QStringLiteral("b"), QStringLiteral("Old text"));
        b.insert(QStringLiteral("state"), QStringLiteral("DRAFT")); // a state is no difference
        target.whatsappTemplates.insert(QStringLiteral("b/EN_US"), b);
        target.whatsappTemplates.insert(QStringLiteral("c/EN_US"), waTemplate(QStringLiteral("c"), QStringLiteral("Same")));
        target.webhooks << webhook(QStringLiteral("x"), QStringLiteral("https://one"), {QStringLiteral("A"), QStringLiteral("B")});
        const QList<ImportItem> plan = ImportPlanner::plan(items, target);
        QHash<QString, ImportItem> byTitle;
        for (const ImportItem &item : plan)
            byTitle.insert(item.title, item);
        QCOMPARE(byTitle.value(QStringLiteral("a · EN_US")).action, ImportItem::Action::Create);
        QCOMPARE(byTitle.value(QStringLiteral("c · EN_US")).action, ImportItem::Action::Identical);
        const ImportItem conflict = byTitle.value(QStringLiteral("b · EN_US"));
        QCOMPARE(conflict.action, ImportItem::Action::Conflict);
        QCOMPARE(conflict.changes.size(), 1);
        QCOMPARE(conflict.changes.first().path, QStringLiteral("details.components.0.text"));
        QCOMPARE(conflict.changes.first().after.toString(), QStringLiteral("New text"));
        QCOMPARE(byTitle.value(QStringLiteral("https://one")).action, ImportItem::Action::Identical); // triggers in any order
        QCOMPARE(byTitle.value(QStringLiteral("https://two")).action, ImportItem::Action::Create);
        const ImportItem kakao = byTitle.value(QStringLiteral("@shop · k"));
        QCOMPARE(kakao.action, ImportItem::Action::Unavailable);
        QVERIFY(kakao.note.contains(QStringLiteral("@shop")));
        QVERIFY(!kakao.isApplicable());
    }

    void notAnExportIsSaid()
    {
        QTemporaryDir dir;
        QList<TransferFailure> failures;
        QVERIFY(ImportPlanner::readExport(dir.path(), nullptr, &failures).isEmpty());
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().error.contains(QStringLiteral("manifest.json")));
    }
};

QTEST_GUILESS_MAIN(TstImportPlan)
#include "tst_importplan.moc"
