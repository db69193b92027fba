package io.convert.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutations of real documents (the examples and hostile snippets spliced into
 * them), converted to a random format, checked against the same promises as the families.
 * Runs for {@code -Dfuzz.seconds} (default 30; CI stays under a minute); every failure prints
 * its seed and keeps its input under target/fuzz-failures/ to become a regression case.
 */
class FuzzTest {
    static final String[] SNIPPETS = {
        "<div>", "</div>", "<table><tr><td colspan=99999>", "<img src=\"file:///etc/passwd\">",
        "<img src=\"../../secret.png\">", "<script>alert(1)</script>", "&#0;", "&#xD800;", "\u202E", "\u200D",
        "<svg><script>x</script></svg>", "<pre>", "<ul><li>", "<blockquote>", "<h1>", "<a href=\"javascript:x\">",
        "\u0000", "\u0085", "ً", "\r", "<!--", "<![CDATA[", "<math>", "<title>", "<meta charset=\"windows-1256\">",
        "• مشاركة :", "post-title", "# heading\n", "> quote\n", "1. item\n", "| a | b |\n|---|---|\n", "```\n"
    };
    static final String[] FORMATS = {"md", "json", "txt", "html", "epub", "pdf"};

    @TempDir
    Path dir;

    @Test
    void mutatedDocumentsKeepEveryPromise() throws IOException {
        long seconds = Long.getLong("fuzz.seconds", 30);
        // A fixed default keeps `mvn verify` reproducible (a build must not fail by chance);
        // explore new sequences with -Dfuzz.seed=N, for as long as -Dfuzz.seconds allows.
        long seed = Long.getLong("fuzz.seed", 9_276_549_673_733L);
        Random random = new Random(seed);
        List<byte[]> corpus = List.of(bytes("article-ar.txt"), bytes("article-ar.html"), bytes("article-en.html"));
        String[] names = {"doc.txt", "doc.html", "doc.html"};
        Path outDir = Files.createDirectories(dir.resolve("out"));
        List<String> failures = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int runs = 0;
        while (System.nanoTime() < end && failures.size() < 5) {
            long caseSeed = random.nextLong();
            Random r = new Random(caseSeed);
            int pick = r.nextInt(corpus.size());
            byte[] mutated = mutate(corpus.get(pick), r);
            String format = FORMATS[r.nextInt(FORMATS.length)];
            Path caseDir = Files.createDirectories(dir.resolve("c" + runs));
            Path input = Files.write(caseDir.resolve(names[pick]), mutated);
            String problem = PromiseChecker.check(input, format, outDir);
            if (problem != null) {
                Path keep = Files.createDirectories(Path.of("target/fuzz-failures"));
                Files.write(keep.resolve(caseSeed + "-" + names[pick]), mutated);
                failures.add("seed " + caseSeed + " → " + format + ": " + problem);
            }
            runs++;
        }
        System.out.println("fuzz: " + runs + " inputs in " + seconds + " s (seed " + seed + "), failures: " + failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static byte[] mutate(byte[] original, Random r) {
        byte[] data = original.clone();
        int steps = 1 + r.nextInt(8);
        for (int i = 0; i < steps; i++) {
            int at = data.length == 0 ? 0 : r.nextInt(data.length);
            switch (r.nextInt(6)) {
                case 0 -> data = splice(data, at, SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                case 1 -> {
                    if (data.length > 0) data[at] = (byte) r.nextInt(256);
                }
                case 2 -> data = java.util.Arrays.copyOf(data, at);
                case 3 -> {
                    int len = Math.min(data.length - at, r.nextInt(2000));
                    byte[] chunk = java.util.Arrays.copyOfRange(data, at, at + len);
                    byte[] repeated = new byte[chunk.length * (1 + r.nextInt(20))];
                    for (int k = 0; k + chunk.length <= repeated.length && chunk.length > 0; k += chunk.length) {
                        System.arraycopy(chunk, 0, repeated, k, chunk.length);
                    }
                    data = splice(data, at, repeated);
                }
                case 4 -> {
                    int len = Math.min(data.length - at, r.nextInt(500));
                    byte[] cut = new byte[data.length - len];
                    System.arraycopy(data, 0, cut, 0, at);
                    System.arraycopy(data, at + len, cut, at, data.length - at - len);
                    data = cut;
                }
                default -> data = splice(data, at, SNIPPETS[r.nextInt(SNIPPETS.length)].repeat(1 + r.nextInt(300))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int at, byte[] insert) {
        byte[] r = new byte[data.length + insert.length];
        System.arraycopy(data, 0, r, 0, at);
        System.arraycopy(insert, 0, r, at, insert.length);
        System.arraycopy(data, at, r, at + insert.length, data.length - at);
        return r;
    }

    private static byte[] bytes(String example) {
        try {
            return Files.readAllBytes(Path.of("examples", example));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
