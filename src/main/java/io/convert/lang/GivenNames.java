package io.convert.lang;

import java.util.Set;

/**
 * Given names in use across the Arab world ("محمد", "فاطمه", "عبد الله") and, in Latin script,
 * across the English and French press ("kwame", "emma", "yacine"), in the folded spelling of a
 * comparison key. A byline's bare name seldom opens with a word that is neither a
 * given name nor shaped like one, where a phrase does ("توضيحات واقتراحات", "تشهد المنطقة …").
 */
public final class GivenNames {
    private static final Set<String> NAMES = ListedWords.load("given-names-ar.txt", "given-names-latin.txt");

    private GivenNames() {
    }

    /** Whether {@code folded} (one word, or a compound such as "عبد الله") is a given name. */
    public static boolean contains(String folded) {
        return NAMES.contains(folded);
    }

    /** The names as listed, for checking the list's own spelling. */
    public static Set<String> all() {
        return NAMES;
    }
}
