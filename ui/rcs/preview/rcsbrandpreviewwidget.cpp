#include "rcsbrandpreviewwidget.h"

#include "rcsbrandpreviewrenderer.h"

namespace sinch::ui {

RcsBrandPreviewWidget::RcsBrandPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("Google Messages"), tr("The brand card has no variables"), parent)
{
    setObjectName(QStringLiteral("rcsBrandPreview"));
    canvas()->setAccessibleName(tr("Brand preview"));
    setRawToggleVisible(false);
    setRenderer([this](const PreviewOptions &options) { return RcsBrandPreviewRenderer::rendering(m_brand, options); });
}

void RcsBrandPreviewWidget::setBrand(const QJsonObject &json)
{
    m_brand = RcsBrandPreviewRenderer::brandOf(json);
    refresh();
}

QString RcsBrandPreviewWidget::description() const
{
    return canvas()->accessibleDescription();
}

} // namespace sinch::ui
