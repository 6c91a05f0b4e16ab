// The WhatsApp sender page driven as a person drives it: New (Ctrl+N), the fields typed
// key by key (a finding appears while a field is wrong and goes when it is fixed), Submit,
// a code requested by SMS, a wrong code explained, the right one, the sender ACTIVE with
// nothing to do; then an edit saved as a draft shows beside the live values, its changes
// are deleted, and the sender is deleted. What the sandbox holds is read with plain calls.

#include "findings.h"
#include "senderpagefixture.h"

#include "areapages.h"
#include "senders/senderdetail.h"
#include "senders/sendereditor.h"
#include "senders/senderverificationdialog.h"
#include "templates/list/changelist.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sinch;
using sinch::test::hasRule;
using sinch::test::GuiDriver;
using sinch::ui::MessageBox;

namespace {

const QString kDisplayName = QStringLiteral("Acme Bakery Berlin");

} // namespace

class TstWhatsappSenderPage : public QObject
{
    Q_OBJECT

    test::SenderPageFixture m_f;

    
    QString state(const QString &id) const
    {
        return m_f.fx->callSync(ApiRequest(QStringLiteral("SendersController_get_v1")).path(QStringLiteral("senderId"), id))
            .json.object().value(QLatin1String("state")).toString();
    }

    // The list's first sender chosen with a click, then Edit: its editor, open.
    bool editFirstSender()
    {
        if (!QTest::qWaitFor([this] { return m_f.page->view()->model()->rowCount() > 0; }, 10000))
            return false;
        GuiDriver page(m_f.page.get());
        if (!page.clickRow(m_f.page->view(), m_f.page->view()->model()->index(0, 0).data().toString())
            || !QTest::qWaitFor([this] { return m_f.actionEnabled("senders.edit"); }, 5000) || !m_f.clickAction("senders.edit"))
            return false;
        return QTest::qWaitFor([this] { return m_f.page->editor() != nullptr; }, 5000);
    }

private slots:
    void init()
    {
        QString why;
        // The review decides at once: the page's state follows a verify without waiting.
        QVERIFY2(m_f.start(QStringLiteral("whatsapp.senders"), test::SenderPageFixture::reviewAfter(0), &why), qPrintable(why));
    }

    void cleanup()
    {
        QVERIFY2(m_f.box->allMet(), qPrintable(m_f.box->report()));
        m_f.stop();
    }

    void areaOpensThisPage()
    {
        QStackedWidget stack;
        ui::AreaPages pages(&stack, m_f.fx->client.get(), m_f.box.get(), nullptr, nullptr);
        QVERIFY(qobject_cast<ui::SenderPage *>(pages.ensure(QStringLiteral("whatsapp.senders"))));
        QVERIFY(qobject_cast<ui::SenderPage *>(pages.ensure(QStringLiteral("kakaotalk.senders"))));
    }

