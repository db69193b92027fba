package io.convert.writer.markup;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import io.convert.model.Dates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/** Authors and dates spelt the way readers of the article's language expect them. */
public final class Byline {
    private static final DateTimeFormatter DATE_TIME_ATTRIBUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Byline() {
    }

    /** "A, B and C" in the language's own words ("A وB" in Arabic). */
    public static String authors(List<String> authors, String languageTag) {
        List<String> names = authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (names.size() < 2) return names.isEmpty() ? "" : names.get(0);
        ULocale locale = languageTag == null ? ULocale.ENGLISH : ULocale.forLanguageTag(languageTag);
        return ListFormatter.getInstance(locale).format(names);
    }

    /**
     * A model date as a reader would write it: "17 مايو 2025" for Arabic, "May 17, 2025" for
     * English; the ISO date when the language is unknown or the value is not a date.
     */
    public static String date(String normalized, String languageTag) {
        LocalDate date;
        try {
            date = Dates.dateOf(normalized);
        } catch (RuntimeException e) {
            return normalized;
        }
        if (date == null) return normalized;
        if (languageTag == null || languageTag.equals("und")) return date.toString();
        Locale locale = Locale.forLanguageTag(languageTag);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The value of a {@code <time datetime>} attribute for a model date, or null if it is none. */
    public static String datetimeAttribute(String normalized) {
        try {
            TemporalAccessor t = Dates.parse(normalized);
            if (t instanceof LocalDate d) return d.toString();
            if (t instanceof OffsetDateTime odt) return DATE_TIME_ATTRIBUTE.format(odt);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
