#pragma once

#include "editing/formpart.h"

#include <QPointer>

class QComboBox;

namespace sinch {
class KakaotalkTemplateCategories;
}

namespace sinch::ui {

class KakaotalkButtonRows;
class KakaotalkExampleRows;
class KakaotalkTemplateEdits;

// What the form of a KakaoTalk template is built with.
struct KakaotalkFormContext
{
    EditSession *session = nullptr;
    FieldBinder *binder = nullptr;
    KakaotalkTemplateEdits *edits = nullptr;
    QPointer<KakaotalkTemplateCategories> categories; // the sender's template categories
    QString plusFriendId;
    QString code; // empty for a new template
};

// The one page of the KakaoTalk template editor: every field of the contract's template
// (KakaotalkInputTemplateDetailsDto). The rows that only some templates have (title and
// subtitle of emphasized text, the image of an image template, the extra information of
// the extra-information kinds) show when the template has that kind or a value there;
// examples follow the content's #{variables} in place; the buttons are KakaotalkButtonRows.
class KakaotalkTemplateForm : public FormPart
{
    Q_OBJECT
public:
    explicit KakaotalkTemplateForm(const KakaotalkFormContext &ctx, QWidget *parent = nullptr);

    QString structure() const override;
    void updateInPlace() override;
    static QString structureOf(const EditSession &session);

private:
    void fillCategories();

    KakaotalkFormContext m_ctx;
    QComboBox *m_category = nullptr;
    KakaotalkExampleRows *m_examples = nullptr;
};

} // namespace sinch::ui
