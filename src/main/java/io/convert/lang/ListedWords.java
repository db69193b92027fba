package io.convert.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Word lists kept as resources beside this class: one entry a line, "#" opening a comment line. */
final class ListedWords {
    private ListedWords() {
    }

    /** The entries of the named resources, stripped. */
    static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String list : resources) {
            try (InputStream in = ListedWords.class.getResourceAsStream(list);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
