// Bad input pasted everywhere: every editor and dialog of the main window is opened as a
// person opens it (its page's New action, Project › Add), and into each of its text fields
// go, by Ctrl+V, control characters, right-to-left text with direction overrides, emoji
// with ZWJ sequences and a 10,000-character string. Nothing may crash (ASan watches), the
// field keeps what it was given (or says at the field why not), and the window's layout
// holds: its minimum width stays below the screen's. Spin boxes get numbers far out of range,
// refused with a message at the field that names the range and what the field still holds.
#include "windowfixture.h"

#include "conversation/sendtestdialog.h"
#include "documents/documentcontroller.h"
#include "projects/projectmanager.h"
#include "rcs/wizard/rcssenderwizard.h"
#include "rules/whatsapptemplaterules.h"

#include "guidriver.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QSpinBox>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace sinch;
using sinch::test::GuiDriver;

namespace {

QStringList badTexts()
{
    QString control;
    for (char16_t c = 0x01; c < 0x20; ++c)
        control += QChar(c);
    control += QChar(0x7f);
    return {control,
            QStringLiteral("\u202Eمرحبا بالعالم\u202C \u202Dשלום\u202C \u200Fעברית"),
            QStringLiteral("👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇰🇷"),
            QString(10000, QLatin1Char('x'))};
}

QString textOf(QWidget *w)
{
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentText();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *e = qobject_cast<QTextEdit *>(w))
        return e->toPlainText();
    return QString();
}

bool isTextField(QWidget *w)
{
    // An editable combo box (a number with the ones used before) is named, its line edit not.
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->isEditable() && c->lineEdit() && !c->lineEdit()->isReadOnly();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return !e->isReadOnly() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
               && !qobject_cast<QComboBox *>(w->parentWidget());
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return !e->isReadOnly();
    if (auto *e = qobject_cast<QTextEdit *>(w))
        return !e->isReadOnly();
    return false;
}

} // namespace

class TstBadInput : public QObject, public test::WindowFixture
{
    Q_OBJECT

    // The editable fields of `root` a person can reach now, by accessible name.
    static QStringList fieldNames(QWidget *root)
    {
        QStringList names;
        for (QWidget *w : root->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && (isTextField(w) || qobject_cast<QSpinBox *>(w)) && !w->accessibleName().isEmpty()
                && !names.contains(w->accessibleName()))
                names << w->accessibleName();
        return names;
    }

    static QWidget *field(QWidget *root, const QString &name)
    {
        for (QWidget *w : root->findChildren<QWidget *>())
            if (w->isVisible() && w->accessibleName() == name && (isTextField(w) || qobject_cast<QSpinBox *>(w)))
                return w;
        return nullptr;
    }

    // The message beside the spin box `name` that says a typed number was out of range.
    static const QLabel *outOfRangeMessage(QWidget *root, const QString &name)
    {
        for (const QLabel *l : root->window()->findChildren<QLabel *>())
            if (l->isVisible() && l->accessibleName() == name + QStringLiteral(": out of range"))
                return l;
        return nullptr;
    }

    static void shot(QWidget *w, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
            w->grab().save(QStringLiteral("%1/%2.png").arg(qEnvironmentVariable("SINCH_WRITE_SCREENSHOTS"), name));
    }

