package io.convert.writer.markup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which link and image references may appear in the output. Only web, mail and
 * document-relative references survive: {@code javascript:}, {@code vbscript:}, {@code data:}
 * documents and every other scheme are refused, whatever their spelling.
 */
public final class Hrefs {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** Characters a URI may not hold literally; browsers percent-encode them, so do we. */
    private static final Pattern UNSAFE = Pattern.compile("[\\s\"<>\\\\^`{|}\\[\\]]|%(?![0-9A-Fa-f]{2})");
    private static final Pattern AUTHORITY = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*");

    private Hrefs() {
    }

    /** A link target for a standalone page: http(s), mailto, relative or a fragment; else null. */
    public static String link(String href) {
        String h = tidy(href);
        if (h == null) return null;
        String scheme = scheme(h);
        if (scheme == null) return h;
        return switch (scheme) {
            case "http", "https" -> hasHost(h) ? h : null;
            case "mailto" -> h.length() > 7 ? h : null;
            default -> null;
        };
    }

    /**
     * A link target for a packaged book, where relative references and fragments have nothing to
     * point at: relative references are resolved against {@code base} (the article's URL) when it
     * is a web address, and anything that is not then an absolute http(s) or mailto URI is null.
     */
    public static String absoluteLink(String href, String base) {
        String h = link(href);
        if (h == null || h.startsWith("#")) return null;
        if (scheme(h) == null) {
            String b = link(base);
            if (b == null || scheme(b) == null || !scheme(b).startsWith("http")) return null;
            try {
                h = new URI(b).resolve(new URI(h)).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
            return scheme(h) != null && scheme(h).startsWith("http") && hasHost(h) ? h : null;
        }
        return h;
    }

    /**
     * An image source for a standalone page, kept as the article gave it when it is a web,
     * file, relative or {@code data:image/} reference; else null.
     */
    public static String imageSource(String source) {
        String s = source == null ? null : Xml.clean(source).strip();
        if (s == null || s.isEmpty()) return null;
        String scheme = scheme(s);
        if (scheme == null) return encode(s);
        return switch (scheme) {
            case "http", "https", "file" -> encode(s);
            case "data" -> s.regionMatches(true, 5, "image/", 0, 6) ? s : null;
            default -> null;
        };
    }

    /** The lower-case scheme of {@code href}, or null for a relative reference. */
    public static String scheme(String href) {
        Matcher m = SCHEME.matcher(href);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The host of a web address, for showing where an article came from; null if none. */
    public static String host(String href) {
        String h = link(href);
        if (h == null || scheme(h) == null) return null;
        try {
            String host = new URI(h).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Removes what browsers ignore inside a URL (controls, line breaks, tabs: "java\tscript:"
     * is "javascript:") and percent-encodes characters that are never literal in one; null when
     * nothing parseable is left.
     */
    private static String tidy(String href) {
        if (href == null) return null;
        String h = Xml.clean(href).strip().replaceAll("[\\t\\n\\r]", "");
        if (h.isEmpty()) return null;
        h = encode(h);
        try {
            new URI(h);
        } catch (URISyntaxException e) {
            return null;
        }
        return h;
    }

    /**
     * Percent-encodes what may not stand literally in a URL: spaces, quotes, brackets outside
     * the host (an IPv6 host keeps its own), and '%' that does not start an escape.
     */
    private static String encode(String s) {
        Matcher authority = AUTHORITY.matcher(s);
        int from = authority.find() ? authority.end() : 0;
        return s.substring(0, from) + encodeTail(s.substring(from));
    }

    private static String encodeTail(String s) {
        Matcher m = UNSAFE.matcher(s);
        if (!m.find()) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        int last = 0;
        do {
            out.append(s, last, m.start());
            out.append('%').append(String.format(Locale.ROOT, "%02X", (int) m.group().charAt(0)));
            last = m.end();
        } while (m.find());
        return out.append(s.substring(last)).toString();
    }

    private static boolean hasHost(String h) {
        try {
            String host = new URI(h).getHost();
            return host != null && !host.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
