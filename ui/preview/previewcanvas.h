#pragma once

#include "templates/previewoptions.h"
#include "templates/previewpart.h"
#include "previewrendering.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <functional>

namespace sinch::ui {

// The drawn preview inside a PhonePreviewWidget's scroll area, for any channel: holds the
// rendering at the screen's pixel ratio (rendering again when the window moves to a
// screen of another density), maps clicks to parts and shows a part's findings as its
// tooltip.
class PreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    // Renders the content for the options (whose devicePixelRatio the canvas sets).
    using Renderer = std::function<PreviewRendering(const PreviewOptions &)>;

    explicit PreviewCanvas(QWidget *parent = nullptr);

    void setContent(const Renderer &renderer, const PreviewOptions &options);
    const QList<PreviewPart> &parts() const { return m_rendering.parts; }
    QImage image() const { return m_rendering.image; }
    QColor background() const { return m_rendering.background; }
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

    Renderer m_renderer;
    PreviewOptions m_options;
    PreviewRendering m_rendering;
};

} // namespace sinch::ui
