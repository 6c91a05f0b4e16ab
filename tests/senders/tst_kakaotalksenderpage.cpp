// The KakaoTalk sender page driven as a person drives it: New (Ctrl+N), the fields typed,
// the category chosen in the picker with the keyboard (a search, ↓ into the tree, Enter
// on the third level), Submit, a token requested, a wrong token explained, the sandbox's
// token (KakaotalkApi::verificationToken()), the sender ACTIVE; then deleted.

#include "senderpagefixture.h"

#include "sandbox/kakaotalkapi.h"
#include "senders/kakaotalkcategorypicker.h"
#include "senders/senderdetail.h"
#include "senders/sendereditor.h"
#include "senders/senderverificationdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include "services/kakaotalksenderservice.h"
#include <QTreeWidget>
#include <QUndoStack>

using namespace sinch;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

class TstKakaotalkSenderPage : public QObject
{
    Q_OBJECT

    test::SenderPageFixture m_f;

private slots:
    void init()
    {
        // Kakao's review takes its time: the sender is registered and verified meanwhile.
        QString why;
        QVERIFY2(m_f.start(QStringLiteral("kakaotalk.senders"), test::SenderPageFixture::reviewAfter(600), &why),
                 qPrintable(why));
    }

    void cleanup()
    {
        QVERIFY2(m_f.box->allMet(), qPrintable(m_f.box->report()));
        m_f.stop();
    }

