package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many inputs in one run: parallel jobs, isolated failures, output names, input lists, what stderr shows. */
class ManyInputsTest {
    private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1700000000");

    @TempDir
    Path dir;

    @Test
    void fourJobsWriteTheSameFilesAndBytesAsOne() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String example : List.of("article-ar.txt", "article-ar.html", "article-en.html")) {
            Path copy = dir.resolve("in").resolve(example);
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("examples", example), copy);
            inputs.add(copy.toString());
        }
        for (int i = 0; i < 5; i++) inputs.add(write("text/story" + i + ".txt", story("Story " + i, i)).toString());
        for (String format : List.of("pdf", "epub")) {
            Map<Path, byte[]> one = convertAll(inputs, format, "1");
            Map<Path, byte[]> four = convertAll(inputs, format, "4");
            assertEquals(inputs.size(), one.size(), format);
            assertEquals(one.keySet(), four.keySet(), format + " file names");
            one.forEach((name, bytes) -> assertArrayEquals(bytes, four.get(name), format + ": " + name));
        }
    }

    private Map<Path, byte[]> convertAll(List<String> inputs, String format, String jobs) throws IOException {
        Path out = dir.resolve("out-" + format + "-" + jobs);
        List<String> args = new ArrayList<>(inputs);
        args.addAll(List.of("--to", format, "-o", out + "/", "--jobs", jobs, "--quiet"));
        CliRunner.Result r = CliRunner.runWithInput(new byte[0], EPOCH, args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.stderr());
        Map<Path, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) files.put(out.relativize(p), Files.readAllBytes(p));
        }
        return files;
    }

    @Test
    void aBadInputAmongGoodOnesFailsAloneWithOneLine() throws IOException {
        Path a = write("a.txt", story("First", 1));
        Path bad = dir.resolve("bad.html");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path c = write("c.txt", story("Third", 3));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(a.toString(), bad.toString(), c.toString(), "--to", "md", "-o", out + "/",
                "-j", "2");
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(Files.readString(out.resolve("a.md")).contains("First"));
        assertTrue(Files.readString(out.resolve("c.md")).contains("Third"));
        assertFalse(Files.exists(out.resolve("bad.md")));
        List<String> lines = r.stderr().lines().toList();
        assertEquals(List.of("convert: " + bad + ": not a text document (looks like a PNG image)",
                "convert: 2 converted, 1 failed, 0 skipped in "), lines.stream().map(l -> l.replaceAll("in [0-9.]+ s$",
                "in ")).toList(), r.stderr());
    }

    @Test
    void theExitCodeIsTheWorstOfTheInputs() throws IOException {
        Path good = write("good.txt", story("Fine", 1));
        Path missing = dir.resolve("missing.txt");
        Path out = dir.resolve("out");
        // Converted into its own folder, this one would replace itself: an output failure (3).
        Path itself = write("out/itself.txt", story("Kept", 2));
        CliRunner.Result badInput = CliRunner.run(good.toString(), missing.toString(), "--to", "txt", "-o", out + "/");
        assertEquals(1, badInput.exit(), badInput.stderr());
        CliRunner.Result worse = CliRunner.run(missing.toString(), itself.toString(), good.toString(), "--to", "txt",
                "-o", out + "/");
        assertEquals(3, worse.exit(), worse.stderr());
        assertTrue(Files.readString(itself).contains("Kept"));
        assertTrue(Files.exists(out.resolve("good.txt")));
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineAndExitThree() throws IOException {
        Path good = write("good.txt", story("Fine", 1));
        Path notAFolder = write("plain-file", "x");
        CliRunner.Result r = CliRunner.run(good.toString(), "--to", "txt", "-o", notAFolder.resolve("sub") + "/");
        assertEquals(3, r.exit(), r.stderr());
        assertEquals(List.of("convert: cannot create folder " + notAFolder.resolve("sub")), r.stderr().lines().toList());
    }

    @Test
    void failFastStartsNothingAfterTheFirstFailure() throws IOException {
        Path bad = dir.resolve("missing.txt");
        Path b = write("b.txt", story("Second", 2));
        Path c = write("c.txt", story("Third", 3));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(bad.toString(), b.toString(), c.toString(), "--to", "md", "-o", out + "/",
                "--fail-fast", "-j", "1");
        assertEquals(1, r.exit(), r.stderr());
        assertFalse(Files.exists(out.resolve("b.md")), "nothing started after the failure");
        assertFalse(Files.exists(out.resolve("c.md")));
        assertTrue(r.stderr().contains("convert: 0 converted, 1 failed, 2 skipped in "), r.stderr());

        CliRunner.Result without = CliRunner.run(bad.toString(), b.toString(), c.toString(), "--to", "md", "-o",
                out + "/", "-j", "1");
        assertEquals(1, without.exit());
        assertTrue(Files.exists(out.resolve("b.md")) && Files.exists(out.resolve("c.md")), "without it, the rest go on");
    }

    @Test
    void inputsWithTheSameNameGetDistinctOutputsInInputOrder() throws IOException {
        Path first = write("a/story.txt", story("From a", 1));
        Path second = write("b/story.txt", story("From b", 2));
        Path third = write("c/story.txt", story("From c", 3));
        for (String jobs : List.of("1", "3")) {
            Path out = dir.resolve("out" + jobs);
            CliRunner.Result r = CliRunner.run(first.toString(), second.toString(), third.toString(), "--to", "txt",
                    "-o", out + "/", "-j", jobs);
            assertEquals(0, r.exit(), r.stderr());
            assertTrue(Files.readString(out.resolve("story.txt")).contains("From a"), jobs);
            assertTrue(Files.readString(out.resolve("story-2.txt")).contains("From b"), jobs);
            assertTrue(Files.readString(out.resolve("story-3.txt")).contains("From c"), jobs);
        }
    }

    @Test
    void aFolderInputKeepsItsSubFolders() throws IOException {
        write("in/x.txt", story("Top", 1));
        write("in/sub/y.txt", story("Middle", 2));
        write("in/sub/deeper/x.txt", story("Bottom", 3));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(dir.resolve("in").toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.readString(out.resolve("x.md")).contains("Top"));
        assertTrue(Files.readString(out.resolve("sub/y.md")).contains("Middle"));
        assertTrue(Files.readString(out.resolve("sub/deeper/x.md")).contains("Bottom"));
    }

    @Test
    void aSavedPagesPartsAndHiddenFoldersAreNotArticles() throws IOException {
        String page = "<html><head><title>Harbour ferries</title></head><body><article><p>"
                + story("The ferries run again", 1).replace("\n", " ") + "</p></article></body></html>";
        write("saved/Harbour ferries.html", page);
        write("saved/Harbour ferries_files/ad-frame.html", "<html><body><p>Buy now</p></body></html>");
        write("saved/Harbour ferries_files/widget.htm", "<html><body><p>Share this</p></body></html>");
        write("saved/.cache/old.html", page);
        write("saved/notes_files/kept.txt", story("A folder of notes, with no page beside it", 2));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(dir.resolve("saved").toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of("Harbour ferries.md", "notes_files/kept.md"), files.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString()).sorted().toList());
        }
    }

    @Test
    void aTimedOutInputFailsAndItsOutputNeverAppears() throws IOException, InterruptedException {
        Path slow = write("slow.txt", story("Please stall here", 1));
        Path quick = write("quick.txt", story("Quick one", 2));
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(slow.toString(), quick.toString(), "--to", "stall", "-o", out + "/",
                "--timeout", "1", "-j", "2");
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("convert: " + slow + ": gave up after 1 s (see --timeout)"), r.stderr());
        assertTrue(Files.exists(out.resolve("quick.stall.txt")));
        // The abandoned writer finishes later; what it wrote must not be moved into place.
        Thread.sleep(io.convert.plugin.StallingWriter.STALL_MILLIS + 500);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("quick.stall.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void inputsFromAFileSkipBlankAndCommentLines() throws IOException {
        Path a = write("a.txt", story("First", 1));
        Path b = write("b.txt", story("Second", 2));
        Path list = write("list.txt", "# articles to convert\n" + a + "\n\n  " + b + "  \n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("--inputs-from", list.toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.exists(out.resolve("a.md")) && Files.exists(out.resolve("b.md")));
    }

    @Test
    void inputsFromStandardInputAsAPipeFromFind() throws IOException {
        Path a = write("a.txt", story("First", 1));
        Path b = write("b.txt", story("Second", 2));
        Path out = dir.resolve("out");
        byte[] list = (a + "\n" + b + "\n").getBytes(StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.runWithInput(list, Map.of(), "--inputs-from", "-", "--to", "md", "-o",
                out + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.exists(out.resolve("a.md")) && Files.exists(out.resolve("b.md")));
        assertTrue(r.stderr().contains("convert: 2 converted, 0 failed, 0 skipped in "), r.stderr());

        CliRunner.Result both = CliRunner.runWithInput(list, Map.of(), "--inputs-from", "-", "-", "--to", "md",
                "-o", out + "/");
        assertEquals(2, both.exit(), "standard input cannot be the list and an input");
    }

    @Test
    void argumentFilesHoldInputsAndOptions() throws IOException {
        Path a = write("a.txt", story("First", 1));
        Path b = write("b.txt", story("Second", 2));
        Path out = dir.resolve("out");
        Path args = write("args.txt", a + "\n" + b + "\n--to\nmd\n-o\n" + out + "/\n");
        CliRunner.Result r = CliRunner.run("@" + args);
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.exists(out.resolve("a.md")) && Files.exists(out.resolve("b.md")));
    }

    @Test
    void stderrOffATerminalHasNoStatusLineAndASummaryOnlyForSeveralInputs() throws IOException {
        Path a = write("a.txt", story("First", 1));
        Path b = write("b.txt", story("Second", 2));
        Path out = dir.resolve("out");
        CliRunner.Result one = CliRunner.run(a.toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, one.exit());
        assertEquals("", one.stderr(), "one input prints what it always did: nothing");
        CliRunner.Result two = CliRunner.run(a.toString(), b.toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, two.exit());
        assertFalse(two.stderr().contains("\r"), "nothing redrawn");
        assertTrue(two.stderr().matches("convert: 2 converted, 0 failed, 0 skipped in [0-9.]+ s\\R"), two.stderr());
        CliRunner.Result quiet = CliRunner.run(a.toString(), b.toString(), "--to", "md", "-o", out + "/", "-q");
        assertEquals("", quiet.stderr());
        CliRunner.Result always = CliRunner.run(a.toString(), b.toString(), "--to", "md", "-o", out + "/",
                "--progress", "always");
        assertTrue(always.stderr().contains("\r[") && always.stderr().contains("/2]"), always.stderr());
        assertEquals(2, CliRunner.run(a.toString(), "--to", "md", "--progress", "sometimes").exit());
    }

    @Test
    void picturesLeftOutForOneReasonAreOneLine() throws IOException {
        StringBuilder page = new StringBuilder("<html lang=\"en\"><head><title>Gallery night</title></head><body><article>"
                + "<h1>Gallery night</h1>");
        for (int i = 1; i <= 4; i++) {
            page.append("<p>").append(story("Room " + i, i)).append("</p><img src=\"https://pictures.example/room")
                    .append(i).append(".jpg\" alt=\"Room ").append(i).append("\">");
        }
        page.append("</article></body></html>");
        Path html = write("gallery.html", page.toString());
        CliRunner.Result r = CliRunner.run(html.toString(), "--to", "pdf", "-o", dir.resolve("out") + "/");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(List.of("convert: warning: " + html + ": image left out: https://pictures.example/room1.jpg and 3 more:"
                + " network access is off (use --allow-network)"), r.stderr().lines().toList());

        Path book = dir.resolve("book.epub");
        CliRunner.Result bound = CliRunner.run(html.toString(), html.toString(), "--to", "epub", "-o", book.toString());
        assertEquals(0, bound.exit(), bound.stderr());
        assertEquals(List.of("convert: warning: " + book + ": image left out: https://pictures.example/room1.jpg and 3 more:"
                + " network access is off (use --allow-network)"), bound.stderr().lines().toList(), "a book's too, each picture once");
    }

    @Test
    void jobsMustBePositive() throws IOException {
        Path a = write("a.txt", story("First", 1));
        assertEquals(2, CliRunner.run(a.toString(), "--to", "md", "-o", "-", "-j", "0").exit());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static String story(String title, int n) {
        return title + " as the council agrees the harbour budget\n\nBy Jane Doe\n\n"
                + "The council met on day " + n + " and agreed the budget after a long debate about the harbour.\n\n"
                + "Members said the ferries would run to the normal timetable from the first crossing at six.\n";
    }
}
