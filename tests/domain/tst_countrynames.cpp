// Country names in the console's language: Qt's are English only, so the system's iso-codes
// data names them (a gettext catalogue read by IsoCountryNames); English keeps Qt's names,
// and lists sort by the names shown.
#include "domain/countrynames.h"
#include "domain/isocountrynames.h"

#include <QLocale>
#include <QTest>
#include <QtEndian>

using sinch::CountryNames;
using sinch::IsoCountryNames;

namespace {

// A little-endian .mo catalogue of `messages` (msgid, msgstr), as msgfmt writes one.
QByteArray mo(const QList<QPair<QByteArray, QByteArray>> &messages)
{
    const quint32 n = quint32(messages.size());
    const quint32 originals = 28, translations = originals + 8 * n, strings = translations + 8 * n;
    QByteArray head(int(strings), '\0'), data;
    const auto put = [&head](quint32 at, quint32 value) { qToLittleEndian<quint32>(value, head.data() + at); };
    put(0, 0x950412de);
    put(8, n);
    put(12, originals);
    put(16, translations);
    for (quint32 i = 0; i < n; ++i) {
        put(originals + 8 * i, quint32(messages.at(int(i)).first.size()));
        put(originals + 8 * i + 4, strings + quint32(data.size()));
        data += messages.at(int(i)).first + '\0';
    }
    for (quint32 i = 0; i < n; ++i) {
        put(translations + 8 * i, quint32(messages.at(int(i)).second.size()));
        put(translations + 8 * i + 4, strings + quint32(data.size()));
        data += messages.at(int(i)).second + '\0';
    }
    return head + data;
}

} // namespace

class TstCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void readsGettextCatalogues()
    {
        const QHash<QByteArray, QByteArray> m = IsoCountryNames::readMo(mo({{"Germany", "Deutschland"}, {"Austria", "Österreich"}}));
        QCOMPARE(m.value("Germany"), QByteArray("Deutschland"));
        QCOMPARE(m.value("Austria"), QByteArray("Österreich"));
        QVERIFY(IsoCountryNames::readMo("not a catalogue").isEmpty());
        QByteArray cut = mo({{"Germany", "Deutschland"}});
        cut.chop(8); // a damaged file: the cut translation is not read past the end
        QCOMPARE(IsoCountryNames::readMo(cut).value("Germany"), QByteArray());
    }

    void namesInTheConsolesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("germany");
        QTest::addColumn<QString>("korea");
        QTest::newRow("en") << "en_US" << "Germany (DE)" << "South Korea (KR)";
        QTest::newRow("de") << "de_DE" << "Deutschland (DE)" << "Südkorea (KR)";
        // Spanish has no common name for it: the catalogue's official one.
        QTest::newRow("es") << "es_ES" << "Alemania (DE)" << "Corea, República de (KR)";
        QTest::newRow("fr") << "fr_FR" << "Allemagne (DE)" << "Corée du Sud (KR)";
        QTest::newRow("pt_BR") << "pt_BR" << "Alemanha (DE)" << "Coreia do Sul (KR)";
        QTest::newRow("ko") << "ko_KR" << "독일 (DE)" << "대한민국 (KR)";
    }

    void namesInTheConsolesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, germany);
        QFETCH(QString, korea);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(CountryNames::display(QStringLiteral("DE")), germany);
        QCOMPARE(CountryNames::display(QStringLiteral("KR")), korea); // the common name before the official one
        QCOMPARE(CountryNames::display(QStringLiteral("XX")), QStringLiteral("XX"));
    }

    void sortedByTheNamesShown()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        // Deutschland, Österreich (Ö with the O), Vereinigtes Königreich.
        QCOMPARE(CountryNames::byName({QStringLiteral("GB"), QStringLiteral("AT"), QStringLiteral("DE")}),
                 (QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("GB")}));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(CountryNames::byName({QStringLiteral("GB"), QStringLiteral("AT"), QStringLiteral("DE")}),
                 (QStringList{QStringLiteral("AT"), QStringLiteral("DE"), QStringLiteral("GB")}));
    }
};

QTEST_GUILESS_MAIN(TstCountryNames)
#include "tst_countrynames.moc"
