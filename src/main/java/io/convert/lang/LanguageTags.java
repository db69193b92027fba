package io.convert.lang;

import com.ibm.icu.util.ULocale;
import io.convert.model.Direction;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a BCP 47 language tag says about writing: its canonical spelling, its direction, whether
 * it is written in Arabic script, and whether two tags name the same language. The script comes
 * from the tag's own script subtag, else from CLDR's likely subtags (through ICU), so
 * {@code ku} is Latin but {@code ckb}, {@code ku-Arab} and {@code pa-PK} are Arabic; bare
 * two-letter tags are answered from CLDR's own answers kept here, which a test holds to ICU's.
 */
public final class LanguageTags {
    /**
     * CLDR's answers for bare two-letter tags, the tags nearly every article has, kept here because
     * asking ICU loads its locale data, a twentieth of a short conversion's time. The test checks
     * them against ICU for every two-letter tag, so they cannot drift from it.
     */
    private static final Set<String> ARABIC_SCRIPT_CODES = Set.of("ar", "fa", "ks", "ps", "sd", "ug", "ur");
    private static final Set<String> RIGHT_TO_LEFT_CODES = Set.of("ae", "ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi");
    /**
     * {@link #isArabicScript}'s answers by tag as the page wrote it: the PDF writer asks for every
     * paragraph, and a tag with a region ("en-US") cost a canonical spelling and ICU's likely
     * subtags each time (together nearly 1% of a batch's PDF conversions, JFR). Bounded, since
     * tags come from the inputs.
     */
    private static final Map<String, Boolean> ARABIC_SCRIPT_BY_TAG = new ConcurrentHashMap<>();
    /**
     * {@link #clean}'s answers by tag as written, empty for none: readers and writers ask it of
     * the same few tags for every block (a Locale.Builder each time, over 0.5% of a batch's
     * Markdown conversions, JFR). Bounded, as above.
     */
    private static final Map<String, String> CLEAN_BY_TAG = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_TAGS = 512;

    private LanguageTags() {
    }

    /**
     * The canonical spelling of a tag as pages write it ({@code en_us} gives {@code en-US}), or
     * null if it is not a well-formed tag or names no language ({@code und}).
     */
    public static String clean(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String known = CLEAN_BY_TAG.get(tag);
        if (known == null) {
            known = spelled(tag);
            if (CLEAN_BY_TAG.size() < MAX_REMEMBERED_TAGS) CLEAN_BY_TAG.put(tag, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** {@link #clean}'s answer, empty for none. */
    private static String spelled(String tag) {
        try {
            String clean = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().toLanguageTag();
            return clean.equals("und") ? "" : clean;
        } catch (IllformedLocaleException e) {
            return "";
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
        String clean = clean(tag);
        if (clean == null) return null;
        boolean rtl = isTwoLetterCode(clean) ? RIGHT_TO_LEFT_CODES.contains(clean) : ULocale.forLanguageTag(clean).isRightToLeft();
        return rtl ? Direction.RTL : Direction.LTR;
    }

    /**
     * Whether the language of {@code tag} is written in Arabic script, which needs taller lines
     * for its marks, its own comma and its own digits.
     */
    public static boolean isArabicScript(String tag) {
        if (tag == null) return false;
        Boolean known = ARABIC_SCRIPT_BY_TAG.get(tag);
        if (known != null) return known;
        boolean arabic = isArabicScriptClean(clean(tag));
        if (ARABIC_SCRIPT_BY_TAG.size() < MAX_REMEMBERED_TAGS) ARABIC_SCRIPT_BY_TAG.put(tag, arabic);
        return arabic;
    }

    private static boolean isArabicScriptClean(String clean) {
        if (clean == null) return false;
        if (isTwoLetterCode(clean)) return ARABIC_SCRIPT_CODES.contains(clean);
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(clean)).getScript().equals("Arab");
    }

    /** A canonical tag that is a two-letter language code and nothing more ("ar", not "ar-EG"). */
    static boolean isTwoLetterCode(String clean) {
        return clean.length() == 2 && clean.chars().allMatch(c -> c >= 'a' && c <= 'z');
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

}