    void listReadsAsWordsAndFiltersByState()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_f.listShows(QStringLiteral("State"), QStringLiteral("Active")), 10000);
        QVERIFY(!m_f.listShows(QStringLiteral("State"), QStringLiteral("ACTIVE")));
        GuiDriver gui(m_f.page.get());
        QVERIFY(gui.choose(QStringLiteral("Filter by State"), QStringLiteral("Pending verification")));
        QTRY_VERIFY_WITH_TIMEOUT(m_f.page->model() && m_f.page->model()->hasLoadedOnce(), 10000);
        QVERIFY(!m_f.listShows(QStringLiteral("State"), QStringLiteral("Active")));
        QVERIFY(gui.choose(QStringLiteral("Filter by State"), QStringLiteral("Any state")));
        QTRY_VERIFY_WITH_TIMEOUT(m_f.listShows(QStringLiteral("State"), QStringLiteral("Active")), 10000);
    }

    void createRegisterVerifyEditDelete()
    {
        // New (Ctrl+N) from the list.
        m_f.page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_f.page->editor());
        ui::SenderEditor *editor = m_f.page->editor();
        QTRY_VERIFY(editor->isVisible());
        GuiDriver form(editor);
        QVERIFY(form.typeAtEnd(QStringLiteral("Country code"), QStringLiteral("49")));
        // The own number (the form's start) gets the code: it is asked for until typed.
        QVERIFY(hasRule(editor->findings(), QStringLiteral("sender.customerNumber")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Phone number"), QStringLiteral("15199887766")));
        QVERIFY(!hasRule(editor->findings(), QStringLiteral("sender.customerNumber")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Display name"), kDisplayName));
        QVERIFY(form.choose(QStringLiteral("Business category"), QStringLiteral("Food and grocery")));
        QVERIFY(form.typeAtEnd(QStringLiteral("About"), QStringLiteral("Fresh bread every morning")));

        // A finding while the email is half typed, gone once it is whole.
        QVERIFY(form.typeAtEnd(QStringLiteral("Email"), QStringLiteral("hello@")));
        QVERIFY(hasRule(editor->findings(), QStringLiteral("sender.email")));
        QVERIFY(test::SenderPageFixture::screenshot(editor, QStringLiteral("sender-editor.png")));
        QVERIFY(!form.get<QLineEdit>(QStringLiteral("Email"))->accessibleDescription().isEmpty());
        QVERIFY(form.typeAtEnd(QStringLiteral("Email"), QStringLiteral("acme.example")));
        QVERIFY(!hasRule(editor->findings(), QStringLiteral("sender.email")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Website"), QStringLiteral("https://acme.example")));
        QVERIFY2(!rules::hasErrors(editor->findings()), qPrintable(editor->findings().value(0).message));
        QVERIFY(form.click(QStringLiteral("Keep the sender as a draft if Meta refuses the submission")));
        QCOMPARE(editor->document().value(QLatin1String("saveDraftOnFailure")).toBool(), true);

        QVERIFY(form.click(QStringLiteral("Submit")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        ui::SenderDetail *detail = m_f.page->senderDetail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->stateText(), QStringLiteral("Pending verification"), 10000);
        const QString id = m_f.page->channel().idOf(detail->sender());
        QVERIFY(!id.isEmpty());
        QCOMPARE(detail->action(), SenderNextStep::Action::RequestCode);
        QTRY_VERIFY_WITH_TIMEOUT(m_f.listShows(QStringLiteral("Phone number"), QStringLiteral("+49 15199887766")), 10000);
        // Never verified, it has no live details: what was typed shows as pending, field by
        // field (it was one "+ details: {…}" line, the Pending column empty), and only that
        // (no address or description of the contract's example).
        QCOMPARE(detail->changedPaths().size(), 5);
        for (const QString &path : {QStringLiteral("details.displayName"), QStringLiteral("details.vertical"),
                                    QStringLiteral("details.about"), QStringLiteral("details.email"),
                                    QStringLiteral("details.websiteOne")})
            QVERIFY2(detail->changedPaths().contains(path), qPrintable(detail->changedPaths().join(QLatin1Char(','))));
        bool aboutShown = false;
        for (int i = 0; i < detail->fieldsView()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = detail->fieldsView()->topLevelItem(i);
            QVERIFY2(row->text(0) != QLatin1String("Address"), qPrintable(row->text(2)));
            if (row->text(0) == QLatin1String("About")) {
                QCOMPARE(row->text(1), QStringLiteral("—"));
                QCOMPARE(row->text(2), QStringLiteral("● Fresh bread every morning"));
                aboutShown = true;
            }
        }
        QVERIFY(aboutShown);

        // Register by SMS from the next step's button, then a wrong code.
        GuiDriver page(m_f.page.get());
        QVERIFY(page.click(QStringLiteral("Request code")));
        QTRY_VERIFY(m_f.page->verificationDialog());
        ui::SenderVerificationDialog *dialog = m_f.page->verificationDialog();
        GuiDriver verify(dialog);
        QVERIFY(verify.choose(QStringLiteral("Send the code by"), QStringLiteral("SMS")));
        QVERIFY(!verify.get<QPushButton>(QStringLiteral("Verify"))->isEnabled());
        QVERIFY(!verify.get<QPushButton>(QStringLiteral("Verify"))->toolTip().isEmpty());
        QVERIFY(verify.click(QStringLiteral("Send code")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("on its way")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->action(), SenderNextStep::Action::EnterCode, 10000);
        QVERIFY(detail->nextStepText().contains(QLatin1String("6-digit code")));
        QVERIFY(verify.typeAtEnd(QStringLiteral("Verification code"), QStringLiteral("000 000")));
        QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("000000")); // only the digits
        QVERIFY(verify.click(QStringLiteral("Verify")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("not the code Meta sent")), 10000);
        QVERIFY(test::SenderPageFixture::screenshot(dialog, QStringLiteral("sender-verification.png")));
        QCOMPARE(state(id), QStringLiteral("PENDING_VERIFICATION"));

        // The right code: a paste with a space, digits only kept.
        dialog->codeEdit()->selectAll();
        GuiDriver::typeKeys(dialog->codeEdit(), QStringLiteral("123 4567"));
        QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("123456"));
        GuiDriver::key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->verificationDialog(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->stateText(), QStringLiteral("Active"), 10000);
        QCOMPARE(detail->nextStepText(), QStringLiteral("Nothing to do: the sender is active."));
        QCOMPARE(detail->action(), SenderNextStep::Action::None);
        QVERIFY(!detail->actionButton()->isVisible());
        auto *verifyAction = m_f.page->findChild<QAction *>(QStringLiteral("senders.verify"));
        QVERIFY(!verifyAction->isEnabled());
        QVERIFY(verifyAction->toolTip().contains(QLatin1String("needs no verification")));
        auto *deleteChanges = m_f.page->findChild<QAction *>(QStringLiteral("senders.deleteChanges"));
        QVERIFY(!deleteChanges->isEnabled());
        QCOMPARE(deleteChanges->toolTip(), QStringLiteral("The sender has no pending changes"));

        // Edit: a new "About", saved as a draft, shows beside the live value.
        QTRY_VERIFY(m_f.actionEnabled("senders.edit"));
        QVERIFY(m_f.clickAction("senders.edit"));
        QTRY_VERIFY(m_f.page->editor());
        editor = m_f.page->editor();
        GuiDriver edit(editor);
        auto *about = edit.get<QLineEdit>(QStringLiteral("About"));
        QCOMPARE(about->text(), QStringLiteral("Fresh bread every morning"));
        about->selectAll();
        GuiDriver::typeKeys(about, QStringLiteral("Bread, cakes and coffee since 1921"));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->changedPaths() == QStringList{QStringLiteral("details.about")}, 10000);
        QCOMPARE(detail->stateText(), QStringLiteral("Active"));
        QCOMPARE(detail->action(), SenderNextStep::Action::SubmitChanges);
        QCOMPARE(detail->changeList()->changes().size(), 1);
        QVERIFY(detail->changeList()->item(0)->text().startsWith(QLatin1String("~ About")));
        QTreeWidget *fields = detail->fieldsView();
        QVERIFY(!fields->isColumnHidden(2));
        bool seen = false;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            if (fields->topLevelItem(i)->text(0) == QLatin1String("About")) {
                QCOMPARE(fields->topLevelItem(i)->text(1), QStringLiteral("Fresh bread every morning"));
                QVERIFY(fields->topLevelItem(i)->text(2).contains(QLatin1String("since 1921")));
                seen = true;
            }
        QVERIFY(seen);
        QVERIFY(test::SenderPageFixture::screenshot(m_f.page.get(), QStringLiteral("sender-pending-changes.png")));

        // Delete the changes (asked first); the live value stays.
        m_f.box->expect(MessageBox::Kind::Question, QStringLiteral("Delete the pending changes"), QMessageBox::Yes);
        QTRY_VERIFY(m_f.actionEnabled("senders.deleteChanges"));
        QVERIFY(m_f.clickAction("senders.deleteChanges"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->changedPaths().isEmpty() && fields->isColumnHidden(2), 10000);
        QCOMPARE(detail->action(), SenderNextStep::Action::None);

        // Delete the sender (asked first).
        m_f.box->expect(MessageBox::Kind::Question, QStringLiteral("Delete the sender"), QMessageBox::Yes);
        QTRY_VERIFY(m_f.actionEnabled("senders.delete"));
        QVERIFY(m_f.clickAction("senders.delete"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.listShows(QStringLiteral("Phone number"), QStringLiteral("+49 15199887766")), 10000);
        QCOMPARE(m_f.fx->callSync(ApiRequest(QStringLiteral("SendersController_get_v1")).path(QStringLiteral("senderId"), id))
                     .httpStatus, 404);
    }

    // A sender's pending changes say their values in words, as the table above them does
    // ("Education"), not as the contract spells them (EDUCATION).
    void pendingChangesInWords()
    {
        QVERIFY(editFirstSender());
        GuiDriver edit(m_f.page->editor());
        QVERIFY(edit.choose(QStringLiteral("Business category"), QStringLiteral("Education")));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        auto *detail = m_f.page->findChild<ui::SenderDetail *>();
        QTRY_VERIFY_WITH_TIMEOUT(detail->changeList()->count() > 0, 10000);
        static const QRegularExpression raw(QStringLiteral("\"[A-Z][A-Z_]{3,}\""));
        bool education = false;
        for (int i = 0; i < detail->changeList()->count(); ++i) {
            const QString line = detail->changeList()->item(i)->text();
            QVERIFY2(!raw.match(line).hasMatch(), qPrintable(line));
            education = education || line.contains(QLatin1String("Education"));
        }
        QVERIFY(education);
    }

    // A long pending value (an email address, a website: no spaces to wrap at) is shown
    // whole on several lines of its row, not cut short with an ellipsis.
    void longPendingValuesWrap()
    {
        QVERIFY(editFirstSender());
        GuiDriver edit(m_f.page->editor());
        const QString email = QStringLiteral("reservations.and.catering.department@acmebakeryandpatisserie.example");
        auto *field = edit.get<QLineEdit>(QStringLiteral("Email"));
        QVERIFY(field);
        field->selectAll();
        GuiDriver::typeKeys(field, email);
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        auto *detail = m_f.page->findChild<ui::SenderDetail *>();
        QTreeWidget *fields = detail->fieldsView();
        QTreeWidgetItem *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = [&]() -> QTreeWidgetItem * {
            for (int i = 0; i < fields->topLevelItemCount(); ++i)
                if (fields->topLevelItem(i)->text(2).contains(email))
                    return fields->topLevelItem(i);
            return nullptr;
        }()), 10000);
        const QModelIndex pending = fields->indexFromItem(row, 2);
        const int width = fields->columnWidth(2);
        QVERIFY2(fields->fontMetrics().horizontalAdvance(email) > width, "the column is wide enough: nothing to wrap");
        // As many lines as the value needs at the column's width, each shown whole.
        const int lines = fields->visualRect(pending).height() / fields->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 2, qPrintable(QStringLiteral("%1 line(s) of %2 px").arg(lines).arg(width)));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(detail->grab().save(QDir::tempPath() + QStringLiteral("/sender-long-values.png")));
    }

    // A save refused for a field's problem says so until the problem is fixed, not after.
    void aRefusalGoesWhenItsProblemIsFixed()
    {
        QVERIFY(editFirstSender());
        ui::SenderEditor *editor = m_f.page->editor();
        GuiDriver edit(editor);
        auto *email = edit.get<QLineEdit>(QStringLiteral("Email"));
        QVERIFY(email);
        email->selectAll();
        GuiDriver::typeKeys(email, QStringLiteral("bakery"));
        GuiDriver::key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(editor->messageText().startsWith(QLatin1String("Not sent:")), qPrintable(editor->messageText()));
        GuiDriver::typeKeys(email, QStringLiteral("@acme.example"));
        QVERIFY2(!editor->messageText().contains(QLatin1String("Not sent")), qPrintable(editor->messageText()));
    }

    // A submit whose answer never comes (held by the sandbox; the person stops waiting for it
    // in the editor's bar, which leaves the console's other requests waiting) went
    // through; submitted again from the same editor, the sender is read first and found to
    // hold the edit: the editor closes as saved, and no second review starts.
    void aSubmitWithoutAnswerIsNotSentTwice()
    {
        const QString update = QStringLiteral("SendersController_update_v1");
        QVERIFY(editFirstSender());
        const QString id = m_f.page->currentSender().value(QLatin1String("id")).toString();
        ui::SenderEditor *editor = m_f.page->editor();
        GuiDriver edit(editor);
        auto *about = edit.get<QLineEdit>(QStringLiteral("About"));
        about->selectAll();
        GuiDriver::typeKeys(about, QStringLiteral("Open on Sundays"));
        QTRY_VERIFY_WITH_TIMEOUT(m_f.fx->client->inFlight() == 0 && m_f.fx->client->queued() == 0, 10000);
        const int updates = m_f.fx->server->requestCount(update);
        // Another request waits too (a list read elsewhere in the console).
        m_f.fx->server->injectNextStall();
        QPointer<ApiJob> other = m_f.fx->client->call(m_f.fx->projectKey, ApiRequest(QStringLiteral("SendersController_listSenders_v1")));
        bool otherFinished = false;
        connect(other, &ApiJob::finished, this, [&otherFinished] { otherFinished = true; });
        QTRY_COMPARE_WITH_TIMEOUT(m_f.fx->server->heldAnswers(), 1, 10000);
        m_f.fx->server->injectNextStall();
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_f.fx->server->heldAnswers(), 2, 10000);
        // The person stops waiting from the editor's own bar: for the submit alone.
        QVERIFY2(editor->messageText().startsWith(QLatin1String("Submitting")), qPrintable(editor->messageText()));
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            QVERIFY(editor->grab().save(QDir::tempPath() + QStringLiteral("/sender-stop-waiting.png")));
        QVERIFY(edit.click(QStringLiteral("Stop waiting")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->messageText().contains(QLatin1String("may or may not have been made")), 10000);
        QCOMPARE(m_f.page->editor(), editor);
        QVERIFY(other);
        QVERIFY(!otherFinished);
        other->stop();
        QVERIFY(otherFinished);

        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier); // Submit again
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        QCOMPARE(m_f.fx->server->requestCount(update), updates + 1);
        const QJsonObject sender = m_f.fx->callSync(ApiRequest(QStringLiteral("SendersController_get_v1"))
                                                        .path(QStringLiteral("senderId"), id)).json.object();
        QCOMPARE(sender.value(QLatin1String("details")).toObject().value(QLatin1String("about")).toString(),
                 QStringLiteral("Open on Sundays"));
    }

    // What is typed in a new sender survives the editor going away unsaved (the console
    // stopped): the next New takes it up, undoably; discarding it removes the draft.
    void unsavedNewSenderComesBack()
    {
        m_f.page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_f.page->editor());
        QTRY_VERIFY(m_f.page->editor()->isVisible());
        GuiDriver form(m_f.page->editor());
        // The form opens with the cursor in its first field.
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget(), form.get<QLineEdit>(QStringLiteral("Country code")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Display name"), QStringLiteral("Acme Bakery Hamburg")));
        // The console goes away without a save or a question; the next one opens the same drafts.
        m_f.page.reset();
        GuiDriver::settle();
        QCOMPARE(m_f.drafts->all().size(), 1);
        QCOMPARE(m_f.drafts->all().first().kind, QStringLiteral("whatsapp-sender"));
        m_f.page = std::make_unique<ui::SenderPage>(AreaCatalog::find(QStringLiteral("whatsapp.senders")), m_f.fx->client.get(),
                                                    m_f.box.get());
        m_f.page->setDrafts(m_f.drafts.get());
        m_f.page->resize(1400, 820);
        m_f.page->show();
        m_f.page->setProject(m_f.fx->projectKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_f.page->model() && m_f.page->model()->hasLoadedOnce(), 10000);

        QVERIFY(m_f.clickAction("senders.new"));
        QTRY_VERIFY(m_f.page->editor());
        ui::SenderEditor *editor = m_f.page->editor();
        QTRY_VERIFY(editor->isVisible());
        GuiDriver again(editor);
        QCOMPARE(again.get<QLineEdit>(QStringLiteral("Display name"))->text(), QStringLiteral("Acme Bakery Hamburg"));
        QVERIFY2(editor->messageText().contains(QLatin1String("is back")), qPrintable(editor->messageText()));
        editor->undoStack()->undo();
        QTRY_COMPARE(again.get<QLineEdit>(QStringLiteral("Display name"))->text(), QString());
        editor->undoStack()->redo();
        // Cancel asks, as Esc does: Cancel in the question goes back to the form.
        m_f.box->expect(MessageBox::Kind::Question, QStringLiteral("Discard what you typed"), QMessageBox::Cancel);
        QVERIFY(again.click(QStringLiteral("Cancel")));
        QVERIFY(m_f.page->editor() && m_f.page->editor()->isVisible());
        // Discarding it on close takes the draft away too.
        m_f.box->expect(MessageBox::Kind::Question, QStringLiteral("Discard what you typed"), QMessageBox::Discard);
        GuiDriver::key(Qt::Key_Escape);
        QTRY_VERIFY(!m_f.page->editor());
        QVERIFY(m_f.drafts->all().isEmpty());
    }

    void tooManyWrongCodesAreExplained()
    {
        m_f.page->view()->setFocus();
        GuiDriver::key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_f.page->editor());
        GuiDriver form(m_f.page->editor());
        QVERIFY(form.typeAtEnd(QStringLiteral("Country code"), QStringLiteral("44")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Phone number"), QStringLiteral("7700900123")));
        QVERIFY(form.typeAtEnd(QStringLiteral("Display name"), QStringLiteral("Acme UK")));
        QVERIFY(form.choose(QStringLiteral("Business category"), QStringLiteral("Other")));
        GuiDriver::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f.page->editor(), 10000);
        ui::SenderDetail *detail = m_f.page->senderDetail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->stateText(), QStringLiteral("Pending verification"), 10000);

        QTRY_VERIFY(m_f.actionEnabled("senders.verify"));
        QVERIFY(m_f.clickAction("senders.verify"));
        QTRY_VERIFY(m_f.page->verificationDialog());
        ui::SenderVerificationDialog *dialog = m_f.page->verificationDialog();
        GuiDriver verify(dialog);
        QVERIFY(verify.click(QStringLiteral("Send code")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("on its way")), 10000);
        for (int i = 0; i < 3; ++i) {
            dialog->codeEdit()->selectAll();
            GuiDriver::typeKeys(dialog->codeEdit(), QStringLiteral("000000"));
            QVERIFY(verify.click(QStringLiteral("Verify")));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
        }
        // The code is void: a new one is refused for a while, and the dialog says what to do.
        QVERIFY(verify.click(QStringLiteral("Send code")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QLatin1String("Too many wrong codes")), 10000);
        QVERIFY(dialog->messageText().contains(QLatin1String("register again")));
        QVERIFY(verify.click(QStringLiteral("Close")));
        QTRY_VERIFY(!m_f.page->verificationDialog());
    }
};

QTEST_MAIN(TstWhatsappSenderPage)
#include "tst_whatsappsenderpage.moc"
