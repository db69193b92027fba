package io.convert.reader.text.internal;

import io.convert.lang.SiteWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a page gives its own outlet, learned from the page (the reader never sees the URL): a
 * copyright line ("© 2024 NAME", "جميع الحقوق محفوظة لـ NAME", "Tous droits réservés NAME"), or a
 * masthead that says what the outlet is ("صحيفة NAME", "NAME الإخباري", "NAME News", "name.net"),
 * perhaps with its motto or its city after a dash. Each rule that guessed the outlet from its own
 * word list saw one line; the name, once learned, tells every line that only names the site (no
 * headline, no writer: the page's template) from one that merely mentions it.
 *
 * @param name the name as the page prints it
 * @param core the name without the word that says what the outlet is ("العهد" of "موقع العهد الاخباري"), as a key
 */
public record SiteName(String name, String core) {
    /** How many lines of a page with no prose may be its masthead. */
    private static final int EDGE = 12;
    /** The fewest words of a line of prose, which a masthead never runs to. */
    private static final int PROSE_WORDS = 12;
    /** The most words a masthead's name runs to, with the word that says what the outlet is. */
    private static final int NAME_WORDS = 4;
    /** The most words of a motto or a city printed after the name ("NAME – مونتريال", "NAME - الخبر مقدس والتعليق حر"). */
    private static final int MOTTO_WORDS = 8;
    /** Between a masthead's name and its motto or city, or a Latin transliteration ("NAME _ name"). */
    private static final Pattern PARTS = Pattern.compile("\\s+[|–—_-]\\s+");
    /** "name.net, MOTTO": an address closes at a comma too, where a name of words may go on into a headline. */
    private static final Pattern ADDRESS_COMMA = Pattern.compile("(?<=\\.\\p{L}{2,4})\\s*[,،]\\s+");
    /** A site that names itself by its address: "Name.net", "name.ma". */
    private static final Pattern ADDRESS = Pattern.compile("(?iu)^\\p{L}[\\p{L}\\p{N}-]*\\.(?:com|net|org|info|news|ma|dz|tn|fr|ch|be|ca|sn|bf|ml|tv)$");
    /** "Welcome to NAME", "Bienvenue sur NAME", "مرحبا بكم في NAME": a site's greeting names the site. */
    private static final Pattern WELCOME = Pattern.compile("(?iu)^(?:welcome to|bienvenue (?:sur|à|a|dans)|مرحبا بكم في|مرحبا بك في|أهلا بكم في|اهلا بكم في)\\s+");
    /**
     * What a copyright line names after its mark and year: "© 2024 NAME", "Copyright (c) 2019-2024 NAME". The mark
     * opens the line or a year follows it: a picture's credit ("… © NAME") names its photographer.
     */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(?:^\\W*(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?"
                    + "|(?:©|\\(c\\)|copyright)\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?)\\s*[,.]?\\s*(?:by\\s+|par\\s+)?"
                    + "(\\p{L}[\\p{L}\\p{N}.'’&\\s-]*?)\\s*(?:[|.,،:–—©-]|\\d{4}|all rights|tous droits|جميع الحقوق|$)");
    /** A rights notice, up to where the owner's name starts: "جميع الحقوق محفوظة لـ NAME", "Tous droits réservés à NAME". */
    private static final Pattern RIGHTS = Pattern.compile(
            "(?iu)(?:(?:جميع|كل)\\s+)?(?:الحقوق|حقوق النشر)\\s+محفوظة\\s*(?:ل\\s*ـ?\\s*|لـ\\s*|ل(?=\\p{L}{3}))?"
                    + "|tous droits réservés\\s*(?:à\\s+|:\\s*|©\\s*)?(?:\\d{4}\\s*)?|all rights reserved\\s*(?:by\\s+)?");
    /** What names the owner after {@link #RIGHTS}: a name in quotes or not, up to a bar, a stop, a year or the line's end. */
    private static final Pattern RIGHTS_NAME = Pattern.compile("^[«\"“]?(\\p{L}[\\p{L}\\p{N}.'’&\\s-]*?)[»\"”]?\\s*(?:[|.,،:–—©-]|\\d{4}|$)");

    /**
     * The page's own name, or null when no line of {@code lines} gives it: a copyright line anywhere,
     * else a masthead's name among the first and the last lines.
     */
    public static SiteName learn(List<String> lines) {
        for (String line : lines) {
            SiteName s = fromCopyright(line);
            if (s != null) return s;
        }
        List<String> edges = edges(lines);
        for (String line : edges) {
            SiteName s = fromMasthead(line);
            if (s != null) return s;
        }
        return null;
    }

    /** Whether {@code line} only names the site: the name, with its kind, its motto or its city, or the site's greeting. */
    public boolean namedAlone(String line) {
        String t = WELCOME.matcher(line.strip()).replaceFirst("");
        if (isName(t)) return true;
        String[] parts = split(t);
        if (parts.length < 2 || !isName(parts[0])) return false;
        // "NAME - WRITER" is the outlet's byline, which names a person.
        String rest = parts[1].strip();
        return Words.count(rest) <= MOTTO_WORDS && !sentenceEnds(rest) && Byline.personName(rest) == null;
    }

    /** Whether {@code text} is the site's name, with or without the word that says what the outlet is. */
    public boolean isName(String text) {
        String key = Words.key(text);
        if (key.isEmpty()) return false;
        return key.equals(Words.key(name)) || key.equals(core) || Words.key(kindless(text)).equals(core);
    }

    private static SiteName fromCopyright(String line) {
        if (Words.count(line) > 30) return null;
        Matcher rights = RIGHTS.matcher(line);
        if (rights.find()) {
            Matcher named = RIGHTS_NAME.matcher(line.substring(rights.end()).strip());
            SiteName s = named.find() ? of(named.group(1)) : null;
            if (s != null) return s;
        }
        Matcher c = COPYRIGHT.matcher(line);
        return c.find() ? of(c.group(1)) : null;
    }

    private static SiteName fromMasthead(String line) {
        Matcher welcome = WELCOME.matcher(line.strip());
        if (welcome.lookingAt()) return of(line.strip().substring(welcome.end()));
        String head = split(line.strip())[0].strip();
        if (ADDRESS.matcher(head).matches()) return of(head);
        // "Hospitals face uncertain times": a Latin name capitalises every word. A section's label in capitals ("Latest
        // News") passes for a name, whose lines are the template's all the same.
        boolean latin = !Words.hasArabic(head);
        if (latin && !capitalised(head) || kindless(head).equals(head)) return null;
        return of(head);
    }

    private static String[] split(String line) {
        String[] address = ADDRESS_COMMA.split(line, 2);
        return address.length == 2 && ADDRESS.matcher(address[0].strip()).matches() ? address : PARTS.split(line, 2);
    }

    private static boolean capitalised(String text) {
        for (String w : text.strip().split("\\s+")) if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) return false;
        return true;
    }

    /** A name of a few words, with no digits but an address's, and no sentence's end. */
    private static SiteName of(String printed) {
        String name = printed.strip();
        int words = Words.count(name);
        // "© D.R": the initials of "droits réservés" name no one.
        if (words == 0 || words > NAME_WORDS || sentenceEnds(name) || name.codePoints().filter(Character::isLetter).count() < 3) return null;
        if (name.chars().anyMatch(Character::isDigit) && !ADDRESS.matcher(name).matches()) return null;
        String core = Words.key(kindless(name));
        return core.isEmpty() ? null : new SiteName(name, core);
    }

    /** {@code name} without the word that says what the outlet is, or the address's ending; itself when it has none. */
    private static String kindless(String name) {
        String t = name.strip();
        int nameStart = SiteWords.mastheadKindEnd(t);
        if (nameStart > 0 && Words.count(t) >= 2) t = t.substring(nameStart);
        int nameEnd = SiteWords.mastheadKindStart(t);
        if (nameEnd >= 0 && Words.count(t) >= 2) t = t.substring(0, nameEnd);
        if (ADDRESS.matcher(t).matches()) t = t.substring(0, t.lastIndexOf('.'));
        return t.strip();
    }

    private static boolean sentenceEnds(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?؟…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * The lines above the page's first sentence of prose and below its last (the first {@link #EDGE} lines of a page
     * with none): where its masthead and its footer stand. A short page's subheadings, between its paragraphs, are no
     * masthead.
     */
    private static List<String> edges(List<String> lines) {
        int first = -1, last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isProse(lines.get(i))) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return lines.subList(0, Math.min(lines.size(), EDGE));
        List<String> out = new ArrayList<>(lines.subList(0, first));
        out.addAll(lines.subList(last + 1, lines.size()));
        return out;
    }

    private static boolean isProse(String line) {
        return Words.count(line) >= PROSE_WORDS && sentenceEnds(line);
    }
}
