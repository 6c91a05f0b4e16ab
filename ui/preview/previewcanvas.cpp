#include "previewcanvas.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sinch::ui {

PreviewCanvas::PreviewCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Template preview"));
}

void PreviewCanvas::setContent(const Renderer &renderer, const PreviewOptions &options)
{
    m_renderer = renderer;
    m_options = options;
    render();
}

void PreviewCanvas::render()
{
    m_options.devicePixelRatio = devicePixelRatioF();
    m_rendering = m_renderer ? m_renderer(m_options) : PreviewRendering();
    setAccessibleDescription(m_rendering.description);
    setFixedSize(sizeHint());
    updateGeometry();
    update();
}

QSize PreviewCanvas::sizeHint() const
{
    return (QSizeF(m_rendering.image.size()) / qMax<qreal>(1e-3, m_rendering.image.devicePixelRatio())).toSize();
}

int PreviewCanvas::partIndexAt(const QPointF &pos) const
{
    int best = -1;
    qreal bestArea = 0;
    for (int i = 0; i < m_rendering.parts.size(); ++i) {
        const QRectF &r = m_rendering.parts.at(i).rect;
        if (!r.contains(pos))
            continue;
        const qreal area = r.width() * r.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

QString PreviewCanvas::partAt(const QPointF &pos) const
{
    const int index = partIndexAt(pos);
    return index < 0 ? QString() : m_rendering.parts.at(index).path;
}

bool PreviewCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = partIndexAt(help->pos());
        QStringList lines;
        for (const sinch::rules::Finding &f : m_options.findings) {
            // A finding belongs to the part the preview marks it on.
            if (index >= 0 && PreviewPart::indexFor(m_rendering.parts, f.path) == index)
                lines.append((f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message));
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void PreviewCanvas::paintEvent(QPaintEvent *)
{
    // Moved to a screen of another density: draw again, sharp.
    if (!qFuzzyCompare(m_rendering.image.devicePixelRatio(), devicePixelRatioF()))
        render();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_rendering.image);
}

void PreviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(partIndexAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void PreviewCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString path = partAt(event->position());
        if (!path.isEmpty())
            emit partClicked(path);
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace sinch::ui
