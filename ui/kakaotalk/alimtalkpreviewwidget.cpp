#include "alimtalkpreviewwidget.h"

namespace sinch::ui {

AlimtalkPreviewWidget::AlimtalkPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("KakaoTalk"), tr("Show the variables as #{name} instead of their examples"), parent)
{
    canvas()->setAccessibleName(tr("AlimTalk preview"));
    setRenderer([this](const PreviewOptions &options) {
        return PreviewRendering{AlimtalkPreviewRenderer::render(m_content, options),
                                AlimtalkPreviewRenderer::layout(m_content, options),
                                AlimtalkPreviewRenderer::paletteFor(options.theme).wallpaper,
                                AlimtalkPreviewRenderer::description(m_content, options)};
    });
}

void AlimtalkPreviewWidget::setTemplate(const QJsonObject &details, const QJsonObject &examples, const QString &channelName)
{
    m_content = {AlimtalkPreviewRenderer::detailsOf(details), examples, channelName};
    refresh();
}

void AlimtalkPreviewWidget::setDark(bool dark)
{
    setTheme(dark ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light);
}

QString AlimtalkPreviewWidget::description() const
{
    return canvas()->accessibleDescription();
}

} // namespace sinch::ui
