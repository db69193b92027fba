package io.convert.reader.text.internal;

import io.convert.lang.FunctionWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much a line repeats the opening of the article: a headline's words come back in the first
 * paragraphs, while a teaser's, a menu's, a ticker's or a date bar's do not. Words are compared
 * folded ({@link Words#key}) and, in Arabic, also without the article and the one-letter
 * proclitics ("والحكومة", "للحكومة" and "الحكومة" all meet "حكومه"); function words and numbers
 * do not count.
 */
final class Echo {
    /** Longest first: the article with a proclitic before the article alone. */
    private static final List<String> PROCLITICS = List.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل");
    private static final int MIN_LETTERS = 3;

    private final Set<String> opening = new HashSet<>();

    /** The echo of lines in {@code openingText}, the first paragraphs of the article. */
    Echo(String openingText) {
        for (String word : contentWords(openingText)) opening.addAll(forms(word));
    }

    /** Content words of {@code line} (folded; no function words or numbers). */
    static List<String> contentWords(String line) {
        List<String> words = new ArrayList<>();
        for (String w : Words.key(line).split(" ")) {
            if (w.codePointCount(0, w.length()) < MIN_LETTERS || FunctionWords.contains(w)) continue;
            if (w.chars().anyMatch(Character::isDigit)) continue;
            words.add(w);
        }
        return words;
    }

    /** The share of {@code line}'s content words that the opening also uses; 0 for a line without any. */
    double of(String line) {
        List<String> words = contentWords(line);
        if (words.isEmpty()) return 0;
        int found = 0;
        for (String w : words) {
            for (String form : forms(w)) {
                if (opening.contains(form)) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / words.size();
    }

    private static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(2);
        forms.add(word);
        for (String p : PROCLITICS) {
            if (word.startsWith(p) && word.length() - p.length() >= MIN_LETTERS) {
                forms.add(word.substring(p.length()));
                break;
            }
        }
        return forms;
    }
}
