#include "alimtalkpreviewwidget.h"

namespace sinch::ui {

AlimtalkPreviewWidget::AlimtalkPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("KakaoTalk"), tr("Show the variables as #{name} instead of their examples"), parent)
{
    canvas()->setAccessibleName(tr("AlimTalk preview"));
    setRenderer([this](const PreviewOptions &options) { return AlimtalkPreviewRenderer::rendering(m_content, options); });
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
