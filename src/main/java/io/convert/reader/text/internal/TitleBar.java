package io.convert.reader.text.internal;

import io.convert.lang.FunctionWords;
import io.convert.lang.PrintedDates;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A browser title bar copied with the page: "Title | Site", "Site | Title", or a generic phrase
 * with the site's name ("الموقع الرسمي | SITE", "Home - SITE").
 *
 * @param site the site's name
 * @param title the article title the bar names, or null when the bar names only the site
 */
public record TitleBar(String site, String title) {
    private static final Pattern BAR = Pattern.compile("\\s+[|｜]\\s+|\\s+::\\s+");
    private static final Pattern NUMERIC = Pattern.compile("[\\p{N}\\s/.:-]+");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    /** "SITE : TITLE": a print page's bar; a colon parts a headline's own words too, so only a repeat decides. */
    private static final Pattern COLON = Pattern.compile("\\s+[:：]\\s+");
    /** "(طباعة)", "(Print)": the mark a site's print page adds to its bar. */
    private static final Pattern PRINT_MARK = Pattern.compile("(?iu)\\s*[(\\[](?:طباعة|طباعه|print|imprimer)[)\\]]$");
    private static final Set<String> GENERIC = Set.of(
            "الموقع الرسمي", "الصفحه الرئيسيه", "الرئيسيه", "اخبار", "الاخبار", "بوابه", "official site",
            "official website", "home", "home page", "homepage", "news", "latest news", "breaking news", "welcome");
    /** A headline's kicker ("ملف | TITLE", "Analysis | TITLE"): the line is the headline, not a bar. */
    private static final Set<String> KICKERS = Set.of(
            "ملف", "تحقيق", "حوار", "تقرير", "راي", "عاجل", "خاص", "تحليل", "فيديو", "صور", "بالفيديو", "بالصور",
            "exclusive", "analysis", "opinion", "interview", "video", "breaking", "live", "explainer");

    /**
     * Reads {@code line} as a title bar; {@code laterLines} may repeat the title (which decides
     * which side is the site). Returns null when the line is not a bar.
     */
    public static TitleBar parse(String line, List<String> laterLines) {
        String t = PRINT_MARK.matcher(line.strip()).replaceFirst("");
        if (Words.count(t) > 25) return null;
        String[] parts = BAR.split(t);
        boolean dashed = false;
        if (parts.length < 2) {
            parts = DASH.split(t);
            dashed = true;
        }
        boolean colon = parts.length < 2;
        if (colon) parts = COLON.split(t, 2);
        if (parts.length < 2 || parts.length > 3) return null;
        if (parts.length == 3 && Words.count(parts[0]) <= 2 && Words.count(parts[1]) <= 2) return null;
        String first = parts[0].strip(), last = parts[parts.length - 1].strip();
        // "2021-12-10 | 14:24 SECTION" and "WEEKDAY HIJRI-DATE | 21 كانون الأول 2025": a side that only
        // dates the day makes the line a date bar.
        if (isDate(first) || isDate(last)) return null;
        if (KICKERS.contains(Words.key(first).toLowerCase(Locale.ROOT))) return null;
        if (!colon && isGeneric(first)) return new TitleBar(last, null);
        if (!colon && isGeneric(last)) return new TitleBar(first, null);
        for (String later : laterLines) {
            String key = Words.key(later);
            if (key.isEmpty()) continue;
            if (key.equals(Words.key(first))) return new TitleBar(last, first);
            if (key.equals(Words.key(last))) return new TitleBar(first, last);
        }
        if (dashed) return null;
        // Without other evidence, the shorter side is the site: "Long article title | Site". A side that opens with a
        // preposition ("بين الإبعاد الإداري والقضائي | HEADLINE") is a phrase of the headline's, no outlet's name.
        boolean firstShorter = Words.count(first) < Words.count(last);
        if (opensWithPreposition(firstShorter ? first : last)) return null;
        return firstShorter ? new TitleBar(first, last) : new TitleBar(last, first);
    }

    private static boolean opensWithPreposition(String part) {
        String key = Words.key(part).toLowerCase(Locale.ROOT);
        int space = key.indexOf(' ');
        return space > 0 && FunctionWords.isPreposition(key.substring(0, space));
    }

    private static boolean isDate(String part) {
        return NUMERIC.matcher(part).matches() || Words.count(part) <= 6 && PrintedDates.find(part) != null;
    }

    private static boolean isGeneric(String part) {
        return GENERIC.contains(Words.key(part));
    }
}
