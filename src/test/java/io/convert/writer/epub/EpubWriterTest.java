package io.convert.writer.epub;

import io.convert.fixture.EpubValidator;
import static io.convert.fixture.Articles.paragraph;
import static io.convert.fixture.Articles.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.convert.fixture.Articles;
import io.convert.fixture.Images;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Image;
import io.convert.model.Inline;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EpubWriterTest {
    static final Instant FIXED = Instant.parse("2025-05-18T09:00:00Z");

    @TempDir
    Path folder;

    private WriteOptions.Builder options(Outputs.Warnings warnings) {
        return WriteOptions.builder().resources(Outputs.resources(folder)).diagnostics(warnings).timestamp(FIXED);
    }

    private static void assertValid(byte[] epub, String name) throws IOException {
        List<String> problems = EpubValidator.problems(epub, name);
        assertTrue(problems.isEmpty(), name + ": EPUBCheck reported\n" + String.join("\n", problems));
    }

    static Stream<Arguments> edgeCases() {
        List<Block> thousand = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            if (i % 100 == 1) thousand.add(new Block.Heading(2, text("Part " + (i / 100 + 1))));
            thousand.add(paragraph("Paragraph " + i + " of a very long article, with enough words to wrap a line."));
        }
        Metadata titled = Metadata.builder().title("Only a title").language("en").direction(Direction.LTR).build();
        Language rtl = new Language("ar", Direction.RTL);
        Language ltr = new Language("en", Direction.LTR);
        return Stream.of(
                Arguments.of("every block type", Articles.everything()),
                Arguments.of("no title", new Article(Metadata.EMPTY, List.of(paragraph("Body without any title at all, "
                        + "so the book's title comes from its first words.")))),
                Arguments.of("no body", new Article(titled, List.of())),
                Arguments.of("nothing at all", new Article(Metadata.EMPTY, List.of())),
                Arguments.of("1000 paragraphs", new Article(titled, thousand)),
                Arguments.of("missing images only", new Article(titled, List.of(
                        new Block.Figure(new Image("nowhere/a.png", "a"), text("caption a"), "credit", Language.INHERIT),
                        new Block.Figure(new Image("https://example.com/remote.jpg", ""), List.of(), null, Language.INHERIT),
                        new Block.Figure(new Image("file:///etc/passwd", ""), text("outside"), null, Language.INHERIT)))),
                Arguments.of("RTL and LTR mixed", new Article(Metadata.builder().title("Mixed").build(), List.of(
                        new Block.Paragraph(List.of(new Inline.Text("English then "),
                                new Inline.Span(rtl, text("عربي داخل سطر إنجليزي")), new Inline.Text(" and back.")), ltr),
                        new Block.Paragraph(text("فقرة عربية كاملة."), rtl),
                        new Block.Quote(List.of(new Block.Paragraph(text("Nested English"), ltr)), text("مصدر"), rtl),
                        new Block.ListBlock(true, 1, List.of(new Block.ListItem(List.of(
                                new Block.Paragraph(text("بند"), rtl)))), ltr)))),
                Arguments.of("characters XML forbids", new Article(Metadata.builder().title(Articles.FORBIDDEN)
                        .authors(List.of(Articles.FORBIDDEN)).site("\u0001site").build(),
                        List.of(paragraph(Articles.FORBIDDEN), new Block.CodeBlock(Articles.FORBIDDEN, "<x>",
                                Language.INHERIT), new Block.Heading(2, text("\u0000\u0001"))))),
                Arguments.of("odd metadata", new Article(Metadata.builder().title("  ").language("not a tag!!")
                        .published("2025-05-17").source("not a url").authors(List.of("", " ")).build(),
                        List.of(new Block.Paragraph(List.of(new Inline.Link("http://", null, text("empty host")),
                                new Inline.Link("http://example.com/a?b=[c]&d=%zz|e", null, text("brackets")),
                                new Inline.Link("http://[::1]:8080/x y", null, text("IPv6 host")),
                                new Inline.Link("https://example.com/x", null, List.of(new Inline.Link(
                                        "https://example.com/nested", null, text("nested link")))))))))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void edgeCasesPassEpubCheckWithoutWarnings(String name, Article article) throws IOException {
        byte[] epub = EpubBooks.write(article, options(new Outputs.Warnings()).build());
        assertValid(epub, name);
    }

    @Test
    void arabicBookIsRightToLeftEverywhere() throws IOException {
        Map<String, byte[]> e = EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).build()));
        String opf = EpubBooks.text(e, "EPUB/package.opf");
        assertTrue(opf.contains("<dc:language>ar</dc:language>"), opf);
        assertTrue(opf.contains("page-progression-direction=\"rtl\""), opf);
        assertTrue(opf.contains("xml:lang=\"ar\" dir=\"rtl\""), opf);
        String content = EpubBooks.text(e, "EPUB/content.xhtml");
        assertTrue(content.contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""), content);
        assertTrue(content.contains("<p lang=\"en\" xml:lang=\"en\" dir=\"ltr\">This paragraph"), content);
        assertTrue(content.contains("<span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Marco Rubio said</span>"), content);
        assertTrue(content.contains("<p lang=\"fr\" xml:lang=\"fr\">Bonjour</p>"), content);
        assertTrue(content.contains("<pre dir=\"ltr\">"), "code reads left to right in an RTL book");
        assertTrue(EpubBooks.text(e, "EPUB/nav.xhtml").contains("dir=\"rtl\""));
        assertTrue(EpubBooks.text(e, "EPUB/toc.ncx").contains("xml:lang=\"ar\""));
        assertTrue(content.contains(">17 مايو 2025</time>"), "date in Arabic");
    }

    @Test
    void englishBookIsLeftToRight() throws IOException {
        Map<String, byte[]> e = EpubBooks.entries(EpubBooks.write(Articles.english(),
                options(new Outputs.Warnings()).build()));
        String opf = EpubBooks.text(e, "EPUB/package.opf");
        assertTrue(opf.contains("<dc:language>en</dc:language>"));
        assertTrue(opf.contains("page-progression-direction=\"ltr\""));
        String content = EpubBooks.text(e, "EPUB/content.xhtml");
        assertTrue(content.contains("lang=\"en\" xml:lang=\"en\" dir=\"ltr\""));
        assertTrue(content.contains("<span lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">وقف فوري لإطلاق النار</span>"));
        assertTrue(content.contains("<p lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"));
        assertTrue(content.contains(">May 17, 2025</time>"), content);
    }

    @Test
    void metadataIsComplete() throws IOException {
        String opf = EpubBooks.text(EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).build())), "EPUB/package.opf");
        assertTrue(opf.contains("<dc:identifier id=\"book-id\">urn:uuid:"));
        assertTrue(opf.contains(">إسلام عيسى</dc:creator>") && opf.contains(">سارة أحمد</dc:creator>"));
        assertTrue(opf.contains("<dc:date>2025-05-17T14:32:00+03:00</dc:date>"));
        assertTrue(opf.contains("<dc:publisher>القاهرة الإخبارية</dc:publisher>"));
        assertTrue(opf.contains("<dc:source>https://example.com/news/2025/05/17/russia-usa?id=1&amp;x=&lt;y&gt;</dc:source>"));
        assertTrue(opf.contains("<dc:description>ملخص المقال</dc:description>"));
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2025-05-18T09:00:00Z</meta>"));
        assertTrue(opf.contains("<dc:subject>روسيا</dc:subject>"));
        assertFalse(opf.contains("\u0007"));
    }

    @Test
    void identifierIsStableAndDerivedFromTheSource() throws IOException {
        Article a = Articles.english();
        String id1 = identifier(a);
        assertEquals(id1, identifier(a.withMetadata(a.metadata().toBuilder().title("Another title").build())),
                "same URL, same book");
        assertNotEquals(id1, identifier(a.withMetadata(a.metadata().toBuilder().source("https://other.example/x").build())));
        Article noSource = a.withMetadata(a.metadata().toBuilder().source(null).build());
        assertEquals(identifier(noSource), identifier(noSource));
        assertNotEquals(identifier(noSource), identifier(new Article(noSource.metadata(), List.of(paragraph("other")))));
        assertTrue(id1.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id1);
    }

    private String identifier(Article a) throws IOException {
        String opf = EpubBooks.text(EpubBooks.entries(EpubBooks.write(a, options(new Outputs.Warnings()).build())),
                "EPUB/package.opf");
        int start = opf.indexOf("urn:uuid:");
        return opf.substring(start, opf.indexOf('<', start));
    }

    @Test
    void sameInputAndOptionsGiveTheSameBytes() throws IOException {
        Path cover = folder.resolve("cover.png");
        Files.write(cover, Images.png(300, 400));
        WriteOptions o = options(new Outputs.Warnings()).set(EpubSettings.COVER, cover.toString()).build();
        byte[] first = EpubBooks.write(Articles.everything(), o);
        byte[] second = EpubBooks.write(Articles.everything(), o.toBuilder().diagnostics(new Outputs.Warnings()).build());
        assertArrayEquals(first, second);
        byte[] later = EpubBooks.write(Articles.everything(), o.toBuilder().timestamp(FIXED.plusSeconds(60)).build());
        assertFalse(java.util.Arrays.equals(first, later), "the timestamp is part of the book");
    }

    @Test
    void containerStartsWithStoredMimetype() throws IOException {
        byte[] epub = EpubBooks.write(Articles.english(), options(new Outputs.Warnings()).build());
        ByteBuffer b = ByteBuffer.wrap(epub).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0), "local file header");
        assertEquals(0, b.getShort(8), "stored, not deflated");
        assertEquals(8, b.getShort(26), "name length");
        assertEquals(0, b.getShort(28), "no extra field");
        assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.US_ASCII));
        List<String> names = new ArrayList<>(EpubBooks.entries(epub).keySet());
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx",
                "EPUB/style.css", "EPUB/content.xhtml"), names);
    }

    @Test
    void writerLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new EpubWriter().write(Articles.english(), out, options(new Outputs.Warnings()).build());
        assertFalse(closed[0]);
    }

    @Test
    void imagesArePackagedWithTheirTypesAndMissingOnesReportedOnce() throws IOException {
        Outputs.Warnings warnings = new Outputs.Warnings();
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/local.png"), Images.png(30, 20));
        Image missing = new Image("images/gone.png", "");
        Article a = new Article(Metadata.builder().title("Images").language("en").build(), List.of(
                new Block.Figure(new Image("images/local.png", "local"), text("local file"), null, Language.INHERIT),
                new Block.Figure(missing, text("first use"), null, Language.INHERIT),
                new Block.Figure(missing, text("second use"), null, Language.INHERIT),
                new Block.Figure(new Image(Images.dataUri("image/png", Images.bombPngHeader()), "bomb"),
                        text("bomb"), null, Language.INHERIT),
                new Block.Figure(new Image("data:image/png;base64,aGVsbG8=", ""), text("not an image"), null,
                        Language.INHERIT)));
        byte[] epub = EpubBooks.write(a, options(warnings).build());
        assertValid(epub, "images");
        Map<String, byte[]> e = EpubBooks.entries(epub);
        assertArrayEquals(Files.readAllBytes(folder.resolve("images/local.png")), e.get("EPUB/images/image-1.png"));
        assertEquals(1L, e.keySet().stream().filter(n -> n.startsWith("EPUB/images/")).count());
        String opf = EpubBooks.text(e, "EPUB/package.opf");
        assertTrue(opf.contains("href=\"images/image-1.png\" media-type=\"image/png\""));
        String content = EpubBooks.text(e, "EPUB/content.xhtml");
        assertTrue(content.contains("<img src=\"images/image-1.png\" alt=\"local\" width=\"30\" height=\"20\"/>"));
        assertTrue(content.contains("first use") && content.contains("second use") && content.contains("bomb"),
                "captions stay when images go");
        assertEquals(1L, warnings.messages.stream().filter(w -> w.contains("images/gone.png")).count(), warnings.messages.toString());
        assertEquals(1L, warnings.messages.stream().filter(w -> w.contains("100000x100000")).count(), warnings.messages.toString());
        assertEquals(1L, warnings.messages.stream().filter(w -> w.contains("not a PNG, JPEG")).count(), warnings.messages.toString());
        assertEquals(3, warnings.messages.size(), warnings.messages.toString());
    }

    @Test
    void svgIsCleanedOrRefused() throws IOException {
        String hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "width=\"40\" height=\"40\" onload=\"alert(1)\"><script>alert(2)</script>"
                + "<rect width=\"40\" height=\"40\" fill=\"#c00\" onclick=\"steal()\"/>"
                + "<a xlink:href=\"javascript:alert(3)\"><circle cx=\"20\" cy=\"20\" r=\"5\"/></a>"
                + "<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>"
                + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">html</div></foreignObject>"
                + "<set attributeName=\"href\" to=\"javascript:alert(4)\"/></svg>";
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
        Outputs.Warnings warnings = new Outputs.Warnings();
        Article a = new Article(Metadata.builder().title("SVG").language("en").build(), List.of(
                new Block.Figure(new Image(Images.svgDataUri(hostile), "hostile"), text("cleaned"), null,
                        Language.INHERIT),
                new Block.Figure(new Image(Images.svgDataUri(entities), "entities"), text("refused"), null,
                        Language.INHERIT)));
        byte[] epub = EpubBooks.write(a, options(warnings).build());
        assertValid(epub, "svg");
        Map<String, byte[]> e = EpubBooks.entries(epub);
        String svg = EpubBooks.text(e, "EPUB/images/image-1.svg");
        for (String banned : List.of("script", "onload", "onclick", "javascript", "tracker.example", "foreignObject",
                "<set")) {
            assertFalse(svg.contains(banned), banned + " left in " + svg);
        }
        assertTrue(svg.contains("<rect") && svg.contains("fill=\"#c00\""), svg);
        assertFalse(e.containsKey("EPUB/images/image-2.svg"));
        assertEquals(1, warnings.messages.size(), warnings.messages.toString());
        assertTrue(EpubBooks.text(e, "EPUB/package.opf").contains("media-type=\"image/svg+xml\""));
    }

    @Test
    void coverComesFromTheOptionElseTheLeadImageElseNowhere() throws IOException {
        Path cover = folder.resolve("cover.png");
        Files.write(cover, Images.png(200, 300));
        Map<String, byte[]> withOption = EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).set(EpubSettings.COVER, cover.toString()).build()));
        assertArrayEquals(Files.readAllBytes(cover), withOption.get("EPUB/images/image-1.png"));
        String opf = EpubBooks.text(withOption, "EPUB/package.opf");
        assertTrue(opf.contains("id=\"image-1\" href=\"images/image-1.png\" media-type=\"image/png\" properties=\"cover-image\""), opf);
        assertTrue(opf.contains("<itemref idref=\"cover\"/>"));
        assertTrue(EpubBooks.text(withOption, "EPUB/nav.xhtml").contains("epub:type=\"cover\""));

        Map<String, byte[]> fromLead = EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).build()));
        assertTrue(EpubBooks.text(fromLead, "EPUB/cover.xhtml").contains("images/image-1.png"));
        assertTrue(EpubBooks.text(fromLead, "EPUB/package.opf").contains("properties=\"cover-image\""));

        Map<String, byte[]> none = EpubBooks.entries(EpubBooks.write(Articles.english(),
                options(new Outputs.Warnings()).build()));
        assertFalse(none.containsKey("EPUB/cover.xhtml"));
        assertFalse(EpubBooks.text(none, "EPUB/package.opf").contains("cover-image"));
    }

    @Test
    void navigationListsTheHeadingsNested() throws IOException {
        Map<String, byte[]> e = EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).build()));
        String nav = EpubBooks.text(e, "EPUB/nav.xhtml");
        assertTrue(nav.contains("<nav epub:type=\"toc\" id=\"toc\">"));
        assertTrue(nav.contains("<a href=\"content.xhtml#h-1\">العنوان الأول</a>\n<ol>\n<li><a href=\"content.xhtml#h-2\">قسم فرعي</a>"),
                nav);
        assertTrue(nav.contains("<a href=\"content.xhtml#h-4\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">English section</a>"), nav);
        assertTrue(nav.contains("epub:type=\"landmarks\""));
        String ncx = EpubBooks.text(e, "EPUB/toc.ncx");
        assertTrue(ncx.contains("<content src=\"content.xhtml#h-3\"/>"));
        String opf = EpubBooks.text(e, "EPUB/package.opf");
        String uid = opf.substring(opf.indexOf("urn:uuid:"), opf.indexOf("</dc:identifier>"));
        assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"" + uid + "\"/>"));
    }

    @Test
    void unsafeLinksNeverReachTheBook() throws IOException {
        String content = EpubBooks.text(EpubBooks.entries(EpubBooks.write(Articles.everything(),
                options(new Outputs.Warnings()).build())), "EPUB/content.xhtml");
        assertFalse(content.toLowerCase(java.util.Locale.ROOT).contains("javascript"));
        assertTrue(content.contains("href=\"https://example.com/a%20b\""));
        assertTrue(content.contains("href=\"https://example.com/world/other\""), "relative links resolved on the source");
        assertFalse(content.contains("href=\"#section\""), "fragments have nothing to point at in the book");
        assertTrue(content.contains("href=\"mailto:news@example.com\""));
        assertFalse(content.contains("\u0007") || content.contains("\uFFFE") || content.contains("\u0000"));
    }

    @Test
    void fontsAreEmbeddedOnRequest() throws IOException {
        // Fonts come from the project's fonts/ folder, packaged as io/convert/fonts/.
        assumeTrue(getClass().getClassLoader().getResource("io/convert/fonts/Amiri-Regular.ttf") != null,
                "no bundled fonts on the class path");
        Outputs.Warnings warnings = new Outputs.Warnings();
        byte[] epub = EpubBooks.write(Articles.everything(), options(warnings).set(EpubSettings.EMBED_FONTS).build());
        assertValid(epub, "embedded fonts");
        Map<String, byte[]> e = EpubBooks.entries(epub);
        String css = EpubBooks.text(e, "EPUB/style.css");
        List<String> fonts = e.keySet().stream().filter(n -> n.startsWith("EPUB/fonts/")).toList();
        assertFalse(fonts.isEmpty(), warnings.messages.toString());
        for (String font : fonts) {
            assertTrue(css.contains("url(\"" + font.substring("EPUB/".length()) + "\")"), font + " in\n" + css);
        }
        assertTrue(css.contains("@font-face"));
        String arabic = fonts.stream().filter(f -> f.contains("Amiri-Regular")).findFirst().orElseThrow();
        try (var in = getClass().getClassLoader().getResourceAsStream("io/convert/fonts/" + arabic.substring(11))) {
            assertArrayEquals(in.readAllBytes(), e.get(arabic), "Arabic fonts are packaged whole to keep shaping");
        }
        String latin = fonts.stream().filter(f -> f.contains("NotoSerif-Regular")).findFirst().orElseThrow();
        try (var in = getClass().getClassLoader().getResourceAsStream("io/convert/fonts/" + latin.substring(11))) {
            assertTrue(e.get(latin).length * 4 < in.readAllBytes().length, "Latin fonts are subset");
        }
        try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(e.get(latin)))) {
            assertFalse(subset.getTableMap().containsKey("GSUB"), "no layout table left pointing at old glyph ids");
            var cmap = subset.getUnicodeCmapLookup();
            for (char c : "English section This paragraph".toCharArray()) {
                assertTrue(cmap.getGlyphId(c) != 0, "subset keeps '" + c + "'");
            }
        }
        assertTrue(e.containsKey("EPUB/fonts.xhtml"), "licences travel with the fonts");
        assertTrue(EpubBooks.text(e, "EPUB/fonts.xhtml").contains("Open Font License"));
    }
}
