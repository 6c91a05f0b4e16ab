// View › Language: the shipped languages by their own names, the system default first; a
// choice clicked is stored for the next start (said once), and checked when the menu comes
// back; the catalogues' codes are read from the directory that holds them.
#include "languagemenu.h"
#include "scriptedmessagebox.h"
#include "storage/uilanguage.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sinch;

class TstLanguageMenu : public QObject
{
    Q_OBJECT

    static QAction *actionNamed(QMenu &menu, const QString &text)
    {
        for (QAction *a : menu.actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

private slots:
    void availableFromTheCatalogues()
    {
        QTemporaryDir dir;
        // English's catalogue (its plural forms) does not list English twice.
        for (const char *name : {"sinch-console_de.qm", "sinch-console_en.qm", "sinch-console_pt_BR.qm", "sinch-console_ko.qm", "qtbase_de.qm"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(UiLanguage::available(dir.path()), (QStringList{"en", "de", "ko", "pt_BR"}));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("ko")), QStringLiteral("한국어"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        // Not after its territory ("American English"), nor "British" alone for its variant.
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("en_GB")), QStringLiteral("English (United Kingdom)"));
    }

    void aChoiceIsKeptForTheNextStart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ui::ScriptedMessageBox box;
        {
            ui::LanguageMenu menu(&settings, {"en", "de", "es", "ko"}, &box);
            QCOMPARE(menu.checkedCode(), QString()); // the system's by default
            QAction *german = actionNamed(menu, QStringLiteral("Deutsch"));
            QVERIFY(german);
            QVERIFY(actionNamed(menu, QStringLiteral("Español")));
            QVERIFY(actionNamed(menu, QStringLiteral("한국어")));
            box.expect(ui::MessageBox::Kind::Information, QStringLiteral("Deutsch from its next start"));
            // Opened and clicked as a person does.
            menu.popup(QPoint(0, 0));
            QVERIFY(QTest::qWaitForWindowExposed(&menu));
            QTest::mouseClick(&menu, Qt::LeftButton, {}, menu.actionGeometry(german).center());
            QTRY_VERIFY(box.allMet());
            QCOMPARE(UiLanguage::chosen(settings), QStringLiteral("de"));
        }
        ui::LanguageMenu again(&settings, {"en", "de", "es", "ko"}, &box);
        QCOMPARE(again.checkedCode(), QStringLiteral("de"));
        // Back to the system's language: the setting goes.
        box.expect(ui::MessageBox::Kind::Information, QStringLiteral("the system's language"));
        again.actions().first()->trigger();
        QTRY_VERIFY(box.allMet());
        QVERIFY(UiLanguage::chosen(settings).isEmpty());
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("pt_BR")).name(), QStringLiteral("pt_BR"));
    }
};

QTEST_MAIN(TstLanguageMenu)
#include "tst_languagemenu.moc"
