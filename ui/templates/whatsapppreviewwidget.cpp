#include "whatsapppreviewwidget.h"

#include "whatsapppreviewrenderer.h"
#include "domain/templatedocument.h"

#include <utility>

namespace sinch::ui {

WhatsappPreviewWidget::WhatsappPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("WhatsApp"), tr("Show the variables as {{n}} instead of their examples"), parent)
{
    setRenderer([this](const PreviewOptions &options) { return WhatsappPreviewRenderer::rendering(m_template, options, &m_texts); });
}

namespace {

// The template less its components: what every part of the rendering may depend on.
QJsonObject frameOf(QJsonObject templateJson)
{
    QJsonObject details = templateJson.value(QLatin1String("details")).toObject();
    details.remove(QLatin1String("components"));
    templateJson.insert(QLatin1String("details"), details);
    return templateJson;
}

} // namespace

void WhatsappPreviewWidget::setTemplate(const QJsonObject &templateJson)
{
    const QJsonObject before = std::exchange(m_template, templateJson);
    if (frameOf(before) != frameOf(m_template)) {
        refresh(); // the category or the like: all of it
        return;
    }
    // A part is drawn from the JSON at its path.
    refresh([&before, this](const QString &path) {
        const QStringList keys = TemplateDocument::splitPath(path);
        return TemplateDocument::valueAt(before, keys) == TemplateDocument::valueAt(m_template, keys);
    });
}

} // namespace sinch::ui
