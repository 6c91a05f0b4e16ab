#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sinch::ui {

// Fetches the image behind a URL a form asks for (an RCS logo or banner) to show it and to
// check it against the contract's requirement: what it is (read from its bytes, not from the
// server's Content-Type), its size in bytes and pixels. At most `byteLimit` bytes are read:
// a bigger file is reported as such and not decoded. One fetch per URL at a time; answers are
// kept for the probe's life, so a form rebuilt, an undo or a second field with the same URL
// asks nothing again. The URL the user typed is fetched as it is: no credentials travel.
class RemoteImageProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QUrl url;
        QString error;          // why nothing could be read; empty when the fetch worked
        QString mimeType;       // "image/png", "image/jpeg"; empty when not an image
        qint64 bytes = 0;       // the file's size (at least this much when overLimit)
        bool overLimit = false; // more than the byte limit: not read to the end
        QImage image;           // null when not decoded
    };

    explicit RemoteImageProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RemoteImageProbe() override;

    // Fetches `url` (http or https) unless it is known or on its way; finished() follows,
    // on the next event loop turn for a known one.
    void probe(const QUrl &url, qint64 byteLimit);
    const Result *known(const QUrl &url) const;
    bool isFetching(const QUrl &url) const { return m_replies.contains(url); }

signals:
    void finished(const sinch::ui::RemoteImageProbe::Result &result);

private:
    void done(QNetworkReply *reply, qint64 byteLimit, bool overLimit);

    QNetworkAccessManager *m_network;
    QHash<QUrl, QPointer<QNetworkReply>> m_replies;
    QHash<QUrl, Result> m_known;
};

} // namespace sinch::ui
