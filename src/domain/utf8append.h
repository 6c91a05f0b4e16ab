#pragma once

#include <QByteArray>
#include <QStringView>

namespace sinch {

// Appends `text` as UTF-8 to `out`, byte for byte what text.toUtf8() gives, without a
// QByteArray of its own when the text is ASCII (nearly every type, author, date and comment
// of a feed): the inbox store converts 50,000 entries' texts at a sync, into buffers it
// reuses, and that allocation was most of the conversion's cost.
void appendUtf8(QByteArray &out, QStringView text);

} // namespace sinch
