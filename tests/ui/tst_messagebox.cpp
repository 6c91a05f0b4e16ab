// The scripted MessageBox: answers expected prompts, notices unexpected ones.
#include "scriptedmessagebox.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace sinch::ui;

class TestMessageBox : public QObject
{
    Q_OBJECT
private slots:
    void answersTheExpectedPrompt()
    {
        ScriptedMessageBox box;
        box.expect(MessageBox::Kind::Question, QStringLiteral("remove the project"), QMessageBox::Yes);
        bool yes = false;
        box.confirm(nullptr, QStringLiteral("Remove project"), QStringLiteral("Remove the project “A”?"),
                    QStringLiteral("Remove"), this, [&yes]() { yes = true; });
        QVERIFY(!yes); // answered on the next event loop turn, like a real dialog
        QTRY_VERIFY(yes);
        QVERIFY2(box.allMet(), qPrintable(box.report()));
        QCOMPARE(box.seen().size(), 1);
    }

    void recordsWrongKindAndText()
    {
        ScriptedMessageBox box;
        box.expect(MessageBox::Kind::Warning, QStringLiteral("keychain"));
        box.expect(MessageBox::Kind::Question, QStringLiteral("delete"), QMessageBox::Yes);
        box.inform(nullptr, MessageBox::Kind::Information, QStringLiteral("About"), QStringLiteral("version 1"));
        bool yes = false;
        box.confirm(nullptr, QStringLiteral("Remove"), QStringLiteral("Remove it?"), QString(), this,
                    [&yes]() { yes = true; });
        QTest::qWait(20);
        QVERIFY(!yes); // a mismatch answers Cancel
        QCOMPARE(box.failures().size(), 2);
        QVERIFY(box.failures().at(0).contains(QStringLiteral("Warning")));
        QVERIFY(box.failures().at(1).contains(QStringLiteral("delete")));
        QVERIFY(!box.allMet());
    }

    void recordsUnexpectedAndMissingPrompts()
    {
        ScriptedMessageBox box;
        box.inform(nullptr, MessageBox::Kind::Critical, QStringLiteral("Oops"), QStringLiteral("broken"));
        QCOMPARE(box.failures().size(), 1);
        QVERIFY(box.failures().first().startsWith(QStringLiteral("unexpected")));
        ScriptedMessageBox other;
        other.expect(MessageBox::Kind::Question, QStringLiteral("never"));
        QVERIFY(!other.allMet());
        QVERIFY(other.report().contains(QStringLiteral("never came")));
    }

    void dropsAnswerWhenContextIsGone()
    {
        ScriptedMessageBox box;
        box.expect(MessageBox::Kind::Question, QStringLiteral("x"), QMessageBox::Yes);
        bool called = false;
        {
            QObject context;
            box.confirm(nullptr, QStringLiteral("t"), QStringLiteral("x"), QString(), &context,
                        [&called]() { called = true; });
        }
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
