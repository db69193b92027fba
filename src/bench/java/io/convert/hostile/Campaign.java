package io.convert.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.imageio.ImageIO;

/**
 * The hostile-input campaign: generates and mutates inputs (HTML, scraped text, Markdown, pages
 * with broken images), converts each through the real command line to every format, and checks
 * every output with the validators of {@link PromiseChecker} (EPUBCheck, PDFBox and qpdf, Jackson
 * and Python's json, an XML parser, a CommonMark re-parse) and every run against its promises (no
 * stack trace, no partial file, exit 0 only with article text, exit 1 with one line). Prints a
 * count per failure kind; inputs that failed are kept under target/campaign-failures/.
 *
 * <pre>src/bench/run.sh io.convert.hostile.Campaign [--inputs 10000] [--seed N] [--threads 2] [--minutes M] [--first K]</pre>
 *
 * With {@code --minutes}, inputs not started by then are left out and the summary counts those run.
 * {@code --first K} starts at input K of the seed's sequence, to replay a failure the summary named.
 */
public final class Campaign {
    private static final String[] WORDS = {"the", "council", "harbour", "voted", "flood", "river", "said", "on",
        "Tuesday", "ميناء", "المدينة", "قال", "المجلس", "الأمطار", "يوم", "الثلاثاء", "2025", "١٧", "%", "—", "«", "»",
        "\u200F", "\u202B", "ً", "e\u0301", "👩‍👩‍👧", "&amp;", "<b>", "[link](javascript:x)", "|", "#", ">", "*"};
    private static final String[] BREAKS = {"\n", "\n\n", "\r\n", "\f", "\u000B", "\u2028", "\u2029", "\u0085", "\n\n\n"};

