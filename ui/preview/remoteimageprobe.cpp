#include "remoteimageprobe.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sinch::ui {

namespace {
// A slow image host must not keep a form waiting: the check is advice, not a gate.
constexpr int kTransferTimeoutMs = 15000;

QString mimeTypeOf(const QByteArray &format)
{
    if (format == "png")
        return QStringLiteral("image/png");
    if (format == "jpg" || format == "jpeg")
        return QStringLiteral("image/jpeg");
    return format.isEmpty() ? QString() : QStringLiteral("image/") + QString::fromLatin1(format);
}
} // namespace

RemoteImageProbe::RemoteImageProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

RemoteImageProbe::~RemoteImageProbe()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies))
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
}

const RemoteImageProbe::Result *RemoteImageProbe::known(const QUrl &url) const
{
    const auto it = m_known.constFind(url);
    return it == m_known.constEnd() ? nullptr : &*it;
}

void RemoteImageProbe::probe(const QUrl &url, qint64 byteLimit)
{
    if (m_replies.contains(url))
        return;
    if (const Result *r = known(url)) {
        const Result copy = *r;
        QTimer::singleShot(0, this, [this, copy] { emit finished(copy); });
        return;
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        Result r;
        r.url = url;
        r.error = tr("Not a web address (https://…).");
        m_known.insert(url, r);
        QTimer::singleShot(0, this, [this, r] { emit finished(r); });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, byteLimit](qint64 received, qint64 total) {
        if (received > byteLimit || total > byteLimit)
            done(reply, byteLimit, true);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, byteLimit] { done(reply, byteLimit, false); });
}

void RemoteImageProbe::done(QNetworkReply *reply, qint64 byteLimit, bool overLimit)
{
    const QUrl url = reply->request().url();
    if (m_replies.value(url) != reply)
        return; // answered already (over the limit, then finished by the abort)
    m_replies.remove(url);
    reply->disconnect(this);
    Result r;
    r.url = url;
    if (overLimit) {
        r.overLimit = true;
        r.bytes = qMax(byteLimit + 1, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        reply->abort();
    } else if (reply->error() != QNetworkReply::NoError) {
        r.error = reply->errorString();
    } else {
        const QByteArray body = reply->readAll();
        r.bytes = body.size();
        QBuffer buffer;
        buffer.setData(body);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        r.mimeType = mimeTypeOf(reader.format());
        r.image = reader.read();
        if (r.image.isNull())
            r.mimeType.clear();
    }
    reply->deleteLater();
    if (r.error.isEmpty()) // a failed fetch is asked again next time: the host may be back
        m_known.insert(url, r);
    emit finished(r);
}

} // namespace sinch::ui
