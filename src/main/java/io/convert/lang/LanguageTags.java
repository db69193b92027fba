package io.convert.lang;

import com.ibm.icu.util.ULocale;
import io.convert.model.Direction;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What a BCP 47 language tag says about writing: its canonical spelling, its direction, whether
 * it is written in Arabic script, and whether two tags name the same language. The script comes
 * from the tag's own script subtag, else from CLDR's likely subtags (through ICU), so
 * {@code ku} is Latin but {@code ckb}, {@code ku-Arab} and {@code pa-PK} are Arabic, without a
 * hand-kept list to drift.
 */
public final class LanguageTags {
    private LanguageTags() {
    }

    /**
     * The canonical spelling of a tag as pages write it ({@code en_us} gives {@code en-US}), or
     * null if it is not a well-formed tag or names no language ({@code und}).
     */
    public static String clean(String tag) {
        if (tag == null || tag.isBlank()) return null;
        try {
            String clean = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().toLanguageTag();
            return clean.isEmpty() || clean.equals("und") ? null : clean;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /**
     * {@link #clean}'s spelling of a tag, or {@code und} (BCP 47's "undetermined") when it names
     * no language: formats that must state a language (EPUB, HTML, tagged PDF) say so.
     */
    public static String cleanOrUndetermined(String tag) {
        String clean = clean(tag);
        return clean == null ? "und" : clean;
    }

    /** The direction the language of {@code tag} is written in; null when the tag names none. */
    public static Direction direction(String tag) {
        ULocale locale = locale(tag);
        if (locale == null) return null;
        return locale.isRightToLeft() ? Direction.RTL : Direction.LTR;
    }

    /**
     * Whether the language of {@code tag} is written in Arabic script, which needs taller lines
     * for its marks, its own comma and its own digits.
     */
    public static boolean isArabicScript(String tag) {
        ULocale locale = locale(tag);
        return locale != null && ULocale.addLikelySubtags(locale).getScript().equals("Arab");
    }

    /** Whether two tags name the same language ({@code ar-EG} and {@code ar}, {@code iw} and {@code he}). */
    public static boolean sameLanguage(String a, String b) {
        String pa = language(a);
        return pa != null && pa.equals(language(b));
    }

    /** The language subtag of {@code tag} in lower case, modern codes for old ones ({@code he} for {@code iw}); null for none. */
    public static String language(String tag) {
        String clean = clean(tag);
        return clean == null ? null : Locale.forLanguageTag(clean).getLanguage();
    }

    private static ULocale locale(String tag) {
        String clean = clean(tag);
        return clean == null ? null : ULocale.forLanguageTag(clean);
    }
}
