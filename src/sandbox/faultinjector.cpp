#include "faultinjector.h"

namespace sinch::sandbox {

FaultInjector::FaultInjector(const FaultSettings &settings)
{
    setSettings(settings);
}

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_rng.seed(settings.seed);
}

// A one-shot fault a test scripted, queued before the dice.
FaultInjector::Decision &FaultInjector::push(Kind kind)
{
    Decision d;
    d.kind = kind;
    d.scripted = true;
    m_queue << d;
    return m_queue.last();
}

void FaultInjector::pushStatus(int status, const QByteArray &body, int retryAfterSeconds)
{
    Decision &d = push(Kind::Status);
    d.status = status;
    d.body = body;
    d.retryAfterSeconds = retryAfterSeconds;
}

void FaultInjector::pushDrop() { push(Kind::Drop); }
void FaultInjector::pushLatency(int ms) { push(Kind::None).latencyMs = qMax(0, ms); }
void FaultInjector::pushTruncate() { push(Kind::None).truncate = true; }
void FaultInjector::pushMalformed() { push(Kind::None).malformed = true; }

QByteArray FaultInjector::htmlErrorPage(int status)
{
    const QByteArray code = QByteArray::number(status);
    return "<!DOCTYPE html>\n<html><head><title>" + code + " Bad Gateway</title></head>\n<body><center><h1>" + code
         + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
}

void FaultInjector::pushHtmlPage(int status)
{
    pushStatus(status, htmlErrorPage(status), -1);
    m_queue.last().contentType = "text/html; charset=utf-8";
}

void FaultInjector::pushHugeBody(qint64 bytes) { push(Kind::Huge).hugeBytes = qMax<qint64>(2, bytes); }
void FaultInjector::pushStall() { push(Kind::Stall); }

double FaultInjector::roll()
{
    return double(m_rng()) / 4294967296.0;
}

FaultInjector::Decision FaultInjector::next()
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    Decision d;
    const double a = roll();
    const double b = roll();
    const FaultSettings &s = m_settings;
    double edge = s.shareDrop;
    if (a < edge) {
        d.kind = Kind::Drop;
        return d;
    }
    const struct { double share; int status; } statuses[] = {
        {s.share500, 500}, {s.share503, 503}, {s.share429, 429}};
    for (const auto &st : statuses) {
        edge += st.share;
        if (a < edge) {
            d.kind = Kind::Status;
            d.status = st.status;
            if (st.status == 429)
                d.retryAfterSeconds = s.retryAfterSeconds;
            return d;
        }
    }
    // After the older faults, so that a seed repeats the runs it gave before these existed.
    edge += s.shareHtml;
    if (a < edge) {
        d.kind = Kind::Status;
        d.status = 502;
        d.body = htmlErrorPage(502);
        d.contentType = "text/html; charset=utf-8";
        return d;
    }
    edge += s.shareHuge;
    if (a < edge) {
        d.kind = Kind::Huge;
        return d;
    }
    edge += s.shareStall;
    if (a < edge) {
        d.kind = Kind::Stall;
        return d;
    }
    if (b < s.shareTruncate)
        d.truncate = true;
    else if (b < s.shareTruncate + s.shareMalformed)
        d.malformed = true;
    return d;
}

QByteArray FaultInjector::damage(const QByteArray &body, const Decision &decision)
{
    if (decision.truncate)
        return body.left(body.size() / 2);
    if (decision.malformed) {
        QByteArray broken = body;
        // Keys lose their quotes and the document its end: no JSON parser accepts this.
        broken.replace("\":", "':");
        broken.chop(qMin<qsizetype>(1, broken.size()));
        return "{malformed " + broken;
    }
    return body;
}

} // namespace sinch::sandbox
