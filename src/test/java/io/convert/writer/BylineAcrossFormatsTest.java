package io.convert.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import io.convert.spi.ArticleWriter;
import io.convert.spi.WriteOptions;
import io.convert.writer.epub.EpubWriter;
import io.convert.writer.html.HtmlWriter;
import io.convert.writer.pdf.PdfWriter;
import io.convert.writer.text.TextArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * One article, one byline: three authors, a site and a date read the same in the PDF, the
 * HTML page, the EPUB and the plain text, in English and in Arabic.
 */
class BylineAcrossFormatsTest {
    private static final String SEPARATOR = " · ";

    @Test
    void englishBylineIsTheSameInEveryFormat() throws IOException {
        Map<String, String> bylines = bylines(article("en", Direction.LTR,
                List.of("Maya Lindqvist", "Tomás Ferreira", "Ann Example"), "The Courier",
                "Harbour reopens after three days of repairs to the storm wall and the quay."));
        assertEquals(Map.of("epub", "Maya Lindqvist, Tomás Ferreira, and Ann Example · The Courier · May 17, 2025",
                "html", "Maya Lindqvist, Tomás Ferreira, and Ann Example · The Courier · May 17, 2025",
                "pdf", "Maya Lindqvist, Tomás Ferreira, and Ann Example · The Courier · May 17, 2025",
                "txt", "Maya Lindqvist, Tomás Ferreira, and Ann Example · The Courier · May 17, 2025"), bylines);
    }

    @Test
    void arabicBylineIsTheSameInEveryFormat() throws IOException {
        Map<String, String> bylines = bylines(article("ar", Direction.RTL,
                List.of("إسلام عيسى", "سارة محمود", "أحمد علي"), "القاهرة الإخبارية",
                "بحث وزير الخارجية الروسي مع نظيره الأمريكي سبل تعزيز الاتصالات بين البلدين خلال 30 يوما."));
        String expected = "إسلام عيسى وسارة محمود وأحمد علي · القاهرة الإخبارية · 17 مايو 2025";
        assertEquals(Map.of("epub", expected, "html", expected, "pdf", expected, "txt", expected), bylines);
    }

    private static Article article(String lang, Direction dir, List<String> authors, String site, String body) {
        Metadata m = Metadata.builder().title(lang.equals("ar") ? "العنوان" : "Title").authors(authors).site(site)
                .published("2025-05-17T10:30:00+03:00").language(lang).direction(dir).build();
        return new Article(m, List.of(new Block.Paragraph(List.of(new Inline.Text(body)))));
    }

    /** The byline line of each format's output, found as the line holding the separator. */
    private static Map<String, String> bylines(Article article) throws IOException {
        Map<String, String> out = new TreeMap<>();
        out.put("pdf", line(pdfText(write(new PdfWriter(), article))));
        out.put("txt", line(new String(write(new TextArticleWriter(), article), StandardCharsets.UTF_8)));
        out.put("html", Jsoup.parse(new String(write(new HtmlWriter(), article), StandardCharsets.UTF_8))
                .selectFirst(".byline").text());
        out.put("epub", Jsoup.parse(epubEntry(write(new EpubWriter(), article), "EPUB/content.xhtml"))
                .selectFirst(".byline").text());
        return out;
    }

    private static byte[] write(ArticleWriter writer, Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(article, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String epubEntry(byte[] epub, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " missing from the EPUB");
    }

    /**
     * The one line holding the byline separator, without the invisible bidi marks the plain text
     * leads RTL lines with and the PDF's text layer puts at word ends.
     */
    private static String line(String text) {
        List<String> lines = text.replaceAll("[\u200E\u200F]", "").lines().filter(l -> l.contains(SEPARATOR)).toList();
        assertEquals(1, lines.size(), "one byline line in:\n" + text);
        return lines.get(0).strip();
    }
}
