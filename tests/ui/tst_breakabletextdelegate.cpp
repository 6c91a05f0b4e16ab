// Where a long value without spaces may break: after its punctuation, so that an email
// address wraps after its '@' and a website after a '/', not in the middle of a word.
#include "breakabletextdelegate.h"

#include <QTest>

using sinch::ui::BreakableTextDelegate;

class TestBreakableTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void breaksLongValuesAfterPunctuation()
    {
        const QChar zwsp(0x200B);
        const QString email = QStringLiteral("reservations.department@acmebakery.example");
        const QString broken = BreakableTextDelegate::withBreakPoints(email);
        QCOMPARE(broken, QStringLiteral("reservations.%1department@%1acmebakery.%1example").arg(zwsp));
        QCOMPARE(QString(broken).remove(zwsp), email);
        // Nothing after the last character, nothing in short words, spaces kept.
        QCOMPARE(BreakableTextDelegate::withBreakPoints(QStringLiteral("a.b@c.d")), QStringLiteral("a.b@c.d"));
        const QString sentence = QStringLiteral("Visit https://shop.example/a-b or call.");
        QCOMPARE(BreakableTextDelegate::withBreakPoints(sentence),
                 QStringLiteral("Visit https://%1shop.%1example/%1a-%1b or call.").arg(zwsp));
        QCOMPARE(BreakableTextDelegate::withBreakPoints(QString()), QString());
    }
};

QTEST_MAIN(TestBreakableTextDelegate)
#include "tst_breakabletextdelegate.moc"
