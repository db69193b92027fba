package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's promises: formats, streams, exit codes, and what it leaves on disk. */
class CliTest {
    static final Path SEED = Path.of("examples/article-ar.txt");
    static final String SEED_TITLE = "روسيا وأمريكا تبحثان نتائج محادثات إسطنبول";
    static final String ENGLISH = "Harbour ferry strike called off\n\nBy Jane Doe\n\n"
            + "The strike planned for Monday was called off after talks that ran past midnight, the union said.\n\n"
            + "Ferries will run to the normal timetable from the first crossing at six.\n";

    @TempDir
    Path dir;

    @Test
    void listFormatsNamesEveryBuiltInFormatAndPlugins() {
        CliRunner.Result r = CliRunner.run("--list-formats");
        assertEquals(0, r.exit(), r.stderr());
        for (String format : List.of("pdf", "epub", "md", "html", "txt", "json", "shout")) {
            assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith(format + " ")), format + " in\n" + r.out());
        }
        assertTrue(r.out().contains("markdown"), "aliases are listed");
        assertTrue(r.out().contains("Input formats") && r.out().lines().anyMatch(l -> l.trim().startsWith("html ")));
    }

    @Test
    void aWriterRegisteredOnlyOnTheClassPathIsUsable() throws IOException {
        Path input = write("story.txt", ENGLISH);
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "loud", "-o", "-");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.out().startsWith("HARBOUR FERRY STRIKE CALLED OFF"), r.out());
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() {
        CliRunner.Result r = CliRunner.runWithInput(Files.exists(SEED) ? readSeed() : new byte[0], Map.of(),
                "-", "--from", "text", "--to", "json", "-o", "-");
        assertEquals(0, r.exit(), r.stderr());
        JsonNode json = json(r.stdout());
        assertEquals(SEED_TITLE, json.get("title").asText());
        assertEquals("ar", json.get("lang").asText());
        assertEquals("rtl", json.get("dir").asText());
    }

    @Test
    void writesNextToNothingButTheRequestedFile() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Path out = dir.resolve("story.md");
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "markdown", "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.readString(out).contains("The strike planned for Monday"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("story.md", "story.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void severalInputsGoToOneFolder() throws IOException {
        Path a = write("a.txt", ENGLISH);
        Path b = write("b.txt", ENGLISH.replace("ferry", "tram"));
        Path outDir = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(a.toString(), b.toString(), "--to", "txt", "-o", outDir + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.readString(outDir.resolve("a.txt")).contains("ferry strike"));
        assertTrue(Files.readString(outDir.resolve("b.txt")).contains("tram strike"));
    }

    @Test
    void aFolderInputIsExpandedToItsDocuments() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), ENGLISH);
        Files.writeString(in.resolve("two.html"), "<html><head><title>Two</title></head><body><article><h1>Two</h1>"
                + "<p>A page about the second thing, long enough to be a paragraph of an article.</p></article></body></html>");
        Files.writeString(in.resolve("notes.bin"), "ignored");
        Path outDir = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(in.toString(), "--to", "md", "-o", outDir + "/");
        assertEquals(0, r.exit(), r.stderr());
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of("one.md", "two.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void commandLineMetadataOverridesTheReader() throws IOException {
        Path input = write("story.txt", ENGLISH);
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "json", "-o", "-", "--title", "Other title",
                "--author", "A. Writer", "--author", "B. Writer", "--date", "2025-05-17", "--lang", "en-GB",
                "--metadata", "site=The Courier", "-M", "subtitle=A dek");
        assertEquals(0, r.exit(), r.stderr());
        JsonNode json = json(r.stdout());
        assertEquals("Other title", json.get("title").asText());
        assertEquals("A. Writer", json.get("authors").get(0).asText());
        assertEquals("B. Writer", json.get("authors").get(1).asText());
        assertEquals("2025-05-17", json.get("published").asText());
        assertEquals("en-GB", json.get("lang").asText());
        assertEquals("The Courier", json.get("site").asText());
        assertEquals("A dek", json.get("subtitle").asText());
    }

    @Test
    void exitCodeOneForMissingUnreadableOrBinaryInput() throws IOException {
        CliRunner.Result missing = CliRunner.run(dir.resolve("nope.html").toString(), "--to", "md", "-o", "-");
        assertEquals(1, missing.exit());
        assertOneLine(missing.stderr(), "nope.html");

        Path png = dir.resolve("photo.html");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        CliRunner.Result binary = CliRunner.run(png.toString(), "--to", "md", "-o", "-");
        assertEquals(1, binary.exit());
        assertOneLine(binary.stderr(), "not a text document");

        Path big = write("big.txt", "x".repeat(2000));
        CliRunner.Result tooBig = CliRunner.run(big.toString(), "--to", "md", "-o", "-", "--max-input-size", "1K");
        assertEquals(1, tooBig.exit());
        assertOneLine(tooBig.stderr(), "larger than the input limit");

        CliRunner.Result tooBigStdin = CliRunner.runWithInput("x".repeat(2000).getBytes(StandardCharsets.UTF_8), Map.of(),
                "-", "--to", "md", "-o", "-", "--max-input-size", "1K");
        assertEquals(1, tooBigStdin.exit());
        assertEquals("convert: <stdin>: larger than 1024 bytes", tooBigStdin.stderr().strip(), "the input named once");
    }

    @Test
    void anHtmlPageWrittenToAnotherFolderCarriesItsImages() throws IOException {
        Path page = Path.of("examples/article-en.html");
        Path out = dir.resolve("elsewhere/page.html");
        CliRunner.Result r = CliRunner.run(page.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<String> sources = Jsoup.parse(Files.readString(out)).select("img").eachAttr("src");
        assertEquals(2, sources.size(), sources.toString());
        String prefix = "data:image/jpeg;base64,";
        assertTrue(sources.get(0).startsWith(prefix), sources.get(0).substring(0, 40));
        assertArrayEquals(Files.readAllBytes(Path.of("examples/images/lead-en.jpg")),
                Base64.getDecoder().decode(sources.get(0).substring(prefix.length())), "the file's own bytes");
    }

    @Test
    void markdownLinksItsImagesFromWhereverItIsWritten() throws IOException {
        Path page = Path.of("examples/article-en.html");
        Path lead = Path.of("examples/images/lead-en.jpg");
        Path notes = dir.resolve("elsewhere/notes.md");
        CliRunner.Result one = CliRunner.run(page.toString(), "-o", notes.toString());
        assertEquals(0, one.exit(), one.stderr());
        List<String> links = imageLinks(Files.readString(notes));
        assertEquals(2, links.size(), links.toString());
        assertTrue(Files.isSameFile(lead, notes.getParent().resolve(links.get(0))), links.get(0));

        Path book = dir.resolve("books/2026/digest.md");
        CliRunner.Result bound = CliRunner.run(page.toString(), "examples/article-ar.html", "-o", book.toString());
        assertEquals(0, bound.exit(), bound.stderr());
        List<String> bookLinks = imageLinks(Files.readString(book));
        assertFalse(bookLinks.isEmpty());
        for (String link : bookLinks) assertTrue(Files.isRegularFile(book.getParent().resolve(link)), link);

        CliRunner.Result printed = CliRunner.run(page.toString(), "--to", "md", "-o", "-");
        assertEquals(0, printed.exit(), printed.stderr());
        assertEquals("examples/images/lead-en.jpg", imageLinks(printed.out()).get(0),
                "standard output is read from the current folder");
    }

    private static List<String> imageLinks(String markdown) {
        return Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)").matcher(markdown).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void standardInputAloneGoesToStandardOutput() {
        CliRunner.Result r = CliRunner.runWithInput(ENGLISH.getBytes(StandardCharsets.UTF_8), Map.of(),
                "-", "--from", "text", "--to", "md");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.out().contains("The strike planned for Monday"), r.out());
    }

    @Test
    void withoutToTheOutputFilesExtensionNamesTheFormat() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Path pdf = dir.resolve("story.pdf");
        CliRunner.Result r = CliRunner.run(input.toString(), "-o", pdf.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        Path notes = dir.resolve("Notes.MARKDOWN");
        assertEquals(0, CliRunner.run(input.toString(), "-o", notes.toString()).exit());
        assertTrue(Files.readString(notes).startsWith("---\ntitle: 'Harbour ferry strike called off'"),
                Files.readString(notes));

        CliRunner.Result unknown = CliRunner.run(input.toString(), "-o", dir.resolve("story.docx").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.stderr().contains("the extension of " + dir.resolve("story.docx")
                + " names no output format"), unknown.stderr());
        assertFalse(Files.exists(dir.resolve("story.docx")));
        assertEquals(2, CliRunner.run(input.toString(), "-o", dir + "/out/").exit(), "a folder names no format");
        assertEquals(2, CliRunner.run(input.toString(), "-o", dir.resolve("README").toString()).exit());
    }

    @Test
    void exitCodeTwoForUsageErrors() throws IOException {
        Path input = write("story.txt", ENGLISH);
        assertEquals(2, CliRunner.run(input.toString()).exit(), "missing --to");
        assertEquals(2, CliRunner.run("--to", "md").exit(), "missing input");
        CliRunner.Result unknown = CliRunner.run(input.toString(), "--to", "docx");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.stderr().contains("unknown output format 'docx'"), unknown.stderr());
        assertEquals(2, CliRunner.run(input.toString(), "--to", "md", "--dir", "up").exit());
        assertEquals(2, CliRunner.run(input.toString(), "--to", "md", "--date", "yesterday").exit());
        assertEquals(2, CliRunner.run(input.toString(), "--to", "md", "--no-such-option").exit());
        // A base URL that does not parse (a space copied with it) is named as the option's fault.
        CliRunner.Result base = CliRunner.run(input.toString(), "--to", "md", "-o", "-", "--base-url", "https://example.org/a b");
        assertEquals(2, base.exit());
        assertTrue(base.stderr().contains("--base-url must be an absolute URL"), base.stderr());
    }

    @Test
    void aLanguageTagTheWritersCouldNotStateIsAUsageError() throws IOException {
        Path input = write("story.txt", ENGLISH);
        for (String[] bad : List.of(new String[] {"--lang", "!!"}, new String[] {"--lang", "en-GB-x"},
                new String[] {"-M", "lang=english language"})) {
            CliRunner.Result r = CliRunner.run(input.toString(), "--to", "epub", "-o", dir.resolve("bad.epub").toString(),
                    bad[0], bad[1]);
            assertEquals(2, r.exit(), String.join(" ", bad) + ": " + r.stderr());
            assertTrue(r.stderr().startsWith("convert: ") && r.stderr().contains("BCP 47"), r.stderr());
            assertFalse(Files.exists(dir.resolve("bad.epub")));
        }
        CliRunner.Result underscore = CliRunner.run(input.toString(), "--to", "json", "-o", "-", "--lang", "en_gb");
        assertEquals(0, underscore.exit(), underscore.stderr());
        assertEquals("en-GB", json(underscore.stdout()).get("lang").asText(), "the tag as BCP 47 spells it");
    }

    @Test
    void exitCodeThreeWhenTheOutputCannotBeWritten() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Path notAFolder = write("plain-file", "x");
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "md", "-o", notAFolder.resolve("out.md").toString());
        assertEquals(3, r.exit(), r.stderr());
        assertOneLine(r.stderr(), "story.txt");
    }

    @Test
    void neverOverwritesItsInput() throws IOException {
        Path input = write("story.txt", ENGLISH);
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "txt", "-o", input.toString());
        assertEquals(3, r.exit());
        assertEquals(ENGLISH, Files.readString(input));
    }

    @Test
    void aFailingWriterLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Path fresh = dir.resolve("fresh.half");
        CliRunner.Result r = CliRunner.run(input.toString(), "--to", "half", "-o", fresh.toString());
        assertEquals(4, r.exit());
        assertOneLine(r.stderr(), "internal error");
        assertFalse(Files.exists(fresh));

        Path existing = write("existing.half", "the previous, complete output");
        assertEquals(4, CliRunner.run(input.toString(), "--to", "half", "-o", existing.toString()).exit());
        assertEquals("the previous, complete output", Files.readString(existing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("existing.half", "story.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aWritersOwnIoFailureIsAnInternalErrorNotAnOutputOne() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Path target = dir.resolve("story.half");
        CliRunner.Result toFile = CliRunner.run(input.toString(), "--to", "half", "--fail-with-io", "-o",
                target.toString());
        assertEquals(4, toFile.exit(), toFile.stderr());
        assertOneLine(toFile.stderr(), "simulated failure inside the writer");
        assertFalse(Files.exists(target));
        CliRunner.Result toStdout = CliRunner.run(input.toString(), "--to", "half", "--fail-with-io", "-o", "-");
        assertEquals(4, toStdout.exit(), toStdout.stderr());
        assertEquals(0, toStdout.stdout().length, "nothing of a failed output reaches standard output");
    }

    @Test
    void aBadWriterSettingIsAUsageErrorReportedOnceBeforeAnyInputIsRead() {
        // The inputs do not exist: reading them first would give exit 1, once per input.
        String missing = dir.resolve("missing.txt").toString(), alsoMissing = dir.resolve("also.txt").toString();
        record Case(String option, String value, String named) {
        }
        for (Case bad : List.of(new Case("--page-size", "huge", "--page-size"),
                new Case("--justify", "sideways", "--justify"), new Case("--numerals", "roman", "--numerals"),
                new Case("--variable", "page-size=huge", "--page-size"),
                new Case("--font", dir.resolve("no-such-font.ttf").toString(), "--font"),
                new Case("--font-dir", dir.resolve("no-such-folder").toString(), "--font-dir"))) {
            CliRunner.Result r = CliRunner.run(missing, alsoMissing, "--to", "pdf", "-o", dir + "/", bad.option(),
                    bad.value());
            assertEquals(2, r.exit(), r.stderr());
            List<String> lines = r.stderr().lines().toList();
            assertEquals(2, lines.size(), r.stderr());
            assertTrue(lines.get(0).startsWith("convert: " + bad.named() + ": "), lines.get(0));
            assertEquals("Try 'convert --help' for more information.", lines.get(1));
        }
    }

    @Test
    void verboseShowsTheStackTraceThatIsOtherwiseHidden() throws IOException {
        Path input = write("story.txt", ENGLISH);
        CliRunner.Result quiet = CliRunner.run(input.toString(), "--to", "half", "-o", "-");
        assertFalse(quiet.stderr().contains("\tat "), quiet.stderr());
        CliRunner.Result verbose = CliRunner.run(input.toString(), "--to", "half", "-o", "-", "--verbose");
        assertTrue(verbose.stderr().contains("\tat io.convert.plugin.FailingWriter"), verbose.stderr());
    }

    @Test
    void windows1256AndUtf8WithBomReadTheSame() throws IOException {
        String text = Files.readString(SEED);
        Path cp1256 = dir.resolve("cp1256.txt");
        Files.write(cp1256, text.getBytes(Charset.forName("windows-1256")));
        Path bom = dir.resolve("bom.txt");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(bom, withBom);
        CliRunner.Result a = CliRunner.run(cp1256.toString(), "--to", "json", "-o", "-");
        CliRunner.Result b = CliRunner.run(bom.toString(), "--to", "json", "-o", "-");
        assertEquals(0, a.exit(), a.stderr());
        assertEquals(0, b.exit(), b.stderr());
        assertEquals(json(b.stdout()).get("blocks"), json(a.stdout()).get("blocks"));
        assertEquals(SEED_TITLE, json(a.stdout()).get("title").asText());
    }

    @Test
    void sourceDateEpochFixesTheOutput() throws IOException {
        Path input = write("story.txt", ENGLISH);
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
        CliRunner.Result first = CliRunner.runWithInput(new byte[0], env, input.toString(), "--to", "epub", "-o", "-");
        CliRunner.Result second = CliRunner.runWithInput(new byte[0], env, input.toString(), "--to", "epub", "-o", "-");
        assertEquals(0, first.exit(), first.stderr());
        assertTrue(java.util.Arrays.equals(first.stdout(), second.stdout()), "byte-identical EPUBs");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] readSeed() {
        try {
            return Files.readAllBytes(SEED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError("output is not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static void assertOneLine(String stderr, String mustContain) {
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stderr, got:\n" + stderr);
        assertTrue(lines.get(0).contains(mustContain), lines.get(0));
        assertTrue(lines.get(0).startsWith("convert: "), lines.get(0));
    }
}
