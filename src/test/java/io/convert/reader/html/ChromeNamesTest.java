package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page chrome told by its names and its words: class names that usually mean chrome, on
 * wrappers that hold the article; prompts to subscribe or accept cookies, named as nothing.
 */
class ChromeNamesTest {
    @Test
    void articleInsideWrappersNamedForLayoutIsKeptAndTheRealSidebarIsNot() {
        Article a = HtmlFixtures.resource("layout-named-wrapper.html");
        List<String> texts = HtmlFixtures.texts(a);
        String all = String.join("\n", texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("The public library on Mill Street")), all);
        assertTrue(all.contains("left with a book as well as a drill."), all);
        assertEquals(5, texts.stream().filter(t -> t.length() > 100).count(), all);
        assertFalse(all.contains("Farmers' market"), all);
    }

    @Test
    void promptsToSubscribeAndAcceptCookiesAreDroppedInArabicAndEnglish() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("prompts-en-ar.html"));
        String all = String.join("\n", texts);
        assertEquals(4, texts.size(), all);
        assertTrue(texts.get(0).startsWith("عاد الصيادون"), all);
        assertTrue(texts.get(3).startsWith("ويأمل التجار"), all);
        assertFalse(all.contains("اشترك") || all.contains("Subscribe") || all.contains("cookies"), all);
    }

    @Test
    void boxesNamedAsCallsToActionOrAppealsForMoneyAreDroppedFromAroundAndInsideTheArticle() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("appeal-boxes.html"));
        String all = String.join("\n", texts);
        assertEquals(4, texts.size(), all);
        assertTrue(texts.get(0).startsWith("For sixty years") && texts.get(3).startsWith("Dennis sold the boat"), all);
        assertFalse(all.contains("Chip in") || all.contains("Friend of the Gazette"), all);
    }

    @Test
    void aWrapperNamedAsAWidgetInsideTheBoxNamedAsThePostIsThePost() {
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("builder-widget-wrapper.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("The island ferry now leaves"), all);
        assertTrue(all.contains("still meets it."), all);
    }

    @Test
    void anArticleFoundWholeBesideALongerTextWidgetIsNotTradedForTheWidget() {
        // The widget holds most of the page's prose, so removing it by name is noted; the
        // article found without it is long enough to be the article all the same.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("long-text-widget.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("Every August somebody brings a split tomato"), all);
        assertTrue(all.contains("through the dry weeks."), all);
        assertFalse(all.contains("Hillside Growers began in a church hall"), all);
    }

    @Test
    void whenNamesLeaveOnlyAHeadingThePageIsReadByItsText() {
        // Each stretch of the article sits in a box named as chrome, none holding most of the
        // prose: removed by name, they leave a heading alone, too short to be the article.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("article-in-odd-boxes.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("From the first week of November the morning ferry"), all);
        assertTrue(all.contains("printed in the parish newsletter."), all);
    }

    @Test
    void aHeadingInABoxOfItsOwnIsKeptUnlessWhatItHeadedIsGone() {
        // A page builder sets each heading in a widget of its own, too short to count as prose;
        // the last heading labelled a row of links, removed, and heads nothing.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("heading-widgets.html"));
        String all = String.join("\n", texts);
        assertTrue(texts.contains("You will need") && texts.contains("Method"), all);
        assertTrue(all.contains("or the pieces will crumble."), all);
        assertFalse(all.contains("Pass it on"), all);
    }

    @Test
    void aPageReadByItsTextLosesItsBoxAboutTheWriter() {
        // As article-in-odd-boxes.html, read by its text for want of trustworthy names, with a
        // box about the writer after the article: that name says what the box holds.
        List<String> texts = HtmlFixtures.texts(HtmlFixtures.resource("writer-box-in-odd-boxes.html"));
        String all = String.join("\n", texts);
        assertTrue(all.contains("printed in the parish newsletter."), all);
        assertFalse(all.contains("Morwenna Trask"), all);
    }
}
