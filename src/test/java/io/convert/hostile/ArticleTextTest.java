package io.convert.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No conversion succeeds with an empty article: an input with no article text is refused with one
 * line, and one whose text the reader's rules threw away whole is kept as text. Also what else
 * used to come out empty or invalid: unusual line breaks, a byte order mark over another
 * encoding, damaged images, nesting deeper than consumers of the output read.
 */
class ArticleTextTest {
    @TempDir
    Path dir;

    @Test
    void anInputWithNoArticleTextIsRefusedInEveryFormat() throws IOException {
        Map<String, byte[]> empty = Map.of(
                "empty.txt", new byte[0],
                "empty.html", new byte[0],
                "blank.txt", " \n\t\n   \n".getBytes(StandardCharsets.UTF_8),
                "markup.html", "<html><head><style>p{}</style></head><body><div><p> </p><span></span></div></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                "punctuation.txt", "... !!! ??? ---\n،،، ؟؟ ***\n".getBytes(StandardCharsets.UTF_8),
                "marks.txt", "\u064b\u064c\u064d \u0651\u0652 \u0301\n".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> input : empty.entrySet()) {
            Path file = Files.write(dir.resolve(input.getKey()), input.getValue());
            for (String format : HostileInputTest.FORMATS) {
                Path out = dir.resolve("out." + format);
                CliRunner.Result r = CliRunner.run(file.toString(), "--to", format, "-o", out.toString());
                assertEquals(1, r.exit(), input.getKey() + " → " + format + ": " + r.stderr());
                assertEquals(List.of("convert: " + file + ": no article text found"), r.stderr().lines().toList());
                assertFalse(Files.exists(out));
            }
        }
    }

    @Test
    void textTheRulesWouldDropWholeIsKept() throws IOException {
        Map<String, String> kept = Map.of(
                "form-feeds.txt", "Harbour crews repaired the north pier\fwhile the ferries waited offshore\funtil noon",
                "vertical-tabs.txt", "The council met at dawn\u000Bto count the flood damage\u000Bstreet by street",
                "line-separators.txt", "Volunteers sorted the donated books\u2028by subject and by size\u2028all weekend",
                "next-lines.txt", "Night trains resumed on the coast line\u0085after the storm\u0085with fewer stops",
                "references.md", "[harbour]: https://example.org/harbour \"Harbour report\"\n"
                        + "[council]: https://example.org/council \"Council minutes\"\n"
                        + "[library]: https://example.org/library \"Library hours\"\n");
        for (Map.Entry<String, String> input : kept.entrySet()) {
            Path file = Files.writeString(dir.resolve(input.getKey()), input.getValue());
            Path out = dir.resolve(input.getKey() + ".txt");
            CliRunner.Result r = CliRunner.run(file.toString(), "--to", "txt", "-o", out.toString());
            assertEquals(0, r.exit(), input.getKey() + ": " + r.stderr());
            String text = Files.readString(out);
            for (String word : input.getValue().split("[^\\p{L}]+")) {
                if (word.length() > 3) assertTrue(text.contains(word), input.getKey() + " lost '" + word + "': " + text);
            }
        }
    }

    @Test
    void aUtf8MarkOverWindows1256TextIsReadByItsBytes() throws IOException {
        String seed = Files.readString(Path.of("examples/article-ar.txt"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(seed.getBytes(Charset.forName("windows-1256")));
        Path file = Files.write(dir.resolve("marked.txt"), bytes.toByteArray());
        Path out = dir.resolve("marked.json");
        CliRunner.Result r = CliRunner.run(file.toString(), "--to", "json", "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        String title = new ObjectMapper().readTree(out.toFile()).path("title").asText();
        assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                title);
    }

    @Test
    void aDamagedImageIsLeftOutWithOneWarningAndTheOutputStaysValid() throws IOException {
        byte[] jpeg = Files.readAllBytes(Path.of("examples/images").resolve(firstJpeg()));
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(jpeg, jpeg.length / 2));
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Quay works</title></head><body>"
                + "<article><h1>Quay works</h1><p>The old quay reopens after a year of repairs to its stones.</p>"
                + "<figure><img src=\"data:image/jpeg;base64," + truncated + "\" alt=\"The quay\">"
                + "<figcaption>The quay at low tide.</figcaption></figure>"
                + "<p>Fishing boats will moor there again from the first of the month.</p></article></body></html>");
        for (String format : List.of("pdf", "epub")) {
            Path out = dir.resolve("page." + format);
            CliRunner.Result r = CliRunner.run(page.toString(), "--to", format, "-o", out.toString());
            assertEquals(0, r.exit(), r.stderr());
            List<String> warnings = r.stderr().lines().toList();
            assertEquals(1, warnings.size(), r.stderr());
            assertTrue(warnings.get(0).contains("damaged image data"), warnings.get(0));
            assertNull(OutputValidator.problem(format, Files.readAllBytes(out)));
        }
    }

