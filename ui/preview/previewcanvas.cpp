#include "previewcanvas.h"

#include "previewpaint.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QtMath>

#include <utility>
#include <QToolTip>

namespace sinch::ui {

PreviewCanvas::PreviewCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Template preview"));
}

void PreviewCanvas::setContent(const Renderer &renderer, const PreviewOptions &options,
                               const PreviewRendering::SameContent &same)
{
    const bool sameLook = m_options.theme == options.theme && m_options.showRawVariables == options.showRawVariables
        && m_options.frameWidth == options.frameWidth && m_options.time == options.time;
    m_renderer = renderer;
    m_options = options;
    render(sameLook ? same : PreviewRendering::SameContent());
}

void PreviewCanvas::setFindings(const QList<sinch::rules::Finding> &findings)
{
    m_options.findings = findings;
    // A finding that only says something new (a text's length counted again as it is
    // typed) keeps its marker: the pixels stay, the tooltip reads the new words.
    if (remark())
        update();
}

bool PreviewCanvas::remark()
{
    QList<preview::FindingMark> marks = preview::findingMarks(m_rendering.parts, m_options.findings);
    if (marks == m_marks)
        return false;
    m_marks = std::move(marks);
    return true;
}

QImage PreviewCanvas::image() const
{
    return m_rendering.toImage(devicePixelRatioF(), m_options.findings);
}

void PreviewCanvas::render(const PreviewRendering::SameContent &same)
{
    const qreal ratio = devicePixelRatioF();
    const bool sameRatio = qFuzzyCompare(m_options.devicePixelRatio, ratio);
    m_options.devicePixelRatio = ratio;
    PreviewRendering before = std::exchange(m_rendering, m_renderer ? m_renderer(m_options) : PreviewRendering());
    setAccessibleDescription(m_rendering.description);
    if (sizeHint() != size()) {
        setFixedSize(sizeHint());
        updateGeometry();
    }
    // Typing into one card of a carousel paints that card's text again, not the view. A
    // marker that came, went or moved (the parts' paths are the findings' too) is all of it.
    const bool marksMoved = remark();
    update(sameRatio && !marksMoved ? m_rendering.changedSince(before, same) : QRegion(rect()));
    emit rendered();
}

QSize PreviewCanvas::sizeHint() const
{
    return QSize(qCeil(m_rendering.size.width()), qCeil(m_rendering.size.height()));
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

void PreviewCanvas::paintEvent(QPaintEvent *event)
{
    // Moved to a screen of another density: hairlines are drawn for the new one.
    if (!qFuzzyCompare(m_options.devicePixelRatio, devicePixelRatioF()))
        render();
    QPainter painter(this);
    painter.setClipRegion(event->region());
    if (m_rendering.paint)
        m_rendering.paint(&painter, m_options.findings); // background included
    else
        painter.fillRect(event->rect(), m_rendering.background);
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
