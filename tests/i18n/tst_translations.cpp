// The .ts files the console ships, read as Qt Linguist writes them: every message of every
// language translated (no unfinished, obsolete or vanished entries: later views bring their
// translations with them), each translation keeping its source's placeholders (%1, %L1,
// %n), its mnemonic (one & or none) and the language's number of plural forms; the same
// messages in every language; and each built .qm loads and translates the menu bar.
#include "pluralsonlytranslator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;              // the translation's type attribute: "", unfinished, obsolete, vanished
    QStringList translations;  // one, or the numerus forms
    qint64 line = 0;
};

QList<Message> read(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
                out << m;
            } else {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
                out << m;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (withN || p != QLatin1String("%n"))
            out << p;
    }
    out.sort();
    return out;
}

// 1 when the text has a mnemonic ("&Save", "저장(&S)"), 0 when not; "&&" is a literal &.
int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

// Plural forms Qt expects per language (Qt's numerus rules).
int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("ko")) || language.startsWith(QLatin1String("ja"))
            || language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

// English's plural forms, apart: lupdate -pluralonly lists only the messages with %n.
const QString kEnglishPlurals = QStringLiteral("plurals/sinch-console_en.ts");

QStringList tsFiles()
{
    return QDir(QStringLiteral(SINCH_TS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsCompleteAndFaithful_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : tsFiles())
            QTest::newRow(qPrintable(f)) << f;
        QTest::newRow("English plurals") << kEnglishPlurals;
    }

    void everyLanguageIsCompleteAndFaithful()
    {
        QFETCH(QString, file);
        QString language, error;
        const QList<Message> messages = read(QStringLiteral(SINCH_TS_DIR "/") + file, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(m.line).arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where, m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms(language))
                problems << QStringLiteral("%1: %2 plural forms, %3 expected").arg(where).arg(m.translations.size()).arg(pluralForms(language));
            bool hasN = false;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty").arg(where);
                if (placeholders(t, false) != placeholders(m.source, false))
                    problems << QStringLiteral("%1: placeholders %2, source has %3")
                                    .arg(where, placeholders(t, false).join(QLatin1Char(' ')), placeholders(m.source, false).join(QLatin1Char(' ')));
                if (mnemonics(t) != mnemonics(m.source))
                    problems << QStringLiteral("%1: %2 mnemonic(s), source has %3").arg(where).arg(mnemonics(t)).arg(mnemonics(m.source));
                hasN = hasN || t.contains(QLatin1String("%n"));
            }
            if (m.source.contains(QLatin1String("%n")) && !hasN)
                problems << QStringLiteral("%1: no form says %n").arg(where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // The same messages in every language: none lags behind a lupdate.
    void everyLanguageHasTheSameMessages()
    {
        QHash<QString, QSet<QString>> keys;
        for (const QString &f : tsFiles()) {
            QString language, error;
            for (const Message &m : read(QStringLiteral(SINCH_TS_DIR "/") + f, &language, &error))
                keys[f].insert(m.context + QLatin1Char('\x1f') + m.source);
        }
        QVERIFY(keys.size() >= 2);
        const QSet<QString> first = keys.begin().value();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            const QSet<QString> missing = first - it.value(), extra = it.value() - first;
            QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                     qPrintable(QStringLiteral("%1 differs from %2: %3 missing, %4 extra").arg(it.key(), keys.begin().key())
                                    .arg(missing.size()).arg(extra.size())));
        }
    }

    // English's plural forms: every message with %n of the other languages, each form
    // settling the "(s)" its count governs ("%n item(s)": "1 item", "2 items"), and the
    // built catalogue says so.
    void englishSaysOneAndMany()
    {
        QString language, error;
        QHash<QString, Message> english;
        for (const Message &m : read(QStringLiteral(SINCH_TS_DIR "/") + kEnglishPlurals, &language, &error))
            english.insert(m.context + QLatin1Char('\x1f') + m.source, m);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, QStringLiteral("en_US"));
        QStringList problems;
        for (const Message &m : read(QStringLiteral(SINCH_TS_DIR "/") + tsFiles().value(0), &language, &error)) {
            if (!m.numerus)
                continue;
            const Message own = english.take(m.context + QLatin1Char('\x1f') + m.source);
            if (own.translations.size() != 2)
                problems << QStringLiteral("\"%1\": %2 forms").arg(m.source).arg(own.translations.size());
            for (const QString &form : own.translations)
                if (m.source.contains(QLatin1String("(s)")) && form.count(QLatin1String("(s)")) >= m.source.count(QLatin1String("(s)")))
                    problems << QStringLiteral("\"%1\" keeps its (s)").arg(form);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English message(s) no language has").arg(english.size())));

        // As the console installs it: only the calls with a count look into it.
        sinch::app::PluralsOnlyTranslator translator;
        QVERIFY(translator.load(QStringLiteral(SINCH_QM_DIR "/sinch-console_en.qm")));
        QVERIFY(translator.translate("sinch::ui::NetworkStatus", "\u25cf %n request(s)").isEmpty());
        QCOMPARE(translator.translate("sinch::ui::NetworkStatus", "\u25cf %n request(s)", nullptr, 1), QStringLiteral("\u25cf %n request"));
        QCOMPARE(translator.translate("sinch::ui::NetworkStatus", "\u25cf %n request(s)", nullptr, 3), QStringLiteral("\u25cf %n requests"));
    }

    void builtCataloguesLoadAndTranslate_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : tsFiles())
            QTest::newRow(qPrintable(f)) << f;
    }

    void builtCataloguesLoadAndTranslate()
    {
        QFETCH(QString, file);
        QTranslator translator;
        const QString qm = QStringLiteral(SINCH_QM_DIR "/") + QString(file).replace(QLatin1String(".ts"), QLatin1String(".qm"));
        QVERIFY2(translator.load(qm), qPrintable(qm));
        const QString menu = translator.translate("sinch::ui::MainActions", "&File");
        QVERIFY2(!menu.isEmpty() && menu != QLatin1String("&File"), qPrintable(menu));
        QCOMPARE(mnemonics(menu), 1);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
