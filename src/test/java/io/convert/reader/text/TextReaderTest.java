package io.convert.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.Converter;
import io.convert.Formats;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Inline;
import io.convert.model.PlainText;
import io.convert.reader.text.internal.Rule;
import io.convert.reader.text.internal.ScrapedTextParser;
import io.convert.spi.ConvertException;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    private final TextReader reader = new TextReader();

    @Test
    void registeredUnderItsNamesAndExtensions() {
        Formats formats = Formats.discover();
        assertInstanceOf(TextReader.class, formats.reader("text").orElseThrow());
        assertInstanceOf(TextReader.class, formats.reader("txt").orElseThrow());
        assertInstanceOf(TextReader.class, formats.reader("plain").orElseThrow());
        assertInstanceOf(MarkdownReader.class, formats.reader("markdown").orElseThrow());
        assertInstanceOf(TextReader.class, formats.readerFor("page.txt", "").orElseThrow());
        assertInstanceOf(MarkdownReader.class, formats.readerFor("post.md", "").orElseThrow());
    }

    @Test
    void sniffsTextModestlyMarkdownHigherAndMarkupNotAtAll() {
        double plain = reader.sniff("Some scraped text.\n\nAnother paragraph of it.");
        double markdown = reader.sniff("# Title\n\nSome **bold** text and a [link](https://example.org).\n");
        assertTrue(plain > 0 && plain < 0.5, "plain " + plain);
        assertTrue(markdown > plain, "markdown " + markdown);
        assertEquals(0, reader.sniff("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals(0, reader.sniff("  \n "));
    }

    @Test
    void fromTextNeverManglesMarkdown() {
        String md = "# Title\n\nIntro with *emphasis* and a [link](https://example.org/a).\n\n## Part\n\n- one\n- two\n";
        Article article = Converter.create().read(Input.of(md), "text", ReadOptions.defaults());
        assertEquals("Title", article.metadata().title());
        List<Block> blocks = article.blocks();
        Block.Paragraph intro = assertInstanceOf(Block.Paragraph.class, blocks.get(0));
        assertTrue(intro.content().stream().anyMatch(i -> i instanceof Inline.Emphasis));
        Inline.Link link = (Inline.Link) intro.content().stream().filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals("https://example.org/a", link.href());
        assertEquals(new Block.Heading(2, List.of(new Inline.Text("Part"))), blocks.get(1));
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(2));
        assertEquals("one\ntwo", PlainText.of(list).strip());
    }

    /**
     * A reader weighing a rule (a bench switching the heading model off) reads Markdown as Markdown
     * too: otherwise the pages the reader hands the Markdown reader would come out differently for
     * the front's sake, not the rule's, and be counted against the rule.
     */
    @Test
    void aReaderWithoutARuleStillReadsMarkdownAsMarkdown() {
        String md = "# How the night market came back\n\nThe stalls returned to the square on **Friday** after two winters"
                + " away, and the traders said the _new_ lights drew the crowds back.\n\n## What comes next\n\nThe council"
                + " will decide in the spring whether the market may stay open until midnight.\n";
        Set<Rule> withoutModel = EnumSet.complementOf(EnumSet.of(Rule.LEARNED_HEADING));
        Article article = new TextReader(withoutModel).read(Input.of(md), ReadOptions.defaults());
        assertEquals("How the night market came back", article.metadata().title());
        assertEquals(reader.read(Input.of(md), ReadOptions.defaults()), article);
    }

    /**
     * A model's trainer learns from what the reader's parser reads, as the reader hands it over: a
     * text the reader takes for Markdown never reaches the parser, and a scraped one reaches it as
     * the reader would read it.
     */
    @Test
    void aTrainerSeesOnlyTheTextsTheParserReads() {
        String md = "# The ferry timetable changes\n\nFrom **Monday** the first boat leaves at six, and the _last_ one at"
                + " ten, the harbour office said.\n\n## Why\n\nThe new pier needs an hour of works every night.\n";
        String scraped = "Harbour News\nHome | Local | Sport\nThe ferry timetable changes\nBy Mira Kalden\n"
                + "From Monday the first boat leaves at six in the morning and the last one at ten at night, the harbour"
                + " office said on Friday, so that the works on the new pier can go on every night for a month.\n";
        TextReader ruled = new TextReader(EnumSet.complementOf(EnumSet.of(Rule.LEARNED_TITLE)));
        assertNull(ruled.read(Input.of(md), ReadOptions.defaults(), ScrapedTextParser::parse, article -> null));
        assertEquals(ruled.read(Input.of(scraped), ReadOptions.defaults()),
                ruled.read(Input.of(scraped), ReadOptions.defaults(), ScrapedTextParser::parse, article -> null));
    }

    /**
     * A scraped Arabic column tagged "#العنوان_بالشرطات" with one phrase in bold is text, not
     * Markdown: the underscores inside a word are no emphasis, so the headline and the writer's
     * tag under it are still read off the page.
     */
    @Test
    void underscoresInsideArabicHashtagsAreNoMarkdownEmphasis() {
        String text = "#ليالي_السوق_القديم\n#سلمى_ناصر_الحداد\n"
                + "حين تعود المصابيح إلى الساحة القديمة كل مساء، يعود معها الباعة بعرباتهم الخشبية وأصوات النداء التي عرفها"
                + " الحي منذ عقود، ويجلس الكبار على المقاعد الحجرية يروون للصغار كيف كانت السوق قبل أن تغلقها سنوات الحرب.\n"
                + "قال لي بائع التوابل العجوز إن **رائحة السوق لا تُنسى**، وإنه ينتظر كل صباح أن يسمع خطوات الزبائن الأوائل"
                + " قبل أن تشتد حرارة الشمس على الأزقة الضيقة، وأن يرى الأطفال يركضون بين الدكاكين كما كان يفعل هو في صغره.\n";
        Article article = reader.read(Input.of(text), ReadOptions.defaults());
        assertEquals("#ليالي_السوق_القديم", article.metadata().title());
        assertEquals(List.of("سلمى ناصر الحداد"), article.metadata().authors());
    }

    @Test
    void keepsTextWithoutAnyProse() {
        Article article = reader.read(Input.of("Shopping\n\n- eggs\n- milk\n"), ReadOptions.defaults());
        assertEquals("Shopping", article.metadata().title());
        assertEquals("eggs\nmilk", PlainText.of(article.blocks().get(0)).strip());
    }

    @Test
    void aTableColumnNamedCommentDoesNotEndTheArticle() {
        String text = """
                How the task queue retries work

                Every task moves through a small number of states, and the scheduler decides what to do with it from its state and from the time of its last heartbeat.

                State
                Comment
                scheduled
                Waiting for its start time.

                A task that stays claimed for more than five minutes without a heartbeat is put back on the queue, so that a crashed worker never loses work for good.

                Tasks that fail with a retriable error are retried with exponential backoff, up to a limit that each team sets for its own tasks in the service configuration.
                """;
        Article article = reader.read(Input.of(text), ReadOptions.defaults());
        String body = article.blocks().stream().map(PlainText::of).reduce("", String::concat);
        assertTrue(body.contains("Every task moves through"), body);
        assertTrue(body.contains("retried with exponential backoff"), body);
    }

    /**
     * A thread of comments longer than the heading that opens it costs is still no part of the
     * article above it; the heading's cost alone let the run of prose go on into it.
     */
    @Test
    void aLongCommentThreadStaysOutOfTheArticleAboveIt() {
        StringBuilder text = new StringBuilder("How our street replanted its verges\n\n");
        for (int i = 1; i <= 32; i++) {
            text.append("In week ").append(i).append(" of the project the neighbours met at the corner after work, cleared another ")
                    .append("stretch of the verge of gravel and old turf, and set out the small hedging plants that the council ")
                    .append("nursery had given them, watering each one in before the light went.\n\n");
        }
        text.append("28 Comments\n\n");
        for (int i = 1; i <= 28; i++) {
            text.append("Neighbour ").append(i).append(" says:\n").append("May ").append(i).append(", 2025 at 9:15 pm\n\n")
                    .append("We tried something like this on our own road ").append(i).append(" years ago, and the hardest part was ")
                    .append("keeping the young hedges watered through the first dry summer, so I would plan for that from the ")
                    .append("start and share a rota among the houses.\n\n");
        }
        Article article = reader.read(Input.of(text.toString()), ReadOptions.defaults());
        String body = article.blocks().stream().map(PlainText::of).reduce("", String::concat);
        assertTrue(body.contains("In week 32 of the project"), "the article's last paragraph");
        assertFalse(body.contains("We tried something like this"), "a comment");
    }

    @Test
    void aSiteNameSetInMathematicalLettersIsReadLikeAnyOtherLine() {
        // Styled Latin letters ("Mathematical Script", outside the Basic Multilingual Plane) that some
        // sites paste as their signature: the byline rules once indexed into an empty key for them.
        String styled = "\uD835\uDCA9\uD835\uDCEE\uD835\uDCCC\uD835\uDCC8 \uD835\uDCAF\uD835\uDCCE\uD835\uDCC7\uD835\uDCEE";
        String text = "الرئيسية\nأخبار محلية\n\nالمجلس البلدي يقر موازنة الحدائق العامة للعام المقبل\n" + styled
                + "\n12 مارس 2025\n\nأقر المجلس البلدي في جلسته الأخيرة موازنة جديدة لصيانة الحدائق العامة وزراعة الأشجار في الأحياء الشرقية.\n\n"
                + "وقال رئيس المجلس إن الأعمال تبدأ مطلع الربيع وتستمر ستة أشهر، وإن السكان سيشاركون في اختيار الأشجار.\n";
        Article article = reader.read(Input.of(text), ReadOptions.defaults());
        assertEquals("المجلس البلدي يقر موازنة الحدائق العامة للعام المقبل", article.metadata().title());
        assertTrue(article.metadata().authors().isEmpty(), article.metadata().authors().toString());
    }

    @Test
    void emptyInputIsBadInput() {
        ConvertException e = assertThrows(ConvertException.class,
                () -> Converter.create().read(Input.of(" \n\t"), "text", ReadOptions.defaults()));
        assertEquals(ConvertException.Kind.BAD_INPUT, e.kind());
        assertEquals("no article text found", e.getMessage());
    }

    /** A guard against quadratic rules: a long dump must not take ages (the machine may be busy). */
    @Test
    void longInputIsReadInLinearTime() {
        String paragraph = "The council voted on Tuesday to build a barrier across the river, officials said.\n\n";
        String text = "Title of the page\n\n" + paragraph.repeat(5_000) + "Home\nNews\nSport\n".repeat(500);
        long start = System.nanoTime();
        Article article = reader.read(Input.of(text), ReadOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(5_000, article.blocks().size());
        assertTrue(millis < 20_000, millis + " ms");
    }

    @Test
    void aLineOfAHundredThousandLettersWithoutASpaceIsReadInSecondsNotMinutes() {
        // Minified or binary-looking text pasted in: each check of a line must stay near linear in its length.
        String prose = "قال رئيس البلدية في مؤتمر صحفي عقده صباح اليوم إن أعمال صيانة الطرق في الأحياء الشرقية ستبدأ الأسبوع المقبل، "
                + "وإن المجلس رصد لها ميزانية إضافية بعد شكاوى السكان المتكررة من الحفر التي خلفتها أمطار الشتاء الماضي.";
        String text = "أعمال صيانة الطرق تبدأ الأسبوع المقبل\n\n" + prose + "\n\n" + "x".repeat(100_000) + "\n\n" + prose + "\n";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Article article = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            long start = threads.getCurrentThreadCpuTime();
            Article read = new TextReader().read(Input.of(text), ReadOptions.defaults());
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            assertTrue(seconds < 8, "took " + seconds + " s of CPU");
            return read;
        });
        String body = article.blocks().stream().map(PlainText::of).reduce("", String::concat);
        assertTrue(body.contains("رئيس البلدية"), body.length() > 300 ? body.substring(0, 300) : body);
    }
}
