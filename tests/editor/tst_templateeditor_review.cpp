// tst_templateeditor, the server: submit and review on the clock, refusals, errors on their
// fields, autosave, edits while in review, the approved version beside the edited one.
#include "tst_templateeditor.h"

using namespace sinch;
using sinch::test::hasFinding;
using sinch::ui::ChangeList;
using sinch::ui::TemplateEditor;
using namespace sinch::test::editorsuite;

void TstTemplateEditor::carouselSubmittedAndApproved()
{
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = 0.3;
    test::SandboxFixture fx(config);
    QVERIFY2(fx.started, qPrintable(fx.error));
    TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("summer_cards")));
    editor.show();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(editor.addCard(), i);
    const QString cards = QStringLiteral("details.components.1.cards.%1.components.");
    const QStringList items{QStringLiteral("shirt"), QStringLiteral("tote"), QStringLiteral("hat")};
    for (int i = 0; i < 3; ++i) {
        editor.setValue(cards.arg(i) + QStringLiteral("0.example.url"), QStringLiteral("https://cdn.example.com/%1.jpg").arg(items.at(i)));
        editor.setValue(cards.arg(i) + QStringLiteral("1.text"), QStringLiteral("Our %1, new this week.").arg(items.at(i)));
        editor.setValue(cards.arg(i) + QStringLiteral("2.buttons.0.text"), QStringLiteral("More like this"));
    }
    QVERIFY2(!rules::hasErrors(editor.findings()), qPrintable(editor.findings().value(0).message));
    QSignalSpy saved(&editor, &TemplateEditor::saved);
    editor.submit();
    QVERIFY(editor.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
    QVERIFY(!editor.isDirty());

    QJsonObject seen;
    auto poll = [&] {
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                          .path(QStringLiteral("templateName"), QStringLiteral("summer_cards"))
                                                          .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
        connect(job, &ApiJob::finished, this, [&seen](const ApiResult &r) { seen = r.json.object(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT((poll(), seen.value(QLatin1String("state")).toString() == QLatin1String("APPROVED")), 10000);
    QCOMPARE(val(seen, "details.components.1.cards").toArray().size(), 3);
    QCOMPARE(val(seen, "details.components.1.cards.2.components.1.text").toString(), QStringLiteral("Our hat, new this week."));

    // The editor still knows the version it submitted: in review, so nothing is sent
    // and the edit stays local.
    QVERIFY(editor.isInReview());
    editor.setValue(cards.arg(0) + QStringLiteral("1.text"), QStringLiteral("Our shirt, back in stock."));
    editor.saveDraft();
    QVERIFY(!editor.isBusy());
    QVERIFY2(editor.messageText().contains(QLatin1String("in review")), qPrintable(editor.messageText()));
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 0);
    // "Check now" on the banner sees the approval, says so, and lets saving go on.
    auto *check = editor.findChild<ui::MessageBar *>(QStringLiteral("reviewBar"))->findChild<QPushButton *>();
    QVERIFY(check && check->isVisibleTo(&editor));
    QCOMPARE(check->text(), QStringLiteral("Check now"));
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isInReview(), 10000);
    QVERIFY2(editor.messageText().contains(QLatin1String("approved")), qPrintable(editor.messageText()));
    QCOMPARE(saved.count(), 2); // the list learns the new state too
    QVERIFY(editor.isDirty());

    // A second save of the same editor is a PATCH.
    editor.saveDraft();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 10000);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 1);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
}

// While the changes are in review the editor asks the server every 30 s on its clock
// (and no more once the review has ended).
void TstTemplateEditor::reviewPolledOnTheClock()
{
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = 3600; // stays in review
    test::SandboxFixture fx(config);
    QVERIFY2(fx.started, qPrintable(fx.error));
    ManualClock clock;
    TemplateEditor::Context context{fx.client.get(), fx.projectKey, nullptr, nullptr};
    context.clock = &clock;
    TemplateEditor editor(context, baseTemplate(QStringLiteral("polled_review")));
    QSignalSpy saved(&editor, &TemplateEditor::saved);
    editor.submit();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY(editor.isInReview());
    auto *sync = editor.findChild<sinch::ui::TemplateSync *>();
    QVERIFY(sync);
    QSignalSpy checked(sync, &sinch::ui::TemplateSync::reviewChecked);
    const QString get = QStringLiteral("TemplatesController_getTemplate_v1");
    const int before = fx.server->requestCount(get);
    clock.advance(29999);
    QTest::qWait(50);
    QCOMPARE(fx.server->requestCount(get), before);
    clock.advance(1);
    QTRY_COMPARE(fx.server->requestCount(get), before + 1);
    // A tick while the last check is still on its way is skipped, so the next one
    // comes after the answer, as 30 s of a person's time would.
    QTRY_COMPARE(checked.count(), 1);
    clock.advance(30000);
    QTRY_COMPARE(fx.server->requestCount(get), before + 2);
    QTRY_COMPARE(checked.count(), 2);
    QVERIFY(editor.isInReview());
}

