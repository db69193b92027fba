package io.convert.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.Converter;
import io.convert.model.Article;
import io.convert.reader.html.ReadabilityCorpus;
import io.convert.spi.ReadOptions;
import io.convert.spi.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Development benchmark, not a test: runs the HTML reader (through {@link Converter} and the JSON
 * writer, as {@code convert --to json} would) over the extraction corpora in
 * {@code ../shared/corpus/} and prints body F1/P/R, title accuracy and snippet scores with the
 * definitions of {@code shared/tools/extract-score/score.py}, so its figures match that script's.
 *
 * <p>Each corpus is split by a fixed rule, the CRC-32 of the page id being even (tuning half) or
 * odd (held-out half): rules are tuned by looking at tuning pages only, and the held-out figures
 * say whether a change generalises.
 *
 * <pre>
 * src/bench/run.sh io.convert.bench.ExtractionBench [--corpus DIR] [--jobs N] [--url]
 *     [--per-page FILE] [--only REGEX] [--dump DIR] [CORPUS-NAME ...]
 * </pre>
 * {@code title} is score.py's exact match; {@code title_typo} also counts a title that differs
 * from the truth only in typography (curly or straight quotes, full-width marks), which the
 * hand-made truths often type otherwise than the page sets them.
 * {@code --url} gives the reader each page's original URL as its base (score.py gives none);
 * {@code --per-page} writes a TSV row per tuning page (held-out pages are not listed, so they are
 * not looked at); {@code --dump} writes each page's JSON as {@code <id>.json}, to check these
 * figures against score.py ({@code 'cat DIR/$(basename {} .html).json'}).
 */
