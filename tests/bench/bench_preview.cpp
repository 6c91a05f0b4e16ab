// The template editor on a 10-card carousel: one character typed into a card's text, as a
// person types it (a key press to the focused field), until the event loop is idle again:
// the document changed, the rules re-run, the outline, form, preview and findings updated
// and painted. Figures: preview_keystroke (median, <= 2 ms) and preview_keystroke_p99
// (<= 8 ms) over 200 keystrokes a round. --tiny: 10 keystrokes (the test command).
#include "benchfigures.h"
#include "benchtemplates.h"

#include "api/apiclient.h"
#include "domain/templatedocument.h"
#include "guidriver.h"
#include "storage/draftstore.h"
#include "templates/editor/templateeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sinch.*.debug=false"));
    const bool tiny = bench::isTiny(argc, argv);
    QTemporaryDir dir;
    ApiClient client;
    DraftStore drafts(dir.path());
    ui::TemplateEditor::Context ctx{&client, QStringLiteral("bench"), &drafts, nullptr};
    const QJsonObject carousel = bench::carouselTemplate(10);
    ui::TemplateEditor editor(ctx, TemplateDocument::fromServerTemplate(carousel), QJsonObject());
    editor.resize(1200, 820);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return 1;
    GuiDriver::settle();
    GuiDriver gui(&editor);
    auto *tree = gui.find<QTreeView>(QStringLiteral("Template outline"));
    if (!tree || !gui.clickRow(tree, QStringLiteral("Card 4"))) {
        std::fprintf(stderr, "no card 4 in the outline\n");
        return 1;
    }
    GuiDriver::settle();
    auto *text = gui.find<QWidget>(QStringLiteral("Card 4 text"));
    if (!text) {
        std::fprintf(stderr, "no text field of card 4\n");
        return 1;
    }
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    GuiDriver::settle();

    const QString typed = QStringLiteral(" Soft cotton, machine washable, in six colours and all sizes. ");
    const int keys = tiny ? 10 : 200;
    std::vector<double> ms;
    for (int round = 0; round < bench::rounds(tiny, 3); ++round) {
        for (int i = 0; i < keys; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QElapsedTimer t;
            t.start();
            GuiDriver::typeChar(focused ? focused : text, typed.at(i % typed.size()).unicode());
            QCoreApplication::processEvents();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    const QString cards = TemplateDocument(editor.document()).componentPath(QStringLiteral("CAROUSEL"));
    const QString cardText = TemplateDocument::valueAt(editor.document(),
        TemplateDocument::splitPath(cards + QStringLiteral(".cards.3.components.1.text"))).toString();
    if (!cardText.contains(typed.left(qMin(keys, 10)))) {
        std::fprintf(stderr, "the typing did not reach card 4: %s\n", qPrintable(cardText));
        return 1;
    }
    bench::figure("preview_keystroke", bench::median(ms), "ms", "<=2");
    bench::figure("preview_keystroke_p99", bench::percentile(ms, 0.99), "ms", "<=8");
    return 0;
}