void TstTemplateEditor::rejectedByReview()
{
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = 0.2;
    test::SandboxFixture fx(config);
    QVERIFY2(fx.started, qPrintable(fx.error));
    TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("promo_reject_me")));
    QSignalSpy saved(&editor, &TemplateEditor::saved);
    editor.submit();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QJsonObject seen;
    auto poll = [&] {
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                          .path(QStringLiteral("templateName"), QStringLiteral("promo_reject_me"))
                                                          .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
        connect(job, &ApiJob::finished, this, [&seen](const ApiResult &r) { seen = r.json.object(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT((poll(), val(seen, "changes.status").toString() == QLatin1String("REJECTED")), 10000);
    const QString code = val(seen, "changes.rejectionCode").toString(val(seen, "rejectionCode").toString());
    QVERIFY2(!code.isEmpty(), QJsonDocument(seen).toJson().constData());
}

void TstTemplateEditor::submitRefusedWhileErrorsRemain()
{
    test::SandboxFixture fx;
    QVERIFY2(fx.started, qPrintable(fx.error));
    QJsonObject t = baseTemplate(QStringLiteral("Bad Name"));
    TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, t);
    QVERIFY(rules::hasErrors(editor.findings()));
    QVERIFY(hasFinding(editor.findings(), QStringLiteral("name")));
    editor.submit();
    QVERIFY(!editor.isBusy());
    QVERIFY2(editor.messageText().contains(QLatin1String("Not submitted")), qPrintable(editor.messageText()));
    editor.saveDraft(); // the name is wrong for a draft too
    QVERIFY(!editor.isBusy());
    QTest::qWait(100);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 0);
    // Fixed, it goes.
    editor.setValue(QStringLiteral("name"), QStringLiteral("good_name"));
    QVERIFY(!rules::hasErrors(editor.findings()));
    editor.saveDraft();
    QTRY_COMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_createTemplate_v1")), 1);
}

void TstTemplateEditor::serverErrorLandsOnField()
{
    test::SandboxFixture fx;
    QVERIFY2(fx.started, qPrintable(fx.error));
    TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("field_error")));
    editor.show();
    const QByteArray body = QJsonDocument(QJsonObject{
        {QStringLiteral("errorCode"), QStringLiteral("invalid_input")},
        {QStringLiteral("message"), QStringLiteral("Invalid input")},
        {QStringLiteral("additionalInformation"), QJsonObject{{QStringLiteral("validationErrors"), QJsonArray{
            QStringLiteral("details.components.0.text must not contain the word 'free'"),
            QStringLiteral("the quota of templates is exhausted")}}}}}).toJson();
    fx.server->injectNext(400, body);
    QSignalSpy findingsChanged(&editor, &TemplateEditor::findingsChanged);
    editor.saveDraft();
    QTRY_VERIFY(!editor.isBusy());
    QVERIFY(hasFinding(editor.findings(), QStringLiteral("details.components.0.text"), QStringLiteral("schema")));
    QVERIFY2(editor.messageText().contains(QLatin1String("quota of templates")), qPrintable(editor.messageText()));
    editor.goToPath(QStringLiteral("details.components.0.text"));
    QCOMPARE(editor.currentPart(), QStringLiteral("body"));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("field:details.components.0.text"));
    QVERIFY(text);
    QCOMPARE(text->property("finding").toString(), QStringLiteral("error"));
    QVERIFY(text->toolTip().contains(QLatin1String("free")));
    // Changing the field takes the server's finding away.
    editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Summer picks, swipe to see them."));
    QVERIFY(!hasFinding(editor.findings(), QStringLiteral("details.components.0.text"), QStringLiteral("schema")));
    QCOMPARE(text->property("finding").toString(), QString());
}

