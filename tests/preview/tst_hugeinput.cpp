// A template whose body holds 5 MB of text (found from outside: `sinch-console preview`
// ran past 30 s, the editor froze on such a paste). The preview lays out a bounded part of
// a text and says how much is not shown; the rules report the length without scanning the
// megabytes. What the megabytes cost against a small body is bench_hugeinput's figure
// (a benchmark, never a timed test).

#include "hugetemplates.h"
#include "previewtestsupport.h"
#include "preview/previewtextbound.h"
#include "rules/contractlimits.h"
#include "rules/templatevalidator.h"
#include "kakaotalk/alimtalkpreviewrenderer.h"
#include "templates/whatsappformatting.h"
#include "templates/whatsapppreviewrenderer.h"

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
    return hugetemplates::text(size);
}

QJsonObject whatsapp(qsizetype size)
{
    return hugetemplates::whatsapp(fixture(QStringLiteral("text")), size);
}

QJsonObject kakaotalk(qsizetype size)
{
    return hugetemplates::kakaotalk(fixture(QStringLiteral("kakao-order-notice")), size);
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

    // The rules: the length finding.
    void validatorFindsTheLength()
    {
        bool length = false;
        for (const Finding &f : TemplateValidator::validateWhatsapp(whatsapp(5 * 1024 * 1024)))
            length = length || f.rule == QLatin1String("wa.body.text.length");
        QVERIFY(length);
        QVERIFY(hasErrors(TemplateValidator::validateKakaotalk(kakaotalk(5 * 1024 * 1024))));
    }

    // `sinch-console lint` of a 5 MB body: the length finding.
    void cliLintFindsTheLength()
    {
        QVERIFY(m_dir.isValid());
        const QString huge = write(QStringLiteral("huge-lint.json"), whatsapp(5 * 1024 * 1024));
        const QByteArray out = run({QStringLiteral("lint"), huge}, 1);
        QVERIFY2(out.contains("Bodies are at most 1024 characters; this one has 5242880."), out.constData());
    }

    // `sinch-console preview` of a 5 MB body: a PNG of a phone as tall as for a bounded
    // body, and the length finding.
    void cliPreviewShowsABoundedPhone()
    {
        QVERIFY(m_dir.isValid());
        const QString small = write(QStringLiteral("small.json"), whatsapp(1024));
        const QString huge = write(QStringLiteral("huge.json"), whatsapp(5 * 1024 * 1024));
        QByteArray out = preview(small, m_dir.filePath(QStringLiteral("small.png")));
        QVERIFY2(out.contains("0 findings marked"), out.constData());
        out = preview(huge, m_dir.filePath(QStringLiteral("huge.png")));
        QVERIFY2(out.contains("findings marked (1 errors)"), out.constData());
        const QImage image(m_dir.filePath(QStringLiteral("huge.png")));
        QCOMPARE(image.width(), 360);
        QVERIFY(image.height() < 4000);
    }
};

QTEST_MAIN(TestHugeInput)
#include "tst_hugeinput.moc"