    // The width the window of `root` needs, its layouts brought up to date first: a size
    // hint read while a layout request is still queued is the one from before the change,
    // and a baseline read that way could be smaller than what the window already needed.
    static int neededWidth(QWidget *root)
    {
        // A splitter answers its children's request with one of its own to its parent:
        // round after round until the window's answer holds.
        // A QSplitter whose children grew may keep the size its parent cached (it recalculates
        // without telling it): ask each for its geometry again.
        for (QSplitter *splitter : root->window()->findChildren<QSplitter *>())
            splitter->updateGeometry();
        int width = -1;
        for (int round = 0; round < 8; ++round) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (QLayout *layout = root->window()->layout())
                layout->activate();
            const int now = root->window()->minimumSizeHint().width();
            if (now == width)
                break;
            width = now;
        }
        return width;
    }

    // Pastes every bad text into every field of `root` (the window or dialog of an editor).
    void pasteEverywhere(QWidget *root, const QString &what, int *pasted = nullptr)
    {
        const int screenWidth = root->screen()->availableGeometry().width();
        const QStringList names = fieldNames(root);
        if (pasted)
            *pasted += int(names.size());
        else
            QVERIFY2(!names.isEmpty(), qPrintable(what + QStringLiteral(": no fields")));
        for (const QString &name : names) {
            // The layout holds when the window needs no more width than the screen has, or
            // than it needed with a short text in the same field (an editor of three columns
            // may need more than a small screen; its lists and previews fill in meanwhile).
            int allowedWidth = screenWidth;
            if (QWidget *w = field(root, name); w && !qobject_cast<QSpinBox *>(w)) {
                w->setFocus(Qt::OtherFocusReason);
                QApplication::clipboard()->setText(QStringLiteral("ok"));
                QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(w, Qt::Key_V, Qt::ControlModifier);
                GuiDriver::settle();
                allowedWidth = qMax(screenWidth, neededWidth(root));
            }
            for (const QString &bad : badTexts()) {
                QPointer<QWidget> w = field(root, name);
                if (!w)
                    break; // a field that went with an earlier paste (a part rebuilt): fine
                w->setFocus(Qt::OtherFocusReason);
                GuiDriver::settle();
                if (auto *spin = qobject_cast<QSpinBox *>(w.data())) {
                    spin->selectAll();
                    const QString typed = QString::number(qint64(spin->maximum()) * 10 + 7);
                    GuiDriver::typeKeys(spin, typed);
                    GuiDriver::settle();
                    QVERIFY2(spin->value() <= spin->maximum() && spin->value() >= spin->minimum(), qPrintable(what + name));
                    // Refused at the field in words: the number, the range, what it still holds.
                    const QLabel *message = outOfRangeMessage(root, name);
                    QVERIFY2(message, qPrintable(QStringLiteral("%1 › %2: %3 refused without a word").arg(what, name, typed)));
                    QVERIFY2(message->text().contains(typed) && message->text().contains(QString::number(spin->maximum()))
                                 && message->text().contains(spin->text()),
                             qPrintable(message->text()));
                    shot(root->window(), QStringLiteral("badinput-range-%1").arg(name).replace(QLatin1Char(' '), QLatin1Char('-')));
                    break;
                }
                QApplication::clipboard()->setText(bad);
                QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(w, Qt::Key_V, Qt::ControlModifier);
                GuiDriver::settle();
                if (!w)
                    continue;
                const QString now = textOf(w);
                // Kept, or cut to the field's length (a line edit's maxLength), or rejected
                // whole (line edits take no control characters): never something else.
                const auto *combo = qobject_cast<QComboBox *>(w.data());
                const auto *line = combo ? combo->lineEdit() : qobject_cast<QLineEdit *>(w.data());
                // Control characters: a line edit drops them, a text edit turns \r, \v and \f
                // into line breaks; what counts there is that nothing crashed.
                const bool control = bad.at(0).category() == QChar::Other_Control;
                const bool kept = control || now.contains(bad) || (line && bad.startsWith(now) && now.size() == line->maxLength());
                QVERIFY2(kept || now.contains(bad.left(16)),
                         qPrintable(QStringLiteral("%1 › %2 lost the paste: %3").arg(what, name, now.left(40))));
                const int minWidth = neededWidth(root);
                QVERIFY2(minWidth <= allowedWidth,
                         qPrintable(QStringLiteral("%1 › %2: the window needs %3 px, at most %4 before")
                                        .arg(what, name).arg(minWidth).arg(allowedWidth)));
            }
        }
    }

    // Empties every field of `root` as a person does: select all, delete.
    static void clearEverything(QWidget *root)
    {
        for (const QString &name : fieldNames(root)) {
            QWidget *w = field(root, name);
            if (!w || qobject_cast<QSpinBox *>(w))
                continue;
            w->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(w, Qt::Key_Delete);
            GuiDriver::settle();
        }
    }

    void openFromPage(const QString &area, const QString &action)
    {
        window->showArea(area);
        GuiDriver::settle();
        QAction *a = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((a = window->currentPage()->findChild<QAction *>(action)) && a->isEnabled(), 10000);
        a->trigger();
        GuiDriver::settle();
    }

    // The newest visible dialog, or the main window when the editor opened in it.
    static QWidget *editorRoot(QWidget *fallback)
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->isVisible() && top != fallback && qobject_cast<QDialog *>(top))
                return top;
        return fallback;
    }

