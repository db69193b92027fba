package io.convert.writer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Articles;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.WriteOptions;
import io.convert.writer.WellFormed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class HtmlWriterTest {

    static String html(Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(article, out, WriteOptions.defaults());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRowSpanEndsWithItsRowGroup() throws IOException {
        Block.Cell tall = new Block.Cell(List.of(new Inline.Text("Harbour")), true, 1, 9);
        Block.Cell cell = new Block.Cell(List.of(new Inline.Text("Open")), false, 1, 1);
        Block.Table table = new Block.Table(List.of(), List.of(new Block.Row(List.of(tall, cell)),
                new Block.Row(List.of(cell))), List.of(), Language.INHERIT);
        Document d = Jsoup.parse(html(new Article(Metadata.EMPTY, List.of(table))));
        assertEquals("2", d.selectFirst("tbody th").attr("rowspan"), "spanning the two rows the body has");
    }

    @Test
    void everyBlockTypeIsWellFormedXmlAndHtml() throws Exception {
        String page = html(Articles.everything());
        org.w3c.dom.Document x = WellFormed.parse(page);
        assertEquals("html", x.getDocumentElement().getLocalName());
        assertEquals("ar", x.getDocumentElement().getAttribute("lang"));
        assertEquals("rtl", x.getDocumentElement().getAttribute("dir"));
        NodeList titles = x.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h1");
        assertEquals(1, titles.getLength(), "the body's h1 moves under the title's h1");
        assertEquals(2, x.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h3").getLength());

        Document d = Jsoup.parse(page);
        assertEquals("ar", d.selectFirst("html").attr("lang"));
        assertEquals("rtl", d.selectFirst("html").attr("dir"));
        assertNotNull(d.selectFirst("head > style"));
        assertEquals(1, d.select("h1").size());
        assertTrue(d.selectFirst("h1").text().startsWith("روسيا وأمريكا"));
        assertEquals("اتصال هاتفي بين لافروف وروبيو", d.selectFirst(".subtitle").text());
        assertEquals("إسلام عيسى وسارة أحمد", d.selectFirst(".byline .author").text());
        assertEquals("17 مايو 2025", d.selectFirst(".byline time").text());
        assertEquals("2025-05-17T14:32:00+03:00", d.selectFirst(".byline time").attr("datetime"));
        assertEquals("example.com", d.selectFirst(".source a").text());
        Element lead = d.selectFirst("figure.lead-image");
        assertTrue(lead.selectFirst("img").attr("src").startsWith("data:image/png;base64,"), "data: URIs stay");
        assertEquals("لقاء سابق بين الوزيرين رويترز", lead.selectFirst("figcaption").text());
        assertEquals("رويترز", lead.selectFirst(".credit").text());

        Element quote = d.selectFirst("blockquote");
        assertEquals("وزير الخارجية الأوكراني", quote.selectFirst("footer cite").text());
        Element englishQuote = d.select("blockquote").get(1);
        assertEquals("en", englishQuote.attr("lang"));
        assertEquals("ltr", englishQuote.attr("dir"));

        Element ol = d.selectFirst("ul > li > ol");
        assertEquals("3", ol.attr("start"));
        assertEquals(2, ol.select("li").size());

        Element table = d.selectFirst("table");
        assertEquals("أسرى الحرب", table.selectFirst("caption").text());
        assertEquals(2, table.select("thead th").size());
        assertEquals("2", table.selectFirst("tbody td[colspan]").attr("colspan"));

        Element pre = d.selectFirst("pre");
        assertEquals("ltr", pre.attr("dir"));
        assertEquals("language-java", pre.selectFirst("code").className());
        assertEquals("if (a < b) {\n  return \"&\";\n}", pre.selectFirst("code").wholeText());
        assertNotNull(d.selectFirst("hr"));
        assertNotNull(d.selectFirst("sub"));
        assertNotNull(d.selectFirst("sup"));
        assertNotNull(d.selectFirst("p br"));
        assertEquals("ltr", d.selectFirst("p code").attr("dir"), "inline code isolated left to right in RTL text");

        Element english = d.selectFirst("span[lang=en]");
        assertEquals("ltr", english.attr("dir"));
        assertEquals("Marco Rubio said", english.text());
        assertEquals("fr", d.selectFirst("p[lang=fr]").attr("lang"));
        assertFalse(d.selectFirst("p[lang=fr]").hasAttr("dir"), "only what differs is repeated");
        assertEquals(0, d.select("p[lang=ar]").size(), "blocks in the article's language carry nothing");
    }

    @Test
    void onlySafeLinksAreKept() throws Exception {
        Document d = Jsoup.parse(html(Articles.everything()));
        List<String> hrefs = d.select("a[href]").eachAttr("href");
        assertTrue(hrefs.contains("https://example.com/a%20b"), hrefs.toString());
        assertTrue(hrefs.contains("/world/other"));
        assertTrue(hrefs.contains("#section"));
        assertTrue(hrefs.contains("mailto:news@example.com"));
        for (String href : hrefs) assertFalse(href.toLowerCase(Locale.ROOT).contains("script"), href);
        assertTrue(d.text().contains("خطير") && d.text().contains("خطير٢"), "the text of a dropped link stays");
        assertEquals("عنوان", d.selectFirst("a[href=https://example.com/a%20b]").attr("title"));
    }

    @Test
    void charactersXmlForbidsAreRemovedAndMarkupEscaped() throws Exception {
        Article a = new Article(Metadata.builder().title("<script>alert(1)</script> & " + Articles.FORBIDDEN)
                .authors(List.of("\"Quote\" <b>")).build(),
                List.of(Articles.paragraph("a < b && c > d " + Articles.FORBIDDEN),
                        new Block.Figure(new Image("javascript:alert(1)", "x\"onerror=\"alert(1)"), List.of(),
                                null, Language.INHERIT),
                        new Block.Figure(new Image("data:text/html,<script>alert(1)</script>", ""),
                                Articles.text("caption"), null, Language.INHERIT)));
        String page = html(a);
        WellFormed.parse(page);
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("\u0007") || page.contains("\u0000") || page.contains("\uFFFE")
                || page.contains("\u0085") || page.contains("\u001B"));
        Document d = Jsoup.parse(page);
        assertTrue(d.selectFirst("h1").text().startsWith("<script>alert(1)</script> & bell nul esc c1 nonchar lone end"),
                d.selectFirst("h1").text());
        assertEquals(0, d.select("img").size(), "javascript: and data:text/html images are dropped");
        assertEquals("caption", d.selectFirst("figcaption").text());
        assertEquals("\"Quote\" <b>", d.selectFirst(".author").text());
    }

    @Test
    void englishPageIsLeftToRightWithArabicInside() throws Exception {
        String page = html(Articles.english());
        WellFormed.parse(page);
        Document d = Jsoup.parse(page);
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals("ltr", d.selectFirst("html").attr("dir"));
        assertEquals("May 17, 2025", d.selectFirst("time").text());
        Element arabic = d.selectFirst("span[lang=ar]");
        assertEquals("rtl", arabic.attr("dir"));
        assertEquals("rtl", d.selectFirst("p[lang=ar]").attr("dir"));
        assertEquals("https://news.example.org/world/istanbul-talks", d.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void untitledAndEmptyArticlesStillMakeAPage() throws Exception {
        for (Article a : List.of(new Article(Metadata.EMPTY, List.of()),
                new Article(Metadata.EMPTY, List.of(Articles.paragraph("one two three four five six seven eight nine ten"))))) {
            String page = html(a);
            WellFormed.parse(page);
            Document d = Jsoup.parse(page);
            assertFalse(d.title().isBlank());
            assertEquals("und", d.selectFirst("html").attr("lang"));
            assertEquals("ltr", d.selectFirst("html").attr("dir"));
            assertEquals(0, d.select("h1").size(), "no invented title in the page body");
        }
        assertEquals("one two three four five six seven eight…",
                Jsoup.parse(html(new Article(Metadata.EMPTY, List.of(Articles.paragraph(
                        "one two three four five six seven eight nine ten"))))).title());
    }

    @Test
    void styleSheetUsesLogicalPropertiesAndArabicFacesFirst() throws Exception {
        String css = Jsoup.parse(html(Articles.everything())).selectFirst("style").data();
        assertTrue(css.contains("border-inline-start"));
        assertTrue(css.contains("padding-inline-start"));
        assertTrue(css.contains("text-align: start"));
        assertTrue(css.contains("max-width: 38em"));
        assertTrue(css.matches("(?s).*:lang\\(ar\\)[^{]*\\{ font-family: Amiri, \"Noto Naskh Arabic\".*"), css);
        for (String physical : List.of("margin-left", "margin-right", "padding-left", "padding-right", "border-left",
                "border-right", "text-align: left", "text-align: right", "direction:", "unicode-bidi")) {
            assertFalse(css.contains(physical), physical);
        }
    }

    @Test
    void nestedLinksAndSpansInTheArticleLanguageAddNoMarkup() throws Exception {
        Article a = new Article(Metadata.builder().language("en").build(), List.of(new Block.Paragraph(List.of(
                new Inline.Link("https://a.example/", null, List.of(new Inline.Link("https://b.example/", null,
                        Articles.text("inner")))),
                new Inline.Span(new Language("en", null), Articles.text(" same language"))))));
        Document d = Jsoup.parse(html(a));
        assertEquals(1, d.select("a").size());
        assertEquals(0, d.select("span").size());
    }
}