    private static String firstJpeg() throws IOException {
        try (var files = Files.list(Path.of("examples/images"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jpg") || n.endsWith(".jpeg"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void nestingDeeperThanReadersReadIsFlattenedKeepingTheText() throws IOException {
        String deep = "<blockquote><p><em><strong>".repeat(3000) + "the innermost words"
                + "</strong></em></p></blockquote>".repeat(3000);
        Path page = Files.writeString(dir.resolve("deep.html"), "<html><body><article><p>An opening line of text "
                + "before the quotes begin.</p>" + deep + "</article></body></html>");
        Path out = dir.resolve("deep.json");
        CliRunner.Result r = CliRunner.run(page.toString(), "--to", "json", "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("flattened"), r.stderr());
        // Jackson's default limit is 1,000 levels, Python's json about as many; the cap keeps well below.
        var json = new ObjectMapper().readTree(out.toFile());
        assertTrue(depth(json) <= 500, "JSON nests " + depth(json) + " levels");
        assertTrue(json.toString().contains("the innermost words"));
    }

    @Test
    void aStrayTitleElementSwallowingThePageGivesAShortTitle() throws IOException {
        // In the body, <title> is raw text up to its end tag: here, up to the end of the page.
        Path page = Files.writeString(dir.resolve("stray.html"), "<html><body><article><p>The ferry timetable "
                + "changes on Monday, and the first boat leaves half an hour earlier.</p><title>"
                + "<span>timetable</span> ".repeat(5000) + "</article></body></html>");
        Path json = dir.resolve("stray.json");
        CliRunner.Result r = CliRunner.run(page.toString(), "--to", "json", "-o", json.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("title longer than"), r.stderr());
        String title = new ObjectMapper().readTree(json.toFile()).path("title").asText();
        assertTrue(title.length() <= 1002 && title.endsWith("…"), title.length() + " characters");
        Path epub = dir.resolve("stray.epub");
        assertEquals(0, CliRunner.run(page.toString(), "--to", "epub", "-o", epub.toString()).exit());
        assertNull(OutputValidator.problem("epub", Files.readAllBytes(epub)));
    }

    @Test
    void markdownOfDeepListsReadsBackAsWritten() throws IOException {
        String lists = "<ul><li>a level of the list".repeat(60) + "</li></ul>".repeat(60);
        Path page = Files.writeString(dir.resolve("lists.html"), "<html><body><article><h1>Harbour notes</h1>"
                + "<p>The council kept a list of lists, and a note in code after it.</p>" + lists
                + "<pre>[not a link](javascript:alert(1))</pre><p>The last paragraph of the notes.</p>"
                + "</article></body></html>");
        Path out = dir.resolve("lists.md");
        CliRunner.Result r = CliRunner.run(page.toString(), "--to", "md", "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        String written = Files.readString(out);
        // commonmark-java reads a fence after 50 nested lists as a paragraph: its link would come alive.
        assertNull(OutputValidator.problem("md", written.getBytes(java.nio.charset.StandardCharsets.UTF_8)), written);
        assertTrue(written.contains("javascript:alert(1)") && written.contains("The last paragraph"), written);
    }

    private static int depth(com.fasterxml.jackson.databind.JsonNode node) {
        int max = 0;
        for (var child : node) max = Math.max(max, depth(child));
        return node.isContainerNode() ? max + 1 : 0;
    }
}
