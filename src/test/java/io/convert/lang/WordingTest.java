package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Inline;
import io.convert.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void datesFollowTheLanguageAndRegionWithTheArticlesDigits() {
        assertEquals("١٧ مايو ٢٠٢٥", Wording.of("ar", Numerals.ARABIC_INDIC).date("2025-05-17"));
        assertEquals("3 ديسمبر 2024", Wording.of("ar-EG", Numerals.LATIN).date("2024-12-03T22:10:00+02:00"));
        assertEquals("17 أيار 2025", Wording.of("ar-LB", Numerals.LATIN).date("2025-05-17"));
        assertEquals("May 17, 2025", Wording.of("en", Numerals.LATIN).date("2025-05-17T10:30:00+03:00"));
        assertEquals("17 May 2025", Wording.of("en-GB", Numerals.LATIN).date("2025-05-17"));
        assertEquals("17. Mai 2025", Wording.of("de", Numerals.LATIN).date("2025-05-17"));
        assertEquals("May 17, 2025", Wording.of(null, Numerals.LATIN).date("2025-05-17"));
        assertEquals("May 17, 2025", Wording.of("xx", Numerals.LATIN).date("2025-05-17"));
        assertEquals("17 مايو 2025", Wording.of("ar-SA", Numerals.LATIN).date("2025-05-17"), "Gregorian where CLDR defaults to Hijri");
        assertEquals("last spring", Wording.of("en", Numerals.LATIN).date("last spring"));
    }

    @Test
    void pageNumbersLabelsAndListsReadNaturally() {
        assertEquals("صفحة ٣ من ١٢", Wording.of("ar", Numerals.ARABIC_INDIC).pageOf(3, 12));
        assertEquals("Page 3 of 12", Wording.of("en-GB", Numerals.LATIN).pageOf(3, 12));
        assertEquals("3 / 12", Wording.of("tr", Numerals.LATIN).pageOf(3, 12));
        assertEquals("Ann, Bob, and Cy", Wording.of("en", Numerals.LATIN).authors(List.of("Ann", " Bob ", "Cy", "")));
        assertEquals("أحمد وسارة ومنى", Wording.of("ar", Numerals.LATIN).authors(List.of("أحمد", "سارة", "منى")));
        assertEquals("المحتويات", Wording.of("ar-EG", Numerals.LATIN).contents());
        assertEquals("Contents", Wording.of("tr", Numerals.LATIN).contents());
    }

    @Test
    void aBylineIsAuthorsSiteAndDate() {
        Metadata m = Metadata.builder().authors(List.of("Ann", "Bob")).site(" The Courier ").published("2025-05-17")
                .build();
        assertEquals("Ann and Bob · The Courier · May 17, 2025", Wording.of("en", Numerals.LATIN).byline(m).line());
        assertEquals("", Wording.of("en", Numerals.LATIN).byline(Metadata.EMPTY).line());
    }

    @Test
    void numeralsFollowTheDigitsTheArticleWrites() {
        assertEquals(Numerals.LATIN, Numerals.forArticle(arabic("هدنة لمدة 30 يومًا منذ مارس 2022"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("هدنة لمدة ٣٠ يومًا"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("بلا أرقام"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("هدنة لمدة 30 يومًا"), "arabic"));
        assertEquals("١٢٠", Numerals.ARABIC_INDIC.format(120));
        assertEquals("۲۰۲۵", Numerals.PERSIAN.format(2025));
        assertEquals("2025-05-17", Numerals.ascii("٢٠٢٥-۰۵-17"));
    }

    private static Article arabic(String text) {
        return new Article(Metadata.builder().language("ar").direction(Direction.RTL).build(),
                List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
    }

    @Test
    void theNumberOfArticlesTakesTheLanguagesPluralForm() {
        Wording arabic = Wording.of("ar", Numerals.ARABIC_INDIC);
        assertEquals("مقال واحد", arabic.articles(1));
        assertEquals("مقالان", arabic.articles(2));
        assertEquals("٣ مقالات", arabic.articles(3));
        assertEquals("١١ مقالًا", arabic.articles(11));
        assertEquals("١٠٠ مقال", arabic.articles(100));
        Wording english = Wording.of("en", Numerals.LATIN);
        assertEquals("1 article", english.articles(1));
        assertEquals("12 articles", english.articles(12));
        assertEquals("4 articles", Wording.of("it", Numerals.LATIN).articles(4), "English where we have no words");
    }

    @Test
    void aDateRangeIsOneDateWhenItIsOneDay() {
        Wording english = Wording.of("en", Numerals.LATIN);
        java.time.LocalDate may17 = java.time.LocalDate.of(2025, 5, 17);
        assertEquals("May 17, 2025", english.dateRange(may17, may17));
        assertEquals("May 17, 2025 – May 20, 2025", english.dateRange(may17, may17.plusDays(3)));
    }
}
