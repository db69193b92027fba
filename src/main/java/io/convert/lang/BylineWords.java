package io.convert.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a byline opens with: "By", "Written by", "بقلم", "كتب", "إعداد" and their kin,
 * followed by an optional colon or dash. Left out on purpose: "Reporting by", which in wire
 * copy opens the closing credit ("Reporting by A; Editing by B") and names editors too.
 */
public final class BylineWords {
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?i:(?:written|words|story|text|posted)\\s+)?(?i:by)(?=[:\\s])"
            + "|(?:بقلم|كتب|كتبت|كتبه|كتبها|كتابة|إعداد|اعداد|تقرير|تحرير|ترجمة|متابعة|حوار)(?!\\p{L}))"
            + "\\s*[:：\\-–—]?\\s*");

    private BylineWords() {
    }

    /** Whether {@code text} opens with a byline word. */
    public static boolean opens(String text) {
        return LEAD.matcher(text.stripLeading()).lookingAt();
    }

    /** What follows the byline word {@code text} opens with (the names, usually), or null when it opens with none. */
    public static String after(String text) {
        Matcher m = LEAD.matcher(text.strip());
        if (!m.lookingAt()) return null;
        String rest = text.strip().substring(m.end());
        return rest.isEmpty() ? null : rest;
    }
}
