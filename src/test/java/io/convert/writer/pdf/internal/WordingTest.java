package io.convert.writer.pdf.internal;

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
    void arabicDatesUseArabicMonthNamesAndTheArticlesDigits() {
        assertEquals("١٧ مايو ٢٠٢٥", new Wording("ar", Numerals.ARABIC_INDIC).date("2025-05-17"));
        assertEquals("3 ديسمبر 2024", new Wording("ar-EG", Numerals.LATIN).date("2024-12-03T22:10:00+02:00"));
        assertEquals("17 May 2025", new Wording("en", Numerals.LATIN).date("2025-05-17T10:30:00+03:00"));
        assertEquals("17. Mai 2025", new Wording("de", Numerals.LATIN).date("2025-05-17"));
        assertEquals("last spring", new Wording("en", Numerals.LATIN).date("last spring"));
    }

    @Test
    void pageNumbersAndListsReadNaturally() {
        assertEquals("صفحة ٣ من ١٢", new Wording("ar", Numerals.ARABIC_INDIC).pageOf(3, 12));
        assertEquals("Page 3 of 12", new Wording("en-GB", Numerals.LATIN).pageOf(3, 12));
        assertEquals("3 / 12", new Wording("tr", Numerals.LATIN).pageOf(3, 12));
        assertEquals("Ann, Bob and Cy", new Wording("en", Numerals.LATIN).join(List.of("Ann", "Bob", "Cy")));
        assertEquals("أحمد، سارة ومنى", new Wording("ar", Numerals.LATIN).join(List.of("أحمد", "سارة", "منى")));
    }

    @Test
    void numeralsFollowTheDigitsTheArticleWrites() {
        assertEquals(Numerals.LATIN, Numerals.forArticle(arabic("هدنة لمدة 30 يومًا منذ مارس 2022"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("هدنة لمدة ٣٠ يومًا"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("بلا أرقام"), null));
        assertEquals(Numerals.ARABIC_INDIC, Numerals.forArticle(arabic("هدنة لمدة 30 يومًا"), "arabic"));
        assertEquals("١٢٠", Numerals.ARABIC_INDIC.format(120));
        assertEquals("۲۰۲۵", Numerals.PERSIAN.format(2025));
    }

    private static Article arabic(String text) {
        return new Article(Metadata.builder().language("ar").direction(Direction.RTL).build(),
                List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
    }
}
