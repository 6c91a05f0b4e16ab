#include "previewtextcache.h"

namespace sinch::ui {

void PreviewTextCache::beginRendering()
{
    m_previous = std::move(m_used);
    m_used.clear();
}

std::shared_ptr<QTextDocument> PreviewTextCache::document(const QString &source,
                                                          const std::function<std::shared_ptr<QTextDocument>()> &make)
{
    auto used = m_used.constFind(source);
    if (used != m_used.cend())
        return used.value();
    std::shared_ptr<QTextDocument> doc = m_previous.take(source);
    if (!doc)
        doc = make();
    m_used.insert(source, doc);
    return doc;
}

} // namespace sinch::ui
