#pragma once

#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace sinch::ui {

class PhonePreviewWidget;

// Drawn over a PhonePreviewWidget's canvas (a transparent child that lets clicks and
// tooltips through), from the preview's public parts(): a subtle outline around the part
// the editor has selected, and dashed marks around the parts "Compare with approved"
// found changed. Parts are found by JSON path like findings are
// (PreviewPart::indexFor); the whole-message part is never outlined. It follows the
// preview through refresh(), which repaints only where an outline moved: a keystroke that
// moves nothing repaints nothing of the preview for the overlay.
class PreviewOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewOverlay(PhonePreviewWidget *preview);

    void setHighlightedPath(const QString &path);
    QString highlightedPath() const { return m_highlight; }
    void setMarkedPaths(const QStringList &paths);
    QStringList markedPaths() const { return m_marked; }

    // In the canvas's coordinates; empty when nothing is drawn.
    QRectF highlightRect() const;
    QList<QRectF> markedRects() const;
    // The preview changed: the outlines are drawn again where they moved.
    void refresh();

    // Scrolls the preview so that the part of `path` is in view: a carousel card comes
    // in sideways, a part further down comes up. False when no part is drawn for it.
    bool ensureVisible(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF rectFor(const QString &path) const;
    QList<QRectF> outlines() const; // the highlight (first, may be empty) and the marks


    PhonePreviewWidget *m_preview;
    QString m_highlight;
    QStringList m_marked;
    QList<QRectF> m_drawn; // outlines() when last asked to repaint
};

} // namespace sinch::ui
