#pragma once

#include "documenttab.h"

#include <QJsonObject>

class QTextBrowser;

namespace sinch::ui {

// A server template shown read-only in a tab (state, review outcome, pending changes and
// all its fields): what "Open" shows until an editor is registered with the window.
class TemplateViewTab : public DocumentTab
{
    Q_OBJECT
public:
    TemplateViewTab(const QString &projectKey, const QJsonObject &tmpl, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    bool isDirty() const override { return false; }

    QTextBrowser *browser() const { return m_browser; }
    // The HTML summary of a template: state, category, quality, rejection and what to do.
    static QString summaryHtml(const QJsonObject &tmpl);
    static QString keyFor(const QString &projectKey, const QJsonObject &tmpl);

private:
    QString m_projectKey;
    QJsonObject m_template;
    QTextBrowser *m_browser;
};

} // namespace sinch::ui
