#pragma once

#include <QJsonObject>
#include <QString>
#include <QWidget>

#include <functional>

namespace sinch::ui {

class MessageBox;

// A document shown in a tab of the main window (a template editor, a read-only view):
// its title, whether it holds something unsaved, and how it closes. The window's tab host
// knows only this.
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentTab(QWidget *parent = nullptr);
    ~DocumentTab() override;

    // A stable identity ("<projectKey>/whatsapp/<name>/<LANG>"): opening it again shows this tab.
    virtual QString documentKey() const = 0;
    virtual QString title() const = 0;
    virtual bool isDirty() const = 0;
    // Calls `done(true)` when the tab may close. The default asks through `box` only when
    // isDirty(); documents that keep their own drafts override it.
    virtual void requestClose(MessageBox *box, std::function<void(bool)> done);
    // Takes back a draft kept under `draftKey` (after a crash) as an unsaved edit; a
    // document without drafts ignores it.
    virtual void restoreDraft(const QString &draftKey, const QJsonObject &document);
    // Puts the keyboard where a new document starts (its name); the default, the tab.
    virtual void focusFirstField() { setFocus(Qt::OtherFocusReason); }
    // Brings the document's activity into view (opened from an inbox entry about it); a
    // document without one stays as it is.
    virtual void showActivity() {}

signals:
    void titleChanged(const QString &title);
    void dirtyChanged(bool dirty);
};

} // namespace sinch::ui
