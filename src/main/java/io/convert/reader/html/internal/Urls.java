package io.convert.reader.html.internal;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;

/** Resolves the URLs a page references against its base, refusing script URLs. */
final class Urls {
    private final String base;
    /** The base parsed once for the page's hundreds of links; null when it is no URL. */
    private final URL baseUrl;

    /** @param base the page's base URL after {@code <base href>}; empty or null when unknown */
    Urls(String base) {
        this.base = base == null ? "" : base;
        this.baseUrl = parse(withoutControls(this.base));
    }

    /**
     * The absolute form of {@code raw}, or {@code raw} itself when there is no base to resolve
     * against; null for empty values and for {@code javascript:}/{@code vbscript:} URLs.
     */
    String resolve(String raw) {
        if (raw == null) return null;
        String v = raw.strip();
        if (v.isEmpty()) return null;
        String lower = schemeOf(v);
        if (lower.startsWith("javascript:") || lower.startsWith("vbscript:")) return null;
        if (lower.startsWith("data:") || lower.startsWith("#") || base.isEmpty()) return v;
        String resolved = null;
        if (baseUrl != null) {
            try {
                resolved = StringUtil.resolve(baseUrl, withoutControls(v)).toExternalForm();
            } catch (MalformedURLException e) {
                // jsoup's string form below then tries the value as an absolute URL
            }
        }
        if (resolved == null) resolved = StringUtil.resolve(base, v);
        return resolved.isEmpty() ? v : resolved;
    }

    private static URL parse(String url) {
        try {
            return url.isEmpty() ? null : new URL(url);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** {@code url} without the control characters jsoup strips before resolving it. */
    private static String withoutControls(String url) {
        int i = 0;
        while (i < url.length() && url.charAt(i) > 0x1f) i++;
        if (i == url.length()) return url;
        StringBuilder sb = new StringBuilder(url.length()).append(url, 0, i);
        for (; i < url.length(); i++) if (url.charAt(i) > 0x1f) sb.append(url.charAt(i));
        return sb.toString();
    }

    /** The start of a URL in lower case without the controls and spaces browsers ignore in schemes. */
    private static String schemeOf(String url) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < url.length() && sb.length() < 12; i++) {
            char c = url.charAt(i);
            if (c > ' ') sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The host of the base URL without {@code www.}, or null. */
    String host() {
        try {
            String h = java.net.URI.create(base).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