    private Campaign() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int inputs = Integer.parseInt(options.getOrDefault("inputs", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261202"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        int first = Integer.parseInt(options.getOrDefault("first", "0"));
        long deadline = options.containsKey("minutes")
                ? System.nanoTime() + (long) (Double.parseDouble(options.get("minutes")) * 60e9) : Long.MAX_VALUE;
        Path work = Files.createTempDirectory("convert-campaign-");
        Path keep = Files.createDirectories(Path.of("target/campaign-failures"));
        List<byte[]> examples = List.of(bytes("article-ar.txt"), bytes("article-ar.html"), bytes("article-en.html"));
        List<HostileInputs.Case> families = HostileInputs.all();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger runs = new AtomicInteger(), done = new AtomicInteger();
        Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < inputs; i++) {
            int n = first + i;
            pool.submit(() -> {
                if (System.nanoTime() > deadline) return;
                try {
                    Random r = new Random(seed * 1_000_003L + n);
                    HostileInputs.Case c = generate(r, examples, families);
                    Path caseDir = Files.createDirectories(work.resolve("c" + n));
                    for (Map.Entry<String, byte[]> e : c.neighbours().entrySet()) {
                        Files.write(caseDir.resolve(e.getKey()), e.getValue());
                    }
                    Path input = Files.write(caseDir.resolve(c.fileName()), c.data());
                    Path outDir = Files.createDirectories(work.resolve("out-" + Thread.currentThread().getId()));
                    for (String format : HostileInputTest.FORMATS) {
                        runs.incrementAndGet();
                        long began = System.nanoTime();
                        String problem = PromiseChecker.check(input, format, outDir);
                        nanos.computeIfAbsent(format, k -> new LongAdder()).add(System.nanoTime() - began);
                        if (problem != null) {
                            failures.computeIfAbsent(kind(problem), k -> new AtomicInteger()).incrementAndGet();
                            Files.write(keep.resolve(n + "-" + format + "-" + c.fileName()), c.data());
                            System.err.println("FAIL " + n + " (" + c.family() + ") → " + format + ": " + problem);
                        }
                    }
                    deleteTree(caseDir);
                } catch (IOException | RuntimeException e) {
                    failures.computeIfAbsent("campaign error: " + e, k -> new AtomicInteger()).incrementAndGet();
                }
                int finished = done.incrementAndGet();
                if (finished % 250 == 0) {
                    System.err.printf("%d/%d inputs, %d failed runs, %.0f s%n", finished, inputs,
                            failures.values().stream().mapToInt(AtomicInteger::get).sum(),
                            (System.nanoTime() - start) / 1e9);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        Map<String, Integer> counts = new TreeMap<>();
        failures.forEach((k, v) -> counts.put(k, v.get()));
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
        System.out.println("seconds converting and validating, by format: " + new TreeMap<>(nanos).entrySet().stream()
                .map(e -> e.getKey() + " " + Math.round(e.getValue().sum() / 1e9)).toList());
        int failed = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("campaign: %d inputs x %d formats = %d runs in %.0f s (seed %d): %d failed%n", done.get(),
                HostileInputTest.FORMATS.size(), runs.get(), (System.nanoTime() - start) / 1e9, seed, failed);
        deleteTree(work);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** A failure's kind: its text up to the first detail. */
    private static String kind(String problem) {
        String k = problem.replaceAll("\\d+", "N");
        int colon = k.indexOf(':', k.indexOf(':') + 1);
        return colon > 0 ? k.substring(0, colon) : k;
    }

    private static HostileInputs.Case generate(Random r, List<byte[]> examples, List<HostileInputs.Case> families) {
        int kind = r.nextInt(100);
        if (kind < 40) {
            int pick = r.nextInt(examples.size());
            return new HostileInputs.Case("mutated example", pick == 0 ? "doc.txt" : "doc.html",
                    FuzzTest.mutate(examples.get(pick), r), Map.of());
        }
        if (kind < 50) {
            HostileInputs.Case c = families.get(r.nextInt(families.size()));
            byte[] data = r.nextBoolean() ? FuzzTest.mutate(c.data(), r) : c.data();
            return new HostileInputs.Case(c.family(), c.fileName(), data, c.neighbours());
        }
        if (kind < 70) return new HostileInputs.Case("generated text", "doc.txt", text(r), Map.of());
        if (kind < 85) return new HostileInputs.Case("generated markdown", "doc.md", markdown(r), Map.of());
        return new HostileInputs.Case("page with images", "page.html", pageWithImages(r), Map.of());
    }

    private static byte[] text(Random r) {
        StringBuilder out = new StringBuilder();
        int lines = r.nextInt(200);
        for (int i = 0; i < lines; i++) {
            int words = r.nextInt(r.nextInt(10) == 0 ? 400 : 25);
            for (int w = 0; w < words; w++) out.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? "" : " ");
            out.append(BREAKS[r.nextInt(BREAKS.length)]);
        }
        Charset charset = switch (r.nextInt(6)) {
            case 0 -> Charset.forName("windows-1256");
            case 1 -> StandardCharsets.UTF_16LE;
            default -> StandardCharsets.UTF_8;
        };
        byte[] data = out.toString().getBytes(charset);
        return r.nextInt(5) == 0 ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, data) : data;
    }

    private static byte[] markdown(Random r) {
        StringBuilder out = new StringBuilder();
        if (r.nextBoolean()) out.append("---\ntitle: ").append(WORDS[r.nextInt(WORDS.length)]).append("\n---\n\n");
        int blocks = 1 + r.nextInt(40);
        for (int b = 0; b < blocks; b++) {
            switch (r.nextInt(7)) {
                case 0 -> out.append("#".repeat(1 + r.nextInt(7))).append(' ').append(words(r, 6)).append("\n\n");
                case 1 -> {
                    int depth = 1 + r.nextInt(r.nextInt(5) == 0 ? 300 : 6);
                    for (int d = 0; d < depth; d++) out.append("  ".repeat(d)).append(r.nextBoolean() ? "- " : "1. ")
                            .append(words(r, 5)).append('\n');
                    out.append('\n');
                }
                case 2 -> out.append(">".repeat(1 + r.nextInt(r.nextInt(5) == 0 ? 500 : 4))).append(' ')
                        .append(words(r, 20)).append("\n\n");
                case 3 -> {
                    int cols = 1 + r.nextInt(r.nextInt(8) == 0 ? 3000 : 8), rows = r.nextInt(r.nextInt(8) == 0 ? 200 : 6);
                    out.append('|').append(("c|").repeat(cols)).append("\n|").append("---|".repeat(cols)).append('\n');
                    for (int row = 0; row < rows; row++) {
                        out.append('|');
                        for (int c = 0; c < cols; c++) out.append(words(r, 2)).append('|');
                        out.append('\n');
                    }
                    out.append('\n');
                }
                case 4 -> out.append("```").append(r.nextBoolean() ? "js" : "").append('\n').append(words(r, 30))
                        .append(r.nextBoolean() ? "\n```\n\n" : "\n");
                case 5 -> out.append("[").append(words(r, 3)).append("](").append(r.nextBoolean() ? "javascript:alert(1)"
                        : "https://example.org/" + r.nextInt(99)).append(") ").append("*".repeat(r.nextInt(40)))
                        .append(words(r, 10)).append("\n\n");
                default -> out.append(words(r, 60)).append("\n\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pageWithImages(Random r) {
        StringBuilder out = new StringBuilder("<html><head><title>").append(words(r, 5)).append("</title></head><body><article>");
        out.append("<h1>").append(words(r, 6)).append("</h1>");
        int figures = 1 + r.nextInt(5);
        for (int f = 0; f < figures; f++) {
            out.append("<p>").append(words(r, 40)).append("</p><figure><img src=\"data:").append(image(r))
                    .append("\" alt=\"").append(words(r, 3)).append("\"><figcaption>").append(words(r, 8))
                    .append("</figcaption></figure>");
        }
        out.append("<p>").append(words(r, 40)).append("</p>");
        int depth = r.nextInt(r.nextInt(6) == 0 ? 4000 : 5);
        out.append("<blockquote><em>".repeat(depth)).append(words(r, 5)).append("</em></blockquote>".repeat(depth));
        return out.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A data URI of an image, whole or damaged in one of the ways files are. */
    private static String image(Random r) {
        String format = r.nextBoolean() ? "png" : r.nextBoolean() ? "jpeg" : "gif";
        byte[] data = imageBytes(format, 8 + r.nextInt(200), 8 + r.nextInt(200));
        switch (r.nextInt(4)) {
            case 0 -> data = Arrays.copyOf(data, 1 + r.nextInt(data.length));
            case 1 -> data[8 + r.nextInt(data.length - 8)] ^= (byte) (1 + r.nextInt(255));
            default -> { }
        }
        return "image/" + format + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private static byte[] imageBytes(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, x * 7 << 16 | y * 5 << 8 | x ^ y);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format.equals("jpeg") ? "jpg" : format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String words(Random r, int max) {
        StringBuilder out = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) out.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return out.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        return options;
    }

    private static byte[] bytes(String example) throws IOException {
        return Files.readAllBytes(Path.of("examples", example));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
