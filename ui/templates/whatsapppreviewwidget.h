#pragma once

#include "preview/phonepreviewwidget.h"
#include "preview/previewtextcache.h"

#include <QJsonObject>

namespace sinch::ui {

// The template editor's WhatsApp preview (see PhonePreviewWidget): follows setTemplate();
// carousels scroll sideways.
class WhatsappPreviewWidget : public PhonePreviewWidget
{
    Q_OBJECT

public:
    explicit WhatsappPreviewWidget(QWidget *parent = nullptr);

    void setTemplate(const QJsonObject &templateJson);
    QJsonObject templateJson() const { return m_template; }

private:
    QJsonObject m_template;
    PreviewTextCache m_texts;
};

} // namespace sinch::ui
