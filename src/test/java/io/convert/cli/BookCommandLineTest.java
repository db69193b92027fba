package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.fixture.EpubValidator;
import io.convert.typeset.Extraction;
import io.convert.writer.WellFormed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Several inputs bound into one book through the real command line: an Arabic scraped text and
 * an English HTML page from examples/, in every built-in format.
 */
class BookCommandLineTest {
    private static final String ARABIC = "examples/article-ar.txt";
    private static final String ENGLISH = "examples/article-en.html";
    private static final String ARABIC_TITLE = "روسيا وأمريكا تبحثان نتائج محادثات إسطنبول";
    private static final String ENGLISH_TITLE = "City library opens a century of local newspapers to the public";
    private static final Map<String, String> FIXED_TIME = Map.of("SOURCE_DATE_EPOCH", "1700000000");

    @TempDir
    Path dir;

    private byte[] book(String format, String... more) throws Exception {
        Path out = dir.resolve("digest." + format);
        List<String> args = new ArrayList<>(List.of(ARABIC, ENGLISH, "--to", format, "-o", out.toString()));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], FIXED_TIME, args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.stderr());
        return Files.readAllBytes(out);
    }

    @Test
    void anEpubBookIsValidWithOneDocumentPerArticleAndAContentsPageListingBoth() throws Exception {
        byte[] epub = book("epub");
        assertEquals(List.of(), EpubValidator.problems(epub, "digest.epub"));
        Map<String, String> files = unzip(epub);
        assertTrue(files.containsKey("EPUB/chapter-1.xhtml") && files.containsKey("EPUB/chapter-2.xhtml"), files.keySet().toString());
        Element chapter1 = WellFormed.parse(files.get("EPUB/chapter-1.xhtml")).getDocumentElement();
        Element chapter2 = WellFormed.parse(files.get("EPUB/chapter-2.xhtml")).getDocumentElement();
        assertEquals("ar", chapter1.getAttribute("lang"));
        assertEquals("rtl", chapter1.getAttribute("dir"));
        assertEquals("en", chapter2.getAttribute("lang"));
        assertEquals("ltr", chapter2.getAttribute("dir"));

        String nav = files.get("EPUB/nav.xhtml");
        assertTrue(nav.contains(ARABIC_TITLE) && nav.contains(ENGLISH_TITLE), nav);
        assertTrue(nav.contains("chapter-2.xhtml#h-"), "the English article's headings are listed under it");
        String ncx = files.get("EPUB/toc.ncx");
        assertTrue(ncx.contains(ARABIC_TITLE) && ncx.contains(ENGLISH_TITLE));
        String opf = files.get("EPUB/package.opf");
        // The contents page is read in the book, after the title page and before the articles.
        assertTrue(opf.indexOf("idref=\"title-page\"") < opf.indexOf("idref=\"nav\"")
                && opf.indexOf("idref=\"nav\"") < opf.indexOf("idref=\"chapter-1\""), opf);
        // The English article holds more text, so the book reads left to right.
        assertTrue(opf.contains("page-progression-direction=\"ltr\""), opf);
    }

    @Test
    void theSpineFollowsTheBooksMainLanguage() throws Exception {
        Path out = dir.resolve("ar.epub");
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], FIXED_TIME, ARABIC, ARABIC, "--book", "--to", "epub",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        byte[] epub = Files.readAllBytes(out);
        assertEquals(List.of(), EpubValidator.problems(epub, "ar.epub"));
        Map<String, String> files = unzip(epub);
        assertTrue(files.get("EPUB/package.opf").contains("page-progression-direction=\"rtl\""));
        // Arabic wording for a book in Arabic: two articles, in the dual.
        assertTrue(files.get("EPUB/title.xhtml").contains("مقالان"), files.get("EPUB/title.xhtml"));
    }

    @Test
    void aPdfBookHasAnOutlineEntryPerArticleAndPageNumbersThroughTheBook() throws Exception {
        byte[] single = Files.readAllBytes(convertOne(ARABIC, "pdf"));
        byte[] singleEn = Files.readAllBytes(convertOne(ENGLISH, "pdf"));
        byte[] pdf = book("pdf");
        try (PDDocument doc = Loader.loadPDF(pdf); PDDocument a = Loader.loadPDF(single);
                PDDocument b = Loader.loadPDF(singleEn)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= a.getNumberOfPages() + b.getNumberOfPages() + 2, pages + " pages");

            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            List<String> titles = top.stream().map(PDOutlineItem::getTitle).toList();
            assertEquals(List.of("Contents", ARABIC_TITLE, ENGLISH_TITLE), titles);
            assertTrue(top.get(1).hasChildren() && top.get(2).hasChildren(), "each article's headings are below it");
            int arabicStart = page(doc, top.get(1));
            int englishStart = page(doc, top.get(2));
            assertTrue(arabicStart >= 3 && englishStart > arabicStart, arabicStart + ", " + englishStart);

            // Every page but the title page and an article's first says its number in the book.
            for (int p = 2; p <= pages; p++) {
                if (p == arabicStart || p == englishStart) continue;
                String text = pageText(doc, p);
                assertTrue(text.contains(p + " of " + pages) || text.contains("صفحة"), "page " + p + ": " + text);
            }
            String contents = pageText(doc, 2);
            assertTrue(contents.contains(Integer.toString(englishStart)), contents);
            // Each entry leads to its article's first page; the leaders are drawn, not text.
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation link : doc.getPage(1).getAnnotations()) {
                PDActionGoTo go = (PDActionGoTo) ((PDAnnotationLink) link).getAction();
                targets.add(doc.getPages().indexOf(((PDPageDestination) go.getDestination()).getPage()) + 1);
            }
            assertEquals(List.of(arabicStart, englishStart), targets);
            assertFalse(contents.contains(".."), contents);

            // Each article is an Art element in its own language.
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            List<String> parts = new ArrayList<>();
            for (Object kid : document.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    parts.add(e.getStructureType() + (e.getLanguage() == null ? "" : "@" + e.getLanguage()));
                }
            }
            assertEquals(List.of("Sect", "Sect", "Art@ar", "Art"), parts, "the book is in English, as its catalog says");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }

        String text = Extraction.pdftotext(pdf);
        assumeTrue(text != null, "pdftotext is not installed");
        String words = String.join(" ", Extraction.words(text));
        assertTrue(words.contains(ARABIC_TITLE), "the Arabic title reads in logical order");
        assertTrue(words.contains("bound volumes that had not left the basement"), "the English text is there");
    }

    @Test
    void aMarkdownBookReParsesWithEachArticleUnderATopLevelHeading() throws Exception {
        String md = new String(book("md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("---\n"), md);
        String front = md.substring(0, md.indexOf("\n---\n", 4));
        assertTrue(front.contains("languages:") && front.contains("'ar'") && front.contains("'en'"), front);
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build()
                .parse(md.substring(front.length() + 5));
        List<String> top = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) top.add(text(h));
        }
        assertEquals(List.of(ARABIC_TITLE, ENGLISH_TITLE), top);
    }

    @Test
    void aJsonBookHoldsEachArticleAsTheSingleArticleJsonWritesIt() throws Exception {
        JsonNode book = new ObjectMapper().readTree(book("json", "--title", "Morning digest"));
        assertEquals("Morning digest", book.get("title").asText());
        assertEquals(2, book.get("articles").size());
        JsonNode alone = new ObjectMapper().readTree(Files.readAllBytes(convertOne(ENGLISH, "json")));
        assertEquals(alone, book.get("articles").get(1));
        assertEquals("ar", book.get("articles").get(0).get("lang").asText());
    }

    @Test
    void anHtmlBookIsWellFormedWithAContentsListAndIdsUniqueAcrossArticles() throws Exception {
        String html = new String(book("html"), StandardCharsets.UTF_8);
        org.w3c.dom.Document page = WellFormed.parse(html);
        NodeList all = page.getElementsByTagName("*");
        Set<String> ids = new HashSet<>();
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) assertTrue(ids.add(e.getAttribute("id")), "id used twice: " + e.getAttribute("id"));
            if (e.getTagName().equals("a") && e.getAttribute("href").startsWith("#")) hrefs.add(e.getAttribute("href"));
        }
        assertEquals(List.of("#a1", "#a2"), hrefs);
        NodeList articles = page.getElementsByTagName("article");
        assertEquals(2, articles.getLength());
        assertEquals("rtl", ((Element) articles.item(0)).getAttribute("dir"));
        assertEquals("ltr", ((Element) articles.item(1)).getAttribute("dir"));
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("a1-h-")) && ids.stream().anyMatch(id -> id.startsWith("a2-h-")),
                ids.toString());
        NodeList images = page.getElementsByTagName("img");
        assertEquals(2, images.getLength(), "the English article's two pictures");
        for (int i = 0; i < images.getLength(); i++) {
            String src = ((Element) images.item(i)).getAttribute("src");
            assertTrue(src.startsWith("data:image/jpeg;base64,"), "read through the article's own loader: " + src);
        }
    }

    @Test
    void aTextBookListsTheArticlesThenSeparatesThem() throws Exception {
        String text = new String(book("txt"), StandardCharsets.UTF_8);
        int contents = text.indexOf("Contents");
        assertTrue(contents >= 0 && text.indexOf("1. " + ARABIC_TITLE) > contents
                && text.indexOf("2. " + ENGLISH_TITLE) > contents, text);
        assertEquals(2, text.split("\n={40}\n", -1).length - 1, "one rule before each article");
    }

    @Test
    void aFailedInputIsLeftOutAndTheBookWrittenFromTheOthers() throws Exception {
        Path out = dir.resolve("digest.md");
        CliRunner.Result r = CliRunner.run(ARABIC, "no-such-file.html", ENGLISH, "--to", "md", "-o", out.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("no-such-file.html"), r.stderr());
        String md = Files.readString(out);
        assertTrue(md.contains("# " + ARABIC_TITLE) && md.contains("# " + ENGLISH_TITLE), md);
    }

    @Test
    void withNoArticleLeftNothingIsWritten() {
        Path out = dir.resolve("digest.pdf");
        CliRunner.Result r = CliRunner.run("missing-1.html", "missing-2.txt", "--to", "pdf", "-o", out.toString());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
        assertTrue(r.stderr().contains("nothing written"), r.stderr());
    }

    @Test
    void bookToStandardOutputAndAFormatThatCannotBindBooks() throws Exception {
        CliRunner.Result r = CliRunner.run(ARABIC, ENGLISH, "--book", "--to", "txt", "-o", "-", "--title", "Two stories");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.out().startsWith("Two stories\n2 articles"), r.out());

        Path out = dir.resolve("shout.txt");
        CliRunner.Result refused = CliRunner.run(ARABIC, ENGLISH, "--to", "shout", "-o", out.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.stderr().contains("cannot bind several articles"), refused.stderr());
        assertFalse(Files.exists(out));
    }

    private Path convertOne(String input, String format) {
        Path out = dir.resolve(Path.of(input).getFileName() + "." + format);
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], FIXED_TIME, input, "--to", format, "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        return out;
    }

    private static int page(PDDocument doc, PDOutlineItem item) throws Exception {
        PDPage page = ((PDPageDestination) item.getDestination()).getPage();
        return doc.getPages().indexOf(page) + 1;
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) out.append(t.getLiteral());
            else out.append(text(n));
        }
        return out.toString();
    }

    private static Map<String, String> unzip(byte[] epub) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
