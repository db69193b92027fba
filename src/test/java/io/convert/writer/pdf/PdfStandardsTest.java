package io.convert.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Articles;
import io.convert.fixture.Examples;
import io.convert.fixture.Images;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Book;
import io.convert.model.Metadata;
import io.convert.spi.Diagnostics;
import io.convert.spi.WriteOptions;
import io.convert.typeset.Extraction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** What the default PDF claims (PDF/UA-1 and PDF/A-2a), checked by veraPDF and read back as a screen reader would. */
class PdfStandardsTest {
    private static final PdfWriter WRITER = new PdfWriter();
    @TempDir
    static Path images;

    @BeforeAll
    static void pictures() throws IOException {
        Images.writeFiles(images);
    }

    private static WriteOptions.Builder options() {
        return WriteOptions.builder().resources(Outputs.resources(images)).diagnostics(Diagnostics.IGNORE)
                .timestamp(Instant.parse("2025-06-01T00:00:00Z"));
    }

    private static byte[] pdf(Article article, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(article, out, options);
        return out.toByteArray();
    }

    private static byte[] book(Book book, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeBook(book, out, options);
        return out.toByteArray();
    }

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String name : List.of("article-ar.txt", "article-ar.html", "article-en.html")) {
            Path file = Path.of("examples", name).toAbsolutePath();
            all.add(Arguments.of(name, pdf(Examples.read(file), exampleOptions(file).build())));
        }
        // the seed kashida-justified: a kashida between letters whose marks lie in reach is anchored
        Path seed = Path.of("examples", "article-ar.txt").toAbsolutePath();
        all.add(Arguments.of("article-ar.txt, kashida",
                pdf(Examples.read(seed), exampleOptions(seed).set(PdfSettings.JUSTIFY, "kashida").build())));
        all.add(Arguments.of("a book: Arabic and English articles, contents, a Part per article",
                book(Book.of(null, List.of(Articles.arabicNews(), Articles.englishReport(), Articles.mixed())),
                        options().build())));
        all.add(Arguments.of("mixed Arabic and English, nested lists, spans, link notes, kashida",
                pdf(Articles.mixed(), options().set(PdfSettings.LINK_NOTES)
                        .set(PdfSettings.JUSTIFY, "kashida").build())));
        all.add(Arguments.of("Arabic news with figures and a table", pdf(Articles.arabicNews(), options().build())));
        all.add(Arguments.of("English report with figures and links", pdf(Articles.englishReport(), options().build())));
        all.add(Arguments.of("long article: table headers repeated on new pages",
                pdf(Articles.longEnglish(12), options().build())));
        return all.stream();
    }

    private static WriteOptions.Builder exampleOptions(Path file) {
        return WriteOptions.builder().resources(Outputs.resources(file.getParent())).diagnostics(Diagnostics.IGNORE)
                .timestamp(Instant.parse("2025-06-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void veraPdfFindsNothing(String name, byte[] pdf) throws Exception {
        assertEquals(Map.of(), VeraPdf.claimedFailures(pdf), name);
    }

    /**
     * Issue 15: every glyph maps to text (PDF/UA 7.21.7, PDF/A 6.2.11.7.2), also those whose text
     * rides on another glyph: marks (قتلًا), lam-alef (لافروف), a mark handed on to the next letter
     * (مُسيرة), kashidas; and the text still reads back, each word once.
     */
    @Test
    void everyGlyphMapsToTextAndTheTextReadsBackOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("marks.txt");
        String body = "قتلت طائرة روسية مُسيرة تسعة ركاب، قائلًا \"كان هذا قتلًا متعمدًا\" وأشار لافروف إلى المحادثات الروسية الأوكرانية شكرًا";
        Files.writeString(file, "روسيا وأمريكا تبحثان نتائج محادثات إسطنبول\n\n" + body + "\n");
        for (String justify : List.of("inter-word", "kashida")) {
            byte[] bytes = pdf(Examples.read(file), options().set(PdfSettings.JUSTIFY, justify).build());
            assertEquals(Map.of(), VeraPdf.claimedFailures(bytes), justify);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                String text = " " + stripper.getText(doc).replaceAll("[\u200e\u200f\"،]", "").replaceAll("\\s+", " ") + " ";
                for (String word : List.of("مُسيرة", "قائلًا", "قتلًا", "لافروف", "المحادثات", "شكرًا")) {
                    assertEquals(text.indexOf(" " + word + " "), text.lastIndexOf(" " + word + " "), justify + ": " + word + " once in " + text);
                    assertTrue(text.contains(" " + word + " "), justify + ": " + word + " in " + text);
                }
            }
        }
    }

    /**
     * Issue 15: fully vowelled text maps every glyph to text too. Marks crowd its lines, and the
     * spaces travel in clusters with the marks before them, so most marks and letters drawn in
     * pass 2 can reach no space edge; each gets an invisible anchor on its origin instead
     * (GlyphWriter.writeAnchors). In the basmala no space edge is left on the line at all, and
     * its marks, which have no advance, must be given a width to be dropped as the anchors'
     * repeats. The words still read back with both tools.
     */
    @Test
    void vowelledTextMapsEveryGlyphToTextAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vowelled.txt");
        String body = "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ صَبَاحًا، وَقَرَأَ كِتَابًا جَدِيدًا عَنْ تَارِيخِ المُدُنِ العَرَبِيَّةِ القَدِيمَةِ، "
                + "ثُمَّ كَتَبَ رِسَالَةً طَوِيلَةً إِلَى صَدِيقِهِ الَّذِي يَسْكُنُ فِي مَدِينَةٍ بَعِيدَةٍ عَلَى شَاطِئِ البَحْرِ. ";
        String basmala = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ";
        Files.writeString(file, "قِصَّةٌ قَصِيرَةٌ\n\n" + basmala + "\n\n" + body.repeat(3).strip() + "\n");
        for (String justify : List.of("inter-word", "kashida")) {
            byte[] bytes = pdf(Examples.read(file), options().set(PdfSettings.JUSTIFY, justify).build());
            assertEquals(Map.of(), VeraPdf.claimedFailures(bytes), justify);
            String source = basmala + " " + body.repeat(3);
            String pdfbox = Extraction.pdfbox(bytes);
            assertEquals(1.0, Extraction.recall(source, pdfbox), 0.0, justify + ", PDFBox: " + Extraction.missing(source, pdfbox));
            // upside down, a line's anchors come out after the text as a line of spaces or two
            // (marks raised or lowered make the second), not as a line each (61 for 5 of text)
            List<String> lines = pdfbox.lines().toList();
            long blank = lines.stream().filter(String::isBlank).count();
            assertTrue(blank <= 2 * (lines.size() - blank), justify + ": " + blank + " lines of spaces for " + (lines.size() - blank) + " of text");
            String poppler = Extraction.pdftotext(bytes);
            if (poppler != null) {
                assertEquals(1.0, Extraction.recall(source, poppler), 0.0, justify + ", pdftotext: " + Extraction.missing(source, poppler));
            }
        }
    }

    @Test
    void theStructureTreeReadsTheArticleInOrderWithItsLanguages() throws IOException {
        byte[] bytes = pdf(Articles.mixed(), options().set(PdfSettings.LINK_NOTES).build());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("ar", catalog.getLanguage());
            PDStructureElement document = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", document.getStructureType());
            List<String> top = new ArrayList<>();
            for (PDStructureElement e : children(document)) {
                top.add(e.getStructureType() + (e.getLanguage() == null ? "" : "@" + e.getLanguage()));
            }
            // Title, subtitle, byline, source; the lead image, missing here, leaves its caption;
            // the English paragraph says it is English; the missing figure leaves its caption too.
            assertEquals(List.of("H1", "P", "P", "P", "P", "P", "H2", "P", "P@en", "BlockQuote", "L", "L", "P",
                    "P", "Table", "Code@en", "P", "H3", "H2", "L"), top);

            PDStructureElement list = children(document).get(10);
            PDStructureElement second = children(list).get(1);
            assertEquals(List.of("Lbl", "LBody"), roles(second));
            PDStructureElement nested = children(children(second).get(1)).get(1);
            assertEquals("L", nested.getStructureType());
            PDStructureElement english = children(children(children(nested).get(1)).get(1)).get(1);
            assertEquals("en", english.getLanguage(), "the English list inside the Arabic one");

            PDStructureElement table = children(document).get(14);
            assertEquals(List.of("Caption", "THead", "TBody"), roles(table));
            PDStructureElement headerRow = children(children(table).get(1)).get(0);
            assertEquals(List.of("TH", "TH", "TH"), roles(headerRow));
            PDTableAttributeObject scope = (PDTableAttributeObject) children(headerRow).get(0).getAttributes()
                    .getObject(0);
            assertEquals("Column", scope.getScope());
            PDStructureElement spanning = children(children(children(table).get(2)).get(1)).get(0);
            assertEquals(2, ((PDTableAttributeObject) spanning.getAttributes().getObject(0)).getColSpan());

            // The link notes: a list whose bodies are Notes, each with its own identifier.
            PDStructureElement notes = children(document).get(19);
            List<String> ids = new ArrayList<>();
            for (PDStructureElement item : children(notes)) {
                PDStructureElement note = children(children(item).get(1)).get(0);
                assertEquals("Note", note.getStructureType());
                ids.add(note.getElementIdentifier());
            }
            assertFalse(ids.isEmpty());
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
            assertFalse(ids.contains(null), ids.toString());
        }
    }

    @Test
    void figuresAreReadAsTheirAltTextAndLinksAreTagged() throws IOException {
        byte[] bytes = pdf(Articles.englishReport(), options().build());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            List<PDStructureElement> figures = all.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertEquals(2, figures.size());
            for (PDStructureElement f : figures) {
                assertNotNull(f.getAlternateDescription());
                assertFalse(f.getAlternateDescription().isBlank());
                // Where the figure is: a Layout BBox inside its page.
                var layout = (org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject)
                        f.getAttributes().getObject(0);
                var box = layout.getBBox();
                var page = f.getPage().getMediaBox();
                assertTrue(box.getWidth() > 10 && box.getHeight() > 10, box.toString());
                assertTrue(box.getLowerLeftX() >= 0 && box.getUpperRightX() <= page.getWidth()
                        && box.getLowerLeftY() >= 0 && box.getUpperRightY() <= page.getHeight(), box.toString());
            }
            long links = all.stream().filter(e -> e.getStructureType().equals("Link")).count();
            long annotations = 0;
            for (var page : doc.getPages()) annotations += page.getAnnotations().size();
            assertEquals(annotations, links, "one Link element per link annotation");
        }
    }

    @Test
    void noneIsTheUntaggedPdfAndA2uClaimsLevelUWithoutTags() throws Exception {
        byte[] none = pdf(Articles.arabicNews(), options().set(PdfSettings.STANDARD, "none").build());
        try (PDDocument doc = Loader.loadPDF(none)) {
            assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
            assertTrue(doc.getDocumentCatalog().getOutputIntents().isEmpty());
        }
        byte[] a2u = pdf(Articles.arabicNews(), options().set(PdfSettings.STANDARD, "a-2u").build());
        try (PDDocument doc = Loader.loadPDF(a2u)) {
            assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size());
        }
        assertEquals(Map.of(), VeraPdf.failures(a2u, PDFAFlavour.PDFA_2_U));
    }

    /**
     * What real pages bring that written fixtures did not (found on the readability corpus): no
     * title, a language nobody can tell, headings numbered with gaps, characters no bundled font
     * has, a byte-order mark inside the text. The PDF still passes both profiles: its title is
     * the stand-in EPUB and HTML use, its language "und", its heading ranks close up, the missing
     * characters are boxes that copy back as themselves, the mark maps to WORD JOINER.
     */
    @Test
    void pageBorneOddsStillPassBothProfiles() throws Exception {
        Article article = new Article(Metadata.builder().build(), List.of(
                Articles.paragraph("Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
                new Block.Heading(2, Articles.text("Lorem ipsum")),
                Articles.paragraph("Sed do eiusmod tempor incididunt ut labore."),
                new Block.Heading(4, Articles.text("Dolor sit")),
                Articles.paragraph("Ut enim ad minim veniam \u4E00\u4E07 quis\uFEFF nostrud.")));
        byte[] bytes = pdf(article, options().build());
        for (PDFAFlavour profile : List.of(VeraPdf.UA1, VeraPdf.A2A)) {
            assertEquals(Map.of(), VeraPdf.failures(bytes, profile), profile.getId());
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals("und", doc.getDocumentCatalog().getLanguage());
            assertEquals("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", doc.getDocumentInformation().getTitle());
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertEquals(List.of("H1", "H2"), all.stream().map(PDStructureElement::getStructureType)
                    .filter(t -> t.matches("H\\d")).toList());
            assertTrue(new PDFTextStripper().getText(doc).contains("\u4E00\u4E07"), "missing characters copy back");
        }
    }

    @Test
    void a3aIsTaggedAndPassesPdfA3A() throws Exception {
        byte[] a3a = pdf(Articles.arabicNews(), options().set(PdfSettings.STANDARD, "a-3a").build());
        try (PDDocument doc = Loader.loadPDF(a3a)) {
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
        }
        assertEquals(Map.of(), VeraPdf.failures(a3a, PDFAFlavour.PDFA_3_A));
    }

    private static List<PDStructureElement> children(PDStructureNode node) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) out.add(e);
        }
        return out;
    }

    private static List<String> roles(PDStructureNode node) {
        return children(node).stream().map(PDStructureElement::getStructureType).toList();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (PDStructureElement e : children(node)) {
            out.add(e);
            collect(e, out);
        }
    }
}
