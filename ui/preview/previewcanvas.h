#pragma once

#include "templates/previewoptions.h"
#include "templates/previewpart.h"
#include "previewpaint.h"
#include "previewrendering.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <functional>

namespace sinch::ui {

// The drawn preview inside a PhonePreviewWidget's scroll area, for any channel: holds the
// laid-out rendering and paints only what is exposed of it (a 10-card carousel is wider
// than the view), maps clicks to parts and shows a part's findings as markers and as its
// tooltip. New findings draw again without laying out again.
class PreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    // Renders the content for the options (whose devicePixelRatio the canvas sets).
    using Renderer = std::function<PreviewRendering(const PreviewOptions &)>;

    explicit PreviewCanvas(QWidget *parent = nullptr);

    // `same` says which parts draw as before (PreviewRendering::changedSince): then only
    // what changed is painted again. Without it, everything is.
    void setContent(const Renderer &renderer, const PreviewOptions &options,
                    const PreviewRendering::SameContent &same = {});
    // Findings only move markers: the rendering is drawn again, not laid out again, and
    // only when a marker changes (preview::findingMarks).
    void setFindings(const QList<sinch::rules::Finding> &findings);
    const QList<PreviewPart> &parts() const { return m_rendering.parts; }
    // The whole rendering as pixels at the screen's ratio.
    QImage image() const;
    QColor background() const { return m_rendering.background; }
    // The path of the innermost part at `pos` (logical pixels), empty when none.
    QString partAt(const QPointF &pos) const;

    QSize sizeHint() const override;

signals:
    void partClicked(const QString &path);
    // A new rendering is in: parts may have moved.
    void rendered();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render(const PreviewRendering::SameContent &same = {});
    int partIndexAt(const QPointF &pos) const;
    // The findings' marks on the parts again; true when they differ from the drawn ones.
    bool remark();

    Renderer m_renderer;
    PreviewOptions m_options;
    PreviewRendering m_rendering;
    QList<preview::FindingMark> m_marks; // as painted
};

} // namespace sinch::ui
