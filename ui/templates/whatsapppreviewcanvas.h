#pragma once

#include "previewoptions.h"
#include "previewpart.h"

#include <QImage>
#include <QJsonObject>
#include <QWidget>

namespace sinch::ui {

// The drawn preview inside WhatsappPreviewWidget's scroll area: holds the rendering at the
// screen's pixel ratio, maps clicks to parts and shows a part's findings as its tooltip.
class WhatsappPreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit WhatsappPreviewCanvas(QWidget *parent = nullptr);

    void setContent(const QJsonObject &templateJson, const PreviewOptions &options);
    const QList<PreviewPart> &parts() const { return m_parts; }
    QImage image() const { return m_image; }
    // The path of the innermost part at `pos` (logical pixels), empty when none.
    QString partAt(const QPointF &pos) const;

    QSize sizeHint() const override;

signals:
    void partClicked(const QString &path);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();
    int partIndexAt(const QPointF &pos) const;

    QJsonObject m_template;
    PreviewOptions m_options;
    QImage m_image;
    QList<PreviewPart> m_parts;
};

} // namespace sinch::ui
