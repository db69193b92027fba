package io.convert.reader.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans the site name out of a page's {@code <title>}: "Title | Site", "Site - Title". */
final class Titles {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»/\\\\]|::)\\s+");

    private Titles() {
    }

    /**
     * {@code title} without the segment naming the site: the one matching {@code site} or the
     * host name; else the last segment (or a short first one) when what is left is clearly a
     * title of its own, more than four words: shorter remainders are too often half a title.
     */
    static String clean(String title, String site, String host) {
        String t = collapse(title);
        List<int[]> cuts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) cuts.add(new int[] {m.start(), m.end()});
        if (cuts.isEmpty()) return t;
        String first = t.substring(0, cuts.get(0)[0]);
        String last = t.substring(cuts.get(cuts.size() - 1)[1]);
        String withoutLast = t.substring(0, cuts.get(cuts.size() - 1)[0]);
        String withoutFirst = t.substring(cuts.get(0)[1]);
        if (namesSite(last, site, host)) return withoutLast;
        if (namesSite(first, site, host)) return withoutFirst;
        if (isEnoughOfATitle(withoutLast)) return withoutLast;
        if (isEnoughOfATitle(withoutFirst) && words(first) <= 3) return withoutFirst;
        return t;
    }

    private static boolean namesSite(String segment, String site, String host) {
        String s = squash(segment);
        if (s.isEmpty()) return false;
        if (site != null) {
            String n = squash(site);
            if (!n.isEmpty() && (s.equals(n) || s.length() >= 4 && n.contains(s) || n.length() >= 4 && s.contains(n))) {
                return true;
            }
        }
        if (host != null) {
            String label = squash(host.replaceFirst("\\.[^.]+$", "").replaceFirst("^.*\\.", ""));
            return label.length() >= 3 && (s.contains(label) || label.contains(s) && s.length() >= 4);
        }
        return false;
    }

    private static boolean isEnoughOfATitle(String s) {
        int w = words(s);
        // Scripts written without spaces count characters instead of words.
        return w > 4 || w == 1 && s.codePointCount(0, s.length()) >= 8 && !LATIN.matcher(s).find();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String collapse(String s) {
        return s == null ? "" : Hints.collapseSpaces(s);
    }

    private static String squash(String s) {
        return Hints.normalize(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
