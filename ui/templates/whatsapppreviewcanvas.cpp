#include "whatsapppreviewcanvas.h"

#include "whatsapppreviewrenderer.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sinch::ui {

WhatsappPreviewCanvas::WhatsappPreviewCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Template preview"));
}

void WhatsappPreviewCanvas::setContent(const QJsonObject &templateJson, const PreviewOptions &options)
{
    m_template = templateJson;
    m_options = options;
    render();
}

void WhatsappPreviewCanvas::render()
{
    m_options.devicePixelRatio = devicePixelRatioF();
    m_image = WhatsappPreviewRenderer::render(m_template, m_options);
    m_parts = WhatsappPreviewRenderer::layout(m_template, m_options);
    const QSize logical = (QSizeF(m_image.size()) / m_image.devicePixelRatio()).toSize();
    setFixedSize(logical);
    updateGeometry();
    update();
}

QSize WhatsappPreviewCanvas::sizeHint() const
{
    return (QSizeF(m_image.size()) / qMax<qreal>(1e-3, m_image.devicePixelRatio())).toSize();
}

int WhatsappPreviewCanvas::partIndexAt(const QPointF &pos) const
{
    int best = -1;
    qreal bestArea = 0;
    for (int i = 0; i < m_parts.size(); ++i) {
        const QRectF &r = m_parts.at(i).rect;
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

QString WhatsappPreviewCanvas::partAt(const QPointF &pos) const
{
    const int index = partIndexAt(pos);
    return index < 0 ? QString() : m_parts.at(index).path;
}

bool WhatsappPreviewCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = partIndexAt(help->pos());
        QStringList lines;
        for (const sinch::rules::Finding &f : m_options.findings) {
            // A finding belongs to the part the preview marks it on.
            if (index >= 0 && PreviewPart::indexFor(m_parts, f.path) == index)
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

void WhatsappPreviewCanvas::paintEvent(QPaintEvent *)
{
    // Moved to a screen of another density: draw again, sharp.
    if (!qFuzzyCompare(m_image.devicePixelRatio(), devicePixelRatioF()))
        render();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_image);
}

void WhatsappPreviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(partIndexAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void WhatsappPreviewCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString path = partAt(event->position());
        if (!path.isEmpty())
            emit partClicked(path);
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace sinch::ui
