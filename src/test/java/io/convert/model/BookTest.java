package io.convert.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookTest {

    private static Article article(String language, Direction direction, String published, String text) {
        Metadata m = Metadata.builder().title("t").language(language).direction(direction).published(published).build();
        return new Article(m, List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
    }

    @Test
    void theMainLanguageIsTheOneMostOfTheTextIsIn() {
        Article shortArabic = article("ar", Direction.RTL, null, "قصير");
        Article longArabic = article("ar", Direction.RTL, null, "نص ".repeat(80));
        Article english = article("en", Direction.LTR, null, "words ".repeat(30));
        Book book = Book.of(null, List.of(english, shortArabic, longArabic));
        assertEquals("ar", book.language(), "two Arabic articles together outweigh the English one");
        assertEquals(Direction.RTL, book.direction());
        assertEquals("en", Book.of(null, List.of(english, shortArabic)).language());
    }

    @Test
    void aTieGoesToTheLanguageMetFirst() {
        Book book = Book.of(null, List.of(article("en", Direction.LTR, null, "abcd"),
                article("fr", Direction.LTR, null, "abcd")));
        assertEquals("en", book.language());
    }

    @Test
    void theDateRangeSpansTheArticlesThatHaveDates() {
        Book book = Book.of(" ", List.of(article("en", Direction.LTR, "2025-05-20T08:00:00+02:00", "a"),
                article("en", Direction.LTR, null, "b"), article("en", Direction.LTR, "2025-05-17", "c")));
        assertEquals(LocalDate.of(2025, 5, 17), book.earliest());
        assertEquals(LocalDate.of(2025, 5, 20), book.latest());
        assertNull(book.title(), "a blank title is no title");
        assertNull(Book.of(null, List.of(article(null, null, null, "x"))).earliest());
        assertEquals(Direction.LTR, Book.of(null, List.of(article(null, null, null, "x"))).direction());
    }

    @Test
    void aBookHasAtLeastOneArticle() {
        assertThrows(IllegalArgumentException.class, () -> Book.of("t", List.of()));
    }
}
