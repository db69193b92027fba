package io.convert.writer.epub.internal;

import io.convert.spi.Diagnostics;
import io.convert.spi.Limits;
import io.convert.spi.Resource;
import io.convert.spi.ResourceLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the images a book shows through the caller's {@link ResourceLoader}, checks them
 * (known type, readable header, pixel count within {@link Limits#maxImagePixels()}, SVG made
 * safe) and names them for the package. Each source is loaded once; each one that cannot be
 * used gives one warning and is left out.
 */
final class ImagePackager {
    /** An image in the package; {@code href} is relative to the package document's folder. */
    record PackagedImage(String id, String href, String mediaType, byte[] data, int width, int height) {
    }

    private final ResourceLoader resources;
    private final Diagnostics diagnostics;
    private final long maxPixels;
    /** Sources are keyed with their loader: two articles may name different files alike. */
    private record Key(ResourceLoader loader, String source) {
    }

    private final Map<Key, PackagedImage> bySource = new HashMap<>();
    private final List<PackagedImage> images = new ArrayList<>();

    ImagePackager(ResourceLoader resources, Diagnostics diagnostics, Limits limits) {
        this.resources = resources;
        this.diagnostics = diagnostics;
        this.maxPixels = limits.maxImagePixels();
    }

    /** The packaged image for {@code source}, or null when it cannot be had (after one warning). */
    PackagedImage add(String source) {
        return add(resources, source);
    }

    /** {@link #add(String)} through {@code loader}: the one the image's article was read with. */
    PackagedImage add(ResourceLoader loader, String source) {
        Key key = new Key(loader, source);
        if (bySource.containsKey(key)) return bySource.get(key);
        PackagedImage image = load(loader, source);
        bySource.put(key, image);
        if (image != null) images.add(image);
        return image;
    }

    /** Every packaged image, in the order first used. */
    List<PackagedImage> images() {
        return List.copyOf(images);
    }

    private PackagedImage load(ResourceLoader loader, String source) {
        Resource resource;
        try {
            resource = loader.load(source);
        } catch (ResourceLoader.ResourceException e) {
            String reason = e.getMessage() == null ? "cannot be loaded" : e.getMessage();
            // Loaders do not always name the source (a bad data: URI); the warning must.
            boolean named = reason.startsWith(source.substring(0, Math.min(source.length(), 20)));
            diagnostics.warn("image left out: " + (named ? reason : shorten(source) + ": " + reason));
            return null;
        }
        String name = shorten(source);
        ImageHeader header = ImageHeader.read(resource.data());
        if (header == null) {
            diagnostics.warn("image left out: " + name + ": not a PNG, JPEG, GIF, WebP or SVG image");
            return null;
        }
        if (header.pixels() > maxPixels) {
            diagnostics.warn("image left out: " + name + ": " + header.width() + "x" + header.height()
                    + " pixels is more than the limit of " + maxPixels);
            return null;
        }
        byte[] data = resource.data();
        if (header.mediaType().equals("image/svg+xml")) {
            try {
                data = SvgSanitizer.sanitize(data);
            } catch (IOException e) {
                diagnostics.warn("image left out: " + name + ": " + e.getMessage());
                return null;
            }
        }
        int n = images.size() + 1;
        return new PackagedImage("image-" + n, "images/image-" + n + "." + extension(header.mediaType()),
                header.mediaType(), data, header.width(), header.height());
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> "svg";
        };
    }

    private static String shorten(String s) {
        int max = s.regionMatches(true, 0, "data:", 0, 5) ? 40 : 100;
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