void TstTemplateEditor::autosaveAndClose()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("drafts"));
    DraftStore drafts(dir);
    ui::ScriptedMessageBox box;
    ManualClock clock;
    TemplateEditor::Context context{nullptr, QStringLiteral("p1"), &drafts, &box};
    context.clock = &clock;
    QString key;
    QJsonObject last;
    {
        TemplateEditor editor(context, baseTemplate(QStringLiteral("auto_saved")));
        key = editor.draftKey();
        QVERIFY(key.startsWith(QLatin1String("p1/whatsapp/new-")));
        bool closed = false;
        editor.requestClose([&closed](bool ok) { closed = ok; });
        QVERIFY(closed);               // nothing to lose: no question
        QCOMPARE(box.seen().size(), 0);
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited once."));
        clock.advance(4999);
        QVERIFY(!drafts.find(key).has_value()); // every 5 s, not at once
        clock.advance(1);
        QVERIFY(drafts.find(key).has_value());
        QCOMPARE(drafts.find(key)->document, editor.document());
        QCOMPARE(drafts.find(key)->title, QStringLiteral("auto_saved · EN_US"));
        editor.autosaveTimer()->stop();
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited twice."));
        last = editor.document();
        QVERIFY(drafts.find(key)->document != last); // not autosaved yet: the destructor must keep it
    }
    DraftStore again(dir);
    const auto found = again.find(key);
    QVERIFY(found.has_value());
    QCOMPARE(found->document, last);
    QCOMPARE(found->projectKey, QStringLiteral("p1"));
    QCOMPARE(again.all().size(), 1);

    // A dirty editor asks before closing; Discard drops the local copy.
    {
        TemplateEditor editor(context, found->document);
        editor.setValue(QStringLiteral("category"), QStringLiteral("UTILITY"));
        clock.advance(5000);
        QVERIFY(drafts.find(editor.draftKey()).has_value());
        box.expect(ui::MessageBox::Kind::Question, QStringLiteral("as a draft"), QMessageBox::Discard);
        QSignalSpy done(&box, &ui::ScriptedMessageBox::prompted);
        bool closed = false;
        editor.requestClose([&closed](bool ok) { closed = ok; });
        QTRY_VERIFY(closed);
        QVERIFY2(box.allMet(), qPrintable(box.report()));
        QVERIFY(!drafts.find(editor.draftKey()).has_value());
    }
    QCOMPARE(DraftStore(dir).all().size(), 1); // the discarded editor left nothing behind
}

// Changes in review: the banner says so, Save and Submit wait, closing keeps the edit
// locally (no request), and opening the template again offers it back, undoably.
void TstTemplateEditor::inReviewKeepsEditsLocally()
{
    QTemporaryDir tmp;
    DraftStore drafts(tmp.filePath(QStringLiteral("drafts")));
    ui::ScriptedMessageBox box;
    const QJsonObject doc = baseTemplate(QStringLiteral("under_review"));
    QJsonObject server = approvedOnServer(doc);
    server.insert(QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                                                        {QStringLiteral("details"), doc.value(QLatin1String("details"))}});
    QString key;
    QJsonObject edited;
    {
        TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
        editor.show();
        key = editor.draftKey();
        QVERIFY(editor.isInReview());
        auto *banner = editor.findChild<ui::MessageBar *>(QStringLiteral("reviewBar"));
        QVERIFY(banner);
        QVERIFY(banner->isVisibleTo(&editor));
        QVERIFY2(banner->text().contains(QLatin1String("in review")), qPrintable(banner->text()));
        ClockTimer *poll = editor.findChild<ClockTimer *>(QStringLiteral("reviewTimer"));
        QVERIFY(poll && poll->isActive());
        QPushButton *save = nullptr;
        for (QPushButton *b : editor.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save draft"))
                save = b;
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QLatin1String("in review")));
        editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Edited while in review."));
        edited = editor.document();
        box.expect(ui::MessageBox::Kind::Question, QStringLiteral("are in review"), QMessageBox::Save);
        bool closed = false;
        editor.requestClose([&closed](bool ok) { closed = ok; });
        QTRY_VERIFY(closed);
        QVERIFY2(box.allMet(), qPrintable(box.report()));
        QCOMPARE(drafts.find(key)->document, edited);
    }
    // Opened again (the server still in review): the kept edit is offered back.
    {
        box.expect(ui::MessageBox::Kind::Question, QStringLiteral("Restore them?"), QMessageBox::Yes);
        TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
        QTRY_VERIFY(box.allMet());
        // The answer is applied after the question returns (the box answers asynchronously).
        QTRY_COMPARE(editor.document(), edited);
        QVERIFY(editor.isDirty());
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), doc);
        editor.undoStack()->redo();
        QCOMPARE(editor.document(), edited);
    }
    // Discard at the offer drops the kept copy; the same document again asks nothing.
    {
        box.expect(ui::MessageBox::Kind::Question, QStringLiteral("Restore them?"), QMessageBox::Discard);
        TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
        QTRY_VERIFY(box.allMet());
        QCOMPARE(editor.document(), doc);
        QTRY_VERIFY(!drafts.find(key).has_value());
    }
    {
        const int prompts = int(box.seen().size());
        TemplateEditor editor({nullptr, QStringLiteral("p1"), &drafts, &box}, doc, server);
        QTest::qWait(50);
        QCOMPARE(int(box.seen().size()), prompts);
    }
}

