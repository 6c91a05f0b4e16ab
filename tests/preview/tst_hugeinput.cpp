// A template whose body holds 5 MB of text (found from outside: `sinch-console preview`
// ran past 30 s, the editor froze on such a paste). The preview lays out a bounded part of
// a text and says how much is not shown; the rules report the length without scanning the
// megabytes. Times are compared with the same work on a 1 KB body, never with a fixed time.

#include "previewtestsupport.h"
#include "preview/previewtextbound.h"
#include "rules/contractlimits.h"
#include "rules/templatevalidator.h"
#include "kakaotalk/alimtalkpreviewrenderer.h"
#include "templates/whatsappformatting.h"
#include "templates/whatsapppreviewrenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sinch::ui;
using sinch::rules::ContractLimits;
using sinch::rules::Finding;
using sinch::rules::TemplateValidator;
using namespace previewtest;

namespace {

QString text(qsizetype size)
{
    const QString unit = QStringLiteral("Hi {{1}}, your *order* {{2}} ships _soon_. ");
    QString out;
    while (out.size() < size)
        out += unit;
    out.truncate(size);
    return out;
}

// The text fixture with a body of `size` characters.
QJsonObject whatsapp(qsizetype size)
{
    QJsonObject t = fixture(QStringLiteral("text"));
    QJsonObject details = t.value(QLatin1String("details")).toObject();
    QJsonArray components = details.value(QLatin1String("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("BODY")) {
            c.insert(QStringLiteral("text"), text(size));
            components.replace(i, c);
        }
    }
    details.insert(QStringLiteral("components"), components);
    t.insert(QStringLiteral("details"), details);
    return t;
}

QJsonObject kakaotalk(qsizetype size)
{
    QJsonObject t = fixture(QStringLiteral("kakao-order-notice"));
    QJsonObject details = t.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("content"), text(size));
    t.insert(QStringLiteral("details"), details);
    return t;
}

// The fastest of three runs: what the work costs, without the machine's hiccups.
template<typename F>
qint64 fastestMs(F work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = qMin(best, t.elapsed());
    }
    return best;
}

} // namespace

class TestHugeInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QJsonObject &json)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
        return path;
    }

    // sinch-console as a user runs it; its standard output when it exits with `exitCode`.
    static QByteArray run(const QStringList &args, int exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(SINCH_CONSOLE), args);
        if (!p.waitForFinished(600000) || p.exitCode() != exitCode)
            return QByteArray();
        return p.readAllStandardOutput();
    }
    static QByteArray preview(const QString &file, const QString &out)
    {
        return run({QStringLiteral("preview"), file, QStringLiteral("-o"), out}, 0);
    }

