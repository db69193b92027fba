package io.convert.reader.text.internal;

import io.convert.lang.PrintedDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the title model knows about each line that may be a page's headline: its place above the
 * text, its shape, how the page repeats it and the text echoes it, its neighbours, and what the
 * hand rules think of it. The reader and the trainer ({@code TitleModelTrainer}) both take their
 * numbers from here, so what the weights were fitted on is what they are applied to.
 */
public final class TitleFeatures {
    /**
     * The features in the order of each vector; the weights file names them in this order. The
     * rules' final choice is no feature: on the pages the model is trained on, which the rules were
     * written from, it is right far more often than elsewhere, and the model learnt to follow it
     * blindly. It enters through {@link TitleModel}'s margin instead.
     */
    public static final List<String> NAMES = List.of(
            "layout_choice", "headline_candidate", "headline_like", "prose", "byline_or_date",
            "person_name", "column_headline", "opens_text", "kept_lines_to_text", "last_before_text", "second_last_before_text",
            "first_candidate", "log_words", "words_1_3", "words_4_8", "words_9_15", "words_16_25", "words_26_40",
            "full_stop", "exclamation_or_question", "colon_end", "comma_end", "quoted", "digit_share", "dated",
            "foreign_script", "title_case", "separator", "label_colon", "printed_twice", "printed_3_times",
            "echo", "best_echo", "neighbour_similarity", "next_dated", "previous_dated", "next_short", "next_prose",
            "after_image", "blank_before", "printed_alongside", "next_names_writer", "previous_names_writer");

    private static final Pattern EXCLAMATION = Pattern.compile(".*[!?؟][\"”»')\\]]*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|｜–—-]\\s");
    /** How far the neighbour similarity looks: a headline's teaser copy sits near it, a menu's entries are close. */
    private static final int NEIGHBOURHOOD = 30;

    private TitleFeatures() {
    }

    /**
     * One page as the rules left it before the title is chosen: the lines, what the rules said of
     * each, and the range the title is looked for in.
     *
     * @param units the page's lines
     * @param chrome template lines
     * @param artefact images and other placeholders
     * @param good running prose
     * @param from the first line after any title bar
     * @param bodyStart the first line of the text (a headline may open it)
     * @param ruleLine the line the hand rules take as the title, or -1
     * @param layoutLine the line the page's layout points to before the echo is weighed, or -1
     * @param opinions what the rules think of each line
     * @param arabicProse whether the page's prose is Arabic
     */
    public record Page(List<Unit> units, boolean[] chrome, boolean[] artefact, boolean[] good, int from, int bodyStart,
            int ruleLine, int layoutLine, Opinions opinions, boolean arabicProse) {
    }

    /**
     * A page's candidates as the trainer sees them: each line's text and features, and which of
     * them the rules chose (-1 when none).
     */
    public record Choice(List<String> lines, double[][] features, int rule) {
    }

    /** The hand rules' predicates the features ask about. */
    public interface Opinions {
        /** Whether the rules let {@code line} replace their own choice. */
        boolean eligible(int line);

        boolean headlineCandidate(int line);

        boolean headlineLike(int line);

        boolean bylineOrDate(int line);

        boolean columnHeadline(int line);

        /** How much {@code line}'s words come back in the text's opening below it. */
        double echo(int line);
    }

    /** The lines the model chooses among: the rules' line and those the rules let replace it, from {@code from} to the text's first. */
    public static List<Integer> candidates(Page p) {
        List<Integer> out = new ArrayList<>();
        for (int i = p.from(); i <= p.bodyStart() && i < p.units().size(); i++) {
            if (i == p.ruleLine() || p.opinions().eligible(i)) out.add(i);
        }
        return out;
    }

