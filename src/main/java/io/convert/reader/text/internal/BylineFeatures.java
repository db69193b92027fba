package io.convert.reader.text.internal;

import io.convert.lang.BylineWords;
import io.convert.lang.GivenNames;
import io.convert.lang.PictureCredits;
import io.convert.lang.PrintedDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the byline model knows about each short line of a page that may sign it: its length, the
 * byline words, titles and given names in it, its dates and punctuation, its script, and where it
 * stands against what the rules found (the headline, the text's start and end, a date line beside
 * it). The reader and the trainer ({@code BylineModelTrainer}) both take their numbers from here,
 * so what the weights were fitted on is what they are applied to.
 */
public final class BylineFeatures {
    /** The features in the order of each vector; the weights file names them in this order. */
    public static final List<String> NAMES = List.of(
            "bias", "words_1", "words_2", "words_3", "words_4", "words_5_6", "words_7_10", "words_11_plus",
            "byline_word", "byline_word_first", "titled", "job_before", "given_first", "given_share", "article_first",
            "person_name", "given_person_name", "parsed_byline", "writer_read",
            "dated", "digit_share", "separator", "colon", "end_colon", "final_stop", "comma", "quoted", "bracket", "tag_or_handle",
            "latin_share", "mixed_script", "printed_twice", "site_named", "agency", "named_in_text", "under_masthead_label",
            "blank_before", "blank_after", "chrome", "previous_prose", "next_prose", "beside_date",
            "under_title", "near_title", "above_title", "title_distance", "name_in_title",
            "before_text", "after_text", "position",
            "headline_name", "headline_after_dash", "headline_set_apart", "headline_after_comma", "headline_before_colon",
            "headline_credited", "headline_titled", "headline_given", "headline_name_line", "headline_family_in_text",
            "headline_other_byline", "headline_name_in_text");

