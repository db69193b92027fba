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
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)[\\d@/:|#]|https?|www\\.");

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
        String t = text.replaceAll("\\s*\\|.*$", "").strip();
        for (String part : SEPARATOR.split(t)) {
            String name = part.strip().replaceAll("^[\\s:\\-–—]+|[\\s:\\-–—.]+$", "");
            if (name.isEmpty()) continue;
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
