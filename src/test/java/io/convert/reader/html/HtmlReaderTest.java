package io.convert.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.Converter;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.PlainText;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.Limits;
import io.convert.spi.ReadOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping rules of the HTML reader, each on a small page built for it. */
class HtmlReaderTest {
    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the new budget, which has been"
            + " delayed twice, and agreed to publish the full figures next week.</p>";

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=en><head><title>Budget talks - The Gazette</title>"
                + "<meta property=og:site_name content=\"The Gazette\"></head><body>" + body
                + "</body></html>";
    }

    @Test
    void registeredForHtmlFilesAndSniffsHtmlContent() {
        Converter converter = Converter.create();
        HtmlReader reader = new HtmlReader();
        assertEquals(List.of("html", "htm", "xhtml"), reader.extensions());
        assertTrue(converter.formats().reader("html").orElseThrow() instanceof HtmlReader);
        assertTrue(converter.formats().reader("html-raw").orElseThrow() instanceof RawHtmlReader);
        assertTrue(reader.sniff("\uFEFF  <!doctype html><html>") > 0.9);
        assertTrue(reader.sniff("<div><p>Hello</p><p>there <a href=x>you</a></p></div>") > 0.5);
        assertEquals(0, reader.sniff("Just a line of text.\n\nAnother paragraph about <b> tags."));
        assertEquals(0, new RawHtmlReader().sniff(page(PROSE)));
    }

    @Test
    void lazyImagesResolveAgainstBaseHrefAndChooseAReadableSrcsetSize() {
        Article a = HtmlFixtures.html("<html><head><base href='https://cdn.example/a/'></head><body><article>" + PROSE
                + "<p>More text follows here, long enough to be read as the body of an article, with commas, and more.</p>"
                + "<figure><img src='data:image/gif;base64,R0lGOD' data-lazy-src='pics/one.jpg' alt='One'>"
                + "<figcaption>First picture <span class='credit'>Photo: Ann</span></figcaption></figure>"
                + "<p>Second paragraph of the text, with its own commas, clauses and a full stop at the end.</p>"
                + "<img srcset='two-320.jpg 320w, two-1024.jpg 1024w, two-3000.jpg 3000w' alt='Two'>"
                + "<img src='icon.png' width='16' height='16' alt=''>" + PROSE + "</article></body></html>");
        List<Block.Figure> figures = HtmlFixtures.blocks(a, Block.Figure.class);
        assertEquals(2, figures.size(), a.blocks().toString());
        assertEquals("https://cdn.example/a/pics/one.jpg", figures.get(0).image().source());
        assertEquals("First picture", PlainText.of(figures.get(0).caption()));
        assertEquals("Photo: Ann", figures.get(0).credit());
        assertEquals("https://cdn.example/a/two-1024.jpg", figures.get(1).image().source());
    }

    @Test
    void linksResolveScriptLinksBecomeTextAndInlineMarkupIsKept() {
        Article a = HtmlFixtures.html(page("<article>" + PROSE + "<p>Read <a href='/docs/report.pdf' title='Report'>the"
                + " report</a> or <a href='javascript:alert(1)' onclick='steal()'>click</a>, with <em>emphasis</em>,"
                + " <strong>weight</strong>, <code>x = 1</code>, H<sub>2</sub>O and E=mc<sup>2</sup>.<br>New line.</p>"
                + "</article>"));
        Block.Paragraph p = HtmlFixtures.blocks(a, Block.Paragraph.class).get(1);
        List<Inline> c = p.content();
        assertTrue(c.contains(new Inline.Link("https://news.example/docs/report.pdf", "Report",
                List.of(new Inline.Text("the report")))), c.toString());
        assertFalse(c.toString().contains("javascript"));
        assertFalse(c.toString().contains("steal"));
        assertTrue(c.contains(new Inline.Emphasis(List.of(new Inline.Text("emphasis")))));
        assertTrue(c.contains(new Inline.Strong(List.of(new Inline.Text("weight")))));
        assertTrue(c.contains(new Inline.Code("x = 1")));
        assertTrue(c.contains(new Inline.Subscript(List.of(new Inline.Text("2")))));
        assertTrue(c.contains(new Inline.Superscript(List.of(new Inline.Text("2")))));
        assertTrue(c.contains(new Inline.LineBreak()));
        assertTrue(PlainText.of(c).startsWith("Read the report or click, with emphasis"));
    }

    @Test
    void layoutTablesAreUnwrappedAndDataTablesKept() {
        Article a = HtmlFixtures.html(page("<table><tr><td>" + PROSE + "<table><tr><th>City</th><th>Votes</th></tr>"
                + "<tr><td>Leeds</td><td>12</td></tr><tr><td>York</td><td>9</td></tr></table>" + PROSE
                + "</td></tr></table>"));
        List<Block.Table> tables = HtmlFixtures.blocks(a, Block.Table.class);
        assertEquals(1, tables.size(), a.blocks().toString());
        assertEquals("City", PlainText.of(tables.get(0).header().get(0).cells().get(0).content()));
        assertEquals(2, tables.get(0).body().size());
        assertEquals(2, HtmlFixtures.blocks(a, Block.Paragraph.class).size());
    }

    @Test
    void hiddenNodesScriptsStylesAndFormsNeverReachTheModel() {
        Article a = HtmlFixtures.html(page("<article>" + PROSE + "<p hidden>secret one</p>"
                + "<div style='display: none'>secret two</div><p style='visibility:hidden'>secret three</p>"
                + "<span aria-hidden='true'>secret four</span><script>var secret5;</script><style>.s6{}</style>"
                + "<form><input value='secret seven'><button>secret eight</button></form>"
                + "<iframe src='https://ads.example'>secret nine</iframe>" + PROSE + "</article>"));
        assertFalse(HtmlFixtures.allText(a).contains("secret"), HtmlFixtures.allText(a));
    }

    @Test
    void headingRepeatingTheTitleIsDroppedAndOtherTopHeadingsDemoted() {
        Article a = HtmlFixtures.html(page("<article><h1>Budget talks</h1>" + PROSE + "<h1>What happens next</h1>"
                + PROSE + "</article>"));
        List<Block.Heading> headings = HtmlFixtures.blocks(a, Block.Heading.class);
        assertEquals("Budget talks", a.metadata().title());
        assertEquals(1, headings.size());
        assertEquals(2, headings.get(0).level());
    }

    @Test
    void aHeadingRepeatingTheTitleUnderAHeadOfManyShortLinesIsDroppedAndOneInTheTextKept() {
        // A recipe's facts stand as nine short lines over its headline: the head is as long as
        // the site makes it. The same words as a heading under the article's first paragraph
        // name a part of the text.
        String facts = "<p>Spring menu</p><p>Prep: 20 minutes</p><p>Cook: 40 minutes</p><p>Serves four</p>"
                + "<p>Easy</p><p>Vegetarian</p><p>Oven at 180 degrees</p><p>Keeps two days</p><p>Freezes well</p>";
        Article a = HtmlFixtures.html("<!DOCTYPE html><html lang=en><head><title>Leek and potato pie - The Kitchen</title>"
                + "</head><body><article>" + facts + "<h2>Leek and potato pie</h2>" + PROSE + PROSE
                + "<h2>Leek and potato pie</h2>" + PROSE + "</article></body></html>");
        List<Block.Heading> headings = HtmlFixtures.blocks(a, Block.Heading.class);
        assertEquals("Leek and potato pie", a.metadata().title());
        assertEquals(1, headings.size(), HtmlFixtures.allText(a));
        List<Block> blocks = a.blocks();
        assertTrue(blocks.indexOf(headings.get(0)) > blocks.size() - 3, HtmlFixtures.allText(a));
    }

    @Test
    void aHeadingOpeningWithTheTitleThatIntroducesAListIsNoRepeatOfTheTitle() {
        // The heading is the title and a few words more, ending in a colon: it introduces the list,
        // above the article's first paragraph, where a heading repeating the title is dropped.
        String title = "A beginner's guide to refinishing old kitchen chairs";
        Article a = HtmlFixtures.html("<!DOCTYPE html><html lang=en><head><title>" + title + " - The Gazette</title>"
                + "</head><body><header><h1>" + title + "</h1></header><article><h2>" + title + " ~ tools:</h2><ul><li>A"
                + " scraper</li><li>Sandpaper</li></ul>" + PROSE + PROSE + PROSE + "</article></body></html>");
        List<Block.Heading> headings = HtmlFixtures.blocks(a, Block.Heading.class);
        assertEquals(title, a.metadata().title());
        assertEquals(1, headings.size(), HtmlFixtures.allText(a));
        assertEquals(title + " ~ tools:", PlainText.of(headings.get(0)));
    }

    @Test
    void nestedListsAndQuotesWithCiteAttribution() {
        Article a = HtmlFixtures.html(page("<article>" + PROSE + "<ol start='3'><li>Three<ul><li>a</li><li>b</li></ul>"
                + "</li><li>Four</li></ol><blockquote><p>We will not wait, said the mayor, and we will not pay.</p>"
                + "<cite>The mayor</cite></blockquote>" + PROSE + "</article>"));
        Block.ListBlock list = HtmlFixtures.blocks(a, Block.ListBlock.class).get(0);
        assertEquals(3, list.start());
        assertTrue(list.items().get(0).content().get(1) instanceof Block.ListBlock);
        Block.Quote quote = HtmlFixtures.blocks(a, Block.Quote.class).get(0);
        assertEquals("The mayor", PlainText.of(quote.attribution()));
        assertEquals(1, quote.content().size());
    }

    @Test
    void fallsBackToTheWholeBodyWhenNothingScoresAsProse() {
        Article a = HtmlFixtures.html(page("<div>Short note.</div><div>Another short line</div>"));
        assertEquals(List.of("Short note.", "Another short line"), HtmlFixtures.texts(a));
    }

    @Test
    void noExtractMapsTheWholeArticleElement() {
        String html = page("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>" + PROSE
                + "<div class='share'>Share this</div></article>");
        Input input = new Input(html, "<test>", "test.html", null);
        Article extracted = new HtmlReader().read(input, ReadOptions.defaults());
        Article whole = new HtmlReader().read(input, ReadOptions.defaults().withExtract(false));
        Article raw = new RawHtmlReader().read(input, ReadOptions.defaults());
        assertFalse(HtmlFixtures.allText(extracted).contains("Share this"));
        assertTrue(HtmlFixtures.allText(whole).contains("Share this"));
        assertFalse(HtmlFixtures.allText(whole).contains("Home"), "the article element, not the body");
        assertEquals(whole, raw);
    }

    /**
     * Reads {@code html} on this thread and returns the article, failing if it takes more than
     * {@code cpuSeconds} of CPU time (wall time on a shared machine says little) or hangs.
     */
    private static Article readWithin(String html, ReadOptions options, int cpuSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            long start = threads.getCurrentThreadCpuTime();
            Article a = new HtmlReader().read(Input.of(html), options);
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            assertTrue(seconds < cpuSeconds, "took " + seconds + " s of CPU");
            return a;
        });
    }

    @Test
    void deepNestingIsFlattenedWithoutOverflowingTheStack() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + PROSE + "</div>".repeat(depth) + "</body></html>";
        Article a = readWithin(html, ReadOptions.defaults(), 30);
        assertTrue(HtmlFixtures.allText(a).contains("The council met on Tuesday evening"));
    }

    @Test
    void aMillionElementsAreReadInSecondsAndTooManyRefused() {
        String html = "<html><body><article>" + "<p>Word, and another <b>word</b>.</p>".repeat(333_000)
                + "</article></body></html>";
        // Room for all 7.7 million characters of its text: the page's text is read no further than the limit's twice.
        Limits roomy = new Limits(Limits.DEFAULT.maxInputBytes(), 512, 2_000_000, Limits.DEFAULT.maxImagePixels(), 1000,
                4_000_000);
        Article a = readWithin(html, ReadOptions.defaults().withLimits(roomy), 60);
        assertEquals(333_000, a.blocks().size());
        Limits tight = new Limits(Limits.DEFAULT.maxInputBytes(), 512, 10_000, Limits.DEFAULT.maxImagePixels(), 1000,
                Limits.DEFAULT.maxTextChars());
        ConvertException e = assertThrows(ConvertException.class,
                () -> new HtmlReader().read(Input.of(html), ReadOptions.defaults().withLimits(tight)));
        assertEquals(ConvertException.Kind.BAD_INPUT, e.kind());
    }

    @Test
    void aPageIsReadNoFurtherThanTwiceTheTextAConversionKeeps() {
        String paragraph = "<p>The ferry to the outer islands will run twice a day from June, the harbour office said.</p>";
        String html = "<html><body><article><h1>Summer ferries</h1>" + paragraph.repeat(60)
                + "<p>Last of all, the harbour master thanked the crews.</p></article><footer>Contact us</footer></body></html>";
        Limits small = new Limits(Limits.DEFAULT.maxInputBytes(), 512, 2_000_000, Limits.DEFAULT.maxImagePixels(), 1000,
                1_500);
        Outputs.Warnings warnings = new Outputs.Warnings();
        Article a = new HtmlReader().read(Input.of(html), ReadOptions.defaults().withLimits(small).withDiagnostics(warnings));
        String text = HtmlFixtures.allText(a);
        assertTrue(text.contains("run twice a day"), text);
        assertTrue(text.length() < 3_100, text.length() + " characters, the blocks' separators with them");
        assertFalse(text.contains("harbour master"), "the paragraphs after the first 3,000 characters are not read");
        assertEquals(List.of("the page has more than 3000 characters of text; read the first 3000"), warnings.messages);
    }

    @Test
    void theElementsTheParserAddsCountAgainstTheLimit() {
        // Three start tags; the parser adds html, head, body and the table's tbody to the document's root.
        String html = "<table><tr><td>The ferry timetable for the summer</table>";
        Limits eight = new Limits(Limits.DEFAULT.maxInputBytes(), 512, 8, Limits.DEFAULT.maxImagePixels(), 1000,
                Limits.DEFAULT.maxTextChars());
        assertTrue(HtmlFixtures.allText(new HtmlReader().read(Input.of(html), ReadOptions.defaults().withLimits(eight)))
                .contains("ferry timetable"));
        Limits seven = new Limits(Limits.DEFAULT.maxInputBytes(), 512, 7, Limits.DEFAULT.maxImagePixels(), 1000,
                Limits.DEFAULT.maxTextChars());
        ConvertException e = assertThrows(ConvertException.class,
                () -> new HtmlReader().read(Input.of(html), ReadOptions.defaults().withLimits(seven)));
        assertEquals("page has more than 7 elements", e.getMessage());
    }

    @Test
    void metadataFromOpenGraphAndBylineWhenThereIsNoJsonLd() {
        Article a = HtmlFixtures.html("<html lang='en-GB'><head><title>Ignored | Site</title>"
                + "<meta property='og:title' content='Rates held at 4%'><meta property='og:site_name' content='The Ledger'>"
                + "<meta property='og:image' content='/img/rates.jpg'><meta name='description' content='Why rates stay.'>"
                + "<link rel='canonical' href='https://ledger.example/rates'></head><body><article>"
                + "<p class='byline'>By Jo Bloggs and Sam Lee</p><time datetime='2024-02-01'>1 Feb</time>" + PROSE + PROSE
                + "</article></body></html>");
        assertEquals("Rates held at 4%", a.metadata().title());
        assertEquals(List.of("Jo Bloggs", "Sam Lee"), a.metadata().authors());
        assertEquals("The Ledger", a.metadata().site());
        assertEquals("2024-02-01", a.metadata().published());
        assertEquals("en-GB", a.metadata().language());
        assertEquals("Why rates stay.", a.metadata().description());
        assertEquals("https://ledger.example/rates", a.metadata().source());
        assertEquals("https://news.example/img/rates.jpg", a.metadata().leadImage().image().source());
        assertFalse(HtmlFixtures.allText(a).contains("Bloggs"), "byline not repeated in the body");
        assertNull(a.metadata().subtitle());
    }

    @Test
    void aFirmsOnBehalfOfLineOpeningTheTextIsItsByline() {
        // A law firm's blog opens each post's text with "On Behalf of FIRM | DATE | TOPIC", the firm a link.
        Article a = HtmlFixtures.html("<html><head><title>Wet tiles at the pool | Harbour Law</title></head><body>"
                + "<article><h1>Wet tiles at the pool</h1><div class='entry-content'>"
                + "<p>On Behalf of&nbsp;<a href='/about/'>Harbour Law Group</a>&nbsp;|&nbsp;Mar 3, 2019&nbsp;|&nbsp;"
                + "Premises Liability</p>" + PROSE + PROSE + "</div></article></body></html>");
        assertEquals(List.of("Harbour Law Group"), a.metadata().authors());
        assertFalse(HtmlFixtures.allText(a).contains("Behalf"), "the credit line is not the text's");
    }

    @Test
    void anExcerptRepeatedInAListOfOtherArticlesIsNoStandfirst() {
        String related = "<aside><h3>Related</h3>"
                + "<div><a href='/a'>Older story</a><p class='post-excerpt'>What an older story said, cut short…</p></div>"
                + "<div><a href='/b'>Another story</a><p class='post-excerpt'>What another story said, cut short…</p></div>"
                + "</aside>";
        String head = "<html><head><title>Ports reopen after the strike</title>";
        Article teasers = HtmlFixtures.html(head + "</head><body><article><h1>Ports reopen after the strike</h1>"
                + PROSE + PROSE + "</article>" + related + "</body></html>");
        assertNull(teasers.metadata().subtitle());
        Article deck = HtmlFixtures.html(head + "</head><body><article><h1>Ports reopen after the strike</h1>"
                + "<p class='standfirst'>Ships queue at the harbour mouth as the strike ends.</p>"
                + PROSE + PROSE + "</article>" + related + "</body></html>");
        assertEquals("Ships queue at the harbour mouth as the strike ends.", deck.metadata().subtitle());
        // Named as the teasers are, but opening as the page's description does: the article's own.
        Article described = HtmlFixtures.html(head + "<meta name='description' content='Ships queue at the harbour "
                + "mouth for a second day as the strike…'></head><body><article><h1>Ports reopen after the strike</h1>"
                + "<p class='post-excerpt'>Ships queue at the harbour mouth for a second day.</p>"
                + PROSE + PROSE + "</article>" + related + "</body></html>");
        assertEquals("Ships queue at the harbour mouth for a second day.", described.metadata().subtitle());
    }

    @Test
    void aStandfirstIsNamedByAWordOfItsClassOrTwoJoinedByOneHyphen() {
        String deck = "Ships queue at the harbour mouth as the strike ends.";
        for (String named : List.of("standfirst", "story-sub-title", "articleSummary", "dek_block")) {
            Article a = ports("", "<p class='" + named + "'>" + deck + "</p>");
            assertEquals(deck, a.metadata().subtitle(), named);
        }
        // Joined otherwise, the two words name something else ("sub" navigation, a summary box's "title").
        for (String named : List.of("article__summary", "sub title", "subtitles-menu")) {
            Article a = ports("", "<p class='" + named + "'>" + deck + "</p>");
            assertNull(a.metadata().subtitle(), named);
        }
    }

    @Test
    void aLineNamedAsTheStandfirstSharingNoWordWithTheTitleIsAPrompt() {
        Article a = ports("", "<p class='subhead'>Get the Courier. As low as $2 a week</p>");
        assertNull(a.metadata().subtitle());
    }

    @Test
    void aSiteNamedByItsAddressIsNamedByItsHost() {
        for (String named : List.of("https://www.harbour-courier.example/", "www.harbour-courier.example")) {
            Article a = ports("<meta property='og:site_name' content='" + named + "'>", "");
            assertEquals("harbour-courier.example", a.metadata().site(), named);
        }
        Article named = ports("<meta property='og:site_name' content='The Harbour Courier'>", "");
        assertEquals("The Harbour Courier", named.metadata().site());
    }

    @Test
    void theSiteCreditedAsAuthorIsOneNameHoweverSpelled() {
        Article a = ports("<meta property='og:site_name' content='Ships &amp; Ports'>"
                + "<meta name='DC.creator' content='Ships &amp; Ports'>", "");
        assertEquals(List.of("Ships & Ports"), a.metadata().authors());
    }

    /** A page titled "Ports reopen after the strike" with {@code head} in its head and {@code lead} before its prose. */
    private static Article ports(String head, String lead) {
        return HtmlFixtures.html("<html><head><title>Ports reopen after the strike</title>" + head + "</head><body>"
                + "<article><h1>Ports reopen after the strike</h1>" + lead + PROSE + PROSE + "</article></body></html>");
    }
}
