// `sinch-console lint` over 2,000 template files (half of them 3-card carousels), against
// `jq -c .` over the same files (each parsed and printed, one process): both from outside,
// file reading and process start included. Figure: lint_vs_jq, the ratio of the medians,
// <= 2. --tiny: 20 files, one round (the test command; jq only when installed).
#include "benchfigures.h"
#include "benchtemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::isTiny(argc, argv);
    const int count = tiny ? 20 : 2000;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QJsonObject t = i % 2 ? bench::carouselTemplate(3, i) : bench::variedTemplate(i % 9 == 7 ? i + 1 : i);
        const QString path = dir.filePath(QStringLiteral("t%1.json").arg(i, 4, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(t).toJson()) < 0)
            return 1;
        files << path;
    }
    const bool haveJq = !QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty();
    std::vector<double> lint, jq;
    for (int round = 0; round < bench::rounds(tiny, 5); ++round) {
        const double l = bench::processMs(QStringLiteral(SINCH_CONSOLE_PATH), QStringList{QStringLiteral("lint")} + files, 1);
        if (l < 0)
            return 1;
        lint.push_back(l);
        if (haveJq) {
            const double j = bench::processMs(QStringLiteral("jq"), QStringList{QStringLiteral("-c"), QStringLiteral(".")} + files, 0);
            if (j < 0)
                return 1;
            jq.push_back(j);
        }
    }
    std::fprintf(stderr, "lint %.0f ms, jq %.0f ms over %d files\n", bench::median(lint), bench::median(jq), count);
    if (jq.empty())
        std::printf("# lint_vs_jq: jq not installed\n");
    else
        bench::ratio("lint_vs_jq", bench::median(lint) / bench::median(jq), "<=2");
    return 0;
}
