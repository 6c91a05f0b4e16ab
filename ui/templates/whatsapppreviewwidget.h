#pragma once

#include "previewoptions.h"
#include "previewpart.h"

#include <QImage>
#include <QJsonObject>
#include <QWidget>

class QScrollArea;
class QToolButton;

namespace sinch::ui {

class WhatsappPreviewCanvas;

// The template editor's WhatsApp preview: Light/Dark and "Show variables" toggles above
// the phone-width rendering in a scroll area (carousels scroll sideways). Follows
// setTemplate() and setFindings(), marks each finding at its part and reports a click on
// a part with its JSON path, so the editor can select the field.
class WhatsappPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WhatsappPreviewWidget(QWidget *parent = nullptr);

    void setTemplate(const QJsonObject &templateJson);
    QJsonObject templateJson() const { return m_template; }
    void setFindings(const QList<sinch::rules::Finding> &findings);
    QList<sinch::rules::Finding> findings() const { return m_options.findings; }

    void setTheme(PreviewOptions::Theme theme);
    PreviewOptions::Theme theme() const { return m_options.theme; }
    // Raw {{n}} instead of the examples.
    void setShowRawVariables(bool raw);
    bool showRawVariables() const { return m_options.showRawVariables; }

    // What is shown, for tests and for the editor's "go to part".
    QList<PreviewPart> parts() const;
    QImage image() const;
    WhatsappPreviewCanvas *canvas() const { return m_canvas; }
    QScrollArea *scrollArea() const { return m_scroll; }

signals:
    void partClicked(const QString &path);
    void themeChanged(sinch::ui::PreviewOptions::Theme theme);

private:
    void refresh();

    QJsonObject m_template;
    PreviewOptions m_options;
    QToolButton *m_light = nullptr;
    QToolButton *m_dark = nullptr;
    QToolButton *m_raw = nullptr;
    QScrollArea *m_scroll = nullptr;
    WhatsappPreviewCanvas *m_canvas = nullptr;
};

} // namespace sinch::ui