// Against the sandbox: an approved template's category change never reaches the
// server, a body edit is a PATCH; the editor then knows the server's new version.
void TstTemplateEditor::editOfAnApprovedTemplateAgainstTheSandbox()
{
    sandbox::SandboxConfig config;
    config.reviewDelaySeconds = 0.2;
    test::SandboxFixture fx(config);
    QVERIFY2(fx.started, qPrintable(fx.error));
    auto get = [&]() {
        QJsonObject seen;
        ApiJob *job = fx.client->call(fx.projectKey, ApiRequest(QStringLiteral("TemplatesController_getTemplate_v1"))
                                                          .path(QStringLiteral("templateName"), QStringLiteral("promo_locked"))
                                                          .path(QStringLiteral("languageCode"), QStringLiteral("EN_US")));
        QSignalSpy done(job, &ApiJob::finished);
        done.wait(10000);
        return done.isEmpty() ? QJsonObject() : done.first().first().value<ApiResult>().json.object();
    };
    {
        TemplateEditor creator({fx.client.get(), fx.projectKey, nullptr, nullptr}, baseTemplate(QStringLiteral("promo_locked")));
        QSignalSpy saved(&creator, &TemplateEditor::saved);
        creator.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    }
    QJsonObject server;
    QTRY_VERIFY_WITH_TIMEOUT((server = get(), server.value(QLatin1String("state")).toString() == QLatin1String("APPROVED")), 10000);
    TemplateEditor editor({fx.client.get(), fx.projectKey, nullptr, nullptr}, TemplateDocument::fromServerTemplate(server), server);
    QVERIFY(!editor.canCompare()); // nothing pending yet
    editor.setValue(QStringLiteral("category"), QStringLiteral("UTILITY"));
    editor.saveDraft();
    QVERIFY(!editor.isBusy());
    QTest::qWait(50);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 0);
    editor.undoStack()->undo();
    editor.setValue(QStringLiteral("details.components.0.text"), QStringLiteral("Summer picks for you, updated this morning."));
    QSignalSpy saved(&editor, &TemplateEditor::saved);
    editor.saveDraft();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(fx.server->requestCount(QStringLiteral("TemplatesController_updateTemplate_v1")), 1);
    QCOMPARE(editor.serverTemplate().value(QStringLiteral("state")).toString(), QStringLiteral("APPROVED"));
    QCOMPARE(val(editor.serverTemplate(), "changes.status").toString(), QStringLiteral("DRAFT"));
    QVERIFY(editor.canCompare()); // approved + pending changes
}

