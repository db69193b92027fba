package io.convert.reader.text.internal;

import io.convert.lang.FunctionWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much a line repeats the opening of the article: a headline's words come back in the first
 * paragraphs, while a teaser's, a menu's, a ticker's or a date bar's do not. Words are compared
 * folded ({@link Words#key}) and, in Arabic, also without a glued conjunction and then the article
 * or a one-letter preposition ("وللحكومة", "بالحكومة" and "الحكومة" all meet "حكومه"); function
 * words and numbers do not count.
 */
final class Echo {
    /** A conjunction glued to the word ("و", "ف"), then a preposition or the article, longest first. */
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> PROCLITICS = List.of("بال", "كال", "لل", "ال", "ب", "ل", "ك");
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

    /**
     * Whether {@code letters} (folded) are only what Arabic glues before a word: a conjunction, then a
     * preposition or the article ("ب", "وب", "وال", "لل"). Such letters before a line's words join them
     * to that word ("بنادي" is "نادي" with "ب"), where a breadcrumb's last crumb glued on is a word.
     */
    static boolean isGluedPrefix(String letters) {
        String rest = letters;
        for (String c : CONJUNCTIONS) {
            if (rest.startsWith(c)) {
                rest = rest.substring(c.length());
                break;
            }
        }
        return !letters.isEmpty() && (rest.isEmpty() || PROCLITICS.contains(rest));
    }

    /**
     * Whether the key {@code part} runs as whole words inside the key {@code whole}, its first word
     * perhaps with a glued prefix ({@link #isGluedPrefix}): "نادي ادب" in "امسيه بنادي ادب".
     */
    static boolean containsWords(String whole, String part) {
        for (int at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
            int end = at + part.length();
            if (end < whole.length() && whole.charAt(end) != ' ') continue;
            String glued = whole.substring(whole.lastIndexOf(' ', at - 1) + 1, at);
            if (glued.isEmpty() || isGluedPrefix(glued)) return true;
        }
        return false;
    }

    private static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(3);
        forms.add(word);
        String base = word;
        for (String c : CONJUNCTIONS) {
            if (base.startsWith(c) && base.length() - c.length() >= MIN_LETTERS) {
                base = base.substring(c.length());
                forms.add(base);
                break;
            }
        }
        for (String p : PROCLITICS) {
            if (base.startsWith(p) && base.length() - p.length() >= MIN_LETTERS) {
                forms.add(base.substring(p.length()));
                break;
            }
        }
        return forms;
    }
}
