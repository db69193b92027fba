package io.convert.reader.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void degreesAndOtherCapitalsAfterANameAreNoAuthors() {
        assertEquals(List.of("Dana Whitfield"), Bylines.parse("By Dana Whitfield, MS, RD", true).authors());
        assertEquals(List.of("Dana Whitfield"), Bylines.parse("By Dana Whitfield, Ph.D.", true).authors());
        assertEquals(List.of("Omar Haddad"), Bylines.parse("Omar Haddad, CNN", true).authors());
        assertEquals(List.of("Omar Haddad", "Lena Park"), Bylines.parse("By Omar Haddad, Jr. and Lena Park", true).authors());
    }

    @Test
    void initialsAfterAFamilyNameStayWithIt() {
        assertEquals(List.of("Whitfield, D.", "Haddad, O. K."),
                Bylines.parse("Whitfield, D.; Haddad, O. K.", true).authors());
    }

    @Test
    void coWritersInBracketsAreAuthorsToo() {
        assertEquals(List.of("Hugo Marchal", "Léa Moreau", "Paul Dubois"),
                Bylines.parse("Hugo Marchal (avec Léa Moreau et Paul Dubois)", true).authors());
        assertEquals(List.of("Hugo Marchal", "Léa Moreau"), Bylines.parse("By Hugo Marchal with Léa Moreau", true).authors());
    }

    @Test
    void profileLinksAreNoNames() {
        assertNull(Bylines.parse("View my complete profile", true));
        assertNull(Bylines.parse("Follow Author", true));
        assertNull(Bylines.parse("View more posts", true));
    }
}
