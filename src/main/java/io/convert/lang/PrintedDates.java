package io.convert.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates pages print for people, in English or Arabic: month names in English,
 * in the Egyptian/Gulf form (يناير…), the Levantine/Iraqi form (كانون الثاني…) and the Maghrebi
 * form (جانفي…), numeric dates (year first or day first), and Arabic-Indic digits.
 */
public final class PrintedDates {
    /** Month names to month numbers, in the order the pattern tries them. */
    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "يناير", "كانون الثاني", "جانفي", "janvier"},
            {"february", "feb", "فبراير", "شباط", "فيفري", "février", "fevrier"},
            {"march", "mar", "مارس", "آذار", "اذار", "أذار", "mars"},
            {"april", "apr", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "avril"},
            {"may", "مايو", "أيار", "ايار", "ماي", "mai"},
            {"june", "jun", "يونيو", "يونيه", "حزيران", "جوان", "juin"},
            {"july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "juillet"},
            {"august", "aug", "أغسطس", "اغسطس", "آب", "اب", "أوت", "août", "aout"},
            {"september", "sep", "sept", "سبتمبر", "أيلول", "ايلول", "septembre"},
            {"october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "تشرين أول", "تشرين اول", "octobre"},
            {"november", "nov", "نوفمبر", "تشرين الثاني", "تشرين ثاني", "novembre"},
            {"december", "dec", "ديسمبر", "كانون الأول", "كانون الاول", "كانون أول", "كانون اول", "décembre", "decembre"},
        };
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) months.put(name, m + 1);
        }
        return Collections.unmodifiableMap(months);
    }

    private static final String MONTH = monthAlternation(name -> true);
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";
    /**
     * "17 May 2025", "4th of March 2025", "10, November 2021", "17 أيار/مايو 2025", "12 مارس-آذار 2017", "١٧ كانون الثاني ٢٠٢٥",
     * "٢٧/مارس/٢٠١٦", and "26 يوليو2022م" with the year run into the month.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])" + DAY + "\\s*(?:من\\s+|of\\s+|[/-]\\s*|,\\s+)?" + MONTH
                    + "(?:\\s*[/(\\-–]\\s*\\p{L}+(?:\\s*[-–/]?\\s*\\p{L}+)?\\s*\\)?)?[\\s,،./-]*(?:عام\\s+|سنة\\s+)?" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "May 17, 2025", "Sept. 3 2024", "Jun 20,2017" (a theme that sets no space after the comma). */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\.?\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "محليات وبرلمانمايو 27, 2018": a section's name copied against the month with no space; only
     * an Arabic month of four letters or more, and with its day and year, is told inside a word.
     */
    private static final Pattern GLUED_MONTH_DAY_YEAR = Pattern.compile(
            "(?<=\\p{IsArabic})" + monthAlternation(n -> n.length() >= 4 && n.codePoints().allMatch(c -> c == ' ' || c > 0x600))
                    + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
    /** "20/08/21 19:08": a two-digit year, read as a date only with the time of day after it (no score or fraction has one). */
    private static final Pattern DAY_FIRST_SHORT_YEAR =
            Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2})\\s+(?:[-|]\\s*)?\\d{1,2}:\\d{2}(?!\\d)");

    /**
     * Words a date bar prints around the date: weekdays, Hijri months, the time and its markers,
     * "corresponding to" (the Gregorian and Hijri dates side by side).
     */
    private static final Set<String> DATE_BAR_WORDS = Set.of(
            "السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "محرم", "صفر", "ربيع", "الأول", "الاول", "الآخر", "الثاني",
            "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "ذو", "ذي", "هـ", "ه", "م", "ص", "صـ", "مـ",
            "am", "pm", "gmt", "الموافق", "الساعة", "بتوقيت", "مكة", "المكرمة", "غرينتش");
    private static final Set<String> HIJRI_MONTH_WORDS = Set.of("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال",
            "القعدة", "الحجة");
    private static final String AR_UNITS = "(?:ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|"
            + "اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر|شهور|سنة|سنتين|سنوات|عام|عامين|أعوام|اعوام)";
    /** "3 ساعات", "يوماً": one count of an age, the unit perhaps with the accusative's alif ("22 يوماً"). */
    private static final String AR_AGE_PART = "(?:\\d+\\s+)?" + AR_UNITS + "(?:اً|ا)?";
    /**
     * "منذ 3 ساعات", "نشر منذ: 16 سنة و 7 أشهر و 22 يوماً": an age, perhaps counted in several units
     * joined by "and", perhaps labelled as the story's ("نشر", published).
     */
    private static final Pattern TIME_AGO = Pattern.compile("(?iu)(?:نشر\\s+)?(?:منذ|قبل)\\s*:?\\s*" + AR_AGE_PART
            + "(?:\\s+و\\s*" + AR_AGE_PART + ")*(?:\\s+(?:واحد|واحدة))?"
            + "|(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago"
            + "|il\\s+y\\s+a\\s+(?:\\d+|une?)\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)");
    /** An age closing a line, after a space and perhaps a bar or a dash. */
    private static final Pattern TIME_AGO_AT_END = Pattern.compile("(?:\\s+[-–—|•·])?\\s+(?:" + TIME_AGO.pattern() + ")\\s*$");
    /** "10 مارس 202218:08": a theme that prints the time right after the year, without a space. */
    private static final Pattern YEAR_GLUED_TO_TIME = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{1,2}:\\d{2})(?!\\d)");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    private static final Pattern DATE_BAR_TOKEN = Pattern.compile("[^\\s,،|/\\-–—:]+");

    private PrintedDates() {
    }

    /**
     * Whether {@code text} is only a time counted back from now ("منذ يوم واحد", "قبل 3 ساعات", "2 hours
     * ago", "il y a 5 minutes"), as pages print a story's age in place of its date.
     */
    public static boolean isTimeAgo(String text) {
        return TIME_AGO.matcher(Numerals.ascii(text.strip())).matches();
    }

    /**
     * What comes before the time counted back from now that ends {@code text} ("NAME منذ 3 ساعات", "NAME - 2
     * hours ago"), its separator left out; null when no such time ends it.
     */
    public static String beforeTimeAgo(String text) {
        Matcher m = TIME_AGO_AT_END.matcher(Numerals.ascii(text.strip()));
        return m.find() && m.start() > 0 ? text.strip().substring(0, m.start()).strip() : null;
    }

    /**
     * Whether {@code text} is a date bar: a date with only a weekday, a time, the Hijri date and
     * at most a place and a temperature around it ("السبت 31 يناير 2026 07:27 صـ 12 شعبان 1447 هـ").
     */
    public static boolean isDateBar(String text) {
        if (find(text) == null) return false;
        Matcher m = DATE_BAR_TOKEN.matcher(Numerals.ascii(text));
        int other = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[.°()]", "");
            if (w.isEmpty() || w.chars().allMatch(Character::isDigit) || DATE_BAR_WORDS.contains(w) || MONTHS.containsKey(w)) continue;
            other++;
        }
        return other <= 3;
    }

    /**
     * Whether {@code text} is only a Hijri date, perhaps with its weekday and time ("الأحد 20 ربيع الآخر
     * 1447 هـ"): the other half of a date bar, which gives no Gregorian date to read.
     */
    public static boolean isHijriDate(String text) {
        // "1446هـ": the era's mark may follow the year without a space.
        Matcher m = DATE_BAR_TOKEN.matcher(Numerals.ascii(text.strip()).replaceAll("(\\d)(\\p{IsArabic})", "$1 $2"));
        boolean month = false, year = false;
        while (m.find()) {
            String w = m.group().replaceAll("[.()]", "");
            if (w.isEmpty()) continue;
            if (w.matches("1[34]\\d{2}")) year = true;
            else if (HIJRI_MONTH_WORDS.contains(w)) month = true;
            else if (!w.chars().allMatch(Character::isDigit) && !DATE_BAR_WORDS.contains(w)) return false;
        }
        return month && year;
    }

    /**
     * Whether {@code text} is a day and a month without the year, perhaps with a weekday and the time
     * ("8 نوفمبر، 14:00", "الخميس 3 مارس"): a story's date as sites print it in the current year. Only
     * the whole line counts: a day and a month inside words are a headline's.
     */
    public static boolean isYearlessDate(String text) {
        Matcher m = DATE_BAR_TOKEN.matcher(TIME_OF_DAY.matcher(Numerals.ascii(text.strip())).replaceAll(" "));
        boolean day = false, month = false;
        int tokens = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[.()]", "");
            if (w.isEmpty()) continue;
            if (++tokens > 7) return false;
            if (w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31) day = true;
            else if (MONTHS.containsKey(w)) month = true;
            else if (!DATE_BAR_WORDS.contains(w)) return false;
        }
        return day && month;
    }

    /**
     * Whether {@code text} is a date bar opening with its date: a weekday, a day's number or a
     * month first ("الأحد ٢٧/مارس/٢٠١٦ ٠٠:٣٧ ص"), not words that a date then closes.
     */
    public static boolean opensDateBar(String text) {
        if (!isDateBar(text)) return false;
        Matcher m = DATE_BAR_TOKEN.matcher(Numerals.ascii(text));
        if (!m.find()) return false;
        String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[.°()]", "");
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || DATE_BAR_WORDS.contains(w) || MONTHS.containsKey(w));
    }

    private static String monthAlternation(Predicate<String> names) {
        StringBuilder alt = new StringBuilder("(");
        // Longer names first so "كانون الثاني" wins over a shorter overlapping name.
        MONTHS.keySet().stream().filter(names).sorted((a, b) -> b.length() - a.length()).forEach(n -> {
            if (alt.length() > 1) alt.append('|');
            alt.append(Pattern.quote(n));
        });
        return alt.append(")(?![\\p{L}])").toString();
    }

    /** The first date {@code text} prints, or null. A shape that reads as no real day ("31 June") is passed over. */
    public static LocalDate find(String text) {
        if (text == null || text.isBlank()) return null;
        String t = YEAR_GLUED_TO_TIME.matcher(Numerals.ascii(text)).replaceAll("$1 $2");
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) return d;
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) return d;
        }
        m = GLUED_MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) return d;
        }
        m = YEAR_FIRST.matcher(t);
        while (m.find()) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) return d;
        }
        m = DAY_FIRST.matcher(t);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            // Day first, as in Arabic and European use; month first in English text (American
            // sites); either way the other order when only it is a date.
            boolean monthFirst = a <= 12 && (b > 12 || isEnglish(text));
            LocalDate d = monthFirst ? date(m.group(3), a, m.group(2)) : date(m.group(3), b, m.group(1));
            if (d != null) return d;
        }
        m = DAY_FIRST_SHORT_YEAR.matcher(t);
        while (m.find()) {
            LocalDate d = date("20" + m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    private static boolean isEnglish(String text) {
        return text.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c))
                && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /** The date, or null when it is none or lies outside the years news is dated in. */
    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) return null;
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
