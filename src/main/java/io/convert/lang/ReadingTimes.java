package io.convert.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an article takes to read, as themes print it beside the byline or alone on a line:
 * "4 min read", "5 min de lecture", "Lesezeit: 4 Minuten", "3 دقائق قراءة", "وقت القراءة: 3 دقائق",
 * "قراءة دقيقتين", "2 دقيقة وقت القراءة". Both readers leave it out of the text and out of the writer's name.
 */
public final class ReadingTimes {
    private static final String NUMBER = "\\d++\\s*+-?\\s*+";
    private static final String UNIT = "(?:min\\.?|mins|minutes?|minuten|دقيقة|دقيقه|دقائق)";
    private static final String READ = "(?:read|de lecture|de lectura|lesezeit|قراءة|قراءه|للقراءة)";
    private static final String LABEL = "(?:lesezeit|temps de lecture|tiempo de lectura|reading time|(?:وقت|مدة|مده)\\s++(?:القراءة|القراءه))";
    /** "4 min read", "3 دقائق قراءة", "2 دقيقة وقت القراءة": the minutes, then the word for reading or the label. */
    private static final Pattern MINUTES_READ = Pattern.compile("(?iu)\\b" + NUMBER + UNIT + "\\s+(?:" + READ + "|" + LABEL + ")(?![\\p{L}])");
    /** "Lesezeit: 4 Minuten", "وقت القراءة: 3 دقائق": the label, then the number. */
    private static final Pattern LABELLED = Pattern.compile("(?iu)" + LABEL + "\\s*+[:：]?\\s*+\\d");
    /**
     * Alone on the line: the word for reading before the minutes ("قراءة: 3 دقائق"), the dual that
     * needs no number ("قراءة دقيقتين", "دقيقتان للقراءة"), or the French label without its time.
     */
    private static final Pattern ALONE = Pattern.compile("(?iu)^(?:(?:وقت|مدة|مده)\\s+)?(?:القراءة|القراءه|قراءة|قراءه)\\s*[:：]?\\s*"
            + "(?:\\d+\\s*)?(?:دقيقة|دقيقه|دقيقتين|دقيقتان|دقائق)$|^(?:دقيقتين|دقيقتان)\\s+(?:قراءة|قراءه|للقراءة)$|^temps de lecture\\b");
    /**
     * A reading time that closes a line, with the mark that parts it from the byline before it;
     * the label with its colon and no time counts ("NAME - DATE - Temps de lecture :"), as a copy
     * made before the page's script filled the minutes in keeps only the label.
     * A match starting inside a run of spaces would also start where the run starts, so only
     * there is one tried, and the spaces are taken possessively (nothing after them is a space):
     * find() on a line of many spaces would otherwise try every split of the run at every start.
     */
    private static final Pattern TAIL = Pattern.compile("(?iu)(?<!\\s)\\s*+[·•|–—-]?\\s*+(?:\\b" + NUMBER + UNIT + "\\s+" + READ + "|"
            + LABEL + "\\s*+(?:[:：]?\\s*+\\d++\\s*+" + UNIT + "?|[:：]))\\W*+$");

    private ReadingTimes() {
    }

    /** Whether {@code text} gives a reading time anywhere, or is one alone. */
    public static boolean mentions(String text) {
        return hasDigit(text) && (MINUTES_READ.matcher(text).find() || LABELLED.matcher(text).find())
                || ALONE.matcher(text.strip()).find();
    }

    /** Whether a reading time closes {@code text} ("Written By DATE · 3 min read"). */
    public static boolean closes(String text) {
        return hasDigit(text) && TAIL.matcher(text).find();
    }

    /** Whether {@code text} gives a reading time after its label ("Lesezeit: 4 Minuten"), anywhere. */
    public static boolean labelled(String text) {
        return hasDigit(text) && LABELLED.matcher(text).find();
    }

    /** Whether {@code part} of a byline line is only how long the piece takes to read ("4 min read"). */
    public static boolean isWhole(String part) {
        return tailStart(part.strip()) == 0;
    }

    /** Where the reading time that closes {@code text} starts, its parting mark included; -1 when none does. */
    public static int tailStart(String text) {
        if (!hasDigit(text)) return -1;
        Matcher m = TAIL.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /**
     * Whether {@code text} has an ASCII digit, which every pattern but {@link #ALONE} needs (their
     * {@code \d} is ASCII's): a line without one is told in one scan instead of a try of each
     * pattern at each of its positions, which the HTML reader pays for every short paragraph.
     */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
