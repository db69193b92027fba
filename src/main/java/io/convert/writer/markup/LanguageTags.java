package io.convert.writer.markup;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Well-formed BCP 47 tags for {@code lang} attributes and package metadata. */
public final class LanguageTags {
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
}
