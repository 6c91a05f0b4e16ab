<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>The server asks to wait %n second.</numerusform>
            <numerusform>The server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… %Ln more character not shown</numerusform>
            <numerusform>… %Ln more characters not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n missing</numerusform>
            <numerusform>%1 · %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n language(s)</source>
        <translation>
            <numerusform>%1, %n language</numerusform>
            <numerusform>%1, %n languages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>an answer larger than %n MB, which the console does not read</numerusform>
            <numerusform>an answer larger than %n MB, which the console does not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>%n request sent again after the server answered 429 (too many requests, not processed).</numerusform>
            <numerusform>%n requests sent again after the server answered 429 (too many requests, not processed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>%n review outcome</numerusform>
            <numerusform>%n review outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n template, %1</numerusform>
            <numerusform>%n templates, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1 needs at least %n character.</numerusform>
            <numerusform>%1 needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1 has only %n digit; with its country code a phone number has at least 8, e.g. +821012345678.</numerusform>
            <numerusform>%1 has only %n digits; with its country code a phone number has at least 8, e.g. +821012345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkCloneDialog</name>
    <message numerus="yes">
        <source>Clone %n template(s)</source>
        <translation>
            <numerusform>Clone %n template</numerusform>
            <numerusform>Clone %n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%n clone into %1.</numerusform>
            <numerusform>%n clones into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>%n button. Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</numerusform>
            <numerusform>%n buttons. Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>%n card. Every card has the same header format and buttons.</numerusform>
            <numerusform>%n cards. Every card has the same header format and buttons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>%n template, %1</numerusform>
            <numerusform>%n templates, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>Drawing %n template…</numerusform>
            <numerusform>Drawing %n templates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>Wrote %n template on %1 pages to %2.</numerusform>
            <numerusform>Wrote %n templates on %1 pages to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>%n line only in the approved version (−), </numerusform>
            <numerusform>%n lines only in the approved version (−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>%n line only in the pending changes (+).</numerusform>
            <numerusform>%n lines only in the pending changes (+).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n character too long</numerusform>
            <numerusform>%n characters too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::CompareDialog</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>Choose the project&apos;s %n app, or type an app ID.</numerusform>
            <numerusform>Choose one of the project&apos;s %n apps, or type an app ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentController</name>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>%n document has unsaved changes.</numerusform>
            <numerusform>%n documents have unsaved changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>%n document had unsaved changes when the console last closed. Open it again?</numerusform>
            <numerusform>%n documents had unsaved changes when the console last closed. Open them again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FlowsPage</name>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>%n screen. A flow button that navigates opens it.</numerusform>
            <numerusform>%n screens, in the flow&apos;s order. A flow button that navigates opens one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>&amp;Import %n</numerusform>
            <numerusform>&amp;Import %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● %n request</numerusform>
            <numerusform>● %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● %n request, %1 queued</numerusform>
            <numerusform>● %n requests, %1 queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>Type part of a name or an ID. %n item of %1 project(s) to search.</numerusform>
            <numerusform>Type part of a name or an ID. %n items of %1 project(s) to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>Reading %n list…</numerusform>
            <numerusform>Reading %n lists…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>%n list could not be read (see Help → Request log).</numerusform>
            <numerusform>%n lists could not be read (see Help → Request log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>Every question is answered; %n answer to correct.</numerusform>
            <numerusform>Every question is answered; %n answers to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n question unanswered</numerusform>
            <numerusform>%n questions unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1; %n answer to correct</numerusform>
            <numerusform>%1; %n answers to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n unanswered</numerusform>
            <numerusform>%1 – %n unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n to correct</numerusform>
            <numerusform>%1, %n to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>A sender has at most %n test number: delete it first.</numerusform>
            <numerusform>A sender has at most %n test numbers: delete one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>Pending changes (%1): %n field differs from the live values.</numerusform>
            <numerusform>Pending changes (%1): %n fields differ from the live values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n template language on the server: %1? Its approved version and pending changes go; this cannot be undone.</numerusform>
            <numerusform>Delete %n template languages on the server: %1? Their approved versions and pending changes go; this cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(%n more error to fix before a submission)</numerusform>
            <numerusform>(%n more errors to fix before a submission)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(%n more error to fix before a draft saves)</numerusform>
            <numerusform>(%n more errors to fix before a draft saves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>The server refused %n field; it is marked.</numerusform>
            <numerusform>The server refused %n fields; they are marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::TokenDialog</name>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>%n WhatsApp Business Account.</numerusform>
            <numerusform>%n WhatsApp Business Accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Sinch Provisioning Console · %n unread</numerusform>
            <numerusform>Sinch Provisioning Console · %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewRenderer</name>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>This code expires in %n minute.</numerusform>
            <numerusform>This code expires in %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
