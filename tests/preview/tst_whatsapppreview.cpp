#include "previewtestsupport.h"
#include "rules/templatevalidator.h"
#include "templates/previewcli.h"
#include "preview/previewcanvas.h"
#include "templates/whatsapppreviewrenderer.h"
#include "templates/whatsapppreviewwidget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace sinch::ui;
using sinch::rules::Finding;
using sinch::rules::Severity;

using namespace previewtest;

class TestWhatsappPreview : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreValidTemplates_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"text", "media-buttons", "authentication", "carousel"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void fixturesAreValidTemplates()
    {
        QFETCH(QString, name);
        const QList<Finding> findings = sinch::rules::TemplateValidator::validateWhatsapp(fixture(name), sinch::rules::Mode::Submit);
        QStringList text;
        for (const Finding &f : findings)
            text.append(f.path + QStringLiteral(": ") + f.message);
        QVERIFY2(findings.isEmpty(), qPrintable(text.join(QLatin1Char('\n'))));
    }

    void wallpaper_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QColor>("wallpaper");
        QTest::addColumn<QColor>("bubble");
        QTest::newRow("light") << int(PreviewOptions::Theme::Light) << QColor(0xEF, 0xEA, 0xE2) << QColor(0xFF, 0xFF, 0xFF);
        QTest::newRow("dark") << int(PreviewOptions::Theme::Dark) << QColor(0x0B, 0x14, 0x1A) << QColor(0x20, 0x2C, 0x33);
    }
    void wallpaper()
    {
        QFETCH(int, theme);
        QFETCH(QColor, wallpaper);
        QFETCH(QColor, bubble);
        const PreviewOptions o = options(PreviewOptions::Theme(theme));
        const QImage image = WhatsappPreviewRenderer::render(fixture(QStringLiteral("text")), o);
        QCOMPARE(image.pixelColor(1, 1), wallpaper);
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), wallpaper);
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(fixture(QStringLiteral("text")), o);
        const PreviewPart body = partAt(parts, QStringLiteral("details.components.1"));
        QCOMPARE(body.kind, PreviewPart::Kind::Body);
        QCOMPARE(dominant(image, body.rect), bubble);
        // Text is drawn in the body: some pixels near the text colour.
        QVERIFY(countNear(image, body.rect, o.palette().text, 60) > 50);
    }

    void widthIsThePhone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("text 1x") << "text" << 1.0;
        QTest::newRow("text 2x") << "text" << 2.0;
        QTest::newRow("media 1.5x") << "media-buttons" << 1.5;
        QTest::newRow("auth 3x") << "authentication" << 3.0;
    }
    void widthIsThePhone()
    {
        QFETCH(QString, name);
        QFETCH(qreal, dpr);
        const QImage image = WhatsappPreviewRenderer::render(fixture(name), options(PreviewOptions::Theme::Light, dpr));
        QCOMPARE(image.width(), qRound(360 * dpr));
        QCOMPARE(image.devicePixelRatio(), dpr);
        for (const PreviewPart &p : WhatsappPreviewRenderer::layout(fixture(name), options()))
            QVERIFY2(p.rect.left() >= 0 && p.rect.right() <= 360, qPrintable(p.path));
    }

    void longTextWraps()
    {
        QJsonObject t = fixture(QStringLiteral("text"));
        QString words;
        for (int i = 0; i < 120; ++i)
            words += QStringLiteral("word%1 ").arg(i);
        words += QStringLiteral("https://example.com/") + QString(80, QLatin1Char('x')); // no break opportunity
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray comps = details.value(QLatin1String("components")).toArray();
        comps[1] = QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), words}};
        details[QStringLiteral("components")] = comps;
        t[QStringLiteral("details")] = details;
        const QImage image = WhatsappPreviewRenderer::render(t, options());
        QCOMPARE(image.width(), 360);
        const PreviewPart body = partAt(WhatsappPreviewRenderer::layout(t, options()), QStringLiteral("details.components.1"));
        QVERIFY(body.rect.right() < 360 - 30);
        QVERIFY2(body.rect.height() > 15 * 12, "a long text wraps onto many lines");
    }

    void markerOnlyWithFinding_data()
    {
        QTest::addColumn<QString>("findingPath");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("partPath");
        QTest::newRow("body error") << "details.components.1.text" << int(Severity::Error) << "details.components.1";
        QTest::newRow("header warning") << "details.components.0.example.url" << int(Severity::Warning) << "details.components.0";
        QTest::newRow("footer error") << "details.components.2.text" << int(Severity::Error) << "details.components.2";
        QTest::newRow("button 1") << "details.components.3.buttons.1.text" << int(Severity::Warning) << "details.components.3.buttons.1";
        QTest::newRow("hidden button") << "details.components.3.buttons.4.phoneNumber" << int(Severity::Error)
                                       << "details.components.3.buttons";
    }
    void markerOnlyWithFinding()
    {
        QFETCH(QString, findingPath);
        QFETCH(int, severity);
        QFETCH(QString, partPath);
        const QJsonObject t = fixture(QStringLiteral("media-buttons"));
        PreviewOptions o = options();
        const QColor marker = Severity(severity) == Severity::Error ? o.palette().error : o.palette().warning;
        const QRectF rect = partAt(WhatsappPreviewRenderer::layout(t, o), partPath).rect;
        QVERIFY(!rect.isEmpty());
        QCOMPARE(countNear(WhatsappPreviewRenderer::render(t, o), rect, marker), 0);

        o.findings = {Finding{findingPath, Severity(severity), QStringLiteral("message"), QStringLiteral("test"), {}}};
        const QImage marked = WhatsappPreviewRenderer::render(t, o);
        QVERIFY2(countNear(marked, withMarker(rect), marker) > 40, "a marker at the part");
        // Only there: the other parts stay clean.
        for (const PreviewPart &p : WhatsappPreviewRenderer::layout(t, o)) {
            if (!p.rect.intersects(rect) && p.kind != PreviewPart::Kind::Message)
                QVERIFY2(countNear(marked, p.rect, marker) == 0, qPrintable(p.path));
        }
    }

    void templateLevelFindingHasNoMarker()
    {
        const QJsonObject t = fixture(QStringLiteral("text"));
        PreviewOptions o = options();
        const QImage clean = WhatsappPreviewRenderer::render(t, o);
        o.findings = {Finding{QStringLiteral("name"), Severity::Error, QStringLiteral("bad name"), QStringLiteral("test"), {}}};
        QCOMPARE(WhatsappPreviewRenderer::render(t, o), clean);
    }

    void manyButtonsCollapse()
    {
        const QJsonObject t = fixture(QStringLiteral("media-buttons"));
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(t, options());
        const QList<PreviewPart> buttons = partsOfKind(parts, PreviewPart::Kind::Button);
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0).path, QStringLiteral("details.components.3.buttons.0"));
        QCOMPARE(buttons.at(1).path, QStringLiteral("details.components.3.buttons.1"));
        const QList<PreviewPart> more = partsOfKind(parts, PreviewPart::Kind::MoreButtons);
        QCOMPARE(more.size(), 1);
        QCOMPARE(more.first().path, QStringLiteral("details.components.3.buttons"));
        // Rows stack under the body, one under the other, the same size.
        QCOMPARE(buttons.at(1).rect.top(), buttons.at(0).rect.bottom());
        QCOMPARE(more.first().rect.top(), buttons.at(1).rect.bottom());
        QVERIFY(buttons.at(0).rect.top() >= partAt(parts, QStringLiteral("details.components.2")).rect.bottom());
        // Hairlines separate the rows: the top pixel row of a button is not the bubble's colour.
        const QImage image = WhatsappPreviewRenderer::render(t, options());
        const QColor bubble = options().palette().bubble;
        for (const PreviewPart &row : buttons + more) {
            QVERIFY(pixel(image, QPointF(row.rect.left() + 4, row.rect.top() + 0.5)) != bubble);
            QCOMPARE(pixel(image, QPointF(row.rect.left() + 4, row.rect.top() + 4)), bubble);
        }
    }

    void threeButtonsStay()
    {
        QJsonObject t = fixture(QStringLiteral("media-buttons"));
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray comps = details.value(QLatin1String("components")).toArray();
        QJsonObject buttons = comps.at(3).toObject();
        QJsonArray list = buttons.value(QLatin1String("buttons")).toArray();
        list.removeLast();
        list.removeLast();
        buttons[QStringLiteral("buttons")] = list;
        comps[3] = buttons;
        details[QStringLiteral("components")] = comps;
        t[QStringLiteral("details")] = details;
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(t, options());
        QCOMPARE(partsOfKind(parts, PreviewPart::Kind::Button).size(), 3);
        QVERIFY(partsOfKind(parts, PreviewPart::Kind::MoreButtons).isEmpty());
    }

    void carouselCardsSideBySide()
    {
        const QJsonObject t = fixture(QStringLiteral("carousel"));
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(t, options());
        const QList<PreviewPart> cards = partsOfKind(parts, PreviewPart::Kind::Card);
        QCOMPARE(cards.size(), 5);
        const PreviewPart body = partAt(parts, QStringLiteral("details.components.0"));
        for (int i = 0; i < cards.size(); ++i) {
            QCOMPARE(cards.at(i).path, QStringLiteral("details.components.1.cards.%1").arg(i));
            QCOMPARE(cards.at(i).rect.width(), cards.first().rect.width());
            QCOMPARE(cards.at(i).rect.height(), cards.first().rect.height());
            QCOMPARE(cards.at(i).rect.top(), cards.first().rect.top());
            QVERIFY(cards.at(i).rect.top() > body.rect.bottom());
            if (i > 0)
                QVERIFY(cards.at(i).rect.left() > cards.at(i - 1).rect.right());
            // Media on top, then the body, then the buttons.
            const PreviewPart media = partAt(parts, cards.at(i).path + QStringLiteral(".components.0"));
            const PreviewPart text = partAt(parts, cards.at(i).path + QStringLiteral(".components.1"));
            const PreviewPart button = partAt(parts, cards.at(i).path + QStringLiteral(".components.2.buttons.1"));
            QVERIFY(cards.at(i).rect.contains(media.rect) && cards.at(i).rect.contains(text.rect));
            QVERIFY(media.rect.bottom() <= text.rect.top());
            QVERIFY(text.rect.bottom() <= button.rect.top());
        }
        // The strip is wider than the phone: the widget scrolls it.
        const QImage image = WhatsappPreviewRenderer::render(t, options());
        QVERIFY(image.width() > 360);
        QCOMPARE(qreal(image.width()), WhatsappPreviewRenderer::size(t, options()).width());
        QCOMPARE(dominant(image, cards.at(4).rect), options().palette().bubble);
    }

    void authenticationPresetWording()
    {
        const QJsonObject t = fixture(QStringLiteral("authentication"));
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(t, options());
        QCOMPARE(partsOfKind(parts, PreviewPart::Kind::Header).size(), 0);
        QCOMPARE(partsOfKind(parts, PreviewPart::Kind::Body).size(), 1);
        QCOMPARE(partsOfKind(parts, PreviewPart::Kind::Footer).size(), 1); // "This code expires in 10 minutes."
        QCOMPARE(partsOfKind(parts, PreviewPart::Kind::Button).size(), 1);
        // The security sentence makes the body longer.
        QJsonObject without = t;
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray comps = details.value(QLatin1String("components")).toArray();
        comps[0] = QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}};
        comps.removeAt(1);
        details[QStringLiteral("components")] = comps;
        without[QStringLiteral("details")] = details;
        const QList<PreviewPart> shorter = WhatsappPreviewRenderer::layout(without, options());
        QVERIFY(partsOfKind(shorter, PreviewPart::Kind::Footer).isEmpty());
        QVERIFY(partsOfKind(shorter, PreviewPart::Kind::Body).first().rect.height()
                < partsOfKind(parts, PreviewPart::Kind::Body).first().rect.height());
    }

    void rawVariablesToggle()
    {
        const QJsonObject t = fixture(QStringLiteral("text"));
        PreviewOptions o = options();
        const QImage examples = WhatsappPreviewRenderer::render(t, o);
        o.showRawVariables = true;
        const QImage raw = WhatsappPreviewRenderer::render(t, o);
        QVERIFY(examples != raw);
        // Variables are tinted either way.
        const QRectF body = partAt(WhatsappPreviewRenderer::layout(t, o), QStringLiteral("details.components.1")).rect;
        const QColor v = o.palette().variableTint, w = o.palette().bubble;
        const qreal a = v.alphaF();
        const QColor tint = QColor::fromRgbF(v.redF() * a + w.redF() * (1 - a), v.greenF() * a + w.greenF() * (1 - a),
                                             v.blueF() * a + w.blueF() * (1 - a));
        QVERIFY(countNear(raw, body, tint, 12) > 20);
        QVERIFY(countNear(examples, body, tint, 12) > 20);
    }

    void everyHeaderKindDraws_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"IMAGE", "VIDEO", "DOCUMENT", "LOCATION"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyHeaderKindDraws()
    {
        QFETCH(QString, format);
        QJsonObject t = fixture(QStringLiteral("media-buttons"));
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray comps = details.value(QLatin1String("components")).toArray();
        comps[0] = QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), format},
                               {QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example.com/menu.pdf")}}}};
        details[QStringLiteral("components")] = comps;
        t[QStringLiteral("details")] = details;
        const QList<PreviewPart> parts = WhatsappPreviewRenderer::layout(t, options());
        const PreviewPart header = partAt(parts, QStringLiteral("details.components.0"));
        QCOMPARE(header.kind, PreviewPart::Kind::Header);
        QVERIFY(header.rect.height() > 40);
        const QImage image = WhatsappPreviewRenderer::render(t, options());
        QVERIFY(dominant(image, header.rect) != options().palette().bubble);
    }

    void oddShapesStillDraw_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("no components") << QByteArray(R"({"details": {"components": []}})");
        QTest::newRow("components not a list") << QByteArray(R"({"details": {"components": 7}})");
        QTest::newRow("parts of the wrong type") << QByteArray(R"({"details": {"components": [{"type": "BODY", "text": 5},
            {"type": "BUTTONS", "buttons": "no"}, {"type": "CAROUSEL", "cards": [{}, {"components": [{"type": "HEADER"}]}]}]}})");
        QTest::newRow("empty markers") << QByteArray(R"({"details": {"components": [{"type": "BODY", "text": "* _ ~ ` ``` {{ }} {{0}} {{99}}"}]}})");
    }
    void oddShapesStillDraw()
    {
        QFETCH(QByteArray, json);
        const QJsonObject t = QJsonDocument::fromJson(json).object();
        const QImage image = WhatsappPreviewRenderer::render(t, options());
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 360);
        QCOMPARE(image.pixelColor(1, 1), QColor(0xEF, 0xEA, 0xE2));
        QVERIFY(!partsOfKind(WhatsappPreviewRenderer::layout(t, options()), PreviewPart::Kind::Message).isEmpty());
    }

    void widgetFollowsTemplateAndToggles()
    {
        WhatsappPreviewWidget w;
        w.resize(420, 700);
        w.setTheme(PreviewOptions::Theme::Light);
        w.setTemplate(fixture(QStringLiteral("text")));
        QCOMPARE(w.image().pixelColor(1, 1), QColor(0xEF, 0xEA, 0xE2));
        QVERIFY(!partsOfKind(w.parts(), PreviewPart::Kind::Body).isEmpty());

        QToolButton *dark = toggle(&w, QStringLiteral("Dark preview"));
        QToolButton *raw = toggle(&w, QStringLiteral("Show variables"));
        QVERIFY(dark && raw);
        QSignalSpy themeSpy(&w, &WhatsappPreviewWidget::themeChanged);
        dark->click();
        QCOMPARE(w.theme(), PreviewOptions::Theme::Dark);
        QCOMPARE(themeSpy.count(), 1);
        QCOMPARE(w.image().pixelColor(1, 1), QColor(0x0B, 0x14, 0x1A));
        const QImage before = w.image();
        raw->click();
        QVERIFY(w.showRawVariables());
        QVERIFY(w.image() != before);

        // Findings show up as markers; a click on a part reports its path.
        const PreviewPart body = partAt(w.parts(), QStringLiteral("details.components.1"));
        w.setFindings({Finding{QStringLiteral("details.components.1.text"), Severity::Error, QStringLiteral("m"), QStringLiteral("t"), {}}});
        QVERIFY(countNear(w.image(), withMarker(body.rect), PreviewOptions::paletteFor(PreviewOptions::Theme::Dark).error) > 40);
        QSignalSpy clicks(&w, &WhatsappPreviewWidget::partClicked);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, body.rect.center().toPoint());
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toString(), QStringLiteral("details.components.1"));

        w.setTemplate(fixture(QStringLiteral("carousel")));
        QCOMPARE(partsOfKind(w.parts(), PreviewPart::Kind::Card).size(), 5);
        // As on the phone: the cards are cut at its edge and scroll sideways under the
        // message, which stays put (Shift with the wheel, or a sideways wheel).
        QCOMPARE(w.canvas()->width(), 360);
        const QList<PreviewPart> cards = partsOfKind(w.parts(), PreviewPart::Kind::Card);
        QVERIFY(cards.last().rect.left() > 360);
        const QRectF message = partAt(w.parts(), QStringLiteral("details.components.0")).rect;
        QWheelEvent wheel(QPointF(100, cards.first().rect.center().y()), w.canvas()->mapToGlobal(QPointF(100, 100)), QPoint(),
                          QPoint(0, -240), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w.canvas(), &wheel);
        QVERIFY(w.carouselScroll() > 0);
        QCOMPARE(partAt(w.parts(), QStringLiteral("details.components.0")).rect, message);
        QVERIFY(partsOfKind(w.parts(), PreviewPart::Kind::Card).first().rect.left() < cards.first().rect.left());
        // Not past the last card: it comes to the phone's edge, no further.
        for (int i = 0; i < 20; ++i)
            QApplication::sendEvent(w.canvas(), &wheel);
        const QRectF last = partsOfKind(w.parts(), PreviewPart::Kind::Card).last().rect;
        QVERIFY2(last.right() <= 360 && last.right() > 300, qPrintable(QString::number(last.right())));
        QCOMPARE(w.canvas()->width(), 360);
    }

    void cliWritesPng()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.png"));
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("media-buttons")), QStringLiteral("-o"), out}), 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 360);
        QCOMPARE(image.pixelColor(1, 1), QColor(0xEF, 0xEA, 0xE2));

        const QString dark = dir.filePath(QStringLiteral("dark.png"));
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("text")), QStringLiteral("--dark"), QStringLiteral("--scale"),
                                QStringLiteral("2"), QStringLiteral("--raw-variables"), QStringLiteral("-o"), dark}), 0);
        image = QImage(dark);
        QCOMPARE(image.width(), 720);
        QCOMPARE(image.pixelColor(1, 1), QColor(0x0B, 0x14, 0x1A));
    }

    void cliMarksFindings()
    {
        QTemporaryDir dir;
        QJsonObject t = fixture(QStringLiteral("text"));
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray comps = details.value(QLatin1String("components")).toArray();
        QJsonObject footer = comps.at(2).toObject();
        footer[QStringLiteral("text")] = QStringLiteral("Reply {{1}} to opt out"); // footers cannot have variables
        comps[2] = footer;
        details[QStringLiteral("components")] = comps;
        t[QStringLiteral("details")] = details;
        const QString in = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeJson(in, t));
        const QString out = dir.filePath(QStringLiteral("bad.png"));
        QCOMPARE(runPreviewCli({in, QStringLiteral("-o"), out}), 0);
        const QRectF footerRect = partAt(WhatsappPreviewRenderer::layout(t, options()), QStringLiteral("details.components.2")).rect;
        QVERIFY(countNear(QImage(out), footerRect, options().palette().error) > 40);
    }

    void cliErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.png"));
        QCOMPARE(runPreviewCli({dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"), out}), 1);
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"name\": ");
        bad.close();
        QCOMPARE(runPreviewCli({bad.fileName(), QStringLiteral("-o"), out}), 1);
        QFile array(dir.filePath(QStringLiteral("array.json")));
        QVERIFY(array.open(QIODevice::WriteOnly));
        array.write("[1, 2]");
        array.close();
        QCOMPARE(runPreviewCli({array.fileName(), QStringLiteral("-o"), out}), 1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("text"))}), 2);                      // no -o
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("text")), QStringLiteral("-o"), out, QStringLiteral("--scale"),
                                QStringLiteral("9")}), 2);
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("text")), QStringLiteral("-o"), out, QStringLiteral("--frobnicate")}), 2);
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("text")), QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/x.png"))}), 1);
    }

    // Not a check: SINCH_PREVIEW_SCREENSHOTS=DIR writes the documentation's screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SINCH_PREVIEW_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set SINCH_PREVIEW_SCREENSHOTS=DIR to write the screenshots");
        const QList<QStringList> shots{
            {QStringLiteral("text"), QStringLiteral("preview-text.png")},
            {QStringLiteral("media-buttons"), QStringLiteral("preview-media-buttons.png"), QStringLiteral("--dark")},
            {QStringLiteral("authentication"), QStringLiteral("preview-authentication.png")},
            {QStringLiteral("carousel"), QStringLiteral("preview-carousel.png")},
        };
        for (const QStringList &s : shots) {
            QStringList args{fixturePath(s.at(0)), QStringLiteral("-o"), dir + QLatin1Char('/') + s.at(1),
                             QStringLiteral("--scale"), QStringLiteral("2")};
            args += s.mid(2);
            QCOMPARE(runPreviewCli(args), 0);
        }
    }
};

QTEST_MAIN(TestWhatsappPreview)
#include "tst_whatsapppreview.moc"
