#include "activitykeybuilder.h"

#include "activity.h"
#include "utf8append.h"

namespace sinch {

namespace {

constexpr char kSep = '|';
constexpr char kField = '\x1f'; // between the hashed texts

char *writeDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + digits;
}

// QDateTime::toString(Qt::ISODateWithMs) of a UTC time, character for character, without
// its general formatter. Years it would write differently (before 1000, after 9999) and
// invalid times take Qt's own way. Written whole and appended once: a QByteArray append
// a character costs more than the character.
void appendIsoUtcWithMs(QByteArray &out, const QDateTime &created)
{
    const QDateTime utc = created.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (!utc.isValid() || year < 1000 || year > 9999) {
        out.append(utc.toString(Qt::ISODateWithMs).toUtf8());
        return;
    }
    const QTime t = utc.time();
    char text[24]; // yyyy-MM-ddTHH:mm:ss.zzzZ
    char *p = writeDigits(text, year, 4);
    *p++ = '-';
    p = writeDigits(p, month, 2);
    *p++ = '-';
    p = writeDigits(p, day, 2);
    *p++ = 'T';
    p = writeDigits(p, t.hour(), 2);
    *p++ = ':';
    p = writeDigits(p, t.minute(), 2);
    *p++ = ':';
    p = writeDigits(p, t.second(), 2);
    *p++ = '.';
    p = writeDigits(p, t.msec(), 3);
    *p = 'Z';
    out.append(text, sizeof text);
}

} // namespace

QByteArrayView ActivityKeyBuilder::keyUtf8(const Activity &a, QByteArrayView feedKeyUtf8)
{
    // Author, comment and (only when there is one, so the keys of feed entries stay as they
    // were) the state of a review outcome: two outcomes at the same moment differ by it alone.
    m_hashed.resize(0); // resize() keeps the buffer, clear() would free it
    appendUtf8(m_hashed, a.author);
    m_hashed.append(kField);
    appendUtf8(m_hashed, a.comment);
    if (!a.state.isEmpty()) {
        m_hashed.append(kField);
        appendUtf8(m_hashed, a.state);
    }
    m_hash.reset();
    m_hash.addData(m_hashed);

    m_key.resize(0);
    m_key.append(feedKeyUtf8).append(kSep);
    appendIsoUtcWithMs(m_key, a.created);
    m_key.append(kSep);
    appendUtf8(m_key, a.type);
    static constexpr char kHex[] = "0123456789abcdef";
    char tail[17]; // the separator, then the hash's first 8 bytes in hex
    tail[0] = kSep;
    char *p = tail + 1;
    for (char byte : m_hash.resultView().first(8)) {
        *p++ = kHex[uchar(byte) >> 4];
        *p++ = kHex[uchar(byte) & 0xf];
    }
    m_key.append(tail, sizeof tail);
    return m_key;
}

} // namespace sinch
