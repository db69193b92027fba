package io.convert.reader.html.internal;

import io.convert.lang.BylineWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of the bylines pages print: "By Maya Lindqvist and Tomás Ferreira",
 * "بقلم: أحمد علي", "كتبت - سارة محمود", and the "SOURCE - AUTHOR" line of Arabic news
 * ("القاهرة الإخبارية - إسلام عيسى").
 */
final class Bylines {
    /** A byline: its authors, and the news source it names before them (or null). */
    record Byline(List<String> authors, String source) {
    }

    private static final Pattern SOURCE_AUTHOR = Pattern.compile("^(.{2,40}?)\\s+[-–—]\\s+(.{2,60})$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b|\\bavec\\b|\\bmit\\b)\\s*");
    /** Co-writers named in brackets: "Martin Roe (avec Léa Moreau et Paul Dubois)". */
    private static final Pattern BRACKETED_COWRITERS = Pattern.compile("\\((\\s*(?:with|avec|mit)\\s[^()]*)\\)");
    /** What follows a bar ("NAME | Staff writer"); compiled once, as String's replaceAll would on each call. */
    private static final Pattern AFTER_BAR = Pattern.compile("\\s*\\|.*$");
    /** Links and page furniture printed where a name would be ("View my complete profile", "Follow Author"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)[\\d@/:|#]|https?|www\\.|\\b(?:profile|follow|posts)\\b");
    /**
     * What follows a name after a comma without being one: degrees, suffixes and other
     * capitals ("Jo Roe, MA", "Jo Roe, Ph.D.", "Jo Roe, Jr.", "Jo Roe, CNN").
     */
    private static final Pattern POST_NOMINAL = Pattern.compile("(?:PhD|Ph\\.D|MSc|Jr|Sr|Esq|\\p{Lu}{2,5})\\.?");
    /** Initials standing after a family name and a comma, as catalogues print names: "Roe, J.", "Roe, J. K.". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?|(?:\\p{Lu}\\.\\s*){2,3}");

    private Bylines() {
    }

    /**
     * The byline {@code text} states, or null when it does not read as one. {@code loose}
     * accepts a bare name (for elements already known to hold the byline).
     */
    static Byline parse(String text, boolean loose) {
        if (text == null) return null;
        String t = Hints.normalize(text);
        if (t.isEmpty() || t.length() > 150) return null;
        String names = BylineWords.after(t);
        if (names != null) {
            Byline b = sourceAndAuthor(names);
            if (b != null) return b;
            List<String> authors = names(names);
            return authors.isEmpty() ? null : new Byline(authors, null);
        }
        Byline b = sourceAndAuthor(t);
        if (b != null) return b;
        if (!loose) return null;
        List<String> authors = names(t);
        return authors.isEmpty() ? null : new Byline(authors, null);
    }

    private static Byline sourceAndAuthor(String t) {
        Matcher m = SOURCE_AUTHOR.matcher(t);
        if (!m.matches()) return null;
        String source = m.group(1).strip(), author = m.group(2).strip();
        if (words(source) > 4 || NOT_A_NAME.matcher(source).find()) return null;
        List<String> authors = names(author);
        return authors.isEmpty() ? null : new Byline(authors, source);
    }

    /** Names in a list of them; empty when any part does not look like a person's or desk's name. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        String t = BRACKETED_COWRITERS.matcher(AFTER_BAR.matcher(text).replaceAll("")).replaceAll(" $1 ").strip();
        for (String part : SEPARATOR.split(t)) {
            String name = part.strip().replaceAll("^[\\s:\\-–—]+|[\\s:\\-–—.]+$", "");
            if (name.isEmpty() || !out.isEmpty() && POST_NOMINAL.matcher(name).matches()) continue;
            if (!out.isEmpty() && INITIALS.matcher(part.strip()).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part.strip());
                continue;
            }
            int w = words(name);
            if (w == 0 || w > 5 || name.length() > 60 || NOT_A_NAME.matcher(name).find()) return List.of();
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