public final class ExtractionBench {
    private static final List<String> DEFAULT_CORPORA = List.of("wcxb-articles", "trafilatura-eval", "cwced-zh",
            "newspaper4k-tests");
    /** The Chinese corpus is scored per character, as its truth keeps the browser's line breaks. */
    private static final Set<String> PER_CHARACTER = Set.of("cwced-zh");
    private static final Set<String> BODY_TYPES = Set.of("paragraph", "list", "quote", "table", "code", "heading");
    /** Python's {@code \w} in Unicode mode: letters, numbers and the underscore (no combining marks). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern CJK = Pattern.compile(
            "([\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\x{20000}-\\x{2fa1f}])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b\\u2060\\ufeff]");
    private static final Pattern WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}_]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionBench() {
    }

    record Truth(String id, String url, String lang, String title, String body, List<String> with,
            List<String> without) {
    }

    record Result(Truth truth, String title, String body, String failure, double ms) {
    }

    /** Per-page shares of true positives, false positives and false negatives (summing to 1). */
    record Triple(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("../shared/corpus");
        int jobs = 2;
        boolean withUrl = false;
        Path perPage = null, dump = null;
        Pattern only = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> root = Path.of(args[++i]);
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                case "--url" -> withUrl = true;
                case "--per-page" -> perPage = Path.of(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--only" -> only = Pattern.compile(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) names = DEFAULT_CORPORA;
        if (dump != null) Files.createDirectories(dump);
        Converter converter = Converter.create();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (PrintWriter rows = perPage == null ? null : new PrintWriter(Files.newBufferedWriter(perPage))) {
            if (rows != null) rows.println("corpus\tid\tstatus\tP\tR\tF1\ttitle_ok\twith\twithout\tgot_title\twant_title");
            for (String name : names) {
                Path corpus = root.resolve(name);
                boolean cjk = PER_CHARACTER.contains(name);
                List<Future<Result>> futures = new ArrayList<>();
                for (Truth t : truths(corpus)) {
                    if (only != null && !only.matcher(t.id()).find()) continue;
                    Path page = corpus.resolve("pages").resolve(t.id() + ".html.gz");
                    String base = withUrl && !t.url().isEmpty() ? t.url() : null;
                    Path dumpTo = dump;
                    futures.add(pool.submit(() -> run(converter, t, page, base, dumpTo)));
                }
                List<Result> tuning = new ArrayList<>(), heldOut = new ArrayList<>();
                for (Future<Result> f : futures) {
                    Result r = f.get();
                    (isTuning(r.truth().id()) ? tuning : heldOut).add(r);
                    if (rows != null && isTuning(r.truth().id())) rows.println(row(name, r, cjk));
                }
                List<Result> all = new ArrayList<>(tuning);
                all.addAll(heldOut);
                System.out.println(summary(name, "tuning", tuning, cjk));
                System.out.println(summary(name, "held-out", heldOut, cjk));
                System.out.println(summary(name, "all", all, cjk));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The fixed split: pages whose id has an even CRC-32 are the tuning half. */
    public static boolean isTuning(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    private static List<Truth> truths(Path corpus) throws IOException {
        List<Truth> out = new ArrayList<>();
        try (var files = Files.list(corpus.resolve("truth"))) {
            for (Path p : files.sorted().toList()) {
                String id = p.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode n = JSON.readTree(p.toFile());
                out.add(new Truth(id, text(n, "url"), text(n, "lang"), n.path("title").isTextual()
                        ? n.get("title").asText() : null, n.path("body").isTextual() ? n.get("body").asText() : null,
                        strings(n.get("with")), strings(n.get("without"))));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.get(field).asText() : "";
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Result run(Converter converter, Truth t, Path page, String base, Path dump) {
        long t0 = System.nanoTime();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            byte[] html = in.readAllBytes();
            ReadOptions options = base == null ? ReadOptions.defaults() : ReadOptions.defaults().withBaseUrl(base);
            Article article = converter.read(new ByteArrayInputStream(html), "html", options).article();
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            converter.write(article, "json", json, WriteOptions.defaults());
            if (dump != null) Files.write(dump.resolve(t.id() + ".json"), json.toByteArray());
            JsonNode out = JSON.readTree(json.toByteArray());
            StringBuilder body = new StringBuilder();
            for (JsonNode b : out.path("blocks")) {
                if (!BODY_TYPES.contains(b.path("type").asText().toLowerCase(Locale.ROOT))) continue;
                if (!body.isEmpty()) body.append('\n');
                body.append(b.path("text").asText(""));
            }
            String title = out.path("title").isTextual() ? out.get("title").asText() : null;
            return new Result(t, title, body.toString(), null, (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(t, null, "", e.toString(), (System.nanoTime() - t0) / 1e6);
        }
    }

    private static String summary(String corpus, String half, List<Result> results, boolean cjk) {
        List<Triple> triples = new ArrayList<>();
        int titles = 0, titlesOk = 0, titlesFolded = 0, with = 0, withFound = 0, without = 0, withoutAbsent = 0, failed = 0;
        double ms = 0;
        for (Result r : results) {
            Truth t = r.truth();
            if (r.failure() != null) failed++;
            ms += r.ms();
            if (t.body() != null) triples.add(triple(t.body(), r.body(), cjk));
            if (t.title() != null) {
                titles++;
                if (collapse(t.title()).equals(collapse(r.title()))) titlesOk++;
                if (folded(t.title()).equals(folded(r.title()))) titlesFolded++;
            }
            String key = bodyKey(r.body()), ws = collapse(r.body());
            for (String s : t.with()) if (found(s, key, ws)) withFound++;
            for (String s : t.without()) if (!found(s, key, ws)) withoutAbsent++;
            with += t.with().size();
            without += t.without().size();
        }
        StringBuilder sb = new StringBuilder(String.format("%-18s %-8s pages=%d", corpus, half, results.size()));
        if (!triples.isEmpty()) {
            double p = triples.stream().filter(x -> x.tp() + x.fp() > 0).mapToDouble(Triple::precision).average()
                    .orElse(0);
            double r = triples.stream().filter(x -> x.tp() + x.fn() > 0).mapToDouble(Triple::recall).average()
                    .orElse(0);
            sb.append(String.format(" F1=%.3f P=%.3f R=%.3f", p + r == 0 ? 0 : 2 * p * r / (p + r), p, r));
        }
        sb.append(titles == 0 ? " title=n/a" : String.format(" title=%.3f title_typo=%.3f", (double) titlesOk / titles,
                (double) titlesFolded / titles));
        if (with + without > 0) {
            sb.append(String.format(" with_found=%.3f without_absent=%.3f", (double) withFound / Math.max(1, with),
                    (double) withoutAbsent / Math.max(1, without)));
        }
        sb.append(String.format(" failed=%d ms/page=%.0f", failed, results.isEmpty() ? 0 : ms / results.size()));
        return sb.toString();
    }

    private static String row(String corpus, Result r, boolean cjk) {
        Truth t = r.truth();
        String p = "", rc = "", f = "";
        if (t.body() != null) {
            Triple x = triple(t.body(), r.body(), cjk);
            double pr = x.precision(), re = x.recall();
            p = String.format("%.3f", pr);
            rc = String.format("%.3f", re);
            f = String.format("%.3f", pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
        }
        String key = bodyKey(r.body()), ws = collapse(r.body());
        long wf = t.with().stream().filter(s -> found(s, key, ws)).count();
        long wa = t.without().stream().filter(s -> !found(s, key, ws)).count();
        String ok = t.title() == null ? "" : collapse(t.title()).equals(collapse(r.title())) ? "1" : "0";
        return String.join("\t", corpus, t.id(), r.failure() == null ? "ok" : r.failure().replace('\t', ' '), p, rc,
                f, ok, wf + "/" + t.with().size(), wa + "/" + t.without().size(), collapse(r.title()),
                t.title() == null ? "" : collapse(t.title()));
    }

    static List<String> tokens(String text, boolean cjk, boolean lower) {
        String s = INVISIBLE.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC))
                .replaceAll("");
        if (lower) s = s.toLowerCase(Locale.ROOT);
        if (cjk) s = CJK.matcher(s).replaceAll(" $1 ");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Map<List<String>, Integer> shingles(String text, boolean cjk) {
        List<String> toks = tokens(text, cjk, true);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, toks.size() - 3); i++) {
            List<String> sh = toks.subList(i, Math.min(toks.size(), i + 4));
            if (!sh.isEmpty()) out.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return out;
    }

    static Triple triple(String truth, String predicted, boolean cjk) {
        Map<List<String>, Integer> ts = shingles(truth, cjk), ps = shingles(predicted, cjk);
        Set<List<String>> keys = new HashSet<>(ts.keySet());
        keys.addAll(ps.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int t = ts.getOrDefault(k, 0), p = ps.getOrDefault(k, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Triple(tp / sum, fp / sum, fn / sum) : new Triple(tp, fp, fn);
    }

    private static String bodyKey(String body) {
        return "\u0001" + String.join("\u0001", tokens(body, true, false)) + "\u0001";
    }

    private static boolean found(String snippet, String bodyKey, String bodyCollapsed) {
        List<String> toks = tokens(snippet, true, false);
        if (toks.isEmpty()) return bodyCollapsed.contains(collapse(snippet));
        String s = INVISIBLE.matcher(Normalizer.normalize(snippet, Normalizer.Form.NFC)).replaceAll("").strip();
        String pat = String.join("\u0001", toks);
        if (!WORD_CHAR.matcher(s.substring(0, s.offsetByCodePoints(0, 1))).matches()) pat = "\u0001" + pat;
        if (!WORD_CHAR.matcher(s.substring(s.offsetByCodePoints(s.length(), -1))).matches()) pat = pat + "\u0001";
        return bodyKey.contains(pat);
    }

    /** {@link #collapse}d with typography folded: the title a reader would call the same. */
    private static String folded(String s) {
        return ReadabilityCorpus.typographyFolded(collapse(s));
    }

    private static String collapse(String s) {
        if (s == null) return "";
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
