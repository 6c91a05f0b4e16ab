#pragma once

#include <QWidget>

class QFormLayout;

namespace sinch::ui {

class EditSession;
class FieldBinder;
class KakaotalkTemplateEdits;

// The buttons of a KakaoTalk template, one group each in their order: its kind, its label
// and the links its kind has (a web link: mobile and PC; an app link: mobile, PC, iOS and
// Android; the other kinds none), Move up / Move down (Alt+Up/Down in its fields) and
// Remove; below them the kind of a new button and Add. Built for the buttons' count and
// kinds (structure()): another kind or count makes a new page.
class KakaotalkButtonRows : public QWidget
{
    Q_OBJECT
public:
    KakaotalkButtonRows(EditSession *session, FieldBinder *binder, KakaotalkTemplateEdits *edits, QWidget *parent = nullptr);

    static QString structure(const EditSession &session);

private:
    void addButtonGroup(QFormLayout *layout, int index);
    void addNewButtonRow(QFormLayout *layout);

    EditSession *m_session;
    FieldBinder *m_binder;
    KakaotalkTemplateEdits *m_edits;
};

} // namespace sinch::ui
