#pragma once

#include "domain/jsondiff.h"

#include <QJsonObject>
#include <QWidget>

class QGridLayout;

namespace sinch::ui {

class ChangeList;
class PreviewOverlay;
class WhatsappPreviewWidget;

// The editor's right-hand side: the live preview of the document, drawn as the phone
// shows it, with the selected part outlined. Compared with the approved version, the
// approved preview stands at its left, both scroll together, the changed fields are
// marked on both and listed below by JSON path ("Compare with approved").
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(const QJsonObject &document, QWidget *parent = nullptr);

    WhatsappPreviewWidget *preview() const { return m_preview; }
    WhatsappPreviewWidget *approvedPreview() const { return m_approvedPreview; }
    PreviewOverlay *overlay() const { return m_overlay; }
    PreviewOverlay *approvedOverlay() const { return m_approvedOverlay; }
    ChangeList *changeList() const { return m_changeList; }

    void setDocument(const QJsonObject &document);
    // The server's version (the approved one is compared with); empty for a new template.
    void setServer(const QJsonObject &serverTemplate);
    // Outlines `focusPath` (a field's part) or else `partPath`; scrolls the part into view.
    void highlight(const QString &partPath, const QString &focusPath, bool scroll);

    // Whether there is something to compare: an approved version and pending changes or edits.
    bool canCompare() const;
    QString compareHint() const; // why (not)
    bool isComparing() const { return m_comparing; }
    void setComparing(bool on);
    QList<JsonChange> changes() const; // approved → edited, empty when not comparing

signals:
    void pathActivated(const QString &path); // a changed field was chosen
    void comparingChanged(bool on);

private:
    void updateComparison();

    QJsonObject m_document;
    QJsonObject m_server;
    bool m_comparing = false;
    WhatsappPreviewWidget *m_preview;
    PreviewOverlay *m_overlay;
    WhatsappPreviewWidget *m_approvedPreview;
    PreviewOverlay *m_approvedOverlay;
    ChangeList *m_changeList;
    QGridLayout *m_grid;
    QList<QWidget *> m_compareWidgets; // shown only while comparing
};

} // namespace sinch::ui
