// A template with megabytes of text (a paste gone wrong, a generated file) against a small
// one: the rules report the length without quadratic work, and `sinch-console lint` and
// `preview` lay out a bounded part of it. Figures, each the ratio of the medians:
//   huge_validation_whatsapp, huge_validation_kakaotalk: rules on a 5 MB text / on 1 MB,
//     <= 10 (linear work gives 5; quadratic 25);
//   huge_lint, huge_preview: the command on a 5 MB body / on a 1 KB body, process start
//     included, <= 50.
// tst_hugeinput checks what those give (the findings, a bounded phone); the costs are here
// because a unit test must not fail on a busy machine's timing. --tiny: smaller texts, one
// round (the test command).
#include "benchfigures.h"
#include "../preview/hugetemplates.h"

#include "rules/templatevalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using sinch::rules::TemplateValidator;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(SINCH_PREVIEW_FIXTURES "/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

template<typename F>
double medianMs(int rounds, F work)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return bench::median(ms);
}

QString write(const QTemporaryDir &dir, const QString &name, const QJsonObject &json)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return path;
}

// The median of `rounds` runs of sinch-console with `args`, in ms; -1 when one failed.
double consoleMs(int rounds, const QStringList &args, int worstOk)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        const double one = bench::processMs(QStringLiteral(SINCH_CONSOLE_PATH), args, worstOk);
        if (one < 0)
            return -1;
        ms.push_back(one);
    }
    return bench::median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::isTiny(argc, argv);
    const int rounds = bench::rounds(tiny, 3);
    const qsizetype large = tiny ? 80 * 1024 : 5 * 1024 * 1024;
    const qsizetype medium = large / 5;
    const qsizetype small = 1024;
    const QJsonObject text = fixture(QStringLiteral("text"));
    const QJsonObject notice = fixture(QStringLiteral("kakao-order-notice"));
    if (text.isEmpty() || notice.isEmpty()) {
        std::fprintf(stderr, "the preview fixtures could not be read\n");
        return 1;
    }

    // Once first: the contract's schemas are read at the first validation, in neither figure.
    TemplateValidator::validateWhatsapp(hugetemplates::whatsapp(text, small));
    TemplateValidator::validateKakaotalk(hugetemplates::kakaotalk(notice, small));
    const QJsonObject waMedium = hugetemplates::whatsapp(text, medium), waLarge = hugetemplates::whatsapp(text, large);
    const double waMediumMs = medianMs(rounds, [&] { TemplateValidator::validateWhatsapp(waMedium); });
    const double waLargeMs = medianMs(rounds, [&] { TemplateValidator::validateWhatsapp(waLarge); });
    const QJsonObject ktMedium = hugetemplates::kakaotalk(notice, medium), ktLarge = hugetemplates::kakaotalk(notice, large);
    const double ktMediumMs = medianMs(rounds, [&] { TemplateValidator::validateKakaotalk(ktMedium); });
    const double ktLargeMs = medianMs(rounds, [&] { TemplateValidator::validateKakaotalk(ktLarge); });
    std::fprintf(stderr, "rules: WhatsApp %.1f ms (%lld chars) vs %.1f ms (%lld), KakaoTalk %.1f ms vs %.1f ms\n", waLargeMs,
                 qlonglong(large), waMediumMs, qlonglong(medium), ktLargeMs, ktMediumMs);

    QTemporaryDir dir;
    const QString smallFile = write(dir, QStringLiteral("small.json"), hugetemplates::whatsapp(text, small));
    const QString largeFile = write(dir, QStringLiteral("large.json"), waLarge);
    const QString smallPng = dir.filePath(QStringLiteral("small.png")), largePng = dir.filePath(QStringLiteral("large.png"));
    const double lintSmallMs = consoleMs(rounds, {QStringLiteral("lint"), smallFile}, 0);
    const double lintLargeMs = consoleMs(rounds, {QStringLiteral("lint"), largeFile}, 1);
    const double previewSmallMs = consoleMs(rounds, {QStringLiteral("preview"), smallFile, QStringLiteral("-o"), smallPng}, 0);
    const double previewLargeMs = consoleMs(rounds, {QStringLiteral("preview"), largeFile, QStringLiteral("-o"), largePng}, 0);
    if (lintSmallMs < 0 || lintLargeMs < 0 || previewSmallMs < 0 || previewLargeMs < 0)
        return 1;
    std::fprintf(stderr, "lint: %.0f ms vs %.0f ms; preview: %.0f ms vs %.0f ms\n", lintLargeMs, lintSmallMs, previewLargeMs,
                 previewSmallMs);

    // Below a millisecond a timer says little: the smaller side counts at least 1 ms.
    bench::ratio("huge_validation_whatsapp", waLargeMs / qMax(waMediumMs, 1.0), "<=10");
    bench::ratio("huge_validation_kakaotalk", ktLargeMs / qMax(ktMediumMs, 1.0), "<=10");
    bench::ratio("huge_lint", lintLargeMs / lintSmallMs, "<=50");
    bench::ratio("huge_preview", previewLargeMs / previewSmallMs, "<=50");
    return 0;
}
