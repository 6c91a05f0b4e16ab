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
    // `owner` names the text's place in the rows' accessible names where several texts have
    // examples ("Card 2": "Card 2 example of variable 1"); empty for the body and header.
    ExampleRows(EditSession *session, FieldBinder *binder, const QString &componentPath, bool header,
                const QString &owner = QString(), QWidget *parent = nullptr);

    // Adds or removes rows for the variables the text has now; true when the rows changed.
    bool update();

private:
    EditSession *m_session;
    FieldBinder *m_binder;
    QString m_component;
    bool m_header;
    QString m_owner;
    QFormLayout *m_layout;
    QLabel *m_hint = nullptr;
    QStringList m_paths; // one a row
};

} // namespace sinch::ui
