package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the HTML reader keeps of a page and what it leaves out as not the article: parts of the
 * page sent late by a streaming server, author boxes, captions and credit lines, prompts; each
 * rule on a small page written for it.
 */
class PrecisionRulesTest {
    @Test
    void partsStreamedIntoHiddenSegmentsAreReadWhereTheirScriptPutsThem() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("streamed-segments.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith("The first sleeper train"), all);
        assertTrue(texts.get(2).startsWith("Trains leave on Fridays"), all);
        assertFalse(all.contains("Loading") || all.contains("hidden note"), all);
    }

    @Test
    void streamedPartsNumberedInHexadecimalAreReadWhereTheyBelong() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("streamed-segments-hex.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(1).startsWith("They dropped the seeded rolls"), all);
        assertTrue(texts.get(2).startsWith("By February the village council"), all);
        assertFalse(all.contains("Loading"), all);
    }

    @Test
    void commentsAndTagsOfAHighlightedListingStayInIt() {
        List<Block.CodeBlock> code = HtmlFixtures.blocks(HtmlFixtures.resource("code-highlighted.html"), Block.CodeBlock.class);
        assertEquals(2, code.size());
        String shell = PlainText.of(code.get(0));
        assertTrue(shell.contains("# list the ten largest files") && shell.contains("# keep a copy of the notes"), shell);
        String markup = PlainText.of(code.get(1));
        assertTrue(markup.contains("<meta charset=\"utf-8\">") && markup.contains("<!-- the page declares"), markup);
    }

