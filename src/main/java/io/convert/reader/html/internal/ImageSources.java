package io.convert.reader.html.internal;

import io.convert.model.Image;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the real picture behind an {@code <img>}: lazy-loading attributes, {@code srcset}
 * (choosing a size fit for reading), {@code <picture>} sources, and placeholders that are not
 * the picture at all.
 */
final class ImageSources {
    /** Attributes lazy-loading scripts copy into {@code src}, most specific first. */
    private static final String[] LAZY = {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
        "data-hi-res-src", "data-full-src", "data-echo", "data-actualsrc", "data-img-src"};
    private static final String[] LAZY_SETS = {"data-srcset", "data-lazy-srcset", "srcset"};
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(placeholder|blank|spacer|pixel|transparent|lazy[-_]?load|loading|grey\\.gif|1x1)");
    private static final Pattern IMAGE_URL = Pattern.compile("(?i)(\\.(jpe?g|png|gif|webp|avif|svg|bmp)(\\?|#|$)|^data:image/|/image|img)");
    private static final Pattern DECORATIVE_NAME = Pattern.compile("\\b(icon|emoji|avatar|logo|spinner|badge|sprite)s?\\b");
    private static final Pattern TEMPLATE_ALT = Pattern.compile(
            "(?i)[a-z]+(?:[-_][a-z0-9]+)+|[\\w-]+\\.(?:jpe?g|png|gif|webp)|image|photo|img|picture|placeholder");
    /** Widest candidate taken from a srcset: enough for a full-width column on a dense screen. */
    private static final int PREFERRED_MAX_WIDTH = 1600;

    private final Urls urls;

    ImageSources(Urls urls) {
        this.urls = urls;
    }

    /** The image an {@code <img>} shows, or null when it only shows a placeholder. */
    Image imageOf(Element img) {
        String source = sourceOf(img);
        if (source == null) return null;
        return new Image(source, altOf(img), dimension(img, "width"), dimension(img, "height"));
    }

    /**
     * The alt text, unless a CMS filled it with a template identifier ({@code post-title},
     * {@code featured_image}) or a file name: those describe nothing to a reader.
     */
    static String altOf(Element img) {
        String alt = img.attr("alt").strip();
        return TEMPLATE_ALT.matcher(alt).matches() ? "" : alt;
    }

    private String sourceOf(Element img) {
        for (String attr : LAZY) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("{") && IMAGE_URL.matcher(v).find()) return urls.resolve(v);
        }
        for (String attr : LAZY_SETS) {
            String v = bestOfSrcset(img.attr(attr));
            if (v != null) return urls.resolve(v);
        }
        Element picture = img.parent();
        if (picture != null && picture.nameIs("picture")) {
            for (Element source : picture.children()) {
                if (!source.nameIs("source")) continue;
                String v = bestOfSrcset(source.hasAttr("srcset") ? source.attr("srcset") : source.attr("data-srcset"));
                if (v != null) return urls.resolve(v);
            }
        }
        String src = img.attr("src").strip();
        if (src.isEmpty() || isPlaceholder(src)) return null;
        return urls.resolve(src);
    }

    static boolean isPlaceholder(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        // Tiny inline GIFs and SVGs are the usual lazy-loading stand-ins; real inline images are larger.
        if (lower.startsWith("data:")) return src.length() < 200;
        return PLACEHOLDER.matcher(lower.substring(lower.lastIndexOf('/') + 1)).find();
    }

    /**
     * The candidate of a {@code srcset} best suited to reading: the widest not wider than
     * {@link #PREFERRED_MAX_WIDTH} (or density not above 2), else the smallest of the rest.
     */
    static String bestOfSrcset(String srcset) {
        if (srcset == null || srcset.isBlank()) return null;
        String best = null, smallest = null;
        double bestSize = -1, smallestSize = Double.MAX_VALUE;
        for (String part : srcset.split(",\\s+|,(?=\\S+\\s+\\d)")) {
            String[] bits = part.strip().split("\\s+");
            if (bits.length == 0 || bits[0].isEmpty() || isPlaceholder(bits[0])) continue;
            double size = 1, limit = 2;
            if (bits.length > 1) {
                String d = bits[1].toLowerCase(Locale.ROOT);
                try {
                    if (d.endsWith("w")) {
                        size = Double.parseDouble(d.substring(0, d.length() - 1));
                        limit = PREFERRED_MAX_WIDTH;
                    } else if (d.endsWith("x")) {
                        size = Double.parseDouble(d.substring(0, d.length() - 1));
                    }
                } catch (NumberFormatException e) {
                    size = 1;
                }
            }
            if (size <= limit && size > bestSize) {
                best = bits[0];
                bestSize = size;
            }
            if (size < smallestSize) {
                smallest = bits[0];
                smallestSize = size;
            }
        }
        return best != null ? best : smallest;
    }

    /**
     * True for images that carry no content: tracking pixels, icons, avatars, spacers, and
     * images hidden from assistive technology.
     */
    static boolean isDecorative(Element img, Image image) {
        if ("presentation".equals(img.attr("role")) || "none".equals(img.attr("role"))) return true;
        int w = dimension(img, "width"), h = dimension(img, "height");
        if ((w > 0 && w <= 48) || (h > 0 && h <= 48)) return true;
        String hints = (img.className() + " " + img.id() + " " + image.source()).toLowerCase(Locale.ROOT);
        return DECORATIVE_NAME.matcher(hints).find()
                && (w == 0 || w < 200);
    }

    private static int dimension(Element img, String attr) {
        String v = img.attr(attr).strip();
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
        if (end == 0 || end > 6) return 0;
        return Integer.parseInt(v.substring(0, end));
    }
}
