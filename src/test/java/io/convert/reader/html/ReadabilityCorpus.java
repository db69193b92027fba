package io.convert.reader.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.convert.fixture.Corpus;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.PlainText;
import io.convert.spi.Input;
import io.convert.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The Readability.js test pages in the {@link Corpus} (read in place, never copied), and the
 * measures the corpus test and the benchmark report: bag-of-words token F1 of the body text
 * against the expected article, and exact title match.
 */
public final class ReadabilityCorpus {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A letter or mark of a script written without spaces between words, or CJK punctuation. */
    private static final Pattern UNSPACED = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303f\\uff00-\\uffef]");

    /** Single quotes and apostrophes: left, right, reversed and the prime. */
    private static final String QUOTE_MARKS = "\u2018\u2019\u201b\u2032";
    /** Double quotes: left, right, reversed and the double prime. */
    private static final String DOUBLE_QUOTE_MARKS = "\u201c\u201d\u201f\u2033";
    /** The full-width forms of ASCII's printable characters, and how far they sit from them. */
    private static final int FULL_WIDTH_FIRST = 0xff01, FULL_WIDTH_LAST = 0xff5e, FULL_WIDTH_OFFSET = 0xff01 - '!';

    /** One test page: its source, expected article text and expected title. */
    public record Page(String name, Path folder, String source, String expectedText, String expectedTitle) {
        public Input input() {
            return new Input(source, name, "source.html", "http://fakehost/test/page.html");
        }
    }

    private ReadabilityCorpus() {
    }

    /** The pages' folder; a test that asks for it is skipped when the corpus is absent (see {@link Corpus}). */
    public static Path root() {
        return Corpus.folder("readability-test-pages");
    }

    public static List<Page> pages() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("source.html"))).sorted().map(ReadabilityCorpus::page)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(Path folder) {
        try {
            String source = Files.readString(folder.resolve("source.html"), StandardCharsets.UTF_8);
            String expected = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8))
                    .body().text();
            JsonNode meta = JSON.readTree(folder.resolve("expected-metadata.json").toFile());
            JsonNode title = meta.get("title");
            return new Page(folder.getFileName().toString(), folder, source, expected,
                    title == null || title.isNull() ? "" : title.asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article read(Page page) {
        return new HtmlReader().read(page.input(), ReadOptions.defaults().withBaseUrl("http://fakehost/test/page.html"));
    }

    /** The plain text of the article's body blocks, one block a line. */
    public static String bodyText(Article article) {
        StringBuilder sb = new StringBuilder();
        for (Block b : article.blocks()) sb.append(PlainText.of(b)).append('\n');
        return sb.toString();
    }

    /** Token F1 of two texts as bags of lower-cased Unicode {@code \w+} words; 1 when both are empty. */
    public static double tokenF1(String expected, String actual) {
        Map<String, Integer> e = bag(expected), a = bag(actual);
        int expectedCount = e.values().stream().mapToInt(Integer::intValue).sum();
        int actualCount = a.values().stream().mapToInt(Integer::intValue).sum();
        if (expectedCount == 0 && actualCount == 0) return 1;
        if (expectedCount == 0 || actualCount == 0) return 0;
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            overlap += Math.min(entry.getValue(), e.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / actualCount, recall = (double) overlap / expectedCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }

    /** Titles compared with runs of white space collapsed. */
    public static boolean sameTitle(String expected, String actual) {
        return collapse(expected).equals(collapse(actual == null ? "" : actual));
    }

    /**
     * {@link #sameTitle} once {@linkplain #typographyFolded typography is folded}, or {@code actual}
     * is {@code expected} without an affix set off by punctuation ("Title | Site", "Title [Site]"):
     * Readability.js, which made these expected titles, keeps og:title as written, site name and
     * straight quotes and all, where this reader removes the name and may take the headline's
     * typographic quotes. The
     * punctuation stands after a space, or, in a title in a script written without spaces, right
     * after its last character ("标题_科技_某网", "見出し（某社）"); in other scripts a hyphen or
     * an apostrophe touching a word is part of the word ("Spider-Man").
     */
    public static boolean sameTitleBesidesAffix(String expected, String actual) {
        String e = typographyFolded(collapse(expected)), a = typographyFolded(collapse(actual == null ? "" : actual));
        if (e.equals(a)) return true;
        if (a.isEmpty()) return false;
        if (e.startsWith(a)) return opensWithSeparator(e.substring(a.length()), a.codePointBefore(a.length()));
        if (e.endsWith(a)) return opensWithSeparator(new StringBuilder(e.substring(0, e.length() - a.length())).reverse()
                .toString(), a.codePointAt(0));
        return false;
    }

    /**
     * {@code s} with its typographic quotes and apostrophes straight and its full-width forms as
     * ASCII ("Beginner’s" and "Beginner's", "Work？" and "Work?"): the same title in another
     * hand's typography, which a reader does not tell apart. Hand-made truths type them straight
     * where the page sets them curly, and a page's og:title and headline often differ so.
     */
    public static String typographyFolded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (QUOTE_MARKS.indexOf(c) >= 0) out.append('\'');
            else if (DOUBLE_QUOTE_MARKS.indexOf(c) >= 0) out.append('"');
            else if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) out.append((char) (c - FULL_WIDTH_OFFSET));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static boolean opensWithSeparator(String rest, int beside) {
        String r = rest.strip();
        boolean setOff = rest.length() > r.length() || UNSPACED.matcher(Character.toString(beside)).matches();
        return !r.isEmpty() && setOff && !Character.isLetterOrDigit(r.codePointAt(0));
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
