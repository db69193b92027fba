package io.convert.lang;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.convert.model.Article;
import io.convert.model.Book;
import io.convert.model.Dates;
import io.convert.model.Metadata;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a writer adds to a document (the byline, page numbers, "Links", navigation labels),
 * in the article's language when known, else English; one instance per document so every
 * format words the same article the same way. Lists of names and dates follow CLDR (through
 * ICU), region included: "A, B, and C" and "May 17, 2025" in {@code en}, "17 May 2025" in
 * {@code en-GB}, "أ وب وج" and "17 مايو 2025" in {@code ar}, "17 أيار 2025" in {@code ar-LB}, as
 * each press writes them; digits are the article's {@link Numerals}.
 */
public final class Wording {
    /** Between the parts of a byline; the middle dot reads the same in both directions. */
    public static final String SEPARATOR = " · ";

    private static final Words ENGLISH = new Words("Page %s of %s", "Links", "Contents", "Landmarks", "Cover",
            "Start of the article", "Fonts", Map.of("one", "%s article", "other", "%s articles"));
    private static final Map<String, Words> WORDS = Map.of(
            "en", ENGLISH,
            "ar", new Words("صفحة %s من %s", "الروابط", "المحتويات", "معالم الكتاب", "الغلاف", "بداية المقال", "الخطوط",
                    Map.of("one", "مقال واحد", "two", "مقالان", "few", "%s مقالات", "many", "%s مقالًا",
                            "other", "%s مقال")),
            "fr", new Words("Page %s sur %s", "Liens", "Sommaire", "Repères", "Couverture", "Début de l’article",
                    "Polices", Map.of("one", "%s article", "other", "%s articles")),
            "de", new Words("Seite %s von %s", "Links", "Inhalt", "Orientierungspunkte", "Umschlag",
                    "Beginn des Artikels", "Schriften", Map.of("other", "%s Artikel")),
            "es", new Words("Página %s de %s", "Enlaces", "Índice", "Puntos de referencia", "Portada",
                    "Inicio del artículo", "Fuentes", Map.of("one", "%s artículo", "other", "%s artículos")));

    /** Whether CLDR has data for a locale (see {@link #hasData}), for at most {@value #MAX_LOCALES} locales. */
    private static final Map<ULocale, Boolean> HAS_DATA = new ConcurrentHashMap<>();
    private static final int MAX_LOCALES = 512;

    /**
     * The words of one language; {@code pageOf} takes the page number and the page count;
     * {@code articles} is "N articles" by CLDR plural category ({@code other} always present).
     */
    private record Words(String pageOf, String links, String contents, String landmarks, String cover, String start,
            String fonts, Map<String, String> articles) {
    }

    /**
     * An article's byline: the authors listed, the site, the date written out; each null when
     * the article does not say.
     */
    public record Byline(String authors, String site, String date) {
        /** The parts present, in order. */
        public List<String> parts() {
            List<String> parts = new ArrayList<>(3);
            for (String part : new String[] {authors, site, date}) if (part != null) parts.add(part);
            return parts;
        }

        /** The byline as one line of text, empty when the article names nobody, no site and no date. */
        public String line() {
            return String.join(SEPARATOR, parts());
        }
    }

    private final ULocale requested;
    private final Numerals numerals;
    /**
     * The locale CLDR data is taken from, found on first use: asking ICU whether it has data
     * loads its calendars and time zones, a tenth of a second at start-up, which a document
     * with no date and one author never needs.
     */
    private volatile ULocale locale;

    private Wording(ULocale requested, Numerals numerals) {
        this.requested = requested;
        this.numerals = numerals;
    }

    /** The wording for the book's own pages (title page, contents, page numbers), in its main language. */
    public static Wording forBook(Book book, String numerals) {
        return of(book.language(), Numerals.forBook(book, numerals));
    }

    /** The wording for {@code article}, in its language and its own digits. */
    public static Wording forArticle(Article article) {
        return of(article.language().tag(), Numerals.forArticle(article, null));
    }

    /**
     * The wording for a language tag (null or unknown: English) with {@code numerals}. A
     * language CLDR has no data for falls back to English too, rather than to CLDR's neutral
     * root forms ("2025 M05 17").
     */
    public static Wording of(String languageTag, Numerals numerals) {
        String clean = LanguageTags.clean(languageTag);
        return new Wording(clean == null ? ULocale.ENGLISH : ULocale.forLanguageTag(clean), numerals);
    }

    private ULocale locale() {
        ULocale l = locale;
        if (l == null) locale = l = hasData(requested) ? requested : ULocale.ENGLISH;
        return l;
    }

