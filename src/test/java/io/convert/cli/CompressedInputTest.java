package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs kept gzip-compressed, as a mirror or a corpus stores pages: read as what they hold. */
class CompressedInputTest {
    private static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Ferry service resumes on the lake</title></head>
            <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article><h1>Ferry service resumes on the lake</h1>
            <p>The morning ferry crossed the lake again on Monday after three weeks in dry dock, carrying
            forty passengers and a van of bread to the villages on the far shore.</p>
            <p>The operator said the new engine burns less fuel and should keep the timetable through the
            winter, when the road around the lake is often closed by snow.</p></article></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aCompressedPageIsReadByTheNameInsideAndNamesItsOutputSo() throws IOException {
        Path in = dir.resolve("pages");
        Files.createDirectories(in);
        Files.write(in.resolve("ferry.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("notes.txt"), "Plain notes\n\nA line of text that is not compressed at all.\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run(in.toString(), "--to", "md", "-o", out + "/");
        assertEquals(0, r.exit(), r.stderr());
        String md = Files.readString(out.resolve("ferry.md"));
        assertTrue(md.contains("title: 'Ferry service resumes on the lake'"), md);
        assertTrue(md.contains("a van of bread"), md);
        assertFalse(md.contains("Local"), "the HTML reader, which drops the menu, read it: " + md);
        assertTrue(Files.exists(out.resolve("notes.md")));
    }

    @Test
    void compressedStandardInputIsReadToo() throws IOException {
        byte[] text = Files.readAllBytes(Path.of("examples/article-ar.txt"));
        CliRunner.Result r = CliRunner.runWithInput(gzip(text), Map.of(), "-", "--to", "md");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.out().contains("روسيا وأمريكا تبحثان نتائج محادثات إسطنبول"), r.out());
    }

    @Test
    void damagedOrOversizedCompressedInputIsOneLineAndNoOutput() throws IOException {
        byte[] whole = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.html.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        CliRunner.Result damaged = CliRunner.run(cut.toString(), "--to", "md", "-o", dir.resolve("cut.md").toString());
        assertEquals(1, damaged.exit());
        assertEquals("convert: " + cut + ": damaged gzip data\n", damaged.stderr());
        assertFalse(Files.exists(dir.resolve("cut.md")));
        // A few hundred bytes that inflate far past the limit: the limit holds for what they hold.
        Path bomb = dir.resolve("bomb.txt.gz");
        Files.write(bomb, gzip(new byte[200_000]));
        CliRunner.Result big = CliRunner.run(bomb.toString(), "--max-input-size", "100000", "--to", "md",
                "-o", dir.resolve("bomb.md").toString());
        assertEquals(1, big.exit());
        assertEquals("convert: " + bomb + ": larger than the input limit of 100000 bytes once uncompressed"
                + " (see --max-input-size)\n", big.stderr());
        assertFalse(Files.exists(dir.resolve("bomb.md")));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
