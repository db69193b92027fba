package io.convert.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Given names in use across the Arab world ("محمد", "فاطمه", "عبد الله") and, in Latin script,
 * across the English and French press ("kwame", "emma", "yacine"), in the folded spelling of a
 * comparison key. A byline's bare name seldom opens with a word that is neither a
 * given name nor shaped like one, where a phrase does ("توضيحات واقتراحات", "تشهد المنطقة …").
 */
public final class GivenNames {
    private static final Set<String> NAMES = load();

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

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String list : new String[] {"given-names-ar.txt", "given-names-latin.txt"}) {
            try (InputStream in = GivenNames.class.getResourceAsStream(list);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) names.add(line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(names);
    }
}
