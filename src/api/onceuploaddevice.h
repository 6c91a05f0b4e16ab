#pragma once

#include <QByteArray>
#include <QIODevice>

namespace sinch {

// The body of a request that must not be sent twice (POST, PATCH), read once.
// QNetworkAccessManager resends a request on its own when the connection closes before
// an answer (QHttpNetworkConnectionChannel's reconnect attempts), whatever its method: a
// dropped connection after the server created a resource would create it again. It can
// only resend a body it can rewind; this one refuses (reset() is false), so the reply
// fails with ContentReSendError instead and the caller decides.
class OnceUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OnceUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace sinch
