#pragma once

#include "preview/phonepreviewwidget.h"
#include "preview/previewtextcache.h"

#include <QJsonObject>

namespace sinch::ui {

// The template editor's WhatsApp preview (see PhonePreviewWidget): follows setTemplate();
// a carousel's cards scroll sideways under the message as on the phone (a sideways wheel,
// Shift with the wheel, or a card chosen in the editor), the message staying in view.
class WhatsappPreviewWidget : public PhonePreviewWidget
{
    Q_OBJECT

public:
    explicit WhatsappPreviewWidget(QWidget *parent = nullptr);

    void setTemplate(const QJsonObject &templateJson);
    QJsonObject templateJson() const { return m_template; }
    bool bringIntoView(const QString &path) override;
    // How far the cards are scrolled, in pixels; scrolls them (kept between the first card
    // and the last), saying so with carouselScrolled(), and true, when they moved.
    qreal carouselScroll() const;
    bool setCarouselScroll(qreal scroll);

signals:
    void carouselScrolled(qreal scroll);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:

    QJsonObject m_template;
    PreviewTextCache m_texts;
};

} // namespace sinch::ui