// "Compare with approved": enabled with an approved version and pending changes or
// local edits; the approved preview beside the edited one, the changed fields below,
// both previews marked; it follows every keystroke.
void TstTemplateEditor::compareWithApproved()
{
    const QJsonObject approvedDoc = readFixture(QStringLiteral("media-buttons.json"));
    QVERIFY(!approvedDoc.isEmpty());
    QJsonObject pendingDetails = approvedDoc.value(QLatin1String("details")).toObject();
    QJsonArray comps = pendingDetails.value(QLatin1String("components")).toArray();
    QJsonObject body = comps.at(1).toObject();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("BODY"));
    body.insert(QStringLiteral("text"), body.value(QLatin1String("text")).toString() + QStringLiteral(" See you soon."));
    comps.replace(1, body);
    pendingDetails.insert(QStringLiteral("components"), comps);
    const QJsonObject server = approvedOnServer(approvedDoc, {{QStringLiteral("changes"), QJsonObject{
        {QStringLiteral("status"), QStringLiteral("DRAFT")}, {QStringLiteral("details"), pendingDetails}}}});

    TemplateEditor editor({}, TemplateDocument::fromServerTemplate(server), server);
    editor.resize(1400, 820);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *button = editor.findChild<QPushButton *>(QStringLiteral("compareButton"));
    QVERIFY(button);
    QVERIFY(button->isCheckable());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(button->isEnabled());
    QVERIFY(!editor.approvedPreview()->isVisible());
    button->click();
    QVERIFY(editor.isComparing());
    QVERIFY(editor.approvedPreview()->isVisible());
    QCOMPARE(editor.approvedPreview()->templateJson(), TemplateDocument::fromServerTemplate(server, true));
    QCOMPARE(editor.changesFromApproved().size(), 1);
    const JsonChange change = editor.changesFromApproved().first();
    QCOMPARE(change.path, QStringLiteral("details.components.1.text"));
    QCOMPARE(int(change.kind), int(JsonChange::Kind::Changed));
    auto *list = editor.findChild<ChangeList *>();
    QVERIFY(list && list->isVisible());
    // Side by side, each phone fits its half: narrower phones, nothing cut on either side.
    for (ui::WhatsappPreviewWidget *p : {editor.preview(), editor.approvedPreview()})
        QTRY_VERIFY2(p->visibleArea().width() >= p->canvas()->width(),
                     qPrintable(QStringLiteral("%1 of %2").arg(p->visibleArea().width()).arg(p->canvas()->width())));
    QCOMPARE(list->count(), 1);
    // In the outline's words; the path stays in the tooltip.
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("~ Body · Text: ")), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->toolTip().contains(QLatin1String("details.components.1.text")));
    // Marked at the body on both sides.
    const QList<ui::PreviewPart> parts = editor.preview()->parts();
    const QRectF bodyRect = parts.at(ui::PreviewPart::indexFor(parts, QStringLiteral("details.components.1"))).rect;
    QCOMPARE(editor.previewOverlay()->markedRects(), QList<QRectF>{bodyRect});
    QCOMPARE(editor.approvedOverlay()->markedRects().size(), 1);

    // Every keystroke: a new button shows as an addition.
    editor.setValue(QStringLiteral("details.components.0.example.url"), QStringLiteral("https://cdn.example.com/new.png"), true);
    QCOMPARE(editor.changesFromApproved().size(), 2);
    QCOMPARE(editor.previewOverlay()->markedRects().size(), 2);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("~ Header · Example · Web address: ")), qPrintable(list->item(0)->text()));
    if (qEnvironmentVariableIsSet("SINCH_WRITE_SCREENSHOTS"))
        editor.grab().save(QStringLiteral("compare-with-approved.png"));
    // Clicking a changed field goes there.
    list->itemClicked(list->item(1));
    QCOMPARE(editor.currentPart(), QStringLiteral("body"));

    // Off again: one preview.
    button->click();
    QVERIFY(!editor.isComparing());
    QVERIFY(!editor.approvedPreview()->isVisible());
    QVERIFY(editor.previewOverlay()->markedRects().isEmpty());

    // An approved template as approved: nothing to compare until an edit, and undoing
    // the edit turns the comparison off.
    TemplateEditor same({}, approvedDoc, approvedOnServer(approvedDoc));
    same.show();
    QVERIFY(!same.canCompare());
    QVERIFY(!same.findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    same.setComparing(true);
    QVERIFY(!same.isComparing());
    same.setValue(QStringLiteral("details.components.2.text"), QStringLiteral("Reply STOP to stop"));
    QVERIFY(same.canCompare());
    same.setComparing(true);
    QVERIFY(same.isComparing());
    QCOMPARE(same.changesFromApproved().size(), 1);
    same.undoStack()->undo();
    QVERIFY(!same.canCompare());
    QVERIFY(!same.isComparing());

    // A new template and a never-approved one have no approved version.
    TemplateEditor fresh({}, approvedDoc);
    QVERIFY(!fresh.canCompare());
    QJsonObject draft = server;
    draft.remove(QStringLiteral("state"));
    TemplateEditor neverApproved({}, approvedDoc, draft);
    QVERIFY(!neverApproved.canCompare());
}
