#include "previewtestsupport.h"
#include "kakaotalk/alimtalkpreviewrenderer.h"
#include "kakaotalk/alimtalkpreviewscene.h"
#include "kakaotalk/alimtalkpreviewwidget.h"
#include "preview/previewpaint.h"
#include "rules/templatevalidator.h"
#include "templates/previewcli.h"

#include <QFile>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRawFont>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QToolButton>
#include <QtTest>

using namespace sinch::ui;
using sinch::rules::Finding;
using sinch::rules::Severity;
using Content = AlimtalkPreviewRenderer::Content;
using namespace previewtest;

namespace {

QJsonObject orderExamples()
{
    return QJsonObject{{QStringLiteral("customer"), QStringLiteral("홍길동")},
                       {QStringLiteral("order"), QStringLiteral("20240517-0042")},
                       {QStringLiteral("product"), QStringLiteral("무선 이어폰 외 1건")},
                       {QStringLiteral("carrier"), QStringLiteral("CJ대한통운")}};
}

Content order()
{
    return {AlimtalkPreviewRenderer::detailsOf(fixture(QStringLiteral("kakao-order-notice"))), orderExamples(),
            QStringLiteral("에이스몰")};
}

Content with(Content c, const QString &key, const QJsonValue &value)
{
    c.details.insert(key, value);
    return c;
}

QColor blend(const QColor &over, const QColor &under)
{
    const qreal a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a), over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

Finding finding(const QString &path, Severity severity = Severity::Error)
{
    return Finding{path, severity, QStringLiteral("m"), QStringLiteral("t"), {}};
}

} // namespace

