// FirstSeen answers as a hash table of first indexes does, in its short list and after it
// has moved to a hash table of its own.
#include "rules/firstseen.h"

#include <QHash>
#include <QtTest>

using namespace sinch::rules;

class TestFirstSeen : public QObject
{
    Q_OBJECT

private slots:
    void firstIndexes_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a few") << 5;
        QTest::newRow("exactly listed") << int(FirstSeen::kListed);
        QTest::newRow("many") << 200;
    }

    void firstIndexes()
    {
        QFETCH(int, count);
        FirstSeen seen;
        QHash<QString, qsizetype> reference;
        // Every third text repeats an earlier one.
        for (int i = 0; i < count; ++i) {
            const QString text = i % 3 == 2 ? QString::number(i / 2) : QString::number(i);
            QCOMPARE(seen.indexOf(text), reference.value(text, -1));
            QCOMPARE(seen.contains(text), reference.contains(text));
            seen.insert(text, i);
            if (!reference.contains(text))
                reference.insert(text, i);
        }
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            QCOMPARE(seen.indexOf(it.key()), it.value());
        QCOMPARE(seen.indexOf(u"never"), -1);
        QVERIFY(!seen.contains(QString()));
        seen.insert(QString(), count);
        QCOMPARE(seen.indexOf(QString()), count);
    }
};

QTEST_GUILESS_MAIN(TestFirstSeen)
#include "tst_firstseen.moc"
