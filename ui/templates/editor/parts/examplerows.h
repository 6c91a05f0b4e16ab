#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace sinch::ui {

class EditSession;
class FieldBinder;

// The example rows of a text with variables (a body: one per variable; a text header: at
// most one), kept in step with the number of variables in place. Typing {{3}} into the
// body adds a row; the text field being typed into is never rebuilt.
class ExampleRows : public QWidget
{
    Q_OBJECT
public:
    ExampleRows(EditSession *session, FieldBinder *binder, const QString &componentPath, bool header,
                QWidget *parent = nullptr);

    // Adds or removes rows for the variables the text has now; true when the rows changed.
    bool update();

private:
    EditSession *m_session;
    FieldBinder *m_binder;
    QString m_component;
    bool m_header;
    QFormLayout *m_layout;
    QLabel *m_hint = nullptr;
    QStringList m_paths; // one a row
};

} // namespace sinch::ui