class TestAlimtalkPreview : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreValidTemplates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("order notice") << QStringLiteral("kakao-order-notice");
        QTest::newRow("image") << QStringLiteral("kakao-image");
    }

    void fixturesAreValidTemplates()
    {
        QFETCH(QString, name);
        const QJsonObject t = fixture(name);
        QCOMPARE(sinch::rules::TemplateValidator::channelOf(t), sinch::rules::TemplateValidator::Channel::Kakaotalk);
        QVERIFY(!sinch::rules::hasErrors(sinch::rules::TemplateValidator::validateKakaotalk(t)));
    }

    void cardAtPhoneWidth_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }

    void cardAtPhoneWidth()
    {
        QFETCH(qreal, dpr);
        const PreviewOptions o = options(PreviewOptions::Theme::Light, dpr);
        const QImage image = AlimtalkPreviewRenderer::render(order(), o);
        QCOMPARE(image.width(), qRound(360 * dpr));
        QCOMPARE(AlimtalkPreviewRenderer::size(order(), o).width(), 360.0);
        const PreviewPart card = partsOfKind(AlimtalkPreviewRenderer::layout(order(), o), PreviewPart::Kind::Message).value(0);
        QCOMPARE(card.path, QStringLiteral("details.messageType"));
        // Avatar on the left, the time's room on the right: 260 dp of a 360 dp phone.
        QCOMPARE(card.rect.width(), 260.0);
        QVERIFY(card.rect.left() > 40);
        QCOMPARE(pixel(image, {2, 2}), QColor(0xB2, 0xC7, 0xD9));
        QCOMPARE(dominant(image, card.rect.adjusted(0, 60, 0, -10)), QColor(Qt::white));
    }

    void yellowBandOnTop_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(PreviewOptions::Theme::Light);
        QTest::newRow("dark") << int(PreviewOptions::Theme::Dark);
    }

    void yellowBandOnTop()
    {
        QFETCH(int, theme);
        const PreviewOptions o = options(PreviewOptions::Theme(theme));
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(order(), o);
        const PreviewPart band = partAt(parts, QStringLiteral("details.securityFlag"));
        const PreviewPart card = partAt(parts, QStringLiteral("details.messageType"));
        QCOMPARE(band.kind, PreviewPart::Kind::Badge);
        QCOMPARE(band.rect.top(), card.rect.top());
        QCOMPARE(band.rect.width(), card.rect.width());
        const QImage image = AlimtalkPreviewRenderer::render(order(), o);
        QCOMPARE(dominant(image, band.rect), QColor(0xFE, 0xE5, 0x00));
        // The label is drawn on it, dark.
        QVERIFY(countNear(image, band.rect, QColor(0x19, 0x19, 0x19), 60) > 30);
    }

    void buttonsFullWidthStackedInOrder()
    {
        Content c = order();
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(c, options());
        const PreviewPart first = partAt(parts, QStringLiteral("details.buttons.0"));
        const PreviewPart second = partAt(parts, QStringLiteral("details.buttons.1"));
        const PreviewPart content = partAt(parts, QStringLiteral("details.content"));
        const PreviewPart card = partAt(parts, QStringLiteral("details.messageType"));
        QCOMPARE(first.kind, PreviewPart::Kind::Button);
        QCOMPARE(first.rect.width(), content.rect.width());
        QCOMPARE(first.rect.left(), content.rect.left());
        QCOMPARE(second.rect.left(), first.rect.left());
        QCOMPARE(second.rect.width(), first.rect.width());
        QVERIFY(first.rect.top() > content.rect.bottom());
        QVERIFY(second.rect.top() >= first.rect.bottom());
        QVERIFY(card.rect.contains(second.rect));
        QCOMPARE(partAt(parts, QStringLiteral("details.buttons")).rect, first.rect.united(second.rect));
        const QImage image = AlimtalkPreviewRenderer::render(c, options());
        QCOMPARE(dominant(image, first.rect), QColor(0xF5, 0xF5, 0xF5));

        // `ordering`, not the array, decides the order.
        QJsonArray buttons = c.details.value(QLatin1String("buttons")).toArray();
        QJsonObject b0 = buttons.at(0).toObject(), b1 = buttons.at(1).toObject();
        b0[QStringLiteral("ordering")] = 2;
        b1[QStringLiteral("ordering")] = 1;
        buttons = QJsonArray{b0, b1};
        const QList<PreviewPart> swapped = AlimtalkPreviewRenderer::layout(with(c, QStringLiteral("buttons"), buttons), options());
        QVERIFY(partAt(swapped, QStringLiteral("details.buttons.1")).rect.top() < partAt(swapped, QStringLiteral("details.buttons.0")).rect.top());
    }

    void titleEmphasized()
    {
        Content c = with(order(), QStringLiteral("content"), QStringLiteral("발송되었습니다."));
        c.details.remove(QStringLiteral("extra"));
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(c, options());
        const PreviewPart title = partAt(parts, QStringLiteral("details.title"));
        const PreviewPart subtitle = partAt(parts, QStringLiteral("details.subtitle"));
        const PreviewPart content = partAt(parts, QStringLiteral("details.content"));
        QCOMPARE(title.kind, PreviewPart::Kind::Title);
        // One line each: the title's is the tallest; the subtitle stands above it, both above the content.
        QVERIFY2(title.rect.height() > content.rect.height() * 1.2, qPrintable(QStringLiteral("%1 vs %2").arg(title.rect.height()).arg(content.rect.height())));
        QVERIFY(subtitle.rect.bottom() <= title.rect.top());
        QVERIFY(title.rect.bottom() < content.rect.top());
        const QImage image = AlimtalkPreviewRenderer::render(c, options());
        // Bold and big: many dark pixels in the title, the subtitle grey.
        QVERIFY(countNear(image, title.rect, QColor(0x19, 0x19, 0x19), 30) > countNear(image, content.rect, QColor(0x19, 0x19, 0x19), 30));
        QCOMPARE(countNear(image, subtitle.rect, QColor(0x19, 0x19, 0x19), 30), 0);

        // Without emphasis no title is drawn.
        const QList<PreviewPart> none = AlimtalkPreviewRenderer::layout(with(c, QStringLiteral("emphasizeType"), QStringLiteral("EMPHASIZE_TYPE_NONE")), options());
        QVERIFY(partAt(none, QStringLiteral("details.title")).path.isEmpty());
    }

    void examplesSubstitutedAndRawToggle()
    {
        PreviewOptions o = options();
        const QString shown = AlimtalkPreviewRenderer::description(order(), o);
        QVERIFY2(shown.contains(QStringLiteral("홍길동님, 주문하신")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("주문 20240517-0042")));
        QVERIFY(!shown.contains(QStringLiteral("#{")));
        const QImage examples = AlimtalkPreviewRenderer::render(order(), o);
        o.showRawVariables = true;
        const QString raw = AlimtalkPreviewRenderer::description(order(), o);
        QVERIFY(raw.contains(QStringLiteral("#{customer}님, 주문하신")));
        QVERIFY(raw.contains(QStringLiteral("주문 #{order}")));
        const QImage rawImage = AlimtalkPreviewRenderer::render(order(), o);
        QVERIFY(examples != rawImage);
        // Variables are tinted either way.
        const AlimtalkPreviewRenderer::Palette pal = AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Light);
        const QRectF content = partAt(AlimtalkPreviewRenderer::layout(order(), o), QStringLiteral("details.content")).rect;
        const QColor tint = blend(pal.variableTint, pal.card);
        QVERIFY(countNear(examples, content, tint, 12) > 40);
        QVERIFY(countNear(rawImage, content, tint, 12) > 40);
        // A variable without an example stays raw.
        Content missing = order();
        missing.examples.remove(QStringLiteral("carrier"));
        QVERIFY(AlimtalkPreviewRenderer::description(missing, options()).contains(QStringLiteral("택배사: #{carrier}")));
    }

    void darkTheme()
    {
        const PreviewOptions o = options(PreviewOptions::Theme::Dark);
        const AlimtalkPreviewRenderer::Palette pal = AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Dark);
        const QImage image = AlimtalkPreviewRenderer::render(order(), o);
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(order(), o);
        QCOMPARE(pixel(image, {2, 2}), pal.wallpaper);
        QVERIFY(pal.wallpaper.lightness() < 60);
        QVERIFY(pal.card.lightness() < 80);
        const PreviewPart card = partAt(parts, QStringLiteral("details.messageType"));
        QCOMPARE(dominant(image, card.rect.adjusted(0, 60, 0, -10)), pal.card);
        QCOMPARE(dominant(image, partAt(parts, QStringLiteral("details.buttons.0")).rect), pal.button);
        QVERIFY(countNear(image, partAt(parts, QStringLiteral("details.title")).rect, pal.text, 30) > 50);
    }

    void findingMarkedAtItsElement()
    {
        PreviewOptions o = options();
        const QImage clean = AlimtalkPreviewRenderer::render(order(), o);
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(order(), o);
        const QColor error = AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Light).error;
        const QColor warning = AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Light).warning;
        o.findings = {finding(QStringLiteral("details.buttons.1.linkMo")), finding(QStringLiteral("details.subtitle"), Severity::Warning)};
        const QImage marked = AlimtalkPreviewRenderer::render(order(), o);
        QCOMPARE(countNear(clean, parts.last().rect, error, 30), 0);
        QVERIFY(countNear(marked, partAt(parts, QStringLiteral("details.buttons.1")).rect, error, 30) > 40);
        QCOMPARE(countNear(marked, partAt(parts, QStringLiteral("details.buttons.0")).rect.adjusted(0, 0, 0, -4), error, 30), 0);
        QVERIFY(countNear(marked, partAt(parts, QStringLiteral("details.subtitle")).rect.adjusted(-4, -3, 4, 3), warning, 30) > 30);
        QCOMPARE(countNear(marked, partAt(parts, QStringLiteral("details.content")).rect, warning, 30), 0);
        // A finding of the template as a whole (its name) has no place in the message.
        o.findings = {finding(QStringLiteral("details.name"))};
        QCOMPARE(AlimtalkPreviewRenderer::render(order(), o), clean);
    }

    void securityFlagMark()
    {
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(order(), options());
        const QRectF band = partAt(parts, QStringLiteral("details.securityFlag")).rect;
        const QRectF right(band.right() - band.width() * 0.3, band.top(), band.width() * 0.3, band.height());
        const QColor ink(0x19, 0x19, 0x19);
        QCOMPARE(countNear(AlimtalkPreviewRenderer::render(order(), options()), right, ink, 60), 0);
        const Content secure = with(order(), QStringLiteral("securityFlag"), true);
        QVERIFY(countNear(AlimtalkPreviewRenderer::render(secure, options()), right, ink, 60) > 30);
        QVERIFY(AlimtalkPreviewRenderer::description(secure, options()).contains(QStringLiteral("Security message")));
        QVERIFY(!AlimtalkPreviewRenderer::description(order(), options()).contains(QStringLiteral("Security message")));
    }

    void imagePlaceholder()
    {
        const Content c{AlimtalkPreviewRenderer::detailsOf(fixture(QStringLiteral("kakao-image"))),
                        QJsonObject{{QStringLiteral("customer"), QStringLiteral("김민지")}}, QStringLiteral("에이스몰")};
        const QList<PreviewPart> parts = AlimtalkPreviewRenderer::layout(c, options());
        const PreviewPart image = partAt(parts, QStringLiteral("details.imageUrl"));
        const PreviewPart card = partAt(parts, QStringLiteral("details.messageType"));
        const PreviewPart band = partAt(parts, QStringLiteral("details.securityFlag"));
        QCOMPARE(image.kind, PreviewPart::Kind::Image);
        QCOMPARE(partAt(parts, QStringLiteral("details.imageName")).rect, image.rect);
        QCOMPARE(image.rect.width(), card.rect.width());
        QCOMPARE(image.rect.width(), 2 * image.rect.height()); // the contract's 2:1
        QCOMPARE(image.rect.top(), band.rect.bottom());
        QVERIFY(partAt(parts, QStringLiteral("details.title")).path.isEmpty());
        const QImage rendered = AlimtalkPreviewRenderer::render(c, options());
        const AlimtalkPreviewRenderer::Palette pal = AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Light);
        QCOMPARE(dominant(rendered, image.rect), pal.imagePlaceholder);
        QVERIFY(countNear(rendered, image.rect, pal.imageGlyph, 10) > 300);
        QVERIFY(AlimtalkPreviewRenderer::description(c, options()).contains(QStringLiteral("spring-event-banner.png")));
        // Without a name, the URL's file name.
        Content unnamed = c;
        unnamed.details.remove(QStringLiteral("imageName"));
        QVERIFY(AlimtalkPreviewRenderer::description(unnamed, options()).contains(QStringLiteral("Image: spring-event-banner.png")));
    }

    void longContentWraps()
    {
        const Content shortOne = with(order(), QStringLiteral("content"), QStringLiteral("안내드립니다."));
        const Content longOne = with(order(), QStringLiteral("content"), QString(QStringLiteral("고객님의 주문이 정상적으로 접수되었으며 곧 발송될 예정입니다. ")).repeated(6));
        const QList<PreviewPart> a = AlimtalkPreviewRenderer::layout(shortOne, options());
        const QList<PreviewPart> b = AlimtalkPreviewRenderer::layout(longOne, options());
        const QRectF shortRect = partAt(a, QStringLiteral("details.content")).rect;
        const QRectF longRect = partAt(b, QStringLiteral("details.content")).rect;
        QCOMPARE(longRect.width(), shortRect.width());
        QVERIFY(longRect.height() > 6 * shortRect.height());
        QVERIFY(partAt(b, QStringLiteral("details.messageType")).rect.height() > partAt(a, QStringLiteral("details.messageType")).rect.height());
        QCOMPARE(AlimtalkPreviewRenderer::size(longOne, options()).width(), 360.0);
    }

    void koreanUsesCjkFont_data()
    {
        QTest::addColumn<QFont>("font");
        QTest::newRow("the preview's font") << alimtalk::kakaoFont(alimtalk::kContentPx);
        QTest::newRow("bold title") << alimtalk::kakaoFont(alimtalk::kTitlePx, QFont::Bold);
        QTest::newRow("application font, by fallback") << preview::font(14);
    }

    void koreanUsesCjkFont()
    {
        QFETCH(QFont, font);
        QTextLayout layout(QStringLiteral("주문하신 상품이 발송되었습니다"), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        for (const QGlyphRun &run : runs) {
            const QRawFont raw = run.rawFont();
            QVERIFY2(raw.supportsCharacter(QChar(0xC8FC)), qPrintable(raw.familyName())); // 주
            QVERIFY2(QFontDatabase::writingSystems(raw.familyName()).contains(QFontDatabase::Korean), qPrintable(raw.familyName()));
            for (quint32 glyph : run.glyphIndexes())
                QVERIFY(glyph != 0); // no missing-glyph boxes
        }
    }

    void widget()
    {
        AlimtalkPreviewWidget w;
        w.setDark(false);
        w.setTemplate(fixture(QStringLiteral("kakao-order-notice")), orderExamples(), QStringLiteral("에이스몰"));
        QVERIFY(w.sizeHint().width() >= 360);
        QCOMPARE(w.image().pixelColor(1, 1), QColor(0xB2, 0xC7, 0xD9));
        QCOMPARE(w.canvas()->accessibleName(), QStringLiteral("AlimTalk preview"));
        QVERIFY(w.description().contains(QStringLiteral("발송 완료")));
        QVERIFY(w.canvas()->accessibleDescription().contains(QStringLiteral("홍길동님")));
        QVERIFY(w.canvas()->accessibleDescription().contains(QStringLiteral("Button: 주문 상세")));

        QToolButton *dark = toggle(&w, QStringLiteral("Dark preview"));
        QToolButton *raw = toggle(&w, QStringLiteral("Show variables"));
        QVERIFY(dark && raw);
        QVERIFY(raw->toolTip().contains(QStringLiteral("#{name}")));
        QSignalSpy themeSpy(&w, &AlimtalkPreviewWidget::themeChanged);
        dark->click();
        QVERIFY(w.isDark());
        QCOMPARE(themeSpy.count(), 1);
        QCOMPARE(w.image().pixelColor(1, 1), AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Dark).wallpaper);
        raw->click();
        QVERIFY(w.showRawVariables());
        QVERIFY(w.description().contains(QStringLiteral("#{customer}")));

        const PreviewPart button = partAt(w.parts(), QStringLiteral("details.buttons.1"));
        w.setFindings({finding(QStringLiteral("details.buttons.1.name"))});
        QVERIFY(countNear(w.image(), button.rect, AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Dark).error) > 40);
        QSignalSpy clicks(&w, &AlimtalkPreviewWidget::partClicked);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, button.rect.center().toPoint());
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toString(), QStringLiteral("details.buttons.1"));

        // Tall: the scroll area scrolls.
        w.resize(400, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.scrollArea()->verticalScrollBar()->maximum() > 0);
        const QString shots = qEnvironmentVariable("SINCH_PREVIEW_SCREENSHOTS");
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/alimtalk-widget.png"));
    }

    void renderingIsOneLayout()
    {
        PreviewOptions o = options(PreviewOptions::Theme::Dark);
        o.findings = {finding(QStringLiteral("details.title"))};
        const PreviewRendering r = AlimtalkPreviewRenderer::rendering(order(), o);
        QCOMPARE(r.toImage(o.devicePixelRatio, o.findings), AlimtalkPreviewRenderer::render(order(), o));
        QCOMPARE(r.parts.size(), AlimtalkPreviewRenderer::layout(order(), o).size());
        QCOMPARE(r.description, AlimtalkPreviewRenderer::description(order(), o));
        QCOMPARE(r.background, AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Dark).wallpaper);
    }

    void cliWritesKakaotalkPng()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("kakao.png"));
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("kakao-order-notice")), QStringLiteral("-o"), out,
                                QStringLiteral("--example"), QStringLiteral("customer=홍길동")}), 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 360);
        QCOMPARE(image.pixelColor(1, 1), QColor(0xB2, 0xC7, 0xD9));

        const QString dark = dir.filePath(QStringLiteral("dark.png"));
        QCOMPARE(runPreviewCli({fixturePath(QStringLiteral("kakao-image")), QStringLiteral("--dark"), QStringLiteral("--scale"),
                                QStringLiteral("2"), QStringLiteral("-o"), dark}), 0);
        image = QImage(dark);
        QCOMPARE(image.width(), 720);
        QCOMPARE(image.pixelColor(1, 1), AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Dark).wallpaper);
    }

    void cliChannelForced()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("forced.png"));
        // A KakaoTalk file forced to WhatsApp draws WhatsApp's wallpaper (and its findings).
        QCOMPARE(runPreviewCli({QStringLiteral("--channel"), QStringLiteral("whatsapp"), fixturePath(QStringLiteral("kakao-order-notice")),
                                QStringLiteral("-o"), out}), 0);
        QCOMPARE(QImage(out).pixelColor(1, 1), QColor(0xEF, 0xEA, 0xE2));
        QCOMPARE(runPreviewCli({QStringLiteral("--channel=kakaotalk"), fixturePath(QStringLiteral("text")), QStringLiteral("-o"), out}), 0);
        QCOMPARE(QImage(out).pixelColor(1, 1), QColor(0xB2, 0xC7, 0xD9));
    }

    void cliMarksKakaotalkFindings()
    {
        QTemporaryDir dir;
        QJsonObject t = fixture(QStringLiteral("kakao-order-notice"));
        QJsonObject details = t.value(QLatin1String("details")).toObject();
        QJsonArray buttons = details.value(QLatin1String("buttons")).toArray();
        QJsonObject web = buttons.at(1).toObject();
        web.remove(QStringLiteral("linkMo")); // a web link needs its mobile address
        buttons[1] = web;
        details[QStringLiteral("buttons")] = buttons;
        t[QStringLiteral("details")] = details;
        const QString in = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeJson(in, t));
        const QString out = dir.filePath(QStringLiteral("bad.png"));
        QCOMPARE(runPreviewCli({in, QStringLiteral("-o"), out}), 0);
        const Content c{details, {}, {}};
        const QRectF rect = partAt(AlimtalkPreviewRenderer::layout(c, options()), QStringLiteral("details.buttons.1")).rect;
        QVERIFY(countNear(QImage(out), rect, AlimtalkPreviewRenderer::paletteFor(PreviewOptions::Theme::Light).error, 30) > 40);
    }

    void cliErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.png"));
        const QString file = fixturePath(QStringLiteral("kakao-order-notice"));
        QCOMPARE(runPreviewCli({file, QStringLiteral("-o"), out, QStringLiteral("--channel"), QStringLiteral("rcs")}), 2);
        QCOMPARE(runPreviewCli({file, QStringLiteral("-o"), out, QStringLiteral("--example"), QStringLiteral("customer")}), 2);
        QCOMPARE(runPreviewCli({file, QStringLiteral("-o"), out, QStringLiteral("--example"), QStringLiteral("=x")}), 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runPreviewCli({dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"), out, QStringLiteral("--channel"),
                                QStringLiteral("kakaotalk")}), 1);
    }

    // Not a check: SINCH_PREVIEW_SCREENSHOTS=DIR writes the documentation's screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SINCH_PREVIEW_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set SINCH_PREVIEW_SCREENSHOTS=DIR to write the screenshots");
        QStringList examples;
        const QJsonObject ex = orderExamples();
        for (auto it = ex.begin(); it != ex.end(); ++it)
            examples << QStringLiteral("--example") << it.key() + QLatin1Char('=') + it.value().toString();
        const QStringList common = QStringList{QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--channel-name"),
                                               QStringLiteral("에이스몰")} + examples;
        const QString order = fixturePath(QStringLiteral("kakao-order-notice"));
        QCOMPARE(runPreviewCli(QStringList{order, QStringLiteral("-o"), dir + QStringLiteral("/alimtalk-preview-light.png")} + common), 0);
        QCOMPARE(runPreviewCli(QStringList{order, QStringLiteral("-o"), dir + QStringLiteral("/alimtalk-preview-dark.png"), QStringLiteral("--dark")} + common), 0);
        QCOMPARE(runPreviewCli(QStringList{fixturePath(QStringLiteral("kakao-image")), QStringLiteral("-o"), dir + QStringLiteral("/alimtalk-preview-image.png"),
                                           QStringLiteral("--example"), QStringLiteral("customer=김민지"), QStringLiteral("--example"),
                                           QStringLiteral("period=3월 1일 ~ 3월 31일")} + common.mid(0, 4)), 0);
    }
};

QTEST_MAIN(TestAlimtalkPreview)
#include "tst_alimtalkpreview.moc"
