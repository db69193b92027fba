package io.convert.writer.markdown;

import static io.convert.fixture.Articles.paragraph;
import static io.convert.fixture.Articles.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.convert.Formats;
import io.convert.fixture.Articles;
import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownArticleWriterTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final MarkdownArticleWriter WRITER = new MarkdownArticleWriter();

    /** The output split at the end of its front matter. */
    private record Markdown(String frontMatter, String body) {
        static Markdown of(Article article) {
            String out = Outputs.write(WRITER, article);
            assertTrue(out.startsWith("---\n"), out);
            int end = out.indexOf("\n---\n", 3);
            assertTrue(end > 0, "front matter is not closed:\n" + out);
            return new Markdown(out.substring(4, end + 1), out.substring(end + 5));
        }

        JsonNode yaml() {
            try {
                return new YAMLMapper().readTree(frontMatter);
            } catch (IOException e) {
                throw new AssertionError("front matter is not YAML:\n" + frontMatter, e);
            }
        }
    }

    @Test
    void mixedArticleReparsesToTheModelsStructure() {
        Article article = Articles.mixed();
        Markdown md = Markdown.of(article);
        assertEquals(Outline.of(article), Outline.of(PARSER.parse(md.body())), md.body());
    }

    @Test
    void frontMatterIsYamlWithEveryMetadataField() {
        Article article = Articles.mixed();
        JsonNode yaml = Markdown.of(article).yaml();
        List<String> keys = new ArrayList<>();
        yaml.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("title", "subtitle", "author", "date", "lang", "dir", "source", "site", "description",
                "tags"), keys);
        Metadata m = article.metadata();
        assertEquals("ar", yaml.get("lang").asText());
        assertEquals("rtl", yaml.get("dir").asText());
        assertEquals(m.published(), yaml.get("date").asText());
        assertEquals(m.source(), yaml.get("source").asText());
        assertEquals(m.title(), markdownText(yaml.get("title").asText()));
        assertEquals(m.subtitle(), markdownText(yaml.get("subtitle").asText()));
        assertEquals(m.site(), markdownText(yaml.get("site").asText()));
        assertEquals(m.description(), markdownText(yaml.get("description").asText()));
        assertEquals(m.authors(), texts(yaml.get("author")));
        assertEquals(m.tags(), texts(yaml.get("tags")));
    }

    @Test
    void frontMatterLeavesOutUnknownFieldsButAlwaysGivesTheDirection() {
        Article bare = new Article(Metadata.EMPTY, List.of(paragraph(plain("hello"))));
        JsonNode yaml = Markdown.of(bare).yaml();
        assertEquals(1, yaml.size(), yaml.toString());
        assertEquals("ltr", yaml.get("dir").asText());
    }

    /** Metadata values that are YAML or Markdown syntax, or that YAML cannot hold unescaped, and how they read back. */
    static Stream<Arguments> awkwardMetadata() {
        return Stream.of(
                Arguments.of("- dash: colon # hash", "- dash: colon # hash"),
                Arguments.of("\"quoted\" and 'single'", "\"quoted\" and 'single'"),
                Arguments.of("back\\slash", "back\\slash"),
                Arguments.of("1. <b>bold</b> *x*", "1. <b>bold</b> *x*"),
                Arguments.of("null", "null"),
                Arguments.of("yes", "yes"),
                Arguments.of("@at `tick` | pipe", "@at `tick` | pipe"),
                Arguments.of(" tab\there\n", "tab here"),
                Arguments.of("nel\u0085ls\u2028ps\u2029end", "nel ls ps end"),
                Arguments.of("bell\u0007 del\u007F c1\u0090", "bell del c1"),
                Arguments.of("bom\uFEFFin", "bom\uFEFFin"),
                Arguments.of("عربي: \"نص\" — \u200Fمع علامات", "عربي: \"نص\" — \u200Fمع علامات"),
                Arguments.of("[link](javascript:x) 👩‍👩‍👧", "[link](javascript:x) 👩‍👩‍👧"));
    }

    /**
     * A renderer that knows no front matter shows it as Markdown: the escapes written into a
     * value must still be escapes there, so text that looks like a link never becomes one.
     */
    @Test
    void frontMatterShownAsMarkdownHasNoLinks() {
        for (String title : List.of("[link](javascript:x)", "[link](javascript:x) 👩‍👩‍👧", "<script>x</script> [a](b)")) {
            String out = Outputs.write(WRITER, new Article(Metadata.builder().title(title).build(), List.of()));
            String frontMatter = out.substring(0, out.indexOf("\n---\n", 4) + 5);
            List<String> outline = Outline.of(PARSER.parse(frontMatter));
            assertTrue(outline.stream().noneMatch(line -> line.contains("⟨a ") || line.contains("html")), outline.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("awkwardMetadata")
    void frontMatterValuesReadBackAsWritten(String value, String expected) {
        Metadata m = Metadata.builder().title(value).authors(List.of(value)).language("ar").build();
        JsonNode yaml = Markdown.of(new Article(m, List.of())).yaml();
        assertEquals(expected, markdownText(yaml.get("title").asText()));
        assertEquals(expected, markdownText(yaml.get("author").get(0).asText()));
    }

    @Test
    void controlCharactersAndBrokenSurrogatesDoNotReachTheOutput() {
        Article article = new Article(Metadata.builder().title("t\u0007").build(), List.of(
                paragraph(plain("a\u0000b\u0007c\u0085d\u2028e\u009Bf \uD800")),
                new Block.CodeBlock("x\u0001y\tz\r\n", "sh", null),
                paragraph(new Inline.Link("https://e.example/\u0002", "t\u0003", List.of(plain("l"))))));
        String out = Outputs.write(WRITER, article);
        assertTrue(out.chars().noneMatch(c -> c != '\n' && c != '\t' && Character.isISOControl(c)), out);
        assertEquals(List.of("p abc d ef \uFFFD", "code sh:xy\tz\n", "p⟨a https://e.example/%02 \"t\"⟩l⟨/a⟩"),
                Outline.of(PARSER.parse(Markdown.of(article).body())));
    }

    /** Text that is Markdown syntax wherever it might be taken for it. */
    static Stream<String> syntaxText() {
        return Stream.of(Articles.SYNTAX_SOUP, "1. not a list", "1) not a list", "2024. a year", "- not a list",
                "+ not a list", "* not a list", "# not a heading", "> not a quote", "~~~ not a fence",
                "``` not a fence", "    indented", "\tTab first", "<b>not html</b>", "<!-- not a comment -->",
                "<http://not.an/autolink>", "&amp; &copy; &#65; entities", "a\\b\\", "[not](a link)",
                "![not](an image)", "[ref]: /not/a/definition", "*not em* _not em_ **not strong**", "a | b | c",
                "---", "===", "***", "___", "1.", "12345678901. long number", "`code`", "snake_case_name",
                "[^1] footnote", "{#id} attribute", "$x$ math", "@cite", "%title", "x^2^ and H~2~O",
                "السلام عليكم * _ # [x] | 1.", "trailing #", "## hashes ##", "!important", "\"smart\" -- quotes...");
    }

    @ParameterizedTest
    @MethodSource("syntaxText")
    void syntaxCharactersReadBackAsText(String s) {
        Article article = new Article(Metadata.builder().title(s).build(), List.of(
                paragraph(plain(s)),
                new Block.Heading(1, List.of(plain(s))),
                new Block.Heading(4, List.of(plain(s))),
                paragraph(plain("x"), new Inline.LineBreak(), plain(s)),
                paragraph(new Inline.Emphasis(List.of(plain(s)))),
                paragraph(new Inline.Strong(List.of(plain(s)))),
                paragraph(new Inline.Link("https://example.com/" + s.length(), s, List.of(plain(s)))),
                paragraph(plain("code: "), new Inline.Code(s)),
                new Block.ListBlock(false, 1, List.of(item(paragraph(plain(s))), item(paragraph(plain(s)))), null),
                new Block.ListBlock(true, 7, List.of(item(paragraph(plain(s)))), null),
                new Block.Quote(List.of(paragraph(plain(s))), List.of(plain(s)), null),
                new Block.Table(List.of(new Block.Row(List.of(cell(plain(s)), cell(plain("h"))))),
                        List.of(new Block.Row(List.of(cell(plain(s)), cell(new Inline.Code(s))))), List.of(plain(s)), null),
                new Block.Figure(new Image("images/a b.png", s), List.of(plain(s)), s, null)));
        Markdown md = Markdown.of(article);
        assertEquals(Outline.of(article), Outline.of(PARSER.parse(md.body())), md.body());
        assertEquals(s.strip(), markdownText(md.yaml().get("title").asText()));
    }

    @Test
    void inlineMarkupCommonMarkCannotNestIsReshapedNotLost() {
        Article article = new Article(Metadata.EMPTY, List.of(
                paragraph(new Inline.Emphasis(List.of(plain("one"))), new Inline.Emphasis(List.of(plain(" two")))),
                paragraph(new Inline.Strong(List.of(plain("a "), new Inline.Strong(List.of(plain("b"))))),
                        new Inline.Strong(List.of(plain("c")))),
                paragraph(new Inline.Link("https://a.example/", null, List.of(plain("out "),
                        new Inline.Link("https://b.example/", null, List.of(plain("in")))))),
                paragraph(plain("a"), new Inline.Emphasis(List.of(plain(" spaced "))), plain("b"),
                        new Inline.Emphasis(List.of(plain("  ")))),
                paragraph(new Inline.LineBreak(), plain("  first"), new Inline.LineBreak(), new Inline.LineBreak(),
                        plain("second  "), new Inline.LineBreak()),
                paragraph(plain("x"), new Inline.Code(""), new Inline.Superscript(List.of(plain("2"))),
                        new Inline.Subscript(List.of(new Inline.Emphasis(List.of(plain("i")))))),
                paragraph(plain("   ")),
                new Block.Heading(2, List.of(plain("two"), new Inline.LineBreak(), plain("lines")))));
        String body = Markdown.of(article).body();
        assertEquals(List.of(
                "p⟨em⟩one⟨/em⟩⟨em⟩two⟨/em⟩",
                "p⟨strong⟩a bc⟨/strong⟩",
                "p⟨a https://a.example/⟩out in⟨/a⟩",
                "p a⟨em⟩spaced⟨/em⟩b",
                "p first⟨br⟩second",
                "p x2⟨em⟩i⟨/em⟩",
                "h2 two lines"), Outline.of(PARSER.parse(body)), body);
    }

    /**
     * Emphasis whose delimiters CommonMark would not read as such (punctuation inside next to a
     * letter outside) is given up, so its text reads back exactly, without stray asterisks.
     */
    @Test
    void emphasisThatCannotBeDelimitedKeepsItsTextOnly() {
        List<List<Inline>> paragraphs = List.of(
                List.of(plain("x"), new Inline.Emphasis(List.of(plain("(y)"))), plain("z")),
                List.of(new Inline.Strong(List.of(plain("\"quote\""))), plain("said")),
                List.of(plain("x"), new Inline.Strong(List.of(new Inline.Emphasis(List.of(plain("y"))))), plain("z")),
                List.of(new Inline.Strong(List.of(plain("a"))), new Inline.Emphasis(List.of(plain("b"))), plain("c")),
                List.of(plain("قال"), new Inline.Strong(List.of(plain("«نص»"))), plain("اليوم")));
        Article article = new Article(Metadata.EMPTY, paragraphs.stream().map(p -> (Block) new Block.Paragraph(p)).toList());
        String body = Markdown.of(article).body();
        List<String> parsed = Outline.of(PARSER.parse(body));
        assertEquals(List.of("p x(y)z", "p \"quote\"said", "p x⟨em⟩y⟨/em⟩z", "p⟨strong⟩a⟨/strong⟩bc", "p قال«نص»اليوم"),
                parsed, body);
    }

    @Test
    void adjacentListsOfOneKindStaySeparate() {
        Article article = new Article(Metadata.EMPTY, List.of(
                bullets("a"), bullets("b"), bullets("c"), numbered(1, "d"), numbered(1, "e"), numbered(5, "f")));
        String body = Markdown.of(article).body();
        assertEquals(Outline.of(article), Outline.of(PARSER.parse(body)), body);
    }

    @Test
    void listsAreTightUnlessAnItemNeedsBlankLines() {
        Block.ListBlock tight = new Block.ListBlock(false, 1, List.of(
                new Block.ListItem(List.of(paragraph(plain("a")), numbered(1, "a1"))), item(paragraph(plain("b")))), null);
        Block.ListBlock loose = new Block.ListBlock(false, 1, List.of(
                new Block.ListItem(List.of(paragraph(plain("a")), paragraph(plain("a, again")))),
                item(paragraph(plain("b")))), null);
        Block.ListBlock figure = new Block.ListBlock(false, 1, List.of(
                item(new Block.Figure(new Image("x.png", "x"), List.of(plain("caption")), null, null))), null);
        Article article = new Article(Metadata.EMPTY, List.of(tight, paragraph(plain("-")), loose,
                paragraph(plain("-")), figure));
        String body = Markdown.of(article).body();
        Iterator<Node> lists = Stream.iterate(PARSER.parse(body).getFirstChild(), n -> n != null, Node::getNext)
                .filter(n -> n instanceof org.commonmark.node.ListBlock).iterator();
        assertTrue(((org.commonmark.node.ListBlock) lists.next()).isTight(), body);
        assertFalse(((org.commonmark.node.ListBlock) lists.next()).isTight(), body);
        assertFalse(((org.commonmark.node.ListBlock) lists.next()).isTight(), body);
        assertEquals(Outline.of(article), Outline.of(PARSER.parse(body)), body);
    }

    @Test
    void tablesGetAHeaderRowAndKeepColumnsAlignedAcrossSpans() {
        Block.Table noHeader = new Block.Table(List.of(), List.of(
                new Block.Row(List.of(new Block.Cell(List.of(plain("wide")), false, 2, 1), cell(plain("z")))),
                new Block.Row(List.of(cell(plain("p")), cell(plain("q")), cell(plain("r"))))), List.of(), null);
        Article article = new Article(Metadata.EMPTY, List.of(noHeader));
        String body = Markdown.of(article).body();
        assertEquals(List.of("table{", "row ¦ ¦", "row wide ¦ ¦ z", "row p ¦ q ¦ r", "}"),
                Outline.of(PARSER.parse(body)), body);
    }

    @Test
    void hostileSpansAreIgnoredWithAWarning() {
        List<Block.Row> rows = new ArrayList<>();
        rows.add(new Block.Row(List.of(new Block.Cell(List.of(plain("a")), false, 1000, 60000))));
        for (int i = 0; i < 200; i++) rows.add(new Block.Row(List.of(cell(plain("b")))));
        Block.Table table = new Block.Table(List.of(), rows, List.of(), null);
        List<String> warnings = new ArrayList<>();
        String out = Outputs.write(WRITER, new Article(Metadata.EMPTY, List.of(table)), warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(out.contains("|a|"), out);
    }

    @Test
    void languagesOfBlocksAndSpansAddNothingButTheirText() {
        Article article = new Article(Metadata.builder().language("ar").direction(Direction.RTL).build(), List.of(
                new Block.Paragraph(List.of(plain("English "), new Inline.Span(Language.of("ar", Direction.RTL),
                        List.of(plain("عربي")))), Articles.ENGLISH)));
        assertEquals("\nEnglish عربي\n", Markdown.of(article).body());
    }

    @Test
    void leadImageIsNotRepeatedWhenTheBodyShowsIt() {
        Image image = new Image("lead.jpg", "alt");
        Metadata m = Metadata.builder().leadImage(new Metadata.LeadImage(image, List.of(plain("lead caption")), null))
                .build();
        Article article = new Article(m, List.of(new Block.Figure(image, List.of(plain("body caption")), null, null)));
        assertEquals(List.of("p⟨img lead.jpg⟩alt⟨/img⟩", "p⟨em⟩body caption⟨/em⟩"),
                Outline.of(PARSER.parse(Markdown.of(article).body())));
    }

    @Test
    void isRegisteredAsMdAndMarkdown() {
        Formats formats = Formats.discover();
        assertInstanceOf(MarkdownArticleWriter.class, formats.writer("md").orElseThrow());
        assertInstanceOf(MarkdownArticleWriter.class, formats.writer("markdown").orElseThrow());
        assertEquals("md", WRITER.extension());
    }

    @Test
    void outputIsTheSameEveryTime() {
        Article article = Articles.mixed();
        assertEquals(Outputs.write(WRITER, article), Outputs.write(WRITER, article));
    }

    @ParameterizedTest
    @MethodSource("io.convert.fixture.Examples#files")
    void examplesReparseToTheirModelsStructure(String file) {
        Article article = Examples.read(file);
        Markdown md = Markdown.of(article);
        assertEquals(Outline.of(article), Outline.of(PARSER.parse(md.body())), md.body());
        JsonNode yaml = md.yaml();
        assertEquals(article.metadata().language(), yaml.get("lang").asText());
        assertEquals(article.language().direction().code(), yaml.get("dir").asText());
        assertNotNull(yaml.get("title"), md.frontMatter());
        assertEquals(article.metadata().title().strip().replaceAll("\\s+", " "), markdownText(yaml.get("title").asText()));
    }

    @Test
    void theArabicExampleIsArabicRightToLeft() {
        JsonNode yaml = Markdown.of(Examples.read("examples/article-ar.txt")).yaml();
        assertEquals("ar", yaml.get("lang").asText());
        assertEquals("rtl", yaml.get("dir").asText());
        assertTrue(yaml.get("title").asText().chars().anyMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.ARABIC), yaml.toString());
    }

    /** What a Markdown reader makes of a metadata value, as pandoc reads it. */
    private static String markdownText(String markdown) {
        return TextContentRenderer.builder().build().render(PARSER.parse(markdown)).strip();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(markdownText(n.asText())));
        return out;
    }

    private static Block.ListItem item(Block... blocks) {
        return new Block.ListItem(List.of(blocks));
    }

    private static Block.Cell cell(Inline inline) {
        return new Block.Cell(List.of(inline), false, 1, 1);
    }

    private static Block.ListBlock bullets(String s) {
        return new Block.ListBlock(false, 1, List.of(item(paragraph(plain(s)))), null);
    }

    private static Block.ListBlock numbered(int start, String s) {
        return new Block.ListBlock(true, start, List.of(item(paragraph(plain(s)))), null);
    }
}
