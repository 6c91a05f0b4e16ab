// Contract enum values in words: the generated table (scripts/enum-words.py) still covers
// every value of the enums the console shows and of every area's filters, and under the
// German catalogue a state reads in German (English words without a catalogue).
#include "api/contract.h"
#include "domain/enumtext.h"
#include "services/areacatalog.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace sinch;

class TstEnumText : public QObject
{
    Q_OBJECT

    static QStringList enumOf(const QString &schemaName)
    {
        QJsonObject schema = Contract::schema(schemaName);
        if (schema.contains(QLatin1String("items")))
            schema = Contract::resolved(schema.value(QLatin1String("items")).toObject());
        QStringList out;
        for (const QJsonValue &v : schema.value(QLatin1String("enum")).toArray())
            out << v.toString();
        return out;
    }

private slots:
    void theTableCoversTheShownEnums()
    {
        const QStringList table = EnumText::translatedValues();
        const QSet<QString> known(table.cbegin(), table.cend());
        QSet<QString> fromContract;
        for (const QString &name : EnumText::shownEnums()) {
            const QStringList values = enumOf(name);
            QVERIFY2(!values.isEmpty(), qPrintable(name + QLatin1String(" is no enum of the contract")));
            for (const QString &v : values) {
                QVERIFY2(known.contains(v), qPrintable(name + QLatin1Char('.') + v + QLatin1String(": run scripts/enum-words.py")));
                fromContract.insert(v);
            }
        }
        QCOMPARE(known, fromContract); // nothing left over from an older contract either
    }

    void everyFilterValueIsInTheTable()
    {
        const QStringList table = EnumText::translatedValues();
        int filters = 0;
        for (const Area &area : AreaCatalog::areas()) {
            for (const Area::Filter &f : area.filters) {
                const QStringList values = AreaCatalog::filterValues(area, f.parameter);
                QVERIFY(!values.isEmpty());
                for (const QString &v : values)
                    QVERIFY2(table.contains(v), qPrintable(area.id + QLatin1Char(' ') + f.parameter + QLatin1Char(' ') + v
                                                           + QLatin1String(": add its enum to SHOWN in scripts/enum-words.py")));
                ++filters;
            }
        }
        QVERIFY(filters >= 4);
    }

    void englishWithoutACatalogue()
    {
        QCOMPARE(EnumText::words(QStringLiteral("APPROVED")), QStringLiteral("Approved"));
        QCOMPARE(EnumText::words(QStringLiteral("PENDING_VERIFICATION")), QStringLiteral("Pending verification"));
        QCOMPARE(EnumText::words(QStringLiteral("EU")), QStringLiteral("EU"));
        QCOMPARE(EnumText::words(QStringLiteral("OTP")), QStringLiteral("OTP"));
        QCOMPARE(EnumText::words(QStringLiteral("RED")), QStringLiteral("Red"));
        QCOMPARE(EnumText::words(QStringLiteral("Already words")), QStringLiteral("Already words"));
        // The enum's name its values repeat is left out; names are written as names; the
        // initialisms stay.
        QCOMPARE(EnumText::words(QStringLiteral("FLOW_STATUS_DRAFT")), QStringLiteral("Draft"));
        QCOMPARE(EnumText::words(QStringLiteral("NORTH_AMERICA")), QStringLiteral("North America"));
        QCOMPARE(EnumText::words(QStringLiteral("SMS")), QStringLiteral("SMS"));
    }

    void germanUnderTheGermanCatalogue()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(SINCH_QM_DIR "/sinch-console_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(EnumText::words(QStringLiteral("APPROVED")), QStringLiteral("Genehmigt"));
        QCOMPARE(EnumText::words(QStringLiteral("PENDING_VERIFICATION")), QStringLiteral("Verifizierung ausstehend"));
        QCOMPARE(EnumText::words(QStringLiteral("QUALITY_SCORE_GREEN")), QStringLiteral("Qualität: grün"));
        QCOMPARE(EnumText::words(QStringLiteral("OTP")), QStringLiteral("Einmalcode (OTP)"));
        QCOMPARE(EnumText::words(QStringLiteral("FLOW_STATUS_PUBLISHED")), QStringLiteral("Veröffentlicht"));
        QCOMPARE(EnumText::words(QStringLiteral("NORTH_AMERICA")), QStringLiteral("Nordamerika"));
        // A value outside the table falls back to the English words.
        QCOMPARE(EnumText::words(QStringLiteral("SOME_NEW_STATE")), QStringLiteral("Some new state"));
        // Every value of the table has its German words.
        for (const QString &v : EnumText::translatedValues())
            QVERIFY2(!german.translate("EnumText", EnumText::generatedWords(v).toUtf8().constData()).isEmpty(), qPrintable(v));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(EnumText::words(QStringLiteral("APPROVED")), QStringLiteral("Approved"));
    }
};

QTEST_GUILESS_MAIN(TstEnumText)
#include "tst_enumtext.moc"