    @Test
    void aBoxRepeatingTheBoxJustBeforeItForAnotherScreenIsReadOnce() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("copies-for-each-screen.html"));
        String all = String.join("\n", texts);
        assertEquals(List.of("The crossing", "The new boat"), texts.stream().filter(t -> t.startsWith("The ")
                && t.split(" ").length < 4).toList(), all);
        assertEquals(1, texts.stream().filter(t -> t.startsWith("The ferry makes")).count(), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Until it arrives"), all);
    }

    @Test
    void boxesAboutTheWriterAreLeftOutButTheAttributionOfAQuoteStays() {
        Article a = HtmlFixtures.resource("author-boxes.html");
        String all = HtmlFixtures.allText(a);
        assertEquals(4, HtmlFixtures.texts(a).size(), all);
        assertTrue(all.contains("rye loaves have stayed"), all);
        Block.Quote quote = HtmlFixtures.blocks(a, Block.Quote.class).get(0);
        assertTrue((PlainText.of(quote) + PlainText.of(quote.attribution())).contains("Mara Lind"), all);
        assertFalse(all.contains("food writer") || all.contains("sourdough starter"), all);
    }

    @Test
    void theWritersBiographyTheStructuredDataGivesIsLeftOutWhateverItsBoxIsNamed() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("author-bio-declared.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("nineteen years"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("The plots that are still dug"), all);
    }

    @Test
    void aPageWhoseNamesCallEveryBoxAWidgetIsReadByItsTextWithoutItsMenuAndFooter() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-widgets-everywhere.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Book a call") || all.contains("Canal Yard") || all.contains("Instagram"), all);
        assertTrue(texts.get(0).equals("Strapping every hive down against the wind"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Most leases say nothing about bees"), all);
    }

    @Test
    void aSidebarHoldingMoreProseThanTheArticleIsNotTakenForItsWrapper() {
        // Every box of the article is named a widget, and the <aside> beside it holds more text.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-widgets-beside-sidebar.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Rooftop Beekeepers' Association") || all.contains("swarm line"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Most leases say nothing about bees"), all);
    }

    @Test
    void aBoxHiddenOnEveryScreenSizeIsLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-hidden-sections.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Raku") || all.contains("summer timetable"), all);
        assertTrue(all.contains("Throwing on the wheel") && all.contains("group is kept to eight"), all);
    }

    @Test
    void linesPointingToOtherArticlesAndPictureCreditsAreLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("pointers-credits.html"));
        String all = String.join("\n", texts);
        assertEquals(4, texts.stream().filter(t -> !t.isEmpty()).count(), all);
        assertTrue(texts.get(0).startsWith("The passenger ferry"), all);
        assertTrue(all.contains("Read more about the petition"), all);
        assertFalse(all.contains("Bridge repairs") || all.contains("العبارة") || all.contains("El puerto"), all);
        // Labels shared with the text reader, after a marker: "» Related reading:", "اخترنا لك:".
        assertFalse(all.contains("Winter fares") || all.contains("المرفأ"), all);
        // A label whose headline begins with a word a longer label has ("Related: News from …").
        assertFalse(all.contains("quay office"), all);
        assertFalse(all.contains("Jonas Berg") || all.contains("Getty"), all);
    }

    @Test
    void aCaptionEndingInItsPictureCreditIsLeftOutButASentenceNamingAPhotoStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("caption-credit-tails.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Petra Lindqvist") || all.contains("Depot Trust archive"), all);
        assertTrue(all.contains("kept one old photo: the depot's first market"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Entry stays free"), all);
    }

    @Test
    void aCreditLineAfterOrBeforeALineBreakIsLeftOutButProseAfterABreakStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("credit-after-break.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Ines Varga") || all.contains("photographs and text"), all);
        assertTrue(all.contains("The new railings are galvanised steel"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Night fishing stays banned"), all);
    }

    @Test
    void aCallToGiveMoneyToTheSiteIsLeftOutButASentenceAboutSupportStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("support-prompt.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Support for the new stage came from the fishermen's cooperative"), all);
        assertFalse(all.contains("Harbour Gazette") || all.contains("Donate now"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("The cooperative's chair said"), all);
    }

    @Test
    void aLineThatOnlyMarksAnAdvertisementIsLeftOutButASentenceOpeningWithTheWordStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("advertisement-labels.html")).stream()
                .filter(t -> !t.isBlank()).toList();
        String all = String.join("\n", texts);
        assertFalse(all.contains("Affiliate Links") || texts.contains("Werbung"), all);
        assertTrue(texts.get(0).startsWith("Wer zum ersten Mal"), all);
        assertTrue(all.contains("Werbung für die Insel braucht es kaum"), all);
        assertEquals(4, texts.size(), all);
    }

    @Test
    void aTableOfContentsLabelIsLeftOutWithItsLinksButNotOverTheArticlesOwnWords() {
        // Labels over a list of links to the page's own sections, or alone in a box a script fills.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("contents-labels.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Table of Contents") || all.contains("On this page"), all);
        assertEquals(7, texts.size(), all);
        assertEquals("Stripping the old coat", texts.get(1), all);
        // Under this one the article explains its table in a sentence of its own.
        all = HtmlFixtures.allText(HtmlFixtures.resource("contents-label-over-prose.html"));
        assertTrue(all.contains("Contents\nThis list is long"), all);
    }

    @Test
    void anAsideOfProseInsideTheArticleStaysButOneOfLinksGoes() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("prose-aside-in-article.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("A serving of whole grains is one slice of wholemeal bread"), all);
        assertFalse(all.contains("How much sleep do teenagers need") || all.contains("weekly health letter"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Parents worried"), all);
    }

    @Test
    void aNoticeThatTheReaderIsLoggedOutIsLeftOutButASentenceAboutAnAccountStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("login-notices.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Log in") || all.contains("eingeloggt") || all.contains("logged in"), all);
        assertTrue(all.contains("If you already have an account with the library"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("The reading rooms"), all);
    }

    @Test
    void aButtonRepeatedAfterEachItemIsLeftOutButALinkInTheTextStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("repeated-buttons.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Get the Recipe"), all);
        assertTrue(all.contains("Read how to clean leeks first."), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Whichever you make"), all);
    }

    @Test
    void aLinkStyledAsAButtonOnALineOfItsOwnIsLeftOutButAPlainLinkAndOneInASentenceStay() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("styled-buttons.html"));
        List<String> lines = texts.stream().filter(t -> !t.isBlank()).toList();
        List<String> shortLines = lines.stream().filter(t -> t.split(" ").length <= 5).toList();
        // The plain link stays a line of its own; the heading stays; neither button does.
        assertEquals(List.of("The soundings", "The notebooks of the survey"), shortLines, String.join("\n", texts));
        assertTrue(texts.stream().anyMatch(t -> t.contains("the reading room opens on Tuesdays")), String.join("\n", texts));
        assertEquals(6, lines.size(), String.join("\n", texts));
    }

    @Test
    void aSignUpBoxNamedForThePostItBelongsToIsLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("owned-call-box.html"));
        assertEquals(3, texts.size(), String.join("\n", texts));
        assertTrue(texts.get(0).startsWith("A boiler repair is priced") && texts.get(1).startsWith("The call-out fee")
                && texts.get(2).startsWith("Hours on site"), String.join("\n", texts));
    }

    @Test
    void aButtonRepeatedAfterEachItemsListOfFeaturesIsLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("buttons-after-lists.html"));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Check the Price"), all);
        assertTrue(all.contains("Glass makes it easy to see"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Any of the three"), all);
    }

    @Test
    void aLabelOfWhatFollowsTheArticleEndsItButTheSameWordsInAParagraphDoNot() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("end-labels.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Related articles on this site are listed below"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("In March, pinch out"), all);
        assertFalse(all.contains("More from") || all.contains("Dahlias") || all.contains("Ruth Adeyemi"), all);
    }

    @Test
    void aWrapperOfTheWholePageNamedAsNavigationIsNoMenu() {
        // The box around everything is named "nav", and the menus it holds give it many links.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("page-wrapper-named-nav.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("城东老桥将从今晚十点起全面封闭"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("附近商户担心生意受到影响"), all);
        assertFalse(all.contains("关于我们") || all.contains("马拉松"), all);
    }

    @Test
    void aPageReadWholeForLackOfAnArticleLosesItsNavigationAndFooter() {
        // Every box of the article is named as a widget: no article is found, the page is read whole.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("widgets-only-page.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("An apple tree left alone"), all);
        assertTrue(all.contains("ladders reach the top again"), all);
        assertFalse(all.contains("About us") || all.contains("Copyright"), all);
    }

    @Test
    void boxesNamedAsWidgetsThatTogetherHoldMuchOfTheProseAreStretchesOfTheArticle() {
        // A buying guide's reviewed items, each in a box named "item-widget", hold about two
        // fifths of the page's prose: none holds most of it, yet together they are the article.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("buying-guide-widgets.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("The Fellside Shell stayed dry"), all);
        assertTrue(all.contains("The Moorland Basic costs a third"), all);
        assertTrue(all.contains("The Skyline Feather weighs less"), all);
        assertTrue(all.indexOf("Fellside Shell stayed") < all.indexOf("How we tested"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Last, think about where"), all);
        assertFalse(all.contains("More guides") || all.contains("trekking poles") || all.contains("Copyright"), all);
    }

    /** A date and when it was updated, under the headline or after the tenth paragraph, is no paragraph of the story. */
    @Test
    void aDateThenWhenItWasUpdatedIsLeftOutWhereverItStands() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("date-stamps-updated.html"));
        String all = String.join("\n", texts);
        assertEquals(9, texts.size(), all);
        assertTrue(texts.get(0).startsWith("Updated since the storm"), all);
        assertTrue(texts.get(8).startsWith("The next timetable"), all);
    }

    /** A sentence that opens with the same words ("Posted to every plot holder", "Erstellt am Rand") stays. */
    @ParameterizedTest
    @CsvSource({
        "date-stamps.html, Posted to every plot holder in May, Last updated, Originally published",
        "date-stamps-de.html, Erstellt am Rand der Anlage, aktualisiert, Veröffentlicht"})
    void linesThatOnlyDateTheArticleAreLeftOutInAnyLanguage(String fixture, String firstLine, String stamp, String otherStamp) {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource(fixture));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith(firstLine), all);
        assertFalse(all.contains(stamp) || all.contains(otherStamp), all);
    }

    @ParameterizedTest
    @CsvSource({
        "filing-lines.html, Posted on the shed door, filed under",
        "filing-lines-de.html, Erstellt am Vereinsheim, abgelegt"})
    void aBlogPostsFilingLineUnderItIsLeftOutButAParagraphOpeningAlikeStays(String fixture, String firstLine,
            String filing) {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource(fixture));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith(firstLine), all);
        assertFalse(all.contains(filing) || all.contains("RSS"), all);
    }

    @Test
    void linesListingTheArticlesTagsAreLeftOutButASentenceOpeningAlikeStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("tag-lines.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith("Tags: each hive on the roof"), all);
        assertFalse(all.contains("Hive care") || all.contains("Queen marking"), all);
    }

    @Test
    void linesAboutThePageTheArticleIsReadOnAreLeftOutButASentenceOpeningAlikeStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("page-notes.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith("Listen to the bees"), all);
        assertFalse(all.contains("years old") || all.contains("min read") || all.contains("this article")
                || all.contains("Share") || all.contains("Visited"), all);
    }

    @Test
    void theBubbleOfATooltipIsLeftOutOfItsSentenceButTheWordItExplainsStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("tooltip-bubbles.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).contains("the date it was planted, its rootstock and the yield"), all);
        assertTrue(texts.get(1).contains("by different groups1, and it has since"), all);
        assertTrue(texts.get(2).contains("when the harvest column is usually"), all);
        assertFalse(all.contains("how tall it grows") || all.contains("weighed at the gate"), all);
        // The footnote's own text stays where the article lists its notes.
        assertTrue(texts.get(texts.size() - 1).contains("the same pruning day"), all);
    }

    @Test
    void aCommentThreadIsLeftOutThoughEachCommentIsMarkedUpAsAnArticle() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("comments-as-articles.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("I started with one hive"), all);
        assertTrue(all.contains("what your first year taught you"), all);
        assertFalse(all.contains("thoughts on") || all.contains("bird bath") || all.contains("Tomasz"), all);
    }

    @Test
    void promptsAreLeftOutWhereverTheyAskButProseAboutANewsletterStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("prompts-anywhere.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).contains("four thousand subscribers"), all);
        assertFalse(all.contains("inbox") || all.contains("Sign Me Up") || all.contains("log in")
                || all.contains("Suscríbete"), all);
    }

    @Test
    void promptsToFollowTheWriterOrTheSiteElsewhereAreLeftOutButProseAboutFollowersStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("prompts-to-follow.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(1).contains("more followers on Instagram"), all);
        assertFalse(all.contains("Follow me") || all.contains("TikTok") || all.contains("Pinterest"), all);
    }

    @Test
    void noticesNamedAsTheSitesDisclosureOrDisclaimerAreLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("notices-named-disclaimer.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(0).startsWith("A mid-range kitchen refit"), all);
        assertTrue(texts.get(2).startsWith("The cheapest way"), all);
    }

    @Test
    void promptsToSignUpForTheLetterOrPayToReadOnAreLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("prompts-paywall.html"));
        String all = String.join("\n", texts);
        assertEquals(2, texts.size(), all);
        assertTrue(texts.get(1).contains("Its members"), all);
        assertFalse(all.contains("inbox") || all.contains("unlock"), all);
    }

    @Test
    void anArticleSplitIntoOneBoxPerSectionIsReadWholeWithoutTheBoxesBetween() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-split-sections.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("A flat roof is a better home"), all);
        assertTrue(all.contains("Wind is the first enemy"), all);
        assertTrue(all.contains("Leave the first summer's honey"), all);
        assertTrue(all.indexOf("flat roof") < all.indexOf("Wind is") && all.indexOf("Wind is") < all.indexOf("first summer"), all);
        assertFalse(all.contains("Book a free call") || all.contains("All rights reserved"), all);
    }

    @Test
    void shortBlocksNamedAsTheArticlesBlocksBetweenThemAreReadButNotAButtonBlock() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-short-blocks.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Weight: four hundred and ten grams") && all.contains("Packs flat even when sooty"), all);
        assertTrue(all.indexOf("Folded size") < all.indexOf("The pot stand is wide")
                && all.indexOf("Burns whatever") < all.indexOf("For trips where wood"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("Carry a pair of old gloves"), all);
        assertFalse(all.contains("Check the price") || all.contains("put-in"), all);
    }

    @Test
    void aQuoteInAFigureWithThePortraitOfWhoIsQuotedIsReadAsAQuote() {
        Article a = HtmlFixtures.resource("quote-figure-portrait.html");
        String all = HtmlFixtures.allText(a);
        List<Block.Quote> quotes = HtmlFixtures.blocks(a, Block.Quote.class);
        assertEquals(1, quotes.size(), all);
        assertTrue(PlainText.of(quotes.get(0)).startsWith("People told us nobody travels at night"), all);
        assertTrue(all.contains("Ines Varga"), all);
        assertEquals(1, HtmlFixtures.blocks(a, Block.Figure.class).stream()
                .filter(f -> PlainText.of(f.caption()).contains("first trial run")).count(), all);
    }

    @Test
    void theOpeningParagraphInABoxOfItsOwnAboveTheBodyIsReadButNotTheSubtitleInTheHeader() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("lede-before-body.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("The inner basin has waited thirty years"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("He says he will keep reading"), all);
        assertFalse(all.contains("A subtitle under the headline") || all.contains("printed on Thursdays"), all);
    }

    @Test
    void theOpeningParagraphsInABandOfTheirOwnAboveTheBodysBandAreReadButNotTheNoticeOrLinksBetween() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("lede-in-hero-band.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Light boots promise to spare your knees") && all.contains("more than we hoped on the bogs"), all);
        assertTrue(all.indexOf("more than we hoped") < all.indexOf("The boots arrived in a box"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("We would buy them for summer walks"), all);
        assertFalse(all.contains("Boot deals") || all.contains("The socks we wore") || all.contains("train home"), all);
        assertFalse(all.contains("affiliate links"), all);
    }

    @Test
    void aNoticeThatTheSiteIsPaidForItsLinksIsLeftOutButASentenceAboutACommissionStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("disclosure-in-body.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("A slow puncture rarely announces itself"), all);
        assertTrue(all.contains("earn a commission on every new tyre"), all);
        assertFalse(all.contains("affiliate links"), all);
    }

    @Test
    void aDisclaimerOrLicenceNoticeUnderTheArticleIsLeftOutButASentenceAboutAdviceStays() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("disclaimer-under-article.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith("Three dry summers in a row"), all);
        assertTrue(texts.get(texts.size() - 1).startsWith("A rota now makes sure"), all);
        assertTrue(all.contains("She does not give advice on anyone's own garden"), all);
        assertFalse(all.contains("views expressed") || all.contains("informational purposes"), all);
        assertFalse(all.contains("licensed under") || all.contains("not responsible"), all);
    }

    @Test
    void aListOfLinksTheArticlesSentenceAnnouncesStaysButNotOneUnderALabel() {
        String all = HtmlFixtures.allText(HtmlFixtures.resource("introduced-link-list.html"));
        assertTrue(all.contains("Tracing your family history") && all.contains("Writing letters to the council"), all);
        assertTrue(all.contains("Bookings are taken at the front desk"), all);
        assertFalse(all.contains("Library roof repairs") || all.contains("Mobile library returns"), all);
    }

    @Test
    void aBoxOfLinksUnderAThaiRelatedStoriesLabelIsLeftOut() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("related-box-thai.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(2).startsWith("กิจกรรมนี้จะจัดขึ้นทุกเดือน"), all);
        assertFalse(all.contains("เรื่องที่เกี่ยวข้อง") || all.contains("ปลาในแม่น้ำโขง"), all);
    }

    @Test
    void aBoxOfLinksUnderALabelTheTextReaderKnowsIsLeftOutToo() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("related-box-shared-label.html"));
        String all = String.join("\n", texts);
        assertEquals(3, texts.size(), all);
        assertTrue(texts.get(2).startsWith("Die Fähre fährt nun wieder"), all);
        assertFalse(all.contains("Mehr zum Thema") || all.contains("Nordufer"), all);
    }

    @Test
    void aColumnOfPictureCardsBesideTheArticleIsNotMoreOfIt() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("picture-cards-beside-article.html"));
        String all = String.join("\n", texts);
        assertEquals(6, texts.size(), all);
        assertTrue(texts.get(5).startsWith("The board will decide in September"), all);
        assertFalse(all.contains("Around the region") || all.contains("lighthouse"), all);
    }

    @Test
    void anArticleCutIntoSectionsOutweighsOneLongerBoxScoringALittleMore() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("sections-beside-disclosure.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("pay yourself first"), all);
        assertTrue(all.contains("keep a cushion"), all);
        assertTrue(all.contains("Look back at the end of the year"), all);
        assertFalse(all.contains("Subject to account eligibility"), all);
    }

    @Test
    void aListScoringBestInsideACollapsedPanelIsReadWithTheBoxNamedAsTheArticle() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("list-in-collapsed-panel.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("We pitched eleven tents"), all);
        assertTrue(all.contains("Keeping dry (40%)"), all);
        assertTrue(all.contains("when a little damp dries by noon."), all);
    }

    @Test
    void aShortPreviewDenseWithCommasLosesToTheLongerRecipeScoringNearlyAsWell() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("preview-card-before-recipe.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Blitz the oats"), all);
        assertTrue(all.contains("warm up in a dry pan."), all);
        assertFalse(all.contains("Soft, quick, cheap"), all);
    }

    @Test
    void aGridOfCardsLinkingToOtherArticlesIsLeftOut() {
        // The cards are marked up as articles and their box has no name that says what it is.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("teaser-grid.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Keep the receipt"), all);
        assertFalse(all.contains("scaffolding") || all.contains("Forklift") || all.contains("wet floor"), all);
    }

    @Test
    void cardsOfOtherGuidesAfterTheArticleInItsOwnBoxAreLeftOut() {
        // Each card is a box of its own, set apart from the next by a rule, after the last section.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("en14g-trailing-teasers.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Read the meters on the way out"), all);
        assertFalse(all.contains("records") || all.contains("strange house") || all.contains("bottle opener"), all);
    }

    @Test
    void formulasStayInTheirSentenceWithTheirSymbolsApartWhateverTheirRendererNamesTheirBox() {
        // The renderer names each formula's box for its context menu ("ContextMenu_Attached_3").
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("formulas.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("rod of length L, the time of one full swing is close to T = 2 π L / g, where"), all);
        assertTrue(texts.contains("g ≈ 9.81"), all);
        assertFalse(all.contains("approx"), all);
        assertEquals(4, texts.size(), all);
    }

    @Test
    void aWikiSectionsEditLinkIsNoPartOfItsHeading() {
        String para = "<p>The lighthouse on the northern cape was first lit in the autumn of its second year, after"
                + " the keepers had carried the lamp's brass fittings up the cliff path by hand.</p>";
        String page = "<html><body><div id=\"content\"><h1>Northern Cape Light</h1>" + para
                + "<h2><span class=\"mw-headline\" id=\"History\">History</span><span class=\"mw-editsection\">"
                + "<span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title=Northern_Cape_Light"
                + "&amp;action=edit&amp;section=1\" title=\"Edit section: History\">edit</a><span"
                + " class=\"mw-editsection-bracket\">]</span></span></h2>" + para.replace("autumn", "spring")
                + "<h3>灯塔<span>[<a href=\"/w/index.php?title=X&amp;action=edit&amp;section=2\">编辑</a>]</span></h3>"
                + para.replace("autumn", "winter") + "</div></body></html>";
        List<Block.Heading> headings = HtmlFixtures.blocks(HtmlFixtures.html(page), Block.Heading.class);
        assertEquals(List.of("History", "灯塔"), headings.stream().map(PlainText::of).toList());
    }
}
