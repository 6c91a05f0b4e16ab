#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace sinch {

struct Activity;

// Makes Activity keys (Activity::keyUtf8In(), which is this) one after the other in buffers
// it keeps: the inbox store keys every entry of a sync (50,000 at a first one), and a key made
// the plain way took nine allocations, a fresh SHA-1 context among them, which cost more than
// the hashing itself.
class ActivityKeyBuilder
{
public:
    // The key's UTF-8: valid until the next call.
    QByteArrayView keyUtf8(const Activity &activity, QByteArrayView feedKeyUtf8);

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    QByteArray m_hashed; // what the key hashes: author, comment and state
    QByteArray m_key;
};

} // namespace sinch