private slots:
    void init()
    {
        QVERIFY(setUpWindowFixture());
        makeWindow();
        window->resize(1280, 860);
    }
    void cleanup() { tearDownWindowFixture(); }

    void editors_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("action");
        QTest::newRow("whatsapp template") << "whatsapp.templates" << "templates.new";
        QTest::newRow("whatsapp sender") << "whatsapp.senders" << "senders.new";
        QTest::newRow("kakaotalk sender") << "kakaotalk.senders" << "senders.new";
        QTest::newRow("kakaotalk template") << "kakaotalk.templates" << "kakaotalkTemplates.new";
        QTest::newRow("webhook") << "webhooks" << "webhooks.new";
    }
    void editors()
    {
        QFETCH(QString, area);
        QFETCH(QString, action);
        openFromPage(area, action);
        if (QTest::currentTestFailed())
            return;
        pasteEverywhere(editorRoot(window.get()), area);
    }

    // Pages with fields of their own: the bundle form (its retention days) and the inbox
    // (minutes between syncs).
    void pages_data()
    {
        QTest::addColumn<QString>("area");
        QTest::newRow("bundles") << "bundles";
        QTest::newRow("inbox") << "inbox";
    }
    void pages()
    {
        QFETCH(QString, area);
        window->showArea(area);
        GuiDriver::settle();
        QVERIFY(window->currentPage());
        pasteEverywhere(window->currentPage(), area);
    }

    // An authentication template's code expiry (its range from the rules), and a number
    // below the bottom of the time to live, left by Tab: both said at the field.
    void numbersOutOfRange()
    {
        openFromPage(QStringLiteral("whatsapp.templates"), QStringLiteral("templates.new"));
        GuiDriver gui(window.get());
        QVERIFY(gui.choose(QStringLiteral("Category"), QStringLiteral("Authentication")));
        GuiDriver::settle();
        auto *ttl = gui.get<QSpinBox>(QStringLiteral("Message time to live in seconds"));
        QVERIFY(ttl);
        const int kept = ttl->value();
        GuiDriver::click(ttl);
        ttl->selectAll();
        GuiDriver::typeKeys(ttl, QStringLiteral("5"));
        QVERIFY(!outOfRangeMessage(window.get(), ttl->accessibleName())); // on the way to 50
        GuiDriver::key(Qt::Key_Tab);
        GuiDriver::settle();
        const QLabel *below = outOfRangeMessage(window.get(), ttl->accessibleName());
        QVERIFY2(below, "a number below the range was dropped without a word");
        QVERIFY2(below->text().startsWith(QStringLiteral("5 ")) && below->text().contains(QString::number(ttl->maximum()))
                     && below->text().contains(QStringLiteral("still holds ") + ttl->text()),
                 qPrintable(below->text()));
        QCOMPARE(ttl->value(), kept);
        shot(window.get(), QStringLiteral("badinput-range-below"));

        auto *outline = gui.get<QTreeView>(QStringLiteral("Template outline"));
        QVERIFY(outline);
        QVERIFY(gui.clickRow(outline, QStringLiteral("Footer: none")));
        QVERIFY(gui.click(QStringLiteral("Add code expiry")));
        GuiDriver::settle();
        QSpinBox *minutes = nullptr;
        QTRY_VERIFY((minutes = gui.find<QSpinBox>(QStringLiteral("Code expires after minutes"))));
        const auto range = rules::WhatsappTemplateRules::codeExpiryRange();
        QCOMPARE(minutes->maximum(), range.second);
        GuiDriver::click(minutes);
        minutes->selectAll();
        GuiDriver::typeKeys(minutes, QStringLiteral("120"));
        const QLabel *above = outOfRangeMessage(window.get(), minutes->accessibleName());
        QVERIFY2(above, "120 minutes was refused without a word");
        QVERIFY2(above->text().contains(QStringLiteral("120")) && above->text().contains(QString::number(range.first))
                     && above->text().contains(QString::number(range.second)),
                 qPrintable(above->text()));
        QCOMPARE(minutes->value(), 12); // "12" was taken, the "0" that made it 120 was not
        shot(window.get(), QStringLiteral("badinput-range-code-expiry"));
        // The next accepted key takes the message away.
        GuiDriver::key(Qt::Key_Backspace);
        GuiDriver::settle();
        QVERIFY(!outOfRangeMessage(window.get(), minutes->accessibleName()));
    }

    // Every page of a new WhatsApp template (settings, body and the parts added to it).
    void templateParts()
    {
        openFromPage(QStringLiteral("whatsapp.templates"), QStringLiteral("templates.new"));
        GuiDriver gui(window.get());
        auto *outline = gui.get<QTreeView>(QStringLiteral("Template outline"));
        QVERIFY(outline);
        int fields = 0;
        for (int row = 0; row < outline->model()->rowCount(); ++row) {
            outline->setCurrentIndex(outline->model()->index(row, 0));
            GuiDriver::settle();
            pasteEverywhere(window.get(), QStringLiteral("template part %1").arg(row), &fields);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(fields >= 3, qPrintable(QString::number(fields))); // name, body, example ...
    }

    // The RCS sender wizard: its later steps open once the earlier ones are complete, so each
    // step is filled validly after the paste (as a person corrects it) before Next.
    void rcsSenderWizard()
    {
        openFromPage(QStringLiteral("rcs.senders"), QStringLiteral("rcsSenders.new"));
        auto *w = qobject_cast<ui::RcsSenderWizard *>(editorRoot(window.get()));
        QVERIFY(w);
        GuiDriver wizard(w);
        QVERIFY(wizard.choose(QStringLiteral("Region"), QStringLiteral("EU")));
        QVERIFY(wizard.choose(QStringLiteral("Billing category"), QStringLiteral("Conversational")));
        QVERIFY(wizard.choose(QStringLiteral("Use case"), QStringLiteral("Transactional")));
        auto *next = wizard.get<QPushButton>(QStringLiteral("Next"));
        QVERIFY(next);
        const auto goOn = [&](ui::RcsSenderWizard::Step step) {
            QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(), qPrintable(next->toolTip()), 5000);
            GuiDriver::click(next);
            QTRY_COMPARE(w->step(), step);
            GuiDriver::settle();
        };
        goOn(ui::RcsSenderWizard::Brand);
        if (QTest::currentTestFailed())
            return;
        int fields = 0;
        pasteEverywhere(w, QStringLiteral("rcs wizard brand"), &fields);
        shot(w, QStringLiteral("badinput-rcs-wizard-brand"));
        clearEverything(w);
        QVERIFY(wizard.typeAtEnd(QStringLiteral("Brand name"), QStringLiteral("Bad Input Bakery")));
        goOn(ui::RcsSenderWizard::Countries);
        auto *countries = wizard.get<QListWidget>(QStringLiteral("Countries"));
        QVERIFY(countries && countries->count() > 0);
        QVERIFY(wizard.clickRow(countries, countries->item(0)->text()));
        GuiDriver::key(Qt::Key_Space);
        goOn(ui::RcsSenderWizard::Questionnaire);
        // The questionnaire's questions come from the server.
        QTRY_VERIFY_WITH_TIMEOUT(!fieldNames(w).isEmpty(), 10000);
        pasteEverywhere(w, QStringLiteral("rcs wizard questionnaire"), &fields);
        clearEverything(w);
        goOn(ui::RcsSenderWizard::TestNumbers);
        QVERIFY(wizard.click(QStringLiteral("Add test number")));
        GuiDriver::settle();
        pasteEverywhere(w, QStringLiteral("rcs wizard test numbers"), &fields);
        QVERIFY2(fields >= 8, qPrintable(QString::number(fields))); // brand, questions, a test number
    }

    // Send test… of an approved WhatsApp template (the sandbox seeds some), from its editor.
    void sendTestDialog()
    {
        QJsonObject approved;
        const ApiResult r = fx->callSync(ApiRequest(QStringLiteral("TemplatesController_listTemplates_v1"))
                                             .arg(QStringLiteral("pageSize"), QStringLiteral("100")));
        for (const QJsonValue &v : r.json.object().value(QLatin1String("templates")).toArray())
            if (approved.isEmpty() && v.toObject().value(QLatin1String("state")).toString() == QLatin1String("APPROVED"))
                approved = v.toObject();
        QVERIFY(!approved.isEmpty());
        window->documentController()->openTemplate(ui::ProjectManager::keyFor(sandboxProject.id), approved);
        QPushButton *button = nullptr;
        QTRY_VERIFY((button = window->findChild<QPushButton *>(QStringLiteral("sendTestButton"))) && button->isEnabled());
        GuiDriver::click(button);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::SendTestDialog *>()) && dialog->isVisible());
        pasteEverywhere(dialog, QStringLiteral("send test"));
        shot(dialog, QStringLiteral("badinput-send-test"));
    }

    void projectDialog()
    {
        window->addProject();
        GuiDriver::settle();
        QWidget *dialog = editorRoot(window.get());
        QVERIFY(dialog != window.get());
        pasteEverywhere(dialog, QStringLiteral("project"));
    }
};

QTEST_MAIN(TstBadInput)
#include "tst_badinput.moc"