    /** The most words of a line the model weighs: a byline with its date and place runs to about this. */
    public static final int MOST_WORDS = 20;
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|｜/–—-]\\s|\\S[|｜]|[|｜]\\S");
    private static final Pattern FINAL_STOP = Pattern.compile(".*[.!?؟…][\"”»')\\]]*$");
    private static final Pattern BRACKET = Pattern.compile("[()\\[\\]]");
    private static final Pattern TAG_OR_HANDLE = Pattern.compile("[#@]\\S");
    /** Between a byline's parts: a dash spaced on either side or both ({@link Byline#SPACED_DASH}), a bar, a spaced slash. */
    private static final Pattern PARTS = Pattern.compile(Byline.SPACED_DASH.pattern() + "|\\s/\\s|[|｜]");
    /** A colon closing a byline whose names the line does not carry over ("تحقيق NAME:"). */
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]\\s*$");
    /** Stars, bullets and dots a layout sets before a byline. */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}]+");
    /** A picture's label closing the text before a byline word ("Photo by", "صورة بواسطة"). */
    private static final Pattern PICTURE_LABEL_BEFORE = Pattern.compile("(?iu)(?:^|\\s)" + PictureCredits.LABEL + "s?\\s*$");
    /** A name alone, or before a byline's next part: "NAME", "NAME – SITE- CITY", "NAME | DATE", "NAME، SITE". */
    private static final Pattern NAME_THEN_PARTS = Pattern.compile("^(.+?)(?:\\s*[-–—|/،,].*)?$");
    /** The most words of a line that prints a headline's name as a byline does ("NAME – SITE – CITY"). */
    private static final int NAME_LINE_WORDS = 10;
    /** How many kept lines under the headline count as near it: a byline sits under it, a deck or a date between. */
    private static final int NEAR_TITLE = 3;

    private BylineFeatures() {
    }

    /**
     * One page as the rules left it once the header and the text are read.
     *
     * @param units the page's lines
     * @param chrome template lines
     * @param artefact images and other placeholders
     * @param good running prose
     * @param title the headline's line, or -1
     * @param bodyStart the first line of the text
     * @param end the line after the text's last
     * @param site the outlet's name as the page prints it, or null
     * @param printed how often the page prints each line ({@link Unit#printings})
     */
    public record Page(List<Unit> units, boolean[] chrome, boolean[] artefact, boolean[] good, int title, int bodyStart,
            int end, String site, Map<String, Integer> printed) {
    }

    /**
     * A page's candidates as the trainer sees them: each line's text, features and the writers the
     * reader would read off it (empty for none), which of them is the headline's (-1 for none),
     * whether the rules named a writer themselves, and whether the page's prose is in Arabic script
     * (a page in another asks the model's margin more).
     */
    public record Choice(List<String> lines, double[][] features, List<List<String>> writers, int headline, boolean ruled,
            boolean arabic) {
    }

    /**
     * Each candidate's features, in the order of {@link #NAMES}, and the writers read off it ({@link #writerIn}):
     * the features ask whether a writer is read, so both come from one reading of the line.
     */
    public record Lines(double[][] features, List<List<String>> writers) {
    }

    /**
     * The lines that may sign the page: every short printed line but images and running prose, down to
     * a list of teasers under the text (their writers are other stories'), and the headline when it sets
     * a name off ({@link #headlineName}). An image's alt text over its caption that runs it on ("NAME" /
     * "NAME JOB") names who the picture shows.
     */
    public static List<Integer> candidates(Page p) {
        List<Unit> units = p.units();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i >= p.end() && Chrome.isTeaserHeading(u)) break;
            if (i == p.title()) {
                if (headlineName(p) != null) out.add(i);
                continue;
            }
            if (p.artefact()[i] || p.good()[i] || u.words() < 1 || u.words() > MOST_WORDS) continue;
            int previous = previousPrinted(units, i), next = nextPrinted(units, i);
            if (runsOn(units, i, next) || runsOn(units, previous, i)) continue;
            out.add(i);
        }
        return out;
    }

    /** Whether line {@code b} prints line {@code a} and more after it. */
    private static boolean runsOn(List<Unit> units, int a, int b) {
        if (a < 0 || b >= units.size()) return false;
        String shorter = Words.key(units.get(a).text()), longer = Words.key(units.get(b).text());
        return !shorter.isEmpty() && longer.startsWith(shorter + " ");
    }

    /** The features and writers of each candidate; {@code prose} is the page's ({@link Prose#of}). */
    public static Lines of(Page p, List<Integer> candidates, Prose prose) {
        List<Unit> units = p.units();
        int n = units.size();
        Map<String, Integer> printed = p.printed();
        String titleKey = p.title() >= 0 ? " " + Words.key(units.get(p.title()).text()) + " " : "";
        String siteKey = p.site() == null ? "" : Words.key(p.site());
        double[][] out = new double[candidates.size()][];
        List<List<String>> read = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            if (i == p.title()) {
                Byline.HeadlineName named = headlineName(p);
                read.add(isPerson(named.name(), p.site()) ? List.of(named.name()) : List.of());
                out[c] = headlineFeatures(p, candidates, named, prose);
                continue;
            }
            Unit u = units.get(i);
            String t = Byline.unstarred(u.text());
            String key = Words.key(t);
            String[] words = key.isEmpty() ? new String[0] : key.split(" ");
            int w = u.words();
            String name = bareName(t);
            String[] nameWords = Words.key(name).split(" ");
            int given = 0;
            for (String word : words) if (GivenNames.contains(word)) given++;
            long letters = t.codePoints().filter(Character::isLetter).count();
            long latin = t.codePoints().filter(Words::isLatin).count();
            int previous = previousPrinted(units, i), next = nextPrinted(units, i);
            int belowTitle = p.title() >= 0 && i > p.title() ? keptBetween(p, p.title(), i) : -1;
            Byline byline = Byline.parse(t, p.site(), true);
            boolean parses = byline != null && !byline.authors().isEmpty();
            List<String> writers = writerIn(t, byline, p.site());
            read.add(writers);
            String named = writers.isEmpty() ? name : writers.get(0);
            double[] f = {
                1,
                w == 1 ? 1 : 0,
                w == 2 ? 1 : 0,
                w == 3 ? 1 : 0,
                w == 4 ? 1 : 0,
                w >= 5 && w <= 6 ? 1 : 0,
                w >= 7 && w <= 10 ? 1 : 0,
                w >= 11 ? 1 : 0,
                lastBylineWord(t) >= 0 ? 1 : 0,
                BylineWords.opens(t) ? 1 : 0,
                BylineWords.withoutHonorific(BylineWords.withoutJobBefore(t)).length() < BylineWords.withoutJobBefore(t).length() ? 1 : 0,
                BylineWords.withoutJobBefore(t).length() < t.length() ? 1 : 0,
                Byline.opensWithGivenName(name) ? 1 : 0,
                words.length == 0 ? 0 : (double) given / words.length,
                words.length > 0 && words[0].startsWith("ال") && !GivenNames.contains(words[0]) && !BylineWords.isArticleGivenName(words[0]) ? 1 : 0,
                Byline.personName(t) != null ? 1 : 0,
                Byline.givenPersonName(t) != null ? 1 : 0,
                parses ? 1 : 0,
                writers.isEmpty() ? 0 : 1,
                PrintedDates.find(t) != null || PrintedDates.isYearlessDate(t) ? 1 : 0,
                digitShare(words),
                SEPARATOR.matcher(t).find() ? 1 : 0,
                t.indexOf(':') >= 0 || t.indexOf('：') >= 0 ? 1 : 0,
                t.endsWith(":") || t.endsWith("：") ? 1 : 0,
                FINAL_STOP.matcher(t).matches() ? 1 : 0,
                t.indexOf('،') >= 0 || t.indexOf(',') >= 0 ? 1 : 0,
                Byline.QUOTES.matcher(t).find() ? 1 : 0,
                BRACKET.matcher(t).find() ? 1 : 0,
                TAG_OR_HANDLE.matcher(t).find() ? 1 : 0,
                letters == 0 ? 0 : (double) latin / letters,
                latin > 0 && Words.hasArabic(t) ? 1 : 0,
                printed.getOrDefault(key, 0) >= 2 ? 1 : 0,
                !siteKey.isEmpty() && (" " + key + " ").contains(" " + siteKey + " ") ? 1 : 0,
                Byline.isAgency(t) || Byline.isAgency(BylineWords.after(t) == null ? t : BylineWords.after(t)) ? 1 : 0,
                namedIn(prose, named) ? 1 : 0,
                previous >= 0 && Chrome.isMastheadLabel(Words.key(units.get(previous).text())) ? 1 : 0,
                u.blankBefore() ? 1 : 0,
                i + 1 < n && units.get(i + 1).blankBefore() ? 1 : 0,
                p.chrome()[i] ? 1 : 0,
                previous >= 0 && p.good()[previous] ? 1 : 0,
                next < n && p.good()[next] ? 1 : 0,
                isDateLine(units, previous) || isDateLine(units, next) ? 1 : 0,
                belowTitle == 0 ? 1 : 0,
                belowTitle >= 0 && belowTitle < NEAR_TITLE ? 1 : 0,
                p.title() >= 0 && i < p.title() ? 1 : 0,
                p.title() >= 0 ? Math.log1p(Math.abs(i - p.title())) : Math.log1p(n),
                !titleKey.isEmpty() && nameWords.length >= 2 && titleKey.contains(" " + nameWords[0] + " " + nameWords[1] + " ") ? 1 : 0,
                i < p.bodyStart() ? 1 : 0,
                i >= p.end() ? 1 : 0,
                n == 0 ? 0 : (double) i / n,
                // The headline's own features: no line's.
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            };
            out[c] = f;
        }
        return new Lines(out, read);
    }

    /** The name the headline's line sets off at its head or end ({@link Byline#headlineName}), or null. */
    public static Byline.HeadlineName headlineName(Page p) {
        return p.title() < 0 ? null : Byline.headlineName(Byline.unstarred(p.units().get(p.title()).text()));
    }

    /**
     * The headline's name weighed apart from the lines: only the bias and the headline's own features.
     * A column's writer and a news story's subject stand in the same places; the name's shape, a title, a
     * byline word or a given name before it, a short line of the page that prints it as a byline does, and
     * the text going on to name it (as it names its subject, seldom its writer) tell them apart.
     */
    private static double[] headlineFeatures(Page p, List<Integer> candidates, Byline.HeadlineName named, Prose prose) {
        double[] f = new double[NAMES.size()];
        f[0] = 1;
        String[] words = Words.key(named.name()).split(" ");
        String family = words[words.length - 1].length() >= 3 ? words[words.length - 1] : String.join(" ", words);
        boolean otherByline = false;
        for (int i : candidates) otherByline |= i != p.title() && BylineWords.opens(Byline.unstarred(p.units().get(i).text()));
        double[] own = {
            1,
            named.shape() == Byline.HeadlineName.Shape.AFTER_DASH ? 1 : 0,
            named.shape() == Byline.HeadlineName.Shape.SET_APART ? 1 : 0,
            named.shape() == Byline.HeadlineName.Shape.AFTER_COMMA ? 1 : 0,
            named.shape() == Byline.HeadlineName.Shape.BEFORE_COLON ? 1 : 0,
            named.credited() ? 1 : 0,
            named.titled() ? 1 : 0,
            Byline.opensWithGivenName(named.name()) ? 1 : 0,
            printedAsByline(p, named.name()) ? 1 : 0,
            namedIn(prose, family) ? 1 : 0,
            otherByline ? 1 : 0,
            namedIn(prose, named.name()) ? 1 : 0,
        };
        System.arraycopy(own, 0, f, NAMES.indexOf("headline_name"), own.length);
        return f;
    }

    /**
     * Whether a short line of the page but the headline is {@code name} alone or opens a byline's parts with
     * it ("NAME – SITE – CITY", "NAME | DATE").
     */
    private static boolean printedAsByline(Page p, String name) {
        String key = Words.key(name);
        for (int i = 0; i < p.units().size(); i++) {
            Unit u = p.units().get(i);
            if (i == p.title() || u.words() > NAME_LINE_WORDS) continue;
            Matcher parts = NAME_THEN_PARTS.matcher(u.text().strip());
            if (parts.matches() && Words.key(parts.group(1)).equals(key)) return true;
        }
        return false;
    }

    /**
     * The writers a line names, read as the rules read a byline ({@link Byline#parse}: byline words,
     * titles, the outlet and the place set apart); failing that, the first of its parts (after its
     * last byline word, between dashes and bars) that is a person's name alone, beside a date or
     * before a job. Empty when no part looks like a person's name, or the name is the site's, an
     * agency's or an outlet's.
     */
    public static List<String> writerIn(String line, String site) {
        String t = Byline.unstarred(line);
        return writerIn(t, Byline.parse(t, site, true), site);
    }

    /** {@link #writerIn(String, String)} of a stripped line already parsed as a byline ({@code byline}, or null). */
    private static List<String> writerIn(String t, Byline byline, String site) {
        if (byline != null && !byline.authors().isEmpty()) {
            List<String> out = byline.authors().stream().filter(name -> isPerson(name, site)).toList();
            return out.size() == byline.authors().size() ? out : List.of();
        }
        String unmarked = LEADING_MARKS.matcher(t).replaceFirst("");
        int credit = lastBylineWord(unmarked);
        // "Photo by NAME": the byline word after a picture's label credits its photographer.
        if (credit > 0 && PICTURE_LABEL_BEFORE.matcher(unmarked.substring(0, credit)).find()) return List.of();
        String names = credit < 0 ? unmarked : BylineWords.after(unmarked.substring(credit));
        if (names == null) return List.of();
        for (String printed : PARTS.split(names)) {
            String part = TRAILING_COLON.matcher(printed).replaceFirst("");
            for (String name : new String[] {Byline.personName(part), Byline.nameBeforeDate(part), Byline.nameAfterDate(part), Byline.nameBeforeJob(part)}) {
                if (name != null && isPerson(name, site)) return List.of(name);
            }
        }
        return List.of();
    }

    /** A name, not a name and an office ("NAME محافظ المدينة": an official a caption names), nor a site's, agency's or outlet's. */
    private static boolean isPerson(String name, String site) {
        return Byline.nameBeforeJob(name) == null && !Byline.isAgency(name) && !BylineWords.isOutlet(name) && !(site != null && Words.key(name).equals(Words.key(site)));
    }

    /** The words of the page's running prose, and where each is printed, for {@link #namedIn}. */
    record Prose(String[] words, Map<String, List<Integer>> at) {
        static Prose of(Page p) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < p.units().size(); i++) {
                if (!p.good()[i]) continue;
                String key = Words.key(p.units().get(i).text());
                if (!key.isEmpty()) words.addAll(List.of(key.split(" ")));
                words.add("");
            }
            Map<String, List<Integer>> at = new HashMap<>();
            for (int k = 0; k < words.size(); k++) at.computeIfAbsent(words.get(k), w -> new ArrayList<>()).add(k);
            return new Prose(words.toArray(new String[0]), at);
        }
    }

    /** Whether the page's prose prints {@code name}: the text's subject, or someone it quotes. */
    static boolean namedIn(Prose prose, String name) {
        String key = Words.key(name);
        if (key.isEmpty()) return false;
        String[] words = key.split(" ");
        for (int start : prose.at().getOrDefault(words[0], List.of())) {
            int k = 1;
            while (k < words.length && start + k < prose.words().length && prose.words()[start + k].equals(words[k])) k++;
            if (k == words.length) return true;
        }
        return false;
    }

    /** {@code text} without a byline word, what the writer is and a title before the name. */
    private static String bareName(String text) {
        String after = BylineWords.after(text);
        return BylineWords.withoutHonorific(BylineWords.withoutJobBefore(after == null ? text : after));
    }

    /** Where the last byline word in {@code text} starts ("كتب في: DATE بقلم: NAME"), or -1. */
    static int lastBylineWord(String text) {
        for (int k = text.length() - 1; k > 0; k--) {
            if (!Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k)) && BylineWords.opens(text.substring(k))) return k;
        }
        return BylineWords.opens(text) ? 0 : -1;
    }

    private static boolean isDateLine(List<Unit> units, int i) {
        return i >= 0 && i < units.size() && ScrapedTextParser.isDateText(units.get(i).text());
    }

    /** How many lines neither template nor image stand between {@code from} and {@code to}, counted up to {@link #NEAR_TITLE}. */
    private static int keptBetween(Page p, int from, int to) {
        int count = 0;
        for (int j = from + 1; j < to && count < NEAR_TITLE; j++) {
            if (!p.chrome()[j] && !p.artefact()[j] && !p.units().get(j).text().isBlank()) count++;
        }
        return count;
    }

    private static int previousPrinted(List<Unit> units, int i) {
        int j = i - 1;
        while (j >= 0 && units.get(j).text().isBlank()) j--;
        return j;
    }

    private static int nextPrinted(List<Unit> units, int i) {
        int j = i + 1;
        while (j < units.size() && units.get(j).text().isBlank()) j++;
        return j;
    }

    private static double digitShare(String[] words) {
        if (words.length == 0) return 0;
        int digits = 0;
        for (String word : words) if (word.chars().anyMatch(Character::isDigit)) digits++;
        return (double) digits / words.length;
    }
}
