package io.convert.reader.text.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is one phrase printed twice running, with or without a space between ("Best time to
 * postBest time to post"): a text-mode browser prints a picture's alt text and its title, or a
 * card's link and its heading, side by side. A writer never repeats a whole line so.
 */
final class DoubledLine {
    /** A phrase of twenty characters or more printed twice at the start of a line, before more text. */
    private static final Pattern LEADING_TWICE = Pattern.compile("(.{20,300}?)\\s*\\1(?=\\S)(.*)", Pattern.DOTALL);
    private static final Pattern CLOSED = Pattern.compile(".*[.!?…][\"”’)]*$");
    /** The most characters of a card's kicker: a section's name ("Réseau d'eau", "Accords et désaccords"). */
    private static final int KICKER_CHARS = 30;
    /** The most words of a card's kicker. */
    private static final int KICKER_WORDS = 4;
    private static final Pattern OPENS_SENTENCE = Pattern.compile("\\s*[\\p{Lu}\\p{N}\"“].*", Pattern.DOTALL);

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

    /**
     * The phrase {@code line} prints twice after a card's kicker of a few words ("CultureA night at the old
     * millA night at the old mill"), or null: a teaser card's section label, its link and its picture's alt
     * text run into one line. The phrase is three words or more, so "very, very" in a sentence is none.
     */
    static String afterKicker(String line) {
        String t = line.strip();
        for (int cut = 1; cut <= Math.min(KICKER_CHARS, t.length() - 1); cut++) {
            if (!mayBeTwice(t, cut)) continue;
            // The kicker's words only grow with the cut: past the most here, past it at every later cut.
            if (Words.count(t.substring(0, cut)) > KICKER_WORDS) return null;
            String phrase = phrase(t.substring(cut));
            if (phrase != null && Words.count(phrase) >= 3) return phrase;
        }
        return null;
    }

    /**
     * Whether {@code t} (stripped) from {@code from} on may be one phrase printed twice as {@link #phrase}
     * cuts it: the last and first characters of the first copy stand again at the end and the start of the
     * second. Asked at every cut of a kicker on every line of a page, where counting the kicker's words and
     * {@link #phrase} copy the line each time; almost no cut passes, so that work is done for the few that may.
     */
    private static boolean mayBeTwice(String t, int from) {
        int start = from, end = t.length();
        while (start < end && Character.isWhitespace(t.charAt(start))) start++;
        int half = (end - start) / 2;
        for (int cut = half; cut <= half + 1; cut++) {
            int middle = start + cut;
            if (cut <= 0 || middle >= end) continue;
            int last = middle - 1, first = middle;
            while (last >= start && Character.isWhitespace(t.charAt(last))) last--;
            while (Character.isWhitespace(t.charAt(first))) first++;
            if (last >= start && t.charAt(last) == t.charAt(end - 1) && t.charAt(first) == t.charAt(start)) return true;
        }
        return false;
    }

    /**
     * The line without a phrase it opens with twice before going on, or the line as it is. A picture's
     * alt text and caption printed side by side before a paragraph ("Boats in the harbour at dawn.Boats in
     * the harbour at dawn.The ferry…") are both the picture's, when the paragraph starts a sentence of its
     * own; a card's cut preview before its full text ("Our new rota for the sluices is re Our new rota
     * for the sluices is ready…") is the preview's only.
     */
    static String withoutLeadingTwice(String line) {
        Matcher m = LEADING_TWICE.matcher(line);
        if (!m.matches() || Words.count(m.group(1)) < 4 || Words.count(m.group(1)) > 20) return line;
        String phrase = m.group(1).strip(), rest = m.group(2);
        boolean pictureText = CLOSED.matcher(phrase).matches() && OPENS_SENTENCE.matcher(rest).matches();
        return pictureText ? rest.strip() : (phrase + rest).strip();
    }
}