    void pickerFiltersAllLevels()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->categories().isEmpty(), 10000);
        ui::KakaotalkCategoryPicker picker(m_f.page->categories(), {});
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        GuiDriver::typeKeys(picker.searchEdit(), QStringLiteral("약국"));
        QTreeView *tree = picker.tree();
        // Only the branch with the match is left, open, its leaf ready.
        QCOMPARE(tree->model()->rowCount(), 1);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QCOMPARE(picker.names().last(), QStringLiteral("약국"));
        QCOMPARE(picker.codes().size(), 3);
        picker.searchEdit()->clear();
        GuiDriver::typeKeys(picker.searchEdit(), QStringLiteral("no such category"));
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(!GuiDriver(&picker).get<QPushButton>(QStringLiteral("Choose category"))->isEnabled());
    }

    void createWithPickerRegisterVerifyDelete()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->categories().isEmpty(), 10000);
        const QString seededId = m_f.page->model()->item(0).value(QLatin1String("plusFriendId")).toString();
        QVERIFY(!seededId.isEmpty());
        m_f.page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_f.page->editor());
        ui::SenderEditor *editor = m_f.page->editor();
        GuiDriver form(editor);
        QVERIFY(form.typeAtEnd(QStringLiteral("Search ID"), QStringLiteral("@acmebakery")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Name"), QStringLiteral("Acme Bakery Seoul")));
        // A finding while the phone has a dash, gone once it is digits only.
        QVERIFY(form.typeAtEnd(QStringLiteral("Admin phone number"), QStringLiteral("+82-")));
        QVERIFY(!form.get<QLineEdit>(QStringLiteral("Admin phone number"))->accessibleDescription().isEmpty());
        auto *phone = form.get<QLineEdit>(QStringLiteral("Admin phone number"));
        GuiDriver::key(Qt::Key_Backspace);
        GuiDriver::typeKeys(phone, QStringLiteral("1099998888"));
        QVERIFY(phone->accessibleDescription().isEmpty());

        // The category: a search, ↓ into the tree, Enter on the leaf.
        QVERIFY(form.click(QStringLiteral("Choose category")));
        QTRY_VERIFY(editor->findChild<ui::KakaotalkCategoryPicker *>());
        auto *picker = editor->findChild<ui::KakaotalkCategoryPicker *>();
        QTRY_VERIFY(picker->isVisible());
        QCOMPARE(QApplication::focusWidget(), picker->searchEdit());
        GuiDriver::typeKeys(picker->searchEdit(), QStringLiteral("피부"));
        QVERIFY(test::SenderPageFixture::screenshot(picker, QStringLiteral("kakaotalk-category-picker.png")));
        GuiDriver::key(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), picker->tree());
        QCOMPARE(picker->names(), QStringList({QStringLiteral("건강"), QStringLiteral("병원"), QStringLiteral("피부과")}));
        GuiDriver::key(Qt::Key_Return);
        QTRY_VERIFY(!editor->findChild<ui::KakaotalkCategoryPicker *>() || !picker->isVisible());
        QCOMPARE(form.get<QLabel>(QStringLiteral("Category"))->text(), QStringLiteral("건강 › 병원 › 피부과"));
        QVERIFY(test::SenderPageFixture::screenshot(editor, QStringLiteral("kakaotalk-sender-editor.png")));
        const QJsonObject details = editor->document().value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("topLevelCategoryCode")).toString().size(), 3);
        QCOMPARE(details.value(QLatin1String("subLevelCategoryCode")).toString().size(), 4);
        QVERIFY2(!rules::hasErrors(editor->findings()), qPrintable(editor->findings().value(0).message));
        // One undo step for the three codes.
        editor->undoStack()->undo();
        QCOMPARE(editor->document().value(QLatin1String("details")).toObject().value(QLatin1String("topLevelCategoryCode")).toString(),
                 QString());
        editor->undoStack()->redo();

        // The search ID of a sender the project has already: the server's refusal lands on
        // the field, and nothing typed is lost.
        auto *searchId = form.get<QLineEdit>(QStringLiteral("Search ID"));
        searchId->selectAll();
        GuiDriver::typeKeys(searchId, seededId);
        QVERIFY(form.click(QStringLiteral("Submit")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->messageText().isEmpty()
                                     && editor->messageText() != QLatin1String("Submitting…"), 10000);
        QVERIFY(editor->isVisible());
        QTRY_VERIFY(!searchId->accessibleDescription().isEmpty());
        QVERIFY(searchId->accessibleDescription().contains(QLatin1String("already uses this search ID")));
        QCOMPARE(editor->document().value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Acme Bakery Seoul"));
        searchId->selectAll();
        GuiDriver::typeKeys(searchId, QStringLiteral("@acmebakery"));
        QVERIFY(searchId->accessibleDescription().isEmpty());

        QVERIFY(form.click(QStringLiteral("Submit")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        ui::SenderDetail *detail = m_f.page->senderDetail();
        QTRY_COMPARE_WITH_TIMEOUT(m_f.page->channel().idOf(detail->sender()), QStringLiteral("@acmebakery"), 10000);
        // In the list while Kakao reviews it: not live yet, its changes in review.
        QTRY_VERIFY_WITH_TIMEOUT(m_f.listShows(QStringLiteral("State"), QStringLiteral("Not live yet")), 10000);
        QVERIFY(m_f.listShows(QStringLiteral("Pending changes"), QStringLiteral("In progress")));
        // The category reads as words.
        QTreeWidget *fields = detail->fieldsView();
        QString category;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            if (fields->topLevelItem(i)->text(0) == QLatin1String("Category"))
                category = fields->topLevelItem(i)->text(1);
        QCOMPARE(category, QStringLiteral("건강 › 병원 › 피부과"));

        // Register: Kakao sends a token to the admin phone.
        QTRY_VERIFY(m_f.actionEnabled("senders.verify"));
        QVERIFY(m_f.clickAction("senders.verify"));
        QTRY_VERIFY(m_f.page->verificationDialog());
        ui::SenderVerificationDialog *dialog = m_f.page->verificationDialog();
        GuiDriver verify(dialog);
        QVERIFY(verify.click(QStringLiteral("Send token")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("+821099998888")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->stateText(), QStringLiteral("Verifying"), 10000);

        // A wrong token, explained; the sender still waits for the right one.
        QVERIFY(verify.typeAtEnd(QStringLiteral("Verification token"), QStringLiteral("654321")));
        QVERIFY(verify.click(QStringLiteral("Verify")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("did not accept this token")), 10000);
        dialog->codeEdit()->selectAll();
        GuiDriver::typeKeys(dialog->codeEdit(), sandbox::KakaotalkApi::verificationToken());
        QVERIFY(verify.click(QStringLiteral("Verify")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->verificationDialog(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->stateText(), QStringLiteral("Active"), 10000);

        // Delete (asked first).
        m_f.box->expect(MessageBox::Kind::Question, QStringLiteral("Delete the sender"), QMessageBox::Yes);
        QTRY_VERIFY(m_f.actionEnabled("senders.delete"));
        QVERIFY(m_f.clickAction("senders.delete"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.listShows(QStringLiteral("Plus friend ID"), QStringLiteral("@acmebakery")), 10000);
    }

    // Verified elsewhere (another console, the API) while the dialog waits: a token typed
    // now is refused, and the dialog says the sender is active, not "check the digits".
    void verifiedElsewhereIsSaid()
    {
        const QString pf = QStringLiteral("@acmeelsewhere");
        KakaotalkSenderService api(m_f.fx->client.get(), m_f.fx->projectKey);
        const QJsonObject sender{{"plusFriendId", pf},
                                 {"details", QJsonObject{{"name", "Acme Elsewhere"}, {"adminPhoneNo", "+821012345678"},
                                                         {"topLevelCategoryCode", "019"}, {"midLevelCategoryCode", "0006"},
                                                         {"subLevelCategoryCode", "0001"}}}};
        QVERIFY(test::finished(api.create(sender, true)).ok());
        QVERIFY(test::finished(api.registerSender(pf)).ok());
        m_f.page->model()->refresh();
        GuiDriver page(m_f.page.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.clickRow(m_f.page->view(), pf), 10000);
        QTRY_VERIFY(m_f.actionEnabled("senders.verify"));
        QVERIFY(m_f.clickAction("senders.verify"));
        QTRY_VERIFY(m_f.page->verificationDialog());
        ui::SenderVerificationDialog *dialog = m_f.page->verificationDialog();
        QVERIFY(test::finished(api.verify(pf, sandbox::KakaotalkApi::verificationToken())).ok());
        GuiDriver verify(dialog);
        QVERIFY(verify.typeAtEnd(QStringLiteral("Verification token"), QStringLiteral("654321")));
        QVERIFY(verify.click(QStringLiteral("Verify")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("active already")), 10000);
        QVERIFY2(!dialog->messageText().contains(QLatin1String("digits")), qPrintable(dialog->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_f.page->senderDetail()->stateText(), QStringLiteral("Active"), 10000);
        QVERIFY(verify.click(QStringLiteral("Close")));
        QTRY_VERIFY(!m_f.page->verificationDialog());
    }
};

QTEST_MAIN(TstKakaotalkSenderPage)
#include "tst_kakaotalksenderpage.moc"
