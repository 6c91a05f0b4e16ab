#include "faultsettings.h"

#include <QStringList>

namespace sinch::sandbox {

namespace {

bool parseShare(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    // "nan" reads as a number; it is no share (every comparison with it is false).
    if (!ok || !(v >= 0 && v <= 1))
        return false;
    *out = v;
    return true;
}

bool parseNonNegative(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

QString share(double v) { return QString::number(v, 'g', 6); }

} // namespace

FaultSettings FaultSettings::parse(const QString &spec, QString *error)
{
    FaultSettings s;
    if (error)
        error->clear();
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const int eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = eq > 0;
        if (ok) {
            if (key == QLatin1String("latency")) {
                ok = parseNonNegative(value, &s.latencyMs);
            } else if (key == QLatin1String("500")) {
                ok = parseShare(value, &s.share500);
            } else if (key == QLatin1String("503")) {
                ok = parseShare(value, &s.share503);
            } else if (key == QLatin1String("429")) {
                ok = parseShare(value, &s.share429);
            } else if (key == QLatin1String("retry-after")) {
                ok = parseNonNegative(value, &s.retryAfterSeconds);
            } else if (key == QLatin1String("drop")) {
                ok = parseShare(value, &s.shareDrop);
            } else if (key == QLatin1String("truncate")) {
                ok = parseShare(value, &s.shareTruncate);
            } else if (key == QLatin1String("malformed")) {
                ok = parseShare(value, &s.shareMalformed);
            } else if (key == QLatin1String("html")) {
                ok = parseShare(value, &s.shareHtml);
            } else if (key == QLatin1String("huge")) {
                ok = parseShare(value, &s.shareHuge);
            } else if (key == QLatin1String("stall")) {
                ok = parseShare(value, &s.shareStall);
            } else if (key == QLatin1String("token-ttl")) {
                ok = parseNonNegative(value, &s.tokenTtlSeconds) && s.tokenTtlSeconds > 0;
            } else if (key == QLatin1String("seed")) {
                bool good = false;
                const qulonglong v = value.toULongLong(&good);
                ok = good && v <= 0xffffffffULL;
                if (ok)
                    s.seed = quint32(v);
            } else {
                if (error)
                    *error = QStringLiteral("Unknown fault \"%1\" (known: latency, 500, 503, 429, "
                                            "retry-after, drop, truncate, malformed, html, huge, stall, token-ttl, "
                                            "seed).")
                                 .arg(key);
                return FaultSettings();
            }
        }
        if (!ok) {
            if (error)
                *error = QStringLiteral("Invalid fault setting \"%1\": expected key=value with a share "
                                        "between 0 and 1 or a non-negative whole number.")
                             .arg(item);
            return FaultSettings();
        }
    }
    if (s.share500 + s.share503 + s.share429 + s.shareDrop + s.shareHtml + s.shareHuge + s.shareStall
        > 1.0 + 1e-9) {
        if (error)
            *error = QStringLiteral("The shares of 500, 503, 429, drop, html, huge and stall add up to more "
                                    "than 1.");
        return FaultSettings();
    }
    return s;
}

QString FaultSettings::toString() const
{
    const FaultSettings d;
    QStringList out;
    if (latencyMs != d.latencyMs)
        out << QStringLiteral("latency=%1").arg(latencyMs);
    if (share500 > 0)
        out << QStringLiteral("500=") + share(share500);
    if (share503 > 0)
        out << QStringLiteral("503=") + share(share503);
    if (share429 > 0)
        out << QStringLiteral("429=") + share(share429);
    if (retryAfterSeconds != d.retryAfterSeconds)
        out << QStringLiteral("retry-after=%1").arg(retryAfterSeconds);
    if (shareDrop > 0)
        out << QStringLiteral("drop=") + share(shareDrop);
    if (shareTruncate > 0)
        out << QStringLiteral("truncate=") + share(shareTruncate);
    if (shareMalformed > 0)
        out << QStringLiteral("malformed=") + share(shareMalformed);
    if (shareHtml > 0)
        out << QStringLiteral("html=") + share(shareHtml);
    if (shareHuge > 0)
        out << QStringLiteral("huge=") + share(shareHuge);
    if (shareStall > 0)
        out << QStringLiteral("stall=") + share(shareStall);
    if (tokenTtlSeconds != d.tokenTtlSeconds)
        out << QStringLiteral("token-ttl=%1").arg(tokenTtlSeconds);
    if (seed != d.seed)
        out << QStringLiteral("seed=%1").arg(seed);
    return out.join(QLatin1Char(','));
}

bool FaultSettings::any() const
{
    return latencyMs > 0 || share500 > 0 || share503 > 0 || share429 > 0 || shareDrop > 0
        || shareTruncate > 0 || shareMalformed > 0 || shareHtml > 0 || shareHuge > 0 || shareStall > 0;
}

} // namespace sinch::sandbox
