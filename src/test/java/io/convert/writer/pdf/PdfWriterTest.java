package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.convert.Formats;
import io.convert.fixture.Articles;
import io.convert.fixture.Images;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Image;
import io.convert.model.Language;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.spi.ArticleWriter;
import io.convert.spi.ConvertException;
import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {
    private static final Instant WHEN = Instant.parse("2025-06-01T12:00:00Z");
    /** One writer for most tests, as for a converter's many documents: its fonts load once. */
    private static final PdfWriter WRITER = new PdfWriter();

    @TempDir
    static Path images;

    @BeforeAll
    static void pictures() throws IOException {
        Images.writeFiles(images);
    }

    private static byte[] pdf(Article article, WriteOptions options) throws IOException {
        return pdf(WRITER, article, options);
    }

    private static byte[] pdf(PdfWriter writer, Article article, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article, out, options);
        return out.toByteArray();
    }

    private static WriteOptions.Builder options(Diagnostics diagnostics) {
        return WriteOptions.builder().resources(Outputs.resources(images)).diagnostics(diagnostics).timestamp(WHEN);
    }

    /**
     * The outline the headings should give, as "depth title": a heading's parent is the nearest
     * heading before it with a lower level.
     */
    static List<String> headings(Article article) {
        List<Block.Heading> all = new ArrayList<>();
        for (Block b : article.blocks()) {
            if (b instanceof Block.Heading h) all.add(h);
        }
        List<String> out = new ArrayList<>();
        int[] depth = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int parent = i - 1;
            while (parent >= 0 && all.get(parent).level() >= all.get(i).level()) parent--;
            depth[i] = parent < 0 ? 1 : depth[parent] + 1;
            out.add(depth[i] + " " + PlainText.of(all.get(i).content()).strip());
        }
        return out;
    }

    /** What every produced document must satisfy, whatever its language. */
    private static void assertSound(PdfInspector pdf, Article article) throws IOException {
        assertEquals(List.of(), pdf.fontProblems());
        assertEquals(List.of(), pdf.textOutsidePage());
        PDDocumentInformation info = pdf.doc.getDocumentInformation();
        Metadata m = article.metadata();
        assertEquals(m.title(), info.getTitle());
        assertEquals(String.join(", ", m.authors()), info.getAuthor());
        assertEquals("convert", info.getProducer());
        Calendar created = info.getCreationDate();
        assertEquals(WHEN.toEpochMilli(), created.getTimeInMillis());
        assertEquals(m.language(), pdf.doc.getDocumentCatalog().getLanguage());
        assertTrue(pdf.doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        try (var xmp = pdf.doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var dom = factory.newDocumentBuilder().parse(xmp);
            var titles = dom.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title");
            assertEquals(m.title(), titles.item(0).getTextContent());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("XMP is not well-formed XML", e);
        }
    }

    /**
     * A fresh writer has loaded no font, so its preparation really races the write for the same
     * faces; and a write after preparation shows that preparing changed nothing either.
     */
    @Test
    void preparingOnAnotherThreadWhileWritingChangesNoByte() throws Exception {
        Article article = Articles.arabicNews();
        byte[] alone = pdf(article, options(Diagnostics.IGNORE).build());
        PdfWriter writer = new PdfWriter();
        Thread preparing = new Thread(writer::prepare);
        preparing.start();
        byte[] racing = pdf(writer, article, options(Diagnostics.IGNORE).build());
        preparing.join();
        assertArrayEquals(alone, racing);
        assertArrayEquals(alone, pdf(writer, article, options(Diagnostics.IGNORE).build()));
    }

    @Test
    void arabicArticleIsAnRtlDocumentWithEverythingInIt() throws IOException {
        Article article = Articles.arabicNews();
        Outputs.Warnings warnings = new Outputs.Warnings();
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(warnings).build()))) {
            assertEquals(List.of(), warnings.messages);
            assertSound(pdf, article);
            assertTrue(pdf.pages() >= 1 && pdf.pages() <= 4, "pages: " + pdf.pages());
            PDDocumentInformation info = pdf.doc.getDocumentInformation();
            assertEquals("ملخص المحادثات بين روسيا والولايات المتحدة", info.getSubject());
            assertEquals("روسيا, أمريكا", info.getKeywords());
            PDViewerPreferences prefs = pdf.doc.getDocumentCatalog().getViewerPreferences();
            assertEquals(PDViewerPreferences.READING_DIRECTION.R2L.toString(), prefs.getReadingDirection());
            assertEquals(headings(article), pdf.outline());
            assertEquals(2, pdf.images());
            assertEquals(Set.of("https://example.org/ar/news/123", "https://example.org/rubio"), pdf.linkTargets());
            // An RTL table puts its first column on the right.
            assertTrue(pdf.xOf("Alpha") > pdf.xOf("Beta"), pdf.xOf("Alpha") + " vs " + pdf.xOf("Beta"));
            String text = pdf.text();
            for (String expected : List.of("System.out.println", "The ceasefire talks continued", "Reuters")) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
        }
    }

    @Test
    void englishArticleIsAnLtrDocumentWithEverythingInIt() throws IOException {
        Article article = Articles.englishReport();
        Outputs.Warnings warnings = new Outputs.Warnings();
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(warnings).build()))) {
            assertEquals(List.of(), warnings.messages);
            assertSound(pdf, article);
            assertTrue(pdf.pages() >= 1 && pdf.pages() <= 4, "pages: " + pdf.pages());
            assertFalse(pdf.doc.getDocumentCatalog().getViewerPreferences().getCOSObject()
                    .containsKey(org.apache.pdfbox.cos.COSName.DIRECTION));
            assertEquals(headings(article), pdf.outline());
            assertEquals(2, pdf.images());
            // The fragment link goes nowhere in a PDF, so it is not an annotation.
            assertEquals(Set.of("https://example.com/rivers", "https://example.com/team", "https://example.com/data"),
                    pdf.linkTargets());
            assertTrue(pdf.xOf("Alpha") < pdf.xOf("Beta"));
            String text = pdf.text();
            for (String expected : List.of("Rivers of the North", "Ann Example and Bob Sample", "May 17, 2025",
                    "faster than expected", "East channel", "a ferry operator", "Flow at the delta", "Survey data",
                    "print(site.flow)", "yyyyyyyy")) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
        }
    }

    @Test
    void linkNotesListEveryExternalTargetOnceAtTheEnd() throws IOException {
        Article article = Articles.englishReport();
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(Diagnostics.IGNORE).set(PdfSettings.LINK_NOTES).build()))) {
            String last = pdf.text(pdf.pages());
            assertTrue(last.contains("Links"), last);
            int team = last.indexOf("1. https://example.com/team");
            int data = last.indexOf("2. https://example.com/data");
            assertTrue(team >= 0 && data > team, last);
            assertEquals(headings(article), pdf.outline());
        }
    }

    @Test
    void imagesThatCannotBeLoadedAreLeftOutWithOneWarningEachAndTheirCaptionsStay() throws IOException {
        Files.write(images.resolve("corrupt.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        Path huge = images.resolve("huge.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1200, 1000,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png", huge.toFile());
        List<Block> blocks = new ArrayList<>();
        for (String source : List.of("missing.png", "corrupt.png", "huge.png", "https://example.org/x.png",
                Images.JPEG)) {
            blocks.add(new Block.Figure(new Image(source, ""), Articles.text("Caption of " + source), null,
                    Language.INHERIT));
        }
        Article article = new Article(Metadata.builder().title("Pictures").language("en").build(), blocks);
        Outputs.Warnings warnings = new Outputs.Warnings();
        WriteOptions options = options(warnings).limits(new Limits(1 << 20, 512, 100_000, 1_000_000, 1000, 1_000_000)).build();
        try (PdfInspector pdf = new PdfInspector(pdf(article, options))) {
            assertEquals(4, warnings.messages.size(), warnings.messages.toString());
            for (String w : warnings.messages) assertFalse(w.contains("\n"), w);
            assertTrue(warnings.messages.get(2).contains("1200×1000"), warnings.messages.get(2));
            assertEquals(1, pdf.images());
            String text = pdf.text();
            for (Block b : blocks) {
                String caption = PlainText.of(b);
                assertTrue(text.contains(caption), caption + " missing");
            }
        }
    }

    @Test
    void aLongArticlePaginatesWithRunningHeadsKeptHeadingsAndRepeatedTableHeaders() throws IOException {
        Article article = Articles.longEnglish(40);
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(Diagnostics.IGNORE).build()))) {
            assertSound(pdf, article);
            assertTrue(pdf.pages() >= 30 && pdf.pages() <= 60, "pages: " + pdf.pages());
            assertEquals(headings(article), pdf.outline());
            assertEquals(1, pdf.images());
            int n = pdf.pages();
            assertFalse(pdf.text(1).contains("Page 1 of"));
            int tablePages = 0;
            for (int p = 2; p <= n; p++) {
                String page = pdf.text(p);
                assertTrue(page.contains("Page " + p + " of " + n), "footer on page " + p);
                assertTrue(page.contains("A Very Long Report"), "header on page " + p);
                // The last body line of a page is never a heading.
                List<String> lines = page.lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Page ")).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(last.matches("(Section|Notes on section) \\d+"), "page " + p + " ends with " + last);
                if (page.contains("Quantity")) {
                    tablePages++;
                    assertTrue(page.contains("Measured"), "table header repeated on page " + p);
                }
            }
            assertTrue(tablePages >= 2, "the table spans pages");
        }
    }

    @Test
    void pageSizeAndDirectionShapeThePages() throws IOException {
        byte[] a5 = pdf(Articles.englishReport(), options(Diagnostics.IGNORE).set(PdfSettings.PAGE_SIZE, "A5").build());
        byte[] letter = pdf(Articles.englishReport(), options(Diagnostics.IGNORE).set(PdfSettings.PAGE_SIZE, "Letter").build());
        try (PdfInspector small = new PdfInspector(a5); PdfInspector us = new PdfInspector(letter)) {
            assertEquals(419.53f, small.doc.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(792f, us.doc.getPage(0).getMediaBox().getHeight(), 0.01f);
            assertTrue(small.pages() > us.pages());
            assertEquals(List.of(), small.textOutsidePage());
        }
        // Checked before anything is read or written, naming the setting.
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> options(Diagnostics.IGNORE).set(PdfSettings.PAGE_SIZE, "huge").build().check(new PdfWriter()));
        assertTrue(huge.getMessage().startsWith("--page-size: unknown page size 'huge'"), huge.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> options(Diagnostics.IGNORE).set(PdfSettings.JUSTIFY, "ragged").build().check(new PdfWriter()));
        assertTrue(ragged.getMessage().startsWith("--justify: unknown justification"), ragged.getMessage());
    }

    @Test
    void outputIsReproducibleForAFixedTimestampAndTheStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new PdfWriter().write(Articles.arabicNews(), out, options(Diagnostics.IGNORE).build());
        assertFalse(closed[0]);
        assertEquals(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(pdf(Articles.arabicNews(), options(Diagnostics.IGNORE).build()),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
        assertNotEquals(0, out.size());
    }

    @Test
    void qpdfFindsNoStructuralErrors() throws Exception {
        List<byte[]> files = List.of(pdf(Articles.arabicNews(), options(Diagnostics.IGNORE).build()),
                pdf(Articles.englishReport(), options(Diagnostics.IGNORE).set(PdfSettings.LINK_NOTES).build()),
                pdf(Articles.longEnglish(8), options(Diagnostics.IGNORE).build()));
        for (byte[] file : files) {
            String verdict = PdfInspector.qpdfCheck(file);
            assumeTrue(verdict != null, "qpdf is not installed");
            assertTrue(verdict.startsWith("ok") && !verdict.contains("WARNING"), verdict);
        }
    }

    @Test
    void anEmptyArticleIsOneBlankPage() throws IOException {
        try (PdfInspector pdf = new PdfInspector(pdf(new Article(Metadata.EMPTY, List.of()),
                options(Diagnostics.IGNORE).build()))) {
            assertEquals(1, pdf.pages());
            assertEquals("", pdf.text().strip());
        }
    }

    @Test
    void theLeadImageIsNotRepeatedWhenTheBodyShowsIt() throws IOException {
        Image lead = new Image(Images.PNG, "");
        Metadata m = Metadata.builder().title("Lead").language("en")
                .leadImage(new Metadata.LeadImage(lead, Articles.text("Lead caption"), null)).build();
        Block.Figure same = new Block.Figure(lead, Articles.text("Body caption"), null, Language.INHERIT);
        Block.Figure other = new Block.Figure(new Image(Images.JPEG, ""), Articles.text("Body caption"),
                null, Language.INHERIT);
        try (PdfInspector shown = new PdfInspector(pdf(new Article(m, List.of(same)), options(Diagnostics.IGNORE).build()));
                PdfInspector both = new PdfInspector(pdf(new Article(m, List.of(other)),
                        options(Diagnostics.IGNORE).build()))) {
            assertFalse(shown.text().contains("Lead caption"));
            assertTrue(both.text().contains("Lead caption"));
            assertEquals(2, both.images());
        }
    }

    @Test
    void hostileShapesStayOnThePageAndNothingOfAWideTableIsCut() throws IOException {
        Block deepQuote = new Block.Paragraph(Articles.text("deep inside"));
        Block deepList = new Block.Paragraph(Articles.text("deep item"));
        for (int i = 0; i < 60; i++) {
            deepQuote = new Block.Quote(List.of(deepQuote), List.of(), Language.INHERIT);
            deepList = new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(deepList))), Language.INHERIT);
        }
        List<Block.Cell> head = new ArrayList<>(), body = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            head.add(new Block.Cell(Articles.text("h" + c), true, 1, 1));
            body.add(new Block.Cell(Articles.text(Integer.toString(c * 7)), false, 1, 1));
        }
        Block wide = new Block.Table(List.of(new Block.Row(head)), List.of(new Block.Row(body),
                new Block.Row(List.of(new Block.Cell(Articles.text("spans"), false, 1_000_000, 1_000_000)))),
                List.of(), Language.INHERIT);
        Block noSpaces = new Block.Paragraph(Articles.text("x".repeat(30_000)));
        Article article = new Article(Metadata.builder().title("Hostile").language("en").build(),
                List.of(deepQuote, deepList, wide, noSpaces));
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(Diagnostics.IGNORE).build()))) {
            assertEquals(List.of(), pdf.textOutsidePage());
            String text = pdf.text();
            for (int c = 0; c < 60; c++) assertTrue(text.contains("h" + c), "column " + c);
            assertTrue(text.contains("deep inside") && text.contains("deep item") && text.contains("spans"));
            assertEquals(30_000, text.chars().filter(ch -> ch == 'x').count());
        }
    }

    @Test
    void aTableWhoseWordsDoNotFitSideBySideIsSetInGroupsWithItsRowLabelsRepeated() throws IOException {
        // Eight column headings, each one unbreakable piece (words joined by no-break spaces),
        // together half as wide again as the measure: scaled down to fit, every one of them broke.
        List<String> headings = List.of("Internationalisation", "Accessibility\u00A0review", "Documentation",
                "Implementation\u00A0draft", "Implementation\u00A0review", "Benchmarking", "Standardisation",
                "Localisation\u00A0approval");
        List<Block.Cell> head = new ArrayList<>(List.of(new Block.Cell(Articles.text(""), false, 1, 1)));
        for (String h : headings) head.add(new Block.Cell(Articles.text(h), false, 1, 1));
        List<Block.Row> rows = new ArrayList<>(List.of(new Block.Row(head)));
        for (String label : List.of("Maps", "Saves", "Sounds")) {
            List<Block.Cell> cells = new ArrayList<>(List.of(new Block.Cell(Articles.text(label), false, 1, 1)));
            for (int c = 0; c < headings.size(); c++) cells.add(new Block.Cell(Articles.text("yes"), false, 1, 1));
            rows.add(new Block.Row(cells));
        }
        Article article = new Article(Metadata.builder().title("Progress").language("en").build(),
                List.of(new Block.Table(List.of(), rows, List.of(), Language.INHERIT)));
        try (PdfInspector pdf = new PdfInspector(pdf(article, options(Diagnostics.IGNORE).build()))) {
            String text = pdf.text().replace('\u00A0', ' ');
            for (String h : headings) assertTrue(text.contains(h.replace('\u00A0', ' ')), h + " in one piece");
            for (String label : List.of("Maps", "Saves", "Sounds")) {
                assertEquals(2, text.split(label, -1).length - 1, label + " labels its row in both groups");
            }
        }
    }

    @Test
    void aTablesFirstRowIsNeverLeftAloneAtAPageFootNorItsLastAloneAtTheTop() throws IOException {
        List<Block.Row> rows = new ArrayList<>();
        for (String label : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
            rows.add(new Block.Row(List.of(new Block.Cell(Articles.text(label + "row"), false, 1, 1),
                    new Block.Cell(Articles.text("value"), false, 1, 1))));
        }
        Block table = new Block.Table(List.of(), rows, List.of(), Language.INHERIT);
        // Filler of every length over a page, so that some place the table across a page break.
        for (int lines = 30; lines <= 60; lines++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < lines; i++) blocks.add(new Block.Paragraph(Articles.text("Filler line " + i + ".")));
            blocks.add(table);
            Article article = new Article(Metadata.builder().title("Rows").language("en").build(), blocks);
            try (PdfInspector pdf = new PdfInspector(pdf(article, options(Diagnostics.IGNORE).build()))) {
                for (int page = 1; page <= pdf.pages(); page++) {
                    String text = pdf.text(page);
                    assertEquals(text.contains("Alpharow"), text.contains("Bravorow"), lines + " lines, page " + page);
                    assertEquals(text.contains("Deltarow"), text.contains("Charlierow"), lines + " lines, page " + page);
                }
            }
        }
    }

    @Test
    void theWriterIsRegisteredAsABinaryFormat() {
        ArticleWriter writer = Formats.discover().writer("pdf").orElseThrow();
        assertTrue(writer instanceof PdfWriter);
        assertTrue(writer.binary());
        assertEquals("pdf", writer.extension());
    }
}
