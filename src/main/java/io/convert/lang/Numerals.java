package io.convert.lang;

import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.model.Block;
import io.convert.model.PlainText;
import java.util.Locale;
import java.util.Objects;

/**
 * The digits an article counts with. Generated numbers (list markers, page numbers, dates)
 * follow the digits the article's own text uses, so a page that writes "30 يومًا" does not get
 * "صفحة ٣"; an Arabic text without digits gets Arabic-Indic ones, Persian, Urdu and Pashto
 * Extended Arabic-Indic ones. Readers go the other way, reading any of them as ASCII digits.
 */
public enum Numerals {
    LATIN('0'), ARABIC_INDIC('\u0660'), PERSIAN('\u06F0');

    /** {@link #values()} copies its array on every call; counting asks for it once per character. */
    private static final Numerals[] ALL = values();

    private final char zero;

    Numerals(char zero) {
        this.zero = zero;
    }

    /**
     * The numerals for {@code article}; {@code override} ({@code latin}, {@code arabic},
     * {@code persian}, or null) wins when it names one.
     */
    public static Numerals forArticle(Article article, String override) {
        if (override != null) {
            switch (override.trim().toLowerCase(Locale.ROOT)) {
                case "latin", "latn", "western" -> { return LATIN; }
                case "arabic", "arab", "arabic-indic" -> { return ARABIC_INDIC; }
                case "persian", "arabext", "extended" -> { return PERSIAN; }
                default -> { }
            }
        }
        int[] counts = new int[ALL.length];
        count(article.metadata().title(), counts);
        for (Block block : article.blocks()) count(PlainText.of(block), counts);
        int best = 0;
        for (int i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
        if (counts[best] > 0) return ALL[best];
        String language = LanguageTags.language(article.language().tag());
        if (language == null) return LATIN;
        return switch (language) {
            case "ar" -> ARABIC_INDIC;
            case "fa", "ur", "ps" -> PERSIAN;
            default -> LATIN;
        };
    }

    /**
     * The numerals for the pages of {@code book} as a whole: {@code override} when it names
     * some, else those of its first article in the book's main language.
     */
    public static Numerals forBook(Book book, String override) {
        Article lead = book.articles().stream()
                .filter(a -> Objects.equals(a.language().tag(), book.language()))
                .findFirst().orElse(book.articles().get(0));
        return forArticle(lead, override);
    }

    private static void count(String text, int[] counts) {
        if (text == null) return;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Letters of Latin and Arabic script lie between the systems' digits: two tests pass them over.
            if (c < '0' || c > '9' && c < ARABIC_INDIC.zero || c > PERSIAN.zero + 9) continue;
            for (Numerals n : ALL) {
                if (c >= n.zero && c <= n.zero + 9) counts[n.ordinal()]++;
            }
        }
    }

    public String format(long number) {
        return digits(Long.toString(number));
    }

    /** Replaces ASCII digits in {@code text} with this system's. */
    public String digits(String text) {
        if (this == LATIN) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }

    /** {@code c} as an ASCII digit when it is an Arabic-Indic or Extended Arabic-Indic one (for parsing only). */
    public static char ascii(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        return c;
    }

    /** {@code text} with every Arabic-Indic and Extended Arabic-Indic digit as an ASCII one. */
    public static String ascii(String text) {
        // Most lines asked have no such digit: they are given back as they are, not copied.
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i), a = ascii(c);
            if (a == c) continue;
            if (out == null) out = text.toCharArray();
            out[i] = a;
        }
        return out == null ? text : new String(out);
    }
}
