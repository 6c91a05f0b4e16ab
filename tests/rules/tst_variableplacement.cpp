// VariablePlacement: each question's quick look (at the text's ends, at what is surely a
// word) gives the answer its regular expression gives, on every text made of the pieces that
// matter to it: variables and their parts, letters, digits, the signs . ! ?, and white space
// of ASCII and beyond.
#include "rules/variableplacement.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sinch::rules;

namespace {

// Every text of up to `length` pieces.
QStringList texts(int length)
{
    static const QStringList pieces = {
        QStringLiteral("{{1}}"), QStringLiteral("{{ 2 }}"), QStringLiteral("{{"), QStringLiteral("}}"),
        QStringLiteral("a"), QStringLiteral("7"), QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("\n"),
        QStringLiteral("."), QStringLiteral("!"), QStringLiteral("é"), QStringLiteral("\u00a0"), QStringLiteral("\u2003"),
        QStringLiteral("\u0661"), QStringLiteral("\v")};
    QStringList out{QString()};
    QStringList last{QString()};
    for (int i = 0; i < length; ++i) {
        QStringList next;
        for (const QString &t : std::as_const(last))
            for (const QString &p : pieces)
                next << t + p;
        out << next;
        last = next;
    }
    return out;
}

// The rules' wording of the same questions, each a regular expression over the whole text.
bool startsWithVariable(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\{\\{\\s*\\d+\\s*\\}\\}"));
    return re.match(text).hasMatch();
}

bool endsWithVariable(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*\\d+\\s*\\}\\}[\\s.!?]*$"));
    return re.match(text).hasMatch();
}

int words(const QString &text)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*\\d+\\s*\\}\\}"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString plain = text;
    plain.replace(variable, QStringLiteral(" "));
    return int(plain.split(spaces, Qt::SkipEmptyParts).size());
}

} // namespace

class TestVariablePlacement : public QObject
{
    Q_OBJECT

private slots:
    void examples()
    {
        const QString body = QStringLiteral("Hi {{1}}, your order {{2}} has shipped.");
        QCOMPARE(VariablePlacement::words(body), 6);
        QCOMPARE(VariablePlacement::wordsAtLeast(body), 6); // "{{1}}," holds a comma
        QVERIFY(!VariablePlacement::startsWithVariable(body));
        QVERIFY(!VariablePlacement::endsWithVariable(body));
        QVERIFY(!VariablePlacement::tooDense(body, 2));
        QVERIFY(VariablePlacement::startsWithVariable(QStringLiteral(" {{1}} is here")));
        QVERIFY(VariablePlacement::endsWithVariable(QStringLiteral("Your code: {{ 1 }} !")));
        QVERIFY(VariablePlacement::hasAdjacentVariables(QStringLiteral("Hi {{1}} {{2}}, welcome")));
        QVERIFY(!VariablePlacement::hasAdjacentVariables(QStringLiteral("Hi {{1}} and {{2}}")));
        // Four variables, three words: far too few.
        QVERIFY(VariablePlacement::tooDense(QStringLiteral("{{1}} x {{2}} y {{3}} z {{4}}"), 4));
        // Words without a letter are words too, and still counted exactly.
        QCOMPARE(VariablePlacement::wordsAtLeast(QStringLiteral("12 {{1}} 34")), 0);
        QCOMPARE(VariablePlacement::words(QStringLiteral("12 {{1}} 34")), 2);
    }

    void quickLooksAgreeWithTheExpressions()
    {
        int checked = 0;
        for (const QString &text : texts(4)) {
            QVERIFY2(VariablePlacement::startsWithVariable(text) == startsWithVariable(text), qPrintable(text));
            QVERIFY2(VariablePlacement::endsWithVariable(text) == endsWithVariable(text), qPrintable(text));
            const int exact = words(text);
            QCOMPARE(VariablePlacement::words(text), exact);
            QVERIFY2(VariablePlacement::wordsAtLeast(text) <= exact, qPrintable(text));
            for (qsizetype variables = 1; variables <= 4; ++variables)
                QVERIFY2(VariablePlacement::tooDense(text, variables) == (variables * 3 > exact + 2), qPrintable(text));
            ++checked;
        }
        QVERIFY(checked > 60000);
    }

    // Long texts: the quick count is what decides, and is exact for plain wording.
    void plainWordingIsCountedExactly()
    {
        const QString text = QStringLiteral("Dear {{1}}, thank you for your order {{2}} of {{3}}. It ships on {{4}}!");
        QCOMPARE(VariablePlacement::wordsAtLeast(text), 13);
        QCOMPARE(VariablePlacement::words(text), 13);
        QVERIFY(!VariablePlacement::tooDense(text, 4));
        QVERIFY(VariablePlacement::tooDense(text, 6));
    }
};

QTEST_GUILESS_MAIN(TestVariablePlacement)
#include "tst_variableplacement.moc"
