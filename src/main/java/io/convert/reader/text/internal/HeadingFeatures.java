package io.convert.reader.text.internal;

import io.convert.lang.PrintedDates;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the heading model knows about each short line the text keeps, where a subheading may stand:
 * its length against its neighbours', its last mark and the marks inside it, an opening number or
 * bullet, quotes, digits, dates and script, the lines around it and the blank lines between, where
 * it stands in the text, whether the page prints it again, whether it echoes the headline, and what
 * the rules think of it. The reader and the trainer ({@code HeadingModelTrainer}) both take their
 * numbers from here, so what the weights were fitted on is what they are applied to.
 */
public final class HeadingFeatures {
    /** The features in the order of each vector; the weights file names them in this order. */
    public static final List<String> NAMES = List.of(
            "bias", "words_1", "words_2", "words_3_4", "words_5_7", "words_8_12", "words_13_plus",
            "end_none", "end_stop", "end_question", "end_exclaim", "end_colon", "end_ellipsis", "end_quote", "end_comma",
            "inner_comma", "inner_stop", "inner_colon", "opens_with_number", "quoted", "digit_share", "dated", "latin_share",
            "previous_words", "previous_sentence", "next_words", "next_sentence", "no_previous", "no_next",
            "shorter_than_neighbours", "short_run", "blank_before", "blank_after", "first_kept", "last_kept", "position",
            "printed_twice", "headline_echo", "prose",
            "heading_like", "label_heading", "section_opening", "starred", "next_is_prose", "previous_is_prose", "byline_part",
            "writers_name", "opens_with_and", "after_heading", "after_figure", "bulleted", "over_text", "after_text", "ruled");

