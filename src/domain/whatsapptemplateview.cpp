#include "whatsapptemplateview.h"

#include <QDateTime>
#include <QJsonArray>

#include <limits>

namespace sinch {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

WhatsappTemplateView::Analytics WhatsappTemplateView::analytics(const QJsonObject &tmpl)
{
    // Counts as the server sends them, made safe to sum: a negative, NaN or huge
    // value (a server's bug) counts as nothing or is capped; a sum never wraps around.
    const auto count = [](const QJsonValue &v) -> qint64 {
        const double d = v.toDouble();
        return d >= 1 ? qint64(qMin(d, 1e15)) : 0;
    };
    const auto add = [](qint64 &sum, qint64 n) { sum = n > std::numeric_limits<qint64>::max() - sum ? std::numeric_limits<qint64>::max() : sum + n; };
    Analytics a;
    for (const QJsonValue &v : tmpl.value(QLatin1String("analytics")).toArray()) {
        const QJsonObject o = v.toObject();
        a.present = true;
        add(a.sent, count(o.value(QLatin1String("sent"))));
        add(a.delivered, count(o.value(QLatin1String("delivered"))));
        add(a.read, count(o.value(QLatin1String("read"))));
        for (const QJsonValue &b : o.value(QLatin1String("buttons")).toArray())
            add(a.clicks, count(b.toObject().value(QLatin1String("clicks"))));
    }
    return a;
}

QString WhatsappTemplateView::stateWord(const QString &state)
{
    if (state == QLatin1String("APPROVED"))
        return tr("Approved");
    if (state == QLatin1String("DISABLED"))
        return tr("Disabled");
    if (state == QLatin1String("PAUSED"))
        return tr("Paused");
    if (state == QLatin1String("REJECTED"))
        return tr("Rejected");
    return state;
}

QString WhatsappTemplateView::changesWord(const QString &status)
{
    if (status == QLatin1String("DRAFT"))
        return tr("Draft");
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("In review");
    if (status == QLatin1String("REJECTED"))
        return tr("Changes rejected");
    return status;
}

QString WhatsappTemplateView::neverApprovedWord(const QString &status)
{
    // As its changes' word, but for a rejection: nothing approved stands beside it.
    return status == QLatin1String("REJECTED") ? tr("Rejected") : changesWord(status);
}

QString WhatsappTemplateView::neverApprovedCountWord(const QString &status)
{
    // Beside "Rejected" (templates whose state is rejected) in the same row of numbers.
    return status == QLatin1String("REJECTED") ? tr("Rejected (never approved)") : changesWord(status);
}

QString WhatsappTemplateView::stateText(const QJsonObject &t)
{
    const QString state = str(t, "state");
    const QString status = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
    const QString s = stateWord(state);
    if (s.isEmpty())
        return neverApprovedWord(status); // the pending changes are all there is
    if (status == QLatin1String("DRAFT"))
        return tr("%1 · draft changes").arg(s);
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("%1 · changes in review").arg(s);
    if (status == QLatin1String("REJECTED"))
        return tr("%1 · changes rejected").arg(s);
    if (!status.isEmpty())
        return tr("%1 · changes %2").arg(s, status);
    return s;
}

QString WhatsappTemplateView::qualityText(const QString &q)
{
    if (q == QLatin1String("QUALITY_SCORE_GREEN"))
        return tr("High");
    if (q == QLatin1String("QUALITY_SCORE_YELLOW"))
        return tr("Medium");
    if (q == QLatin1String("QUALITY_SCORE_RED"))
        return tr("Low");
    if (q == QLatin1String("QUALITY_SCORE_UNKNOWN") || q == QLatin1String("UNRECOGNIZED"))
        return tr("Unknown");
    return q;
}

QString WhatsappTemplateView::modifiedAt(const QJsonObject &t)
{
    for (const char *k : {"modified", "updated", "lastModified", "updateTime"}) {
        const QString v = str(t, k);
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

QString WhatsappTemplateView::modifiedText(const QString &iso)
{
    if (iso.isEmpty())
        return QString();
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

} // namespace sinch
