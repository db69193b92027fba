package io.convert.reader.html.internal;

import io.convert.model.Dates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages print for people: "March 4, 2025", "4 Mar 2025", "السبت، 17 مايو 2025",
 * "١٧ أيار ٢٠٢٥", as well as ISO forms with a space instead of {@code T}.
 */
final class VisibleDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            // Egyptian and Gulf month names
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("أبريل", 4),
            Map.entry("إبريل", 4), Map.entry("ابريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6),
            Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("أغسطس", 8),
            Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("أكتوبر", 10), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            // Levantine and Iraqi month names
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("آذار", 3), Map.entry("اذار", 3),
            Map.entry("نيسان", 4), Map.entry("أيار", 5), Map.entry("ايار", 5), Map.entry("حزيران", 6),
            Map.entry("تموز", 7), Map.entry("آب", 8), Map.entry("اب", 8), Map.entry("أيلول", 9), Map.entry("ايلول", 9),
            Map.entry("تشرين الأول", 10), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الأول", 12), Map.entry("كانون الاول", 12));
    private static final String MONTH = "(كانون الثاني|كانون الأول|كانون الاول|تشرين الأول|تشرين الاول|تشرين الثاني"
            + "|[\\p{IsArabic}]+|[A-Za-z]{3,9}\\.?)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern ISO_LIKE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

    private VisibleDates() {
    }

    /** The first date in {@code text} as an ISO date, or null. */
    static String find(String text) {
        if (text == null || text.isBlank()) return null;
        String t = asciiDigits(text);
        String iso = Dates.normalize(t.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})", "$1T$2"));
        if (iso != null) return iso;
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            String d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) return d;
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            String d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) return d;
        }
        m = ISO_LIKE.matcher(t);
        while (m.find()) {
            String d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) return d;
        }
        return null;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
        Integer m = MONTHS.get(n);
        return m == null ? 0 : m;
    }

    private static String date(String year, int month, String day) {
        if (month == 0) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Arabic-Indic and Persian digits as ASCII digits. */
    static String asciiDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') sb.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') sb.append((char) ('0' + c - '\u06F0'));
            else sb.append(c);
        }
        return sb.toString();
    }
}
