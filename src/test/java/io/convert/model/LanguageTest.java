package io.convert.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {
    /** What Language's own methods were while it let the record generate them. */
    private record Generated(String tag, Direction direction) {
    }

    /**
     * Language writes out equals and hashCode (start-up: see the comment there); they must agree
     * with the record's generated ones, hash codes included, since maps keyed by languages iterate
     * in hash order.
     */
    @Test
    void equalsAndHashCodeAreTheRecordsOwn() {
        List<Language> languages = new ArrayList<>();
        for (String tag : new String[] {null, "ar", "en-GB", "ar-EG"}) {
            for (Direction direction : new Direction[] {null, Direction.LTR, Direction.RTL}) {
                languages.add(new Language(tag, direction));
            }
        }
        for (Language a : languages) {
            Generated ga = new Generated(a.tag(), a.direction());
            assertEquals(ga.hashCode(), a.hashCode(), a.toString());
            for (Language b : languages) {
                Generated gb = new Generated(b.tag(), b.direction());
                assertEquals(ga.equals(gb), a.equals(b), a + " / " + b);
                assertEquals(ga.equals(gb), a.equals(new Language(b.tag(), b.direction())), a + " / copy of " + b);
            }
            assertFalse(a.equals(ga), "another type");
            assertFalse(a.equals(null), "null");
        }
    }
}
