package io.convert.reader.text.internal;

/**
 * A line that is one phrase printed twice running, with or without a space between ("Best time to
 * postBest time to post"): a text-mode browser prints a picture's alt text and its title, or a
 * card's link and its heading, side by side. A writer never repeats a whole line so.
 */
final class DoubledLine {
    private DoubledLine() {
    }

    /** The phrase {@code line} prints twice, or null. */
    static String phrase(String line) {
        String t = line.strip();
        int half = t.length() / 2;
        // "PHRASEPHRASE" has even length; "PHRASE PHRASE" one more, the space.
        for (int cut : new int[] {half, half + 1}) {
            if (cut <= 0 || cut >= t.length()) continue;
            String first = t.substring(0, cut).strip(), second = t.substring(cut).strip();
            if (first.equals(second) && Words.count(first) >= 2 && first.codePoints().anyMatch(Character::isLetter)) return first;
        }
        return null;
    }
}
