#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;

namespace sinch::ui {

// Text documents of a preview kept from one rendering to the next, by what they were made
// from: typing into one card of a ten-card carousel builds and lays out that card's text
// again, not all ten (a QTextDocument is most of a rendering's cost). A document not used
// by a rendering is dropped at the end of the next one, so the cache holds at most two
// renderings' worth.
class PreviewTextCache
{
public:
    // Starts a rendering: what the one before did not use goes.
    void beginRendering();
    // The document made from `source` (everything it depends on, spelled as a key), made
    // by `make` when no rendering since the last but one made it.
    std::shared_ptr<QTextDocument> document(const QString &source, const std::function<std::shared_ptr<QTextDocument>()> &make);
    int size() const { return int(m_used.size() + m_previous.size()); }

private:
    QHash<QString, std::shared_ptr<QTextDocument>> m_used;     // by this rendering
    QHash<QString, std::shared_ptr<QTextDocument>> m_previous; // by the one before
};

} // namespace sinch::ui
