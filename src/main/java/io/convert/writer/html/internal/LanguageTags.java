package io.convert.writer.html.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Well-formed BCP 47 tags for {@code lang} attributes and package metadata. */
public final class LanguageTags {
    /** Languages written in Arabic script, whose text wants an Arabic typeface. */
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ks", "ku");

    private LanguageTags() {
    }

    /** The canonical spelling of {@code tag} ({@code en_us} gives {@code en-US}), or null if it is not one. */
    public static String clean(String tag) {
        if (tag == null || tag.isBlank()) return null;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            String clean = locale.toLanguageTag();
            return clean.isEmpty() ? null : clean;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    public static boolean isArabicScript(String tag) {
        if (tag == null) return false;
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return ARABIC_SCRIPT.contains(primary);
    }
}
