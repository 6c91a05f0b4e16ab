#pragma once

#include "editing/formpart.h"
#include "senderchannel.h"

#include <QJsonArray>
#include <functional>

class QLabel;
class QPushButton;

namespace sinch::ui {

// The one page of the sender editor, built from the channel's list of fields (the
// contract's create or update request): a line, a text or a choice of the contract's enum
// for each, bound to its path, with a hint under it where the field needs one. KakaoTalk's
// category is a row of its own: the chosen path in words ("건강 › 병원 › 피부과") and a
// button that opens the category picker; the three codes change in one undo step.
class SenderForm : public FormPart
{
    Q_OBJECT
public:
    using Categories = std::function<QJsonArray()>;

    SenderForm(EditSession *session, FieldBinder *binder, const SenderChannel &channel, SenderChannel::Request request,
               Categories categories, QWidget *parent = nullptr);

    QString structure() const override { return m_structure; }
    void updateInPlace() override;

    QPushButton *categoryButton() const { return m_categoryButton; }
    // Opens the category picker (the button, or Enter on the category row).
    void chooseCategory();

private:
    void addCategoryRow();

    QString m_structure;
    Categories m_categories;
    QLabel *m_categoryPath = nullptr;
    QPushButton *m_categoryButton = nullptr;
};

} // namespace sinch::ui