    /**
     * Whether CLDR has data for {@code locale}, asked once per locale in a run: building the date
     * format that tells took a hundredth of a batch's PDF conversions (JFR, the 130 Mozilla
     * pages), for an answer that is the same for every document in the language.
     */
    private static boolean hasData(ULocale locale) {
        Boolean known = HAS_DATA.get(locale);
        if (known != null) return known;
        ULocale actual = DateFormat.getDateInstance(DateFormat.LONG, locale).getLocale(ULocale.ACTUAL_LOCALE);
        boolean has = actual != null && !actual.getLanguage().isEmpty();
        // Bounded: tags come from the inputs, and a run of hostile pages could name any number.
        if (HAS_DATA.size() < MAX_LOCALES) HAS_DATA.put(locale, has);
        return has;
    }

    /** This language's words; English for a language CLDR has no data for; null for one it has but not here. */
    private Words words() {
        Words w = WORDS.get(requested.getLanguage());
        return w != null ? w : WORDS.get(locale().getLanguage());
    }

    public Numerals numerals() {
        return numerals;
    }

    /** The byline of {@code m}: authors · site · date. */
    public Byline byline(Metadata m) {
        String authors = authors(m.authors());
        String site = m.site() == null || m.site().isBlank() ? null : m.site().strip();
        return new Byline(authors.isEmpty() ? null : authors, site, m.published() == null ? null : date(m.published()));
    }

    /** Names listed the way the language lists them ("A, B, and C", "أ وب وج"). */
    public String authors(List<String> names) {
        List<String> present = names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (present.size() < 2) return present.isEmpty() ? "" : present.get(0);
        return ListFormatter.getInstance(locale()).format(present);
    }

    /** A model date (ISO) written out for a reader of the language; the value unchanged when it is not a date. */
    public String date(String isoDate) {
        LocalDate d;
        try {
            d = Dates.dateOf(Dates.normalize(isoDate));
        } catch (RuntimeException e) {
            d = null;
        }
        if (d == null) return isoDate;
        // Latin digits from ICU, then the article's own: CLDR's default digits for a locale need
        // not be the ones the article writes. Gregorian always, as the model's dates and the
        // machine-readable dates beside them are, even where CLDR's default calendar is another.
        ULocale gregorian = locale().setKeywordValue("numbers", "latn").setKeywordValue("calendar", "gregorian");
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, gregorian);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return numerals.digits(format.format(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    /** "Page 3 of 12"; "3 / 12" in a language without words for it here. */
    public String pageOf(int page, int pages) {
        Words words = words();
        String pattern = words == null ? "%s / %s" : words.pageOf();
        return String.format(pattern, numerals.format(page), numerals.format(pages));
    }

    /** "3 articles", "٣ مقالات": the count in the language's plural form. */
    public String articles(int count) {
        Words w = wordsOrEnglish();
        String category = PluralRules.forLocale(words() == null ? ULocale.ENGLISH : locale()).select(count);
        String pattern = w.articles().getOrDefault(category, w.articles().get("other"));
        return pattern.contains("%s") ? String.format(pattern, numerals.format(count)) : pattern;
    }

    /**
     * The span of the articles' dates written out ("May 17, 2025 – May 20, 2025"), one date when
     * both are the same day, null when there is none.
     */
    public String dateRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) return null;
        String first = date(from.toString());
        return from.equals(to) ? first : first + " – " + date(to.toString());
    }

    /** The title a book without one gets: the number of its articles. */
    public String bookTitle(Book book) {
        return book.title() != null ? book.title().strip() : articles(book.articles().size());
    }

    /**
     * The line under a book's title: the number of articles (unless that is already the
     * title) and their dates, joined by {@link #SEPARATOR}; null when there is nothing to say.
     */
    public String bookAbout(Book book) {
        List<String> parts = new ArrayList<>(2);
        if (book.title() != null) parts.add(articles(book.articles().size()));
        String dates = dateRange(book.earliest(), book.latest());
        if (dates != null) parts.add(dates);
        return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
    }

    public String linksHeading() {
        return wordsOrEnglish().links();
    }

    public String contents() {
        return wordsOrEnglish().contents();
    }

    public String landmarks() {
        return wordsOrEnglish().landmarks();
    }

    public String cover() {
        return wordsOrEnglish().cover();
    }

    public String articleStart() {
        return wordsOrEnglish().start();
    }

    public String fonts() {
        return wordsOrEnglish().fonts();
    }

    private Words wordsOrEnglish() {
        Words words = words();
        return words == null ? ENGLISH : words;
    }
}
