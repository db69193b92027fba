package io.convert.writer.pdf.internal;

import io.convert.model.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The few words the writer itself adds to a document (page numbers, "Links", list separators,
 * dates), in the article's language when known, else English.
 */
public final class Wording {
    private final String primary;
    private final Locale locale;
    private final Numerals numerals;

    public Wording(String languageTag, Numerals numerals) {
        this.locale = languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        this.primary = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        this.numerals = numerals;
    }

    public Numerals numerals() {
        return numerals;
    }

    public String pageOf(int page, int pages) {
        String n = numerals.format(page), total = numerals.format(pages);
        return switch (primary) {
            case "ar" -> "صفحة " + n + " من " + total;
            case "fr" -> "Page " + n + " sur " + total;
            case "de" -> "Seite " + n + " von " + total;
            case "es" -> "Página " + n + " de " + total;
            case "en" -> "Page " + n + " of " + total;
            default -> n + " / " + total;
        };
    }

    public String linksHeading() {
        return switch (primary) {
            case "ar" -> "الروابط";
            case "fr" -> "Liens";
            case "de" -> "Links";
            case "es" -> "Enlaces";
            default -> "Links";
        };
    }

    /** Joins names the way the language lists them ("A, B and C" / "أ، ب و ج"). */
    public String join(List<String> names) {
        String comma = primary.equals("ar") || primary.equals("fa") || primary.equals("ur") ? "، " : ", ";
        String and = switch (primary) {
            case "ar" -> " و";
            case "fr" -> " et ";
            case "de" -> " und ";
            case "es" -> " y ";
            case "en" -> " and ";
            default -> comma;
        };
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(comma, names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /**
     * A model date (ISO) written out for a reader of the language: "17 May 2025",
     * "١٧ مايو ٢٠٢٥". Returns the input unchanged when it is not a date.
     */
    public String date(String isoDate) {
        LocalDate d;
        try {
            d = Dates.dateOf(Dates.normalize(isoDate));
        } catch (RuntimeException e) {
            d = null;
        }
        if (d == null) return isoDate;
        if (primary.equals("ar")) {
            return numerals.format(d.getDayOfMonth()) + " " + ARABIC_MONTHS[d.getMonthValue() - 1] + " "
                    + numerals.format(d.getYear());
        }
        String text = primary.equals("en")
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(d)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
        return numerals.digits(text);
    }

    /** Gregorian month names as used across the Arabic press (CLDR "ar"). */
    private static final String[] ARABIC_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
}
