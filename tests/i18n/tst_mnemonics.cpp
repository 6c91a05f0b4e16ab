// Alt+letter in every language: on each area's page of the main window, in the editors
// that open in its tabs (a WhatsApp template, a KakaoTalk template, a webhook) and in the
// dialogs of new senders (WhatsApp, RCS), no two visible widgets answer to the same
// mnemonic. Qt takes such a key as ambiguous: each press goes to the next of them in turn,
// and a button it reaches is focused, not pressed (Alt+P would open the Project menu or move
// to a field, by how often it was pressed).
#include "guidriver.h"
#include "mnemonicclashes.h"
#include "windowfixture.h"

#include "listpage.h"
#include "documents/documentcontroller.h"
#include "projects/projectmanager.h"
#include "services/areacatalog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMap>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <algorithm>

using namespace sinch;

class TestMnemonics : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // Shows `area`, and what `opens` (an action of its page) opens when given; the clashes
    // of the window and of a dialog that opened, each line prefixed with where it was.
    QStringList clashesOn(const QString &area, const char *opens = nullptr)
    {
        window->showArea(area);
        QWidget *page = window->page(area);
        if (!page)
            return {area + QStringLiteral(": no page")};
        QDialog *dialog = nullptr;
        if (opens && QLatin1String(opens) == QLatin1String("firstRow")) {
            // The list's first row chosen: its editor opens beside the list.
            auto *list = qobject_cast<ui::ListPage *>(page) ? static_cast<ui::ListPage *>(page)->view() : nullptr;
            if (!list || !QTest::qWaitFor([list] { return list->model() && list->model()->rowCount() > 0; }, 15000))
                return {area + QStringLiteral(": no rows")};
            list->setCurrentIndex(list->model()->index(0, 0));
            list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // The row is read from the sandbox into its editor (a widget named "…Editor").
            const auto editorShown = [page] {
                const QList<QWidget *> widgets = page->findChildren<QWidget *>();
                return std::any_of(widgets.cbegin(), widgets.cend(), [](const QWidget *w) {
                    return w->isVisible() && w->objectName().endsWith(QLatin1String("Editor"));
                });
            };
            if (!QTest::qWaitFor(editorShown, 15000))
                return {area + QStringLiteral(": the first row's editor never opened")};
        } else if (opens) {
            auto *action = page->findChild<QAction *>(QLatin1String(opens));
            if (!action)
                return {area + QStringLiteral(": no action ") + QLatin1String(opens)};
            if (!QTest::qWaitFor([action] { return action->isEnabled(); }, 15000))
                return {area + QStringLiteral(": ") + QLatin1String(opens) + QStringLiteral(" stayed disabled")};
            const QWidgetList before = QApplication::topLevelWidgets();
            action->trigger();
            test::GuiDriver::settle(); // what the action opens is laid out
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && !before.contains(w))
                    dialog = d;
        }
        QStringList out;
        for (const QString &clash : test::mnemonicClashes(window.get()))
            out << area + QStringLiteral(": ") + clash;
        if (dialog) {
            for (const QString &clash : test::mnemonicClashes(dialog))
                out << area + QStringLiteral(" › ") + dialog->windowTitle() + QStringLiteral(": ") + clash;
            dialog->reject();
        }
        return out;
    }

private slots:
    void everyPageAndEditor_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es", "fr", "ko", "pt_BR"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyPageAndEditor()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(SINCH_QM_DIR "/sinch-console_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QVERIFY2(setUpWindowFixture(test::reviewAtOnce()), qPrintable(fx->error));
        makeWindow();
        window->resize(1280, 800);

        QStringList clashes;
        for (const Area &area : AreaCatalog::areas())
            clashes << clashesOn(area.id);
        clashes << clashesOn(QStringLiteral("whatsapp.templates"), "templates.new");
        clashes << clashesOn(QStringLiteral("kakaotalk.templates"), "kakaotalkTemplates.new");
        clashes << clashesOn(QStringLiteral("webhooks"), "webhooks.new");
        clashes << clashesOn(QStringLiteral("whatsapp.senders"), "senders.new");
        clashes << clashesOn(QStringLiteral("rcs.senders"), "rcsSenders.new");
        // Editors of what the server has: a KakaoTalk template, a webhook, a WhatsApp template.
        clashes << clashesOn(QStringLiteral("kakaotalk.templates"), "firstRow");
        clashes << clashesOn(QStringLiteral("webhooks"), "firstRow");
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), fx->plainTextTemplate());
        for (const QString &clash : test::mnemonicClashes(window.get()))
            clashes << QStringLiteral("whatsapp template editor: ") + clash;
        const QString unexpected = box->allMet() ? QString() : box->report();
        tearDownWindowFixture();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        // One line a clash, with the places it was seen (QTest cuts long messages short).
        QMap<QString, QStringList> places;
        for (const QString &line : std::as_const(clashes)) {
            const qsizetype at = line.indexOf(QLatin1String(": Alt+"));
            places[line.mid(at + 2)] << line.left(at);
        }
        for (auto it = places.cbegin(); it != places.cend(); ++it)
            qWarning().noquote() << language << it.key() << "on" << it.value().join(QStringLiteral(", "));
        QVERIFY2(places.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(places.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
