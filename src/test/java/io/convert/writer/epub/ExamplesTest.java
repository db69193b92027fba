package io.convert.writer.epub;

import io.convert.fixture.EpubValidator;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.convert.fixture.Examples;
import io.convert.fixture.Outputs;
import io.convert.model.Article;
import io.convert.spi.WriteOptions;
import io.convert.writer.WellFormed;
import io.convert.writer.html.HtmlWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's examples, read by the registered readers exactly as the CLI reads them, become
 * books EPUBCheck accepts without a warning and pages that parse as XML, in the right direction.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("examples");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"article-ar.txt, ar, rtl", "article-ar.html, ar, rtl", "article-en.html, en, ltr"})
    void exampleConvertsInTheRightDirection(String file, String lang, String dir) throws Exception {
        Path input = EXAMPLES.resolve(file);
        assertTrue(Files.isRegularFile(input), input + " is part of the project");
        Article article = Examples.read(input);
        Outputs.Warnings warnings = new Outputs.Warnings();
        WriteOptions options = WriteOptions.builder().resources(Outputs.resources(EXAMPLES.toAbsolutePath()))
                .diagnostics(warnings).timestamp(Instant.parse("2025-05-18T00:00:00Z")).build();

        byte[] epub = EpubBooks.write(article, options);
        List<String> problems = EpubValidator.problems(epub, file);
        assertTrue(problems.isEmpty(), file + ": " + String.join("\n", problems));
        assertArrayEquals(epub, EpubBooks.write(Examples.read(input), options), "byte-identical on a second run");
        Map<String, byte[]> e = EpubBooks.entries(epub);
        String opf = EpubBooks.text(e, "EPUB/package.opf");
        assertTrue(opf.contains("<dc:language>" + lang + "</dc:language>"), opf);
        assertTrue(opf.contains("page-progression-direction=\"" + dir + "\""), opf);
        String content = EpubBooks.text(e, "EPUB/content.xhtml");
        assertTrue(content.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                + "lang=\"" + lang + "\" xml:lang=\"" + lang + "\" dir=\"" + dir + "\">"), content);
        assertTrue(EpubBooks.text(e, "EPUB/nav.xhtml").contains("dir=\"" + dir + "\""));

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlWriter().write(article, html, options);
        String page = html.toString(StandardCharsets.UTF_8);
        WellFormed.parse(page);
        Document d = Jsoup.parse(page);
        assertEquals(lang, d.selectFirst("html").attr("lang"));
        assertEquals(dir, d.selectFirst("html").attr("dir"));
        assertTrue(d.select("article p").size() >= 5, "the article's paragraphs are there");
    }
}
