#include "whatsapppreviewwidget.h"

#include "whatsapppreviewrenderer.h"

namespace sinch::ui {

WhatsappPreviewWidget::WhatsappPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("WhatsApp"), tr("Show the variables as {{n}} instead of their examples"), parent)
{
    setRenderer([this](const PreviewOptions &options) {
        return PreviewRendering{WhatsappPreviewRenderer::render(m_template, options),
                                WhatsappPreviewRenderer::layout(m_template, options), options.palette().wallpaper, QString()};
    });
}

void WhatsappPreviewWidget::setTemplate(const QJsonObject &templateJson)
{
    m_template = templateJson;
    refresh();
}

} // namespace sinch::ui
