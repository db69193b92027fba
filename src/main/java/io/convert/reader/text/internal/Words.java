package io.convert.reader.text.internal;

import io.convert.lang.Keys;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counts and the small normalisations used to compare short Arabic and Latin strings. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.\\-]*");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    private Words() {
    }

    /** Whether a character is of the Arabic script. */
    public static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    /** Whether a character is of the Latin script. */
    public static boolean isLatin(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    /** Whether {@code text} opens, after any spaces, with a character of the Arabic script. */
    public static boolean opensArabic(String text) {
        String t = text.strip();
        return !t.isEmpty() && isArabic(t.codePointAt(0));
    }

    /**
     * Whether the first letter of {@code text} is of the Arabic script, whatever opens the line before it: a
     * headline may set out with its part's number ("(2) …"), a quote mark or a bold mark.
     */
    public static boolean firstLetterArabic(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Words::isArabic);
    }

    /** Whether {@code text} has any character of the Arabic script. */
    public static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(Words::isArabic);
    }

    /** Words in {@code text}; Chinese and Japanese, written without spaces, count two characters a word. */
    public static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        int ideographs = 0;
        while (m.find()) {
            n++;
            for (int i = m.start(); i < m.end(); i++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) ideographs++;
            }
        }
        return n + ideographs / 2;
    }

    /**
     * Whether {@code text} is written in title case, as English headlines are and sentences are
     * not: nearly every longer word capitalised. Short words are left out because headline styles
     * differ on them ("a", "of", "the"); text mostly in a script without case never qualifies.
     */
    public static boolean isTitleCase(String text) {
        Matcher m = LATIN_WORD.matcher(text);
        int longWords = 0, capitalised = 0;
        while (m.find()) {
            if (m.group().length() < 4) continue;
            longWords++;
            if (Character.isUpperCase(m.group().charAt(0))) capitalised++;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Words::isLatin).count();
        return longWords >= 3 && capitalised * 4 >= longWords * 3 && latin * 10 >= letters * 9;
    }

    /** A comparison key: see {@link Keys}. Sites spell their own name both ways ("الاخبارية" / "الإخبارية"). */
    public static String key(String text) {
        return Keys.of(text);
    }

    /**
     * A person's name as a key without spaces: compounds are spelt joined or apart ("عبد اللطيف",
     * "عبداللطيف"), even on one page, and are one name.
     */
    public static String nameKey(String name) {
        return key(name).replace(" ", "");
    }
}
