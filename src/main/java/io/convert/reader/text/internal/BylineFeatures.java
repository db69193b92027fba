package io.convert.reader.text.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.GivenNames;
import io.convert.lang.PrintedDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the byline model knows about each short line that names someone near the headline, the text's
 * start or its end: its place against those, its shape, the shape of the name it gives, the words
 * around the name, its neighbours, and what the hand rules think of it. The reader and the trainer
 * ({@code BylineModelTrainer}) both take their numbers from here, so what the weights were fitted on is
 * what they are applied to.
 */
public final class BylineFeatures {
    /** The features in the order of each vector; the weights file names them in this order. */
    public static final List<String> NAMES = List.of(
            "bias", "strict_byline", "loose_byline", "given_name", "lineage", "article_surname", "nisba_surname",
            "cue_word", "job_in_line", "date_in_line", "agency_or_outlet", "section_word", "name_words_1", "name_words_2",
            "name_words_3", "name_words_4_plus", "extra_words", "colon", "dash_or_bar", "slash", "bracket", "digits",
            "latin", "full_stop", "chrome", "prose", "over_headline", "under_headline", "in_header", "opens_text",
            "closes_text", "after_text", "lines_from_headline", "previous_cue_alone", "previous_dated", "next_dated",
            "next_job", "previous_name", "printed_again", "arabic_page", "previous_prose", "next_prose", "in_template_run",
            "next_to_headline", "next_to_text_end", "job_before_name", "teaser_beside");

    private static final Pattern DASH_OR_BAR = Pattern.compile("\\s[-–—|ـ]\\s|[|]");
    private static final Pattern BRACKET = Pattern.compile("[()\\[\\]]");
    /** How far from the headline, the text's start and its end a byline is looked for, in kept lines. */
    private static final int REACH = 4;
    /** A byline runs to fourteen words at most, as the rules read it. */
    private static final int BYLINE_WORDS = 14;

    private BylineFeatures() {
    }

    /**
     * One page as the rules left it: its lines, what the rules said of each, and where the headline
     * and the text are.
     *
     * @param units the page's lines
     * @param chrome template lines
     * @param artefact images and other placeholders
     * @param good running prose
     * @param headline the headline's line, or -1
     * @param bodyStart the text's first line
     * @param bodyEnd the line after the text's last
     * @param site the site's name, for telling the outlet from the writer
     * @param opinions what the rules think of each line
     * @param arabicProse whether the page's prose is Arabic
     */
    public record Page(List<Unit> units, boolean[] chrome, boolean[] artefact, boolean[] good, int headline, int bodyStart,
            int bodyEnd, String site, Opinions opinions, boolean arabicProse) {
    }

    /** The hand rules' predicates the features ask about. */
    public interface Opinions {
        /** Whether the rules read {@code line} as a byline or a date wherever it stands. */
        boolean strictByline(int line);

        /** Whether the rules read {@code line} as a byline near the headline. */
        boolean looseByline(int line);
    }

    /**
     * A page's candidates as the reader and the trainer see them: each line's index, the names it
     * offers, and its features.
     */
    public record Choice(List<Integer> lines, List<List<String>> names, double[][] features) {
    }

