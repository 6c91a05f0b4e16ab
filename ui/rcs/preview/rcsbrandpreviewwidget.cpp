#include "rcsbrandpreviewwidget.h"

#include "rcsbrandpreviewrenderer.h"

namespace sinch::ui {

RcsBrandPreviewWidget::RcsBrandPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("Google Messages"), tr("The brand card has no variables"), parent)
{
    setObjectName(QStringLiteral("rcsBrandPreview"));
    canvas()->setAccessibleName(tr("Brand preview"));
    setRawToggleVisible(false);
    setRenderer([this](const PreviewOptions &options) { return RcsBrandPreviewRenderer::rendering(m_brand, options, m_images); });
}

void RcsBrandPreviewWidget::setBrand(const QJsonObject &json)
{
    m_brand = RcsBrandPreviewRenderer::brandOf(json);
    refresh();
}

void RcsBrandPreviewWidget::setImages(const QImage &logo, const QImage &banner)
{
    if (logo.cacheKey() == m_images.logo.cacheKey() && banner.cacheKey() == m_images.banner.cacheKey())
        return;
    m_images = {logo, banner};
    refresh();
}

QString RcsBrandPreviewWidget::description() const
{
    return canvas()->accessibleDescription();
}

} // namespace sinch::ui