    /** The feature vector of each candidate, in the order of {@link #NAMES}. */
    public static double[][] of(Page p, List<Integer> candidates) {
        List<Unit> units = p.units();
        int n = units.size();
        Map<String, Integer> printed = new HashMap<>();
        List<String> keys = new ArrayList<>(n);
        for (Unit u : units) {
            String k = Words.key(u.text());
            keys.add(k);
            printed.merge(k, 1, Integer::sum);
        }
        double[] echo = new double[candidates.size()];
        double bestEcho = 0;
        for (int c = 0; c < candidates.size(); c++) {
            echo[c] = p.opinions().echo(candidates.get(c));
            bestEcho = Math.max(bestEcho, echo[c]);
        }
        double[][] out = new double[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            Unit u = units.get(i);
            String t = u.text().strip();
            int w = u.words();
            int next = nextKept(p, i), previous = previousKept(p, i);
            int toText = 0;
            for (int j = i; j < p.bodyStart(); j = nextKept(p, j)) toText++;
            Unit nextUnit = next < n ? units.get(next) : null;
            double[] f = {
                i == p.layoutLine() ? 1 : 0,
                p.opinions().headlineCandidate(i) ? 1 : 0,
                p.opinions().headlineLike(i) ? 1 : 0,
                p.good()[i] ? 1 : 0,
                p.opinions().bylineOrDate(i) ? 1 : 0,
                Byline.personName(u.text()) != null ? 1 : 0,
                p.opinions().columnHeadline(i) ? 1 : 0,
                i == p.bodyStart() ? 1 : 0,
                Math.log1p(toText),
                toText == 1 ? 1 : 0,
                toText == 2 ? 1 : 0,
                c == 0 ? 1 : 0,
                Math.log1p(w),
                w <= 3 ? 1 : 0,
                w >= 4 && w <= 8 ? 1 : 0,
                w >= 9 && w <= 15 ? 1 : 0,
                w >= 16 && w <= 25 ? 1 : 0,
                w >= 26 && w <= 40 ? 1 : 0,
                ScrapedTextParser.FULL_STOP.matcher(t).matches() ? 1 : 0,
                EXCLAMATION.matcher(t).matches() ? 1 : 0,
                t.endsWith(":") ? 1 : 0,
                t.endsWith(",") || t.endsWith("،") ? 1 : 0,
                Byline.QUOTES.matcher(t).find() ? 1 : 0,
                digitShare(keys.get(i)),
                w <= 14 && PrintedDates.find(t) != null ? 1 : 0,
                p.arabicProse() && !Words.hasArabic(t) ? 1 : 0,
                Words.isTitleCase(t) ? 1 : 0,
                SEPARATOR.matcher(t).find() ? 1 : 0,
                t.indexOf(':') > 0 && t.indexOf(':') < 25 && !t.endsWith(":") ? 1 : 0,
                printed.get(keys.get(i)) >= 2 ? 1 : 0,
                printed.get(keys.get(i)) >= 3 ? 1 : 0,
                echo[c],
                echo[c] > 0 && echo[c] == bestEcho ? 1 : 0,
                neighbourSimilarity(keys, i),
                nextUnit != null && nextUnit.words() <= 14 && PrintedDates.find(nextUnit.text()) != null ? 1 : 0,
                previous >= 0 && units.get(previous).words() <= 14 && PrintedDates.find(units.get(previous).text()) != null ? 1 : 0,
                nextUnit != null && nextUnit.words() <= 4 ? 1 : 0,
                next < n && p.good()[next] ? 1 : 0,
                i > 0 && p.artefact()[i - 1] ? 1 : 0,
                u.blankBefore() ? 1 : 0,
                next < n && keys.get(next).equals(keys.get(i)) || previous >= 0 && keys.get(previous).equals(keys.get(i)) ? 1 : 0,
                nextUnit != null && namesWriter(nextUnit) ? 1 : 0,
                previous >= 0 && namesWriter(units.get(previous)) ? 1 : 0,
            };
            out[c] = f;
        }
        return out;
    }

    /** A byline, or a bare name: what sits under a headline, or above a column's. */
    private static boolean namesWriter(Unit u) {
        return u.words() <= 14 && (Byline.parse(u.text(), null, true) != null || Byline.personName(u.text()) != null);
    }

    private static int nextKept(Page p, int i) {
        int j = i + 1;
        while (j < p.units().size() && (p.chrome()[j] || p.artefact()[j])) j++;
        return j;
    }

    private static int previousKept(Page p, int i) {
        int j = i - 1;
        while (j >= 0 && (p.chrome()[j] || p.artefact()[j])) j--;
        return j;
    }

    private static double digitShare(String key) {
        if (key.isEmpty()) return 0;
        String[] words = key.split(" ");
        int digits = 0;
        for (String word : words) if (word.chars().anyMatch(Character::isDigit)) digits++;
        return (double) digits / words.length;
    }

    /**
     * The most words a nearby different line shares with this one (Jaccard): a headline comes with
     * teaser copies and a deck that reword it, a menu entry with other entries.
     */
    private static double neighbourSimilarity(List<String> keys, int i) {
        Set<String> a = new HashSet<>(List.of(keys.get(i).split(" ")));
        double best = 0;
        for (int j = Math.max(0, i - NEIGHBOURHOOD); j < Math.min(keys.size(), i + NEIGHBOURHOOD); j++) {
            if (j == i || keys.get(j).isEmpty() || keys.get(j).equals(keys.get(i))) continue;
            Set<String> b = new HashSet<>(List.of(keys.get(j).split(" ")));
            int shared = 0;
            for (String x : b) if (a.contains(x)) shared++;
            best = Math.max(best, (double) shared / (a.size() + b.size() - shared));
        }
        return best;
    }
}
