package io.convert.lang;

import java.util.Set;

/**
 * Countries, regions and the cities news is filed from, as the English and French press spells them
 * ("South Africa", "New York", "Afrique du Sud"). Capitalised as a name is, a dateline's place or a
 * section's country stands where a byline's name stands, and names no person.
 */
public final class PlaceNames {
    private static final Set<String> PLACES = ListedWords.load("place-names-latin.txt");

    private PlaceNames() {
    }

    /** Whether {@code text} is a place of the list and nothing more, whatever its case and punctuation. */
    public static boolean isPlace(String text) {
        return PLACES.contains(Keys.of(text));
    }

    /** The places as listed, for checking the list's own spelling. */
    public static Set<String> all() {
        return PLACES;
    }
}
