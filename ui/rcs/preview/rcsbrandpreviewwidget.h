#pragma once

#include "preview/phonepreviewwidget.h"
#include "rcsbrandpreviewrenderer.h"

#include <QJsonObject>

namespace sinch::ui {

// The RCS sender wizard's brand preview: the agent's info card as Google Messages shows
// it (RcsBrandPreviewRenderer), light or dark, findings marked on their parts, a click on
// a part reported with its field's path (PhonePreviewWidget). Follows setBrand().
class RcsBrandPreviewWidget : public PhonePreviewWidget
{
    Q_OBJECT

public:
    explicit RcsBrandPreviewWidget(QWidget *parent = nullptr);
    // The brand object, or a whole create request (its details.brand).
    void setBrand(const QJsonObject &json);
    QJsonObject brand() const { return m_brand; }
    // The logo and banner as fetched (null: a placeholder is drawn).
    void setImages(const QImage &logo, const QImage &banner);
    bool showsLogoImage() const { return !m_images.logo.isNull(); }
    // What a screen reader reads for the card.
    QString description() const;

private:
    QJsonObject m_brand;
    RcsBrandImages m_images;
};

} // namespace sinch::ui