private slots:
    void cutAtTheBound()
    {
        const PreviewTextBound::Cut small = PreviewTextBound::cut(QStringLiteral("short"));
        QCOMPARE(small.shown, QStringLiteral("short"));
        QCOMPARE(small.hidden, 0);
        const QString huge = text(5 * 1024 * 1024);
        const PreviewTextBound::Cut cut = PreviewTextBound::cut(huge);
        QCOMPARE(cut.shown.size(), PreviewTextBound::kMaxShownCharacters);
        QCOMPARE(cut.hidden, huge.size() - PreviewTextBound::kMaxShownCharacters);
        // A surrogate pair is not split: the emoji goes whole to the hidden part.
        const QString emoji = QString(PreviewTextBound::kMaxShownCharacters - 1, QLatin1Char('a')) + QStringLiteral("😀b");
        const PreviewTextBound::Cut pair = PreviewTextBound::cut(emoji);
        QCOMPARE(pair.shown.size(), PreviewTextBound::kMaxShownCharacters - 1);
        QCOMPARE(pair.hidden, 3);
    }

    // What is cut is said at the end of the text, in numbers a person reads.
    void previewSaysWhatIsNotShown()
    {
        const qsizetype hidden = 5 * 1024 * 1024 - PreviewTextBound::kMaxShownCharacters;
        QList<WhatsappFormatting::Block> blocks;
        PreviewTextBound::appendSummary(&blocks, hidden);
        const QString summary = WhatsappFormatting::plainText(blocks);
        QCOMPARE(summary, QStringLiteral("… %1 more characters not shown").arg(QLocale().toString(hidden)));
        PreviewTextBound::appendSummary(&blocks, 0);
        QCOMPARE(blocks.size(), 1); // nothing cut, nothing said
        // The phone is as tall as for a body cut at the bound, not megabytes of text.
        const QSizeF huge = WhatsappPreviewRenderer::size(whatsapp(5 * 1024 * 1024), options());
        const QSizeF bound = WhatsappPreviewRenderer::size(whatsapp(PreviewTextBound::kMaxShownCharacters), options());
        QVERIFY2(huge.height() < bound.height() + 100, qPrintable(QStringLiteral("%1 vs %2").arg(huge.height()).arg(bound.height())));

        const AlimtalkPreviewRenderer::Content content{AlimtalkPreviewRenderer::detailsOf(kakaotalk(5 * 1024 * 1024)), {}, {}};
        const QString description = AlimtalkPreviewRenderer::description(content, options());
        QVERIFY2(description.contains(summary), qPrintable(description.right(200)));
    }

    // The rules: the length finding, and no more than linear work on the megabytes (JSON
    // strings are copied out of their document at each read, so some linear work stays):
    // 5 MB take less than 10 times what 1 MB takes (quadratic work: 25 times).
    void validatorIsBounded()
    {
        const QJsonObject medium = whatsapp(1024 * 1024), huge = whatsapp(5 * 1024 * 1024);
        bool length = false;
        for (const Finding &f : TemplateValidator::validateWhatsapp(huge))
            length = length || f.rule == QLatin1String("wa.body.text.length");
        QVERIFY(length);
        const qint64 mediumMs = fastestMs([&] { TemplateValidator::validateWhatsapp(medium); });
        const qint64 hugeMs = fastestMs([&] { TemplateValidator::validateWhatsapp(huge); });
        qInfo("validate WhatsApp: 1 MB %lld ms, 5 MB %lld ms", qlonglong(mediumMs), qlonglong(hugeMs));
        QVERIFY2(hugeMs < 10 * qMax<qint64>(mediumMs, 5), qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(hugeMs).arg(mediumMs)));

        const QJsonObject kMedium = kakaotalk(1024 * 1024), kHuge = kakaotalk(5 * 1024 * 1024);
        QVERIFY(hasErrors(TemplateValidator::validateKakaotalk(kHuge)));
        const qint64 kMediumMs = fastestMs([&] { TemplateValidator::validateKakaotalk(kMedium); });
        const qint64 kHugeMs = fastestMs([&] { TemplateValidator::validateKakaotalk(kHuge); });
        qInfo("validate KakaoTalk: 1 MB %lld ms, 5 MB %lld ms", qlonglong(kMediumMs), qlonglong(kHugeMs));
        QVERIFY2(kHugeMs < 10 * qMax<qint64>(kMediumMs, 5), qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(kHugeMs).arg(kMediumMs)));
    }

    // `sinch-console lint` of a 5 MB body: the length finding, in less than 50 times what
    // a 1 KB body takes.
    void cliLintIsBounded()
    {
        QVERIFY(m_dir.isValid());
        const QString small = write(QStringLiteral("small-lint.json"), whatsapp(1024));
        const QString huge = write(QStringLiteral("huge-lint.json"), whatsapp(5 * 1024 * 1024));
        QByteArray out;
        const qint64 smallMs = fastestMs([&] { out = run({QStringLiteral("lint"), small}, 0); });
        const qint64 hugeMs = fastestMs([&] { out = run({QStringLiteral("lint"), huge}, 1); });
        QVERIFY2(out.contains("Bodies are at most 1024 characters; this one has 5242880."), out.constData());
        qInfo("sinch-console lint: 1 KB %lld ms, 5 MB %lld ms", qlonglong(smallMs), qlonglong(hugeMs));
        QVERIFY2(hugeMs < 50 * smallMs, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(hugeMs).arg(smallMs)));
    }

    // `sinch-console preview` of a 5 MB body: a PNG of a phone and the length finding,
    // in less than 50 times what a 1 KB body takes.
    void cliPreviewIsBounded()
    {
        QVERIFY(m_dir.isValid());
        const QString small = write(QStringLiteral("small.json"), whatsapp(1024));
        const QString huge = write(QStringLiteral("huge.json"), whatsapp(5 * 1024 * 1024));
        QByteArray out;
        const qint64 smallMs = fastestMs([&] { out = preview(small, m_dir.filePath(QStringLiteral("small.png"))); });
        QVERIFY2(out.contains("0 findings marked"), out.constData());
        const qint64 hugeMs = fastestMs([&] { out = preview(huge, m_dir.filePath(QStringLiteral("huge.png"))); });
        QVERIFY2(out.contains("findings marked (1 errors)"), out.constData());
        qInfo("sinch-console preview: 1 KB %lld ms, 5 MB %lld ms", qlonglong(smallMs), qlonglong(hugeMs));
        QVERIFY2(hugeMs < 50 * smallMs, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(hugeMs).arg(smallMs)));
        const QImage image(m_dir.filePath(QStringLiteral("huge.png")));
        QCOMPARE(image.width(), 360);
        QVERIFY(image.height() < 4000);
    }
};

QTEST_MAIN(TestHugeInput)
#include "tst_hugeinput.moc"