    private static final int BULLETED = NAMES.indexOf("bulleted"), OVER_TEXT = NAMES.indexOf("over_text"), AFTER_TEXT = NAMES.indexOf("after_text");
    /** The most words of a line the model weighs: past this no line of the labelled pages heads a section. */
    public static final int MOST_WORDS = 16;
    /** How short a neighbour is to make, with the line, a run of short lines: a menu, a list, a poem. */
    private static final int SHORT = 6;
    private static final Pattern FINAL_MARK = Pattern.compile(".*\\p{P}$");
    private static final Pattern ELLIPSIS = Pattern.compile(".*(?:\\.{2,}|…)$");
    private static final Pattern QUOTE_OR_BRACKET_END = Pattern.compile(".*[\"”»'’)\\]]$");
    private static final Pattern COMMA_END = Pattern.compile(".*[,،;؛]$");
    private static final Pattern INNER_STOP = Pattern.compile("\\p{L}[.!?؟]\\s+\\p{L}");
    private static final Pattern INNER_COLON = Pattern.compile("[:：]\\s*\\S");
    private static final Pattern NUMBER_OPENING = Pattern.compile("^\\W{0,2}[0-9\\u0660-\\u0669\\u06F0-\\u06F9]");
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»„]");

    private HeadingFeatures() {
    }

    /**
     * The text's lines as the rules left them once its header is read.
     *
     * @param units the page's lines
     * @param bodyStart the first line of the text
     * @param end the text's last line
     * @param printed how often the page prints each line (by {@link Words#key}, {@link Unit#printings})
     * @param headline the headline's words, folded
     * @param lines where each line first stands on the page, as {@link List#indexOf} finds it, without a walk per line
     */
    public record Page(List<Unit> units, int bodyStart, int end, Map<String, Integer> printed, Set<String> headline, Map<Unit, Integer> lines) {
        public static Page of(List<Unit> units, int bodyStart, int end, Map<String, Integer> printed, String title) {
            Set<String> headline = new HashSet<>();
            if (title != null && !Words.key(title).isEmpty()) headline.addAll(List.of(Words.key(title).split(" ")));
            Map<Unit, Integer> lines = new HashMap<>();
            for (int i = 0; i < units.size(); i++) lines.putIfAbsent(units.get(i), i);
            return new Page(units, bodyStart, end, printed, headline, lines);
        }

        /** Where {@code u} first stands on the page, or -1 if it is not one of its lines as printed. */
        public int indexOf(Unit u) {
            return lines.getOrDefault(u, -1);
        }
    }

    /**
     * Where the rules' reading of the page put a line the model weighs: among the text's lines, where
     * the rules head some; alone in a bulleted list ("■ …", "- …: ") between paragraphs; the last line
     * of the header, right over the text's first paragraph, which the header dropped; or the first line
     * under the text's last, which closes no paragraph. The last three reach the rules' subheadings
     * never, and the model's only when it is sure.
     */
    public enum Place {
        KEPT, BULLETED, OVER_TEXT, AFTER_TEXT
    }

    /**
     * What the rules make of a line: its shape as theirs ({@code headingLike}, {@code label}: "مقدمة:",
     * {@code sectionOpening}: "أولاً:", {@code starred}: "■ …"), whether prose runs under and above it,
     * what bars it (a byline's part, a person's name alone, an opening "and"), the block before it, and
     * where they put it ({@code place}) and their decision ({@code ruled}).
     */
    public record Opinions(boolean headingLike, boolean label, boolean sectionOpening, boolean starred, boolean nextIsProse,
            boolean previousIsProse, boolean bylinePart, boolean writersName, boolean opensWithAnd, boolean afterHeading,
            boolean afterFigure, boolean prose, Place place, boolean ruled) {
    }

    /**
     * A page's candidates as the trainer sees them: each line's text, features and the rules'
     * decision, and the text of every heading the rules made, these lines' and the others'.
     */
    public record Choice(List<String> lines, List<double[]> features, List<Boolean> ruled, List<String> headings) {
    }

    /** Whether the model weighs {@code u}: a line short enough to head a section. */
    public static boolean isCandidate(Unit u) {
        return u.words() >= 1 && u.words() <= MOST_WORDS;
    }

    /** The feature vector of the kept line {@code k}, the page's line {@code at} (-1 if it is not one as printed), in the order of {@link #NAMES}. */
    public static double[] of(Page p, List<Unit> kept, int k, int at, Opinions o) {
        Unit u = kept.get(k);
        String t = u.text().strip();
        String key = Words.key(t);
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        int w = u.words();
        Unit previous = k > 0 ? kept.get(k - 1) : null, next = k + 1 < kept.size() ? kept.get(k + 1) : null;
        boolean blankAfter = at >= 0 && at + 1 < p.units().size() && p.units().get(at + 1).blankBefore();
        long letters = t.codePoints().filter(Character::isLetter).count();
        long latin = t.codePoints().filter(Words::isLatin).count();
        int echoed = 0;
        for (String word : words) if (p.headline().contains(word)) echoed++;
        double around = previous == null && next == null ? w
                : ((previous == null ? 0 : previous.words()) + (next == null ? 0 : next.words())) / (double) ((previous == null ? 0 : 1) + (next == null ? 0 : 1));
        int span = Math.max(1, p.end() - p.bodyStart() + 1);
        return new double[] {
            1,
            w == 1 ? 1 : 0,
            w == 2 ? 1 : 0,
            w >= 3 && w <= 4 ? 1 : 0,
            w >= 5 && w <= 7 ? 1 : 0,
            w >= 8 && w <= 12 ? 1 : 0,
            w >= 13 ? 1 : 0,
            FINAL_MARK.matcher(t).matches() ? 0 : 1,
            t.endsWith(".") && !ELLIPSIS.matcher(t).matches() ? 1 : 0,
            t.endsWith("?") || t.endsWith("؟") ? 1 : 0,
            t.endsWith("!") ? 1 : 0,
            t.endsWith(":") || t.endsWith("：") || t.endsWith(":-") ? 1 : 0,
            ELLIPSIS.matcher(t).matches() ? 1 : 0,
            QUOTE_OR_BRACKET_END.matcher(t).matches() ? 1 : 0,
            COMMA_END.matcher(t).matches() ? 1 : 0,
            ScrapedTextParser.INNER_COMMA.matcher(t).find() ? 1 : 0,
            INNER_STOP.matcher(t).find() ? 1 : 0,
            INNER_COLON.matcher(t).find() ? 1 : 0,
            NUMBER_OPENING.matcher(t).find() ? 1 : 0,
            QUOTES.matcher(t).find() ? 1 : 0,
            digitShare(words),
            PrintedDates.find(t) != null ? 1 : 0,
            letters == 0 ? 0 : (double) latin / letters,
            previous == null ? 0 : Math.log1p(previous.words()),
            previous != null && ScrapedTextParser.SENTENCE_END.matcher(previous.text().strip()).matches() ? 1 : 0,
            next == null ? 0 : Math.log1p(next.words()),
            next != null && ScrapedTextParser.SENTENCE_END.matcher(next.text().strip()).matches() ? 1 : 0,
            previous == null ? 1 : 0,
            next == null ? 1 : 0,
            Math.log((1 + around) / (1 + w)),
            previous != null && next != null && previous.words() <= SHORT && next.words() <= SHORT ? 1 : 0,
            u.blankBefore() ? 1 : 0,
            blankAfter ? 1 : 0,
            k == 0 ? 1 : 0,
            k == kept.size() - 1 ? 1 : 0,
            at < 0 ? 0.5 : Math.min(1, Math.max(0, (at - p.bodyStart()) / (double) span)),
            p.printed().getOrDefault(key, 0) >= 2 ? 1 : 0,
            words.length == 0 ? 0 : (double) echoed / words.length,
            o.prose() ? 1 : 0,
            o.headingLike() ? 1 : 0,
            o.label() ? 1 : 0,
            o.sectionOpening() ? 1 : 0,
            o.starred() ? 1 : 0,
            o.nextIsProse() ? 1 : 0,
            o.previousIsProse() ? 1 : 0,
            o.bylinePart() ? 1 : 0,
            o.writersName() ? 1 : 0,
            o.opensWithAnd() ? 1 : 0,
            o.afterHeading() ? 1 : 0,
            o.afterFigure() ? 1 : 0,
            o.place() == Place.BULLETED ? 1 : 0,
            o.place() == Place.OVER_TEXT ? 1 : 0,
            o.place() == Place.AFTER_TEXT ? 1 : 0,
            o.ruled() ? 1 : 0,
        };
    }

    /** Whether the line with {@code features} is one the rules put out of the subheadings' way: the model may promote it. */
    public static boolean placedAside(double[] features) {
        return features[BULLETED] + features[OVER_TEXT] + features[AFTER_TEXT] > 0;
    }

    private static double digitShare(String[] words) {
        if (words.length == 0) return 0;
        int digits = 0;
        for (String word : words) if (word.chars().anyMatch(Character::isDigit)) digits++;
        return (double) digits / words.length;
    }
}
