#pragma once

#include "alimtalkpreviewrenderer.h"
#include "preview/phonepreviewwidget.h"

#include <QJsonObject>

namespace sinch::ui {

// The KakaoTalk template editor's AlimTalk preview (see PhonePreviewWidget for the
// toggles, findings, parts and clicks): follows setTemplate(). The canvas's accessible
// description is the message as a screen reader reads it.
class AlimtalkPreviewWidget : public PhonePreviewWidget
{
    Q_OBJECT

public:
    explicit AlimtalkPreviewWidget(QWidget *parent = nullptr);

    // `details`: the template's details (KakaotalkInputTemplateDetailsDto; a whole create
    // request {details: {...}} is taken too). `examples`: variable name → example value.
    void setTemplate(const QJsonObject &details, const QJsonObject &examples = {}, const QString &channelName = {});
    QJsonObject details() const { return m_content.details; }
    QJsonObject examples() const { return m_content.examples; }
    QString channelName() const { return m_content.channelName; }

    void setDark(bool dark);
    bool isDark() const { return theme() == PreviewOptions::Theme::Dark; }

    // The text a screen reader reads for the preview.
    QString description() const;

private:
    AlimtalkPreviewRenderer::Content m_content;
};

} // namespace sinch::ui