    /** The short lines near the headline, the text's start or its end that name someone, with their names and features. */
    public static Choice of(Page p) {
        List<Unit> units = p.units();
        int n = units.size();
        List<Integer> lines = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        int top = p.headline() >= 0 ? Math.min(p.headline(), p.bodyStart()) : p.bodyStart();
        for (int i = 0; i < n; i++) {
            boolean header = i >= back(p, top, REACH) && i <= forward(p, p.bodyStart(), REACH);
            boolean footer = i >= back(p, p.bodyEnd(), REACH) && i <= forward(p, p.bodyEnd() - 1, REACH);
            Unit u = units.get(i);
            if (!(header || footer) || p.artefact()[i] || u.words() == 0 || u.words() > BYLINE_WORDS) continue;
            if (p.headline() == i) continue;
            // "Par SITE": the outlet signing its own copy is no writer.
            List<String> offered = Byline.namesOffered(u.text(), p.site()).stream()
                    .filter(a -> p.site() == null || !Words.key(a).equals(Words.key(p.site()))).toList();
            if (offered.isEmpty()) continue;
            lines.add(i);
            names.add(offered);
        }
        Map<String, Integer> printed = new HashMap<>();
        for (Unit u : units) printed.merge(Words.key(u.text()), 1, Integer::sum);
        double[][] features = new double[lines.size()][];
        for (int c = 0; c < lines.size(); c++) {
            int i = lines.get(c);
            Unit u = units.get(i);
            String t = u.text().strip();
            List<String> offered = names.get(c);
            String name = offered.get(0);
            String[] key = Words.key(BylineWords.withoutHonorific(name)).split(" ");
            String last = key[key.length - 1];
            int nameWords = 0;
            for (String a : offered) nameWords += Words.count(a);
            int previous = keptBefore(p, i), next = forward(p, i, 1);
            boolean lineage = false;
            for (String k : key) lineage |= k.equals("بن") || k.equals("بنت") || k.equals("ولد") || k.equals("ابن");
            int fromHeadline = p.headline() >= 0 ? Math.abs(i - p.headline()) : REACH * 2;
            double[] f = {
                1,
                p.opinions().strictByline(i) ? 1 : 0,
                p.opinions().looseByline(i) ? 1 : 0,
                GivenNames.contains(key[0]) || key.length > 1 && GivenNames.contains(key[0] + " " + key[1]) ? 1 : 0,
                lineage ? 1 : 0,
                key.length > 1 && last.startsWith("ال") ? 1 : 0,
                key.length > 1 && (last.endsWith("ي") || last.endsWith("اوي") || last.endsWith("ى")) ? 1 : 0,
                BylineWords.opens(t) || BylineWords.after(t) != null ? 1 : 0,
                Byline.nameBeforeJob(t) != null || BylineWords.endsWithJob(t) ? 1 : 0,
                PrintedDates.find(t) != null ? 1 : 0,
                BylineWords.isOutlet(t) || BylineWords.isOutletName(t) || Byline.isAgency(name) || p.site() != null && Words.key(t).contains(Words.key(p.site())) ? 1 : 0,
                Byline.hasSectionWord(t) ? 1 : 0,
                nameWords == 1 ? 1 : 0,
                nameWords == 2 ? 1 : 0,
                nameWords == 3 ? 1 : 0,
                nameWords >= 4 ? 1 : 0,
                Math.log1p(Math.max(0, u.words() - nameWords)),
                t.indexOf(':') >= 0 || t.indexOf('：') >= 0 ? 1 : 0,
                DASH_OR_BAR.matcher(t).find() ? 1 : 0,
                t.indexOf('/') >= 0 ? 1 : 0,
                BRACKET.matcher(t).find() ? 1 : 0,
                t.chars().anyMatch(Character::isDigit) ? 1 : 0,
                p.arabicProse() && !Words.hasArabic(name) ? 1 : 0,
                ScrapedTextParser.FULL_STOP.matcher(t).matches() ? 1 : 0,
                p.chrome()[i] ? 1 : 0,
                p.good()[i] ? 1 : 0,
                p.headline() >= 0 && i < p.headline() ? 1 : 0,
                p.headline() >= 0 && i > p.headline() && i < p.bodyStart() ? 1 : 0,
                i >= top && i < p.bodyStart() ? 1 : 0,
                i >= p.bodyStart() && i <= forward(p, p.bodyStart(), 2) && i < p.bodyEnd() ? 1 : 0,
                i < p.bodyEnd() && i >= back(p, p.bodyEnd(), 2) && i > p.bodyStart() ? 1 : 0,
                i >= p.bodyEnd() ? 1 : 0,
                Math.log1p(fromHeadline),
                previous >= 0 && BylineWords.isAlone(units.get(previous).text()) ? 1 : 0,
                previous >= 0 && dated(units.get(previous)) ? 1 : 0,
                next < n && dated(units.get(next)) ? 1 : 0,
                next < n && units.get(next).words() <= 12 && BylineWords.opensWithJob(units.get(next).text()) ? 1 : 0,
                previous >= 0 && units.get(previous).words() <= 6 && Byline.personName(units.get(previous).text()) != null ? 1 : 0,
                printed.getOrDefault(Words.key(t), 0) >= 2 ? 1 : 0,
                p.arabicProse() ? 1 : 0,
                previous >= 0 && p.good()[previous] ? 1 : 0,
                next < n && p.good()[next] ? 1 : 0,
                i > 0 && i + 1 < n && p.chrome()[i - 1] && p.chrome()[i + 1] ? 1 : 0,
                p.headline() >= 0 && (i == forward(p, p.headline(), 1) || i == keptBefore(p, p.headline())) ? 1 : 0,
                i == forward(p, p.bodyEnd() - 1, 1) || i == keptBefore(p, p.bodyEnd()) ? 1 : 0,
                !BylineWords.withoutJobBefore(t).equals(t) ? 1 : 0,
                teaser(p, i - 1) || teaser(p, i + 1) ? 1 : 0,
            };
            features[c] = f;
        }
        return new Choice(lines, names, features);
    }

    /** A headline-like line that is not the text's: a teaser's, beside its writer's name in a list of stories. */
    private static boolean teaser(Page p, int i) {
        return i >= 0 && i < p.units().size() && i != p.headline() && !p.good()[i] && p.units().get(i).words() >= 5;
    }

    private static boolean dated(Unit u) {
        return u.words() <= 14 && PrintedDates.find(u.text()) != null;
    }

    /** The line {@code steps} kept lines before {@code i} (or the first line). */
    private static int back(Page p, int i, int steps) {
        int j = i;
        for (int s = 0; s < steps && j > 0; s++) j = Math.max(0, keptBefore(p, j));
        return j;
    }

    /** The line {@code steps} kept lines after {@code i} (or past the last). */
    private static int forward(Page p, int i, int steps) {
        int j = i;
        for (int s = 0; s < steps && j < p.units().size(); s++) {
            j++;
            while (j < p.units().size() && (p.chrome()[j] || p.artefact()[j])) j++;
        }
        return j;
    }

    private static int keptBefore(Page p, int i) {
        int j = i - 1;
        while (j >= 0 && (p.chrome()[j] || p.artefact()[j])) j--;
        return j;
    }
}
