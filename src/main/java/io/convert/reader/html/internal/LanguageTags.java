package io.convert.reader.html.internal;

import io.convert.model.Direction;
import java.util.Locale;
import java.util.Set;

/** Facts about BCP 47 tags the reader needs: direction of a script, sameness of languages. */
final class LanguageTags {
    private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "iw", "yi", "ps", "sd", "ug", "ckb", "dv",
            "ku-arab", "syr", "arc");

    private LanguageTags() {
    }

    /** The primary language subtag in lower case ({@code ar} for {@code ar-EG}), or null. */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    /** The direction a language is written in, RTL or LTR; null for an empty tag. */
    static Direction direction(String tag) {
        String p = primary(tag);
        if (p == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.contains("-latn") || t.contains("-cyrl")) return Direction.LTR;
        return RTL.contains(p) || t.contains("-arab") || t.contains("-hebr") ? Direction.RTL : Direction.LTR;
    }

    static boolean sameLanguage(String a, String b) {
        String pa = primary(a), pb = primary(b);
        return pa != null && pa.equals(pb);
    }

    /** A tag as written in a page ({@code en_US}, {@code AR}) in its BCP 47 spelling. */
    static String clean(String tag) {
        if (tag == null) return null;
        String t = tag.strip().replace('_', '-');
        if (!t.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) return null;
        return Locale.forLanguageTag(t).toLanguageTag().equals("und") ? null : Locale.forLanguageTag(t).toLanguageTag();
    }
}
