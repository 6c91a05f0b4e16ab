#pragma once

#include "previewcanvas.h"
#include "templates/previewoptions.h"
#include "templates/previewpart.h"

#include <QImage>
#include <QWidget>

class QScrollArea;
class QToolButton;

namespace sinch::ui {

// A channel's template preview as the editors show it: Light/Dark and "Show variables"
// toggles above the phone-width rendering in a scroll area. Marks each finding at its
// part and reports a click on a part with its JSON path, so the editor can select the
// field. A channel's preview derives from it and gives the renderer (setRenderer()).
class PhonePreviewWidget : public QWidget
{
    Q_OBJECT

public:
    void setFindings(const QList<sinch::rules::Finding> &findings);
    QList<sinch::rules::Finding> findings() const { return m_options.findings; }

    void setTheme(PreviewOptions::Theme theme);
    PreviewOptions::Theme theme() const { return m_options.theme; }
    // Raw variables ({{n}}, #{name}) instead of the examples.
    void setShowRawVariables(bool raw);
    bool showRawVariables() const { return m_options.showRawVariables; }

    // What is shown, for tests and for the editor's "go to part".
    QList<PreviewPart> parts() const;
    QImage image() const;
    PreviewCanvas *canvas() const { return m_canvas; }
    QScrollArea *scrollArea() const { return m_scroll; }

    // The phone's width and the scroll bar beside it.
    QSize sizeHint() const override;
    // The narrowest phone drawn when the pane is narrower than the phone (resizeEvent).
    static constexpr int kNarrowestPhone = 240;
    // The part of the canvas in sight, in its coordinates (the pane may be narrower than
    // the phone).
    QRectF visibleArea() const;
    // Brings the part of `path` into sight where the preview scrolls a part of itself (a
    // carousel's card, sideways within the phone), and says whether it is such a part: the
    // scroll area then only scrolls up or down to it, else it does all.
    virtual bool bringIntoView(const QString &path) { Q_UNUSED(path) return false; }

signals:
    void partClicked(const QString &path);
    void themeChanged(sinch::ui::PreviewOptions::Theme theme);

protected:
    // `channel` names the messenger in the toggles' tooltips ("WhatsApp"), `rawToolTip`
    // says what "Show variables" shows.
    PhonePreviewWidget(const QString &channel, const QString &rawToolTip, QWidget *parent);

    void setRenderer(const PreviewCanvas::Renderer &renderer);
    // What the renderer is given; a change shows at the next refresh().
    PreviewOptions &options() { return m_options; }
    const PreviewOptions &options() const { return m_options; }
    // A preview without variables (a brand card) has no "Show variables" toggle.
    void setRawToggleVisible(bool visible);
    // Narrower than its phone, the preview draws a narrower phone (down to kNarrowestPhone),
    // as a smaller handset wraps the text, rather than scroll it sideways (two side by side
    // when comparing, a narrow window).
    void resizeEvent(QResizeEvent *event) override;
    // Draws again, after the content the renderer reads has changed; `same` says which
    // parts draw as before (see PreviewCanvas::setContent), without it all are drawn.
    void refresh(const PreviewRendering::SameContent &same = {});

private:
    PreviewOptions m_options;
    int m_phoneWidth = 0; // the phone's own width (options' frameWidth as the channel set it)
    PreviewCanvas::Renderer m_renderer;
    QToolButton *m_light = nullptr;
    QToolButton *m_dark = nullptr;
    QToolButton *m_raw = nullptr;
    QScrollArea *m_scroll = nullptr;
    PreviewCanvas *m_canvas = nullptr;
};

} // namespace sinch::ui
