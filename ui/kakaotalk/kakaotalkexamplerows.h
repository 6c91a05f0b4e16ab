#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace sinch::ui {

class EditSession;
class FieldBinder;

// One example row per #{variable} of a KakaoTalk template's content, in the order the
// variables appear, kept in step with the content in place: typing "#{name}" adds its row
// where the variable is, deleting it takes the row away; the content field being typed into
// is never rebuilt. The examples are the console's own (KakaotalkTemplateEdits::kExamplesKey):
// the contract has no field for them, they are kept with the draft and never sent.
class KakaotalkExampleRows : public QWidget
{
    Q_OBJECT
public:
    KakaotalkExampleRows(EditSession *session, FieldBinder *binder, QWidget *parent = nullptr);

    // Adds or removes rows for the variables the content has now; true when rows changed.
    bool update();
    QStringList variables() const { return m_variables; }

private:
    void removeRow(const QString &variable);

    EditSession *m_session;
    FieldBinder *m_binder;
    QFormLayout *m_layout;
    QLabel *m_hint;
    QStringList m_variables; // one a row, in the layout's order (after the hint)
};

} // namespace sinch::ui
