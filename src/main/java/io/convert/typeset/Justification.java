package io.convert.typeset;

import java.util.Locale;

/**
 * How justified lines are stretched to their measure: by widening the spaces between words, by
 * elongating Arabic joins with tatweel (kashida) where the joining rules allow it, or not at all.
 */
public enum Justification {
    INTER_WORD, KASHIDA, NONE;

    /** Parses {@code inter-word}, {@code kashida} or {@code none} (any case); null or blank gives INTER_WORD. */
    public static Justification parse(String s) {
        if (s == null || s.isBlank()) return INTER_WORD;
        return switch (s.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "inter-word", "interword" -> INTER_WORD;
            case "kashida" -> KASHIDA;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException(
                    "unknown justification '" + s + "' (expected inter-word, kashida or none)");
        };
    }
}
